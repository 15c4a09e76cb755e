import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Page size from the start: 1–100 (default 20 when neither first nor last is given).',
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the item after which the page starts (from pageInfo.endCursor).',
  })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page size from the end: 1–100. Not combined with first.' })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the item before which the page ends (from pageInfo.startCursor).',
  })
  before?: string | null;
}

/** A validated page request: newest first by primary key, keyset-paged. */
export interface PageRequest {
  /** Items wanted (1–100). */
  size: number;
  /** 'forward' pages with first/after; 'backward' with last/before. */
  direction: 'forward' | 'backward';
  /** Primary key of the cursor item, if any. */
  cursorId: number | null;
}

export function encodeCursor(id: number): string {
  return Buffer.from(`c:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argName: string): number {
  const decoded = /^[A-Za-z0-9_-]{1,40}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^c:([1-9]\d{0,15})$/.exec(decoded);
  if (!match) throw badInput(`${argName} is not a cursor returned by this list.`, argName);
  return Number(match[1]);
}

/** Checks paging arguments; refuses first/last outside 1–100 and mixing directions. */
export function toPageRequest(args: ConnectionArgs): PageRequest {
  const { first, after, last, before } = args;
  if (first != null && last != null) throw badInput('Use either first or last, not both.', 'first');
  if (last == null && before != null) throw badInput('before goes with last.', 'before');
  if (last != null && after != null) throw badInput('after goes with first.', 'after');
  const checkSize = (value: number, name: string) => {
    if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
      throw badInput(`${name} must be from 1 to ${MAX_PAGE_SIZE}, got ${value}.`, name);
    }
    return value;
  };
  if (last != null) {
    return {
      size: checkSize(last, 'last'),
      direction: 'backward',
      cursorId: before != null ? decodeCursor(before, 'before') : null,
    };
  }
  return {
    size: first != null ? checkSize(first, 'first') : DEFAULT_PAGE_SIZE,
    direction: 'forward',
    cursorId: after != null ? decodeCursor(after, 'after') : null,
  };
}

/** A stable key for DataLoader caching of one page request. */
export function pageKey(page: PageRequest): string {
  return `${page.direction}:${page.size}:${page.cursorId ?? ''}`;
}

@ObjectType({ simpleResolvers: true, description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'More items exist after this page (in the newest-first order).' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'More items exist before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of this page.' })
  endCursor!: string | null;
}

/** The runtime shape of every connection; `totalCount` runs its count only when asked for. */
export interface ConnectionResult<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/**
 * Builds a connection from rows fetched with one extra row (size + 1) in page order:
 * the extra row only tells that another page exists.
 */
export function toConnection<T extends { id: number }>(
  rowsPlusOne: T[],
  page: PageRequest,
  count: () => Promise<number>,
): ConnectionResult<T> {
  const hasMore = rowsPlusOne.length > page.size;
  let rows = hasMore ? rowsPlusOne.slice(0, page.size) : rowsPlusOne;
  if (page.direction === 'backward') rows = rows.slice().reverse();
  const edges = rows.map((node) => ({ cursor: encodeCursor(node.id), node }));
  const pageInfo = new PageInfo();
  pageInfo.hasNextPage = page.direction === 'forward' ? hasMore : page.cursorId != null;
  pageInfo.hasPreviousPage = page.direction === 'backward' ? hasMore : page.cursorId != null;
  pageInfo.startCursor = edges[0]?.cursor ?? null;
  pageInfo.endCursor = edges[edges.length - 1]?.cursor ?? null;
  return new CountedOnRead(edges, rows, pageInfo, count);
}

/**
 * A page whose total is counted on first read. A class rather than an object literal with a
 * getter: V8 allocates an object literal's getter pair in the old generation, where it keeps the
 * getter's closure, and through it the whole request, alive past every young collection until the
 * next mark-compact (BENCHMARKS.md, session 16). A getter on the prototype allocates nothing.
 */
class CountedOnRead<T> implements ConnectionResult<T> {
  // Private fields, not properties: a page compares and serializes as its edges, nodes and pageInfo.
  readonly #count: () => Promise<number>;
  #counted: Promise<number> | undefined;

  constructor(
    readonly edges: { cursor: string; node: T }[],
    readonly nodes: T[],
    readonly pageInfo: PageInfo,
    count: () => Promise<number>,
  ) {
    this.#count = count;
  }

  get totalCount(): Promise<number> {
    this.#counted ??= this.#count();
    return this.#counted;
  }
}

/**
 * Declares the `<Name>Edge` type and an abstract connection base for a node class; subclass it
 * with `@ObjectType('<Name>Connection', …)` to name the concrete type.
 */
export function ConnectionType<T extends object>(nodeClass: ClassType<T>, name: string, what: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${what} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this item, for after/before.' })
    cursor!: string;

    @Field(() => nodeClass, { description: `The ${what}.` })
    node!: T;
  }

  @ObjectType({ simpleResolvers: true })
  abstract class Connection {
    @Field(() => [Edge], { description: 'Items of this page with their cursors.' })
    edges!: Edge[];

    @Field(() => [nodeClass], { description: 'Items of this page (the same as edges.node).' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where this page stands in the whole list.' })
    pageInfo!: PageInfo;

    // Not a simple field: its value is a promise made on first read, and a compiled executor
    // (graphql-jit) reads resolver-less fields synchronously.
    @Field(() => Int, {
      simple: false,
      description: 'Number of items in the whole list under the same filters; counted only when asked for.',
    })
    totalCount!: number;
  }
  return Connection;
}
