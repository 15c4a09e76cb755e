/**
 * Query shapes generated from the schema, for the batching test (test/graph/batched-paths.test.ts):
 * every connection and list field reachable from a root object within a depth, grouped by the path
 * of its parent, each group one query whose page sizes are a variable. A new field is covered
 * without writing a test.
 */
import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLType,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/** One step of a path: the field and whether it multiplies its parent (a connection or a list). */
export interface Step {
  field: string;
  shape: 'connection' | 'list' | 'single';
}

/** A parent path and the list fields under it, queried together. */
export interface PathGroup {
  /** Root field and the steps to the parent object, e.g. viewer.partner.resellers. */
  path: readonly Step[];
  /** The list and connection fields of the parent object. */
  lists: readonly Step[];
  /** Whether the page size multiplies the parent: some step of the path is a connection. */
  paged: boolean;
}

type AnyField = GraphQLField<unknown, unknown>;

/** A field we can query without inventing values: every argument is optional. */
const callable = (field: AnyField) =>
  field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined);

const isConnectionType = (type: GraphQLNamedType): type is GraphQLObjectType =>
  isObjectType(type) && type.name.endsWith('Connection') && 'nodes' in type.getFields();

/** The shape of a field and the object type its items have, or null for scalars, unions and interfaces. */
export function shapeOf(field: AnyField): { shape: Step['shape']; item: GraphQLObjectType } | null {
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return null;
  if (isConnectionType(named)) {
    const item = getNamedType(named.getFields().nodes.type);
    return isObjectType(item) ? { shape: 'connection', item } : null;
  }
  return { shape: isListType(getNullableType(field.type as GraphQLType)) ? 'list' : 'single', item: named };
}

/** Every parent path (from `rootField` of type `root`, at most `depth` steps) that has list fields. */
export function pathGroups(root: GraphQLObjectType, rootField: string, depth: number): PathGroup[] {
  const groups: PathGroup[] = [];
  const visit = (type: GraphQLObjectType, path: Step[]) => {
    const lists: Step[] = [];
    for (const field of Object.values(type.getFields())) {
      const shape = callable(field) ? shapeOf(field) : null;
      if (!shape) continue;
      const step = { field: field.name, shape: shape.shape };
      if (shape.shape !== 'single') lists.push(step);
      if (path.length < depth && !isConnectionType(type)) visit(shape.item, [...path, step]);
    }
    if (lists.length > 0) groups.push({ path, lists, paged: path.some((s) => s.shape === 'connection') });
  };
  visit(root, [{ field: rootField, shape: 'single' }]);
  return groups;
}

/** Fields an actor may not read, as `Type.field` (learnt from FORBIDDEN errors): left out of generated queries. */
export type Hidden = ReadonlySet<string>;
const NONE: Hidden = new Set();

/** A field's key in a Hidden set. */
const fieldKey = (typeName: string, field: string) => `${typeName}.${field}`;

/** Whether `field` of the type named `typeName` is one the actor may not read. */
export const isHidden = (hidden: Hidden, typeName: string, field: string) => hidden.has(fieldKey(typeName, field));

/** Scalars of an object (no required arguments), and one level of its single objects' scalars. */
export function leafParts(type: GraphQLObjectType, nested = true, hidden: Hidden = NONE): string[] {
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (!callable(field) || isHidden(hidden, type.name, field.name)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (nested && isObjectType(named) && !isConnectionType(named) && !isListType(getNullableType(field.type))) {
      parts.push(`${field.name} { ${leafParts(named, false, hidden).join(' ')} }`);
    }
  }
  return parts;
}

/** The selection of one step: a connection gets `first: $n` and its nodes, a list or object its items. */
function stepSelection(type: GraphQLObjectType, step: Step, inner: string): string {
  const field = type.getFields()[step.field];
  const first = field.args.some((a) => a.name === 'first') ? '(first: $n)' : '';
  if (step.shape !== 'connection') return `${step.field}${first} { ${inner} }`;
  const connection = getNamedType(field.type) as GraphQLObjectType;
  const extra = ['totalCount', 'pageInfo'].filter((name) => name in connection.getFields());
  const tail = extra.map((name) => (name === 'pageInfo' ? 'pageInfo { hasNextPage }' : name)).join(' ');
  return `${step.field}${first} { nodes { ${inner} } ${tail} }`;
}

/** The item type a step leads to from `type`. */
function itemOf(type: GraphQLObjectType, step: Step): GraphQLObjectType {
  const shape = shapeOf(type.getFields()[step.field]);
  if (!shape) throw new Error(`${type.name}.${step.field} is not an object field`);
  return shape.item;
}

/** The query of a group: the path with `first: $n` on its connections, the lists' items with their scalars. */
export function groupQuery(
  schema: GraphQLSchema,
  rootType: GraphQLObjectType,
  group: PathGroup,
  leaves?: (item: GraphQLObjectType) => string,
  hidden: Hidden = NONE,
): string {
  const types: GraphQLObjectType[] = [rootType];
  for (const step of group.path.slice(1)) types.push(itemOf(types[types.length - 1], step));
  const parent = types[types.length - 1];
  const leavesOf = leaves ?? ((item: GraphQLObjectType) => leafParts(item, true, hidden).join(' '));
  let inner = group.lists
    .filter((step) => !isHidden(hidden, parent.name, step.field))
    .map((step) => stepSelection(parent, step, leavesOf(itemOf(parent, step))))
    .concat(['__typename'])
    .join(' ');
  for (let i = group.path.length - 1; i >= 1; i--) inner = stepSelection(types[i - 1], group.path[i], inner);
  const operation = schema.getQueryType()!;
  if (!operation.getFields()[group.path[0].field]) throw new Error(`no root field ${group.path[0].field}`);
  const body = `${group.path[0].field} { ${inner} }`;
  return body.includes('$n') ? `query Walk($n: Int) { ${body} }` : `query Walk { ${body} }`;
}

/** Whether a step of the group's path is a field the actor may not read (then the group cannot be walked). */
export function pathHidden(rootType: GraphQLObjectType, group: PathGroup, hidden: Hidden): boolean {
  let type = rootType;
  for (const step of group.path.slice(1)) {
    if (isHidden(hidden, type.name, step.field)) return true;
    type = itemOf(type, step);
  }
  return false;
}

/** The `Type.field` an error path ends at (list indexes skipped), from the query type down. */
export function fieldAt(schema: GraphQLSchema, path: readonly (string | number)[]): string | null {
  let type: GraphQLNamedType | undefined | null = schema.getQueryType();
  let at: string | null = null;
  for (const segment of path) {
    if (typeof segment === 'number') continue;
    if (!isObjectType(type)) return null;
    const field: AnyField | undefined = type.getFields()[segment];
    if (!field) return null;
    at = fieldKey(type.name, segment);
    type = getNamedType(field.type);
  }
  return at;
}

/** The object type of the parent of a group's lists. */
export function parentOf(rootType: GraphQLObjectType, group: PathGroup): GraphQLObjectType {
  let type = rootType;
  for (const step of group.path.slice(1)) type = itemOf(type, step);
  return type;
}

/** A narrower query of a group: one of its lists, with all or one of its items' fields. */
export interface Suspect {
  name: string;
  group: PathGroup;
  leaves: (item: GraphQLObjectType) => string;
}

/** Each list of a group alone, with all its items' fields. */
export function listSuspects(rootType: GraphQLObjectType, group: PathGroup, hidden: Hidden = NONE): Suspect[] {
  const parent = parentOf(rootType, group);
  const visible = group.lists.filter((step) => !isHidden(hidden, parent.name, step.field));
  return visible.map((step) => ({
    name: `${parent.name}.${step.field}`,
    group: { ...group, lists: [step] },
    leaves: (item) => leafParts(item, true, hidden).join(' '),
  }));
}

/** A list alone with only its `__typename`, then each of its items' fields alone: names the field resolved per row. */
export function fieldSuspects(rootType: GraphQLObjectType, list: Suspect, hidden: Hidden = NONE): Suspect[] {
  const parent = parentOf(rootType, list.group);
  const item = itemOf(parent, list.group.lists[0]);
  const fields = leafParts(item, true, hidden).filter((f) => f !== '__typename');
  return [
    { ...list, name: `${list.name} (the list itself)`, leaves: () => '__typename' },
    ...fields.map((field) => ({ ...list, name: `${item.name}.${field.split(' ')[0]}`, leaves: () => field })),
  ];
}

/** A readable name of a group: viewer.partner.resellers → [customers, coupons]. */
export const groupName = (group: PathGroup) =>
  `${group.path.map((s) => s.field).join('.')} → [${group.lists.map((s) => s.field).join(', ')}]`;
