// The example operations (examples/**/*.graphql) as data: their text, variables and placeholders.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { ROOT } from './paths';
import type { TestServer } from './server';
import { billCycle, DAY } from './time';

/** The examples folder: one operation per .graphql file, in folders by area. */
export const EXAMPLES = join(ROOT, 'examples');

/** One example operation file, parsed. */
export interface Example {
  /** Path from the repository root, e.g. examples/dashboard/dashboard.graphql. */
  file: string;
  text: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** Variables as written, placeholders ("$firstCustomerId") not yet resolved. */
  variables: Record<string, unknown>;
}

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? graphqlFiles(join(dir, e.name)) : e.name.endsWith('.graphql') ? [join(dir, e.name)] : [],
    )
    .sort();
}

/** Every example: one named operation per file; variables from `<name>.variables.json` or a `# variables: {…}` line. */
export function loadExamples(): Example[] {
  return graphqlFiles(EXAMPLES).map((path) => {
    const file = relative(ROOT, path);
    const text = readFileSync(path, 'utf8');
    const document = parse(text);
    const operations = document.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    if (operations.length !== 1 || !operations[0].name)
      throw new Error(`${file}: an example holds exactly one named operation`);
    const sidecar = path.replace(/\.graphql$/, '.variables.json');
    const header = /^#\s*variables:\s*(\{.*\})\s*$/m.exec(text)?.[1];
    if (header && existsSync(sidecar))
      throw new Error(`${file}: variables both in a comment and in ${relative(ROOT, sidecar)}`);
    const variables = existsSync(sidecar)
      ? JSON.parse(readFileSync(sidecar, 'utf8'))
      : header
        ? JSON.parse(header)
        : {};
    return { file, text, document, operation: operations[0], variables };
  });
}

/** Replaces every string "$name" (whole string) by placeholders[name]; unknown names throw. */
export function resolvePlaceholders(value: unknown, placeholders: Record<string, string>, file: string): unknown {
  if (typeof value === 'string' && /^\$[A-Za-z]\w*$/.test(value)) {
    const resolved = placeholders[value.slice(1)];
    if (resolved === undefined)
      throw new Error(`${file}: unknown placeholder ${value} (known: ${Object.keys(placeholders).join(', ')})`);
    return resolved;
  }
  if (Array.isArray(value)) return value.map((v) => resolvePlaceholders(v, placeholders, file));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolvePlaceholders(v, placeholders, file)]));
  return value;
}

interface ExampleIdsData {
  viewer: {
    partner: {
      firstCustomer: { nodes: { id: string }[] };
      resaleCustomers: {
        nodes: { id: string; isFrozen: string | null; balance: { debtAmount: { amount: string } } | null }[];
      };
      couponQuotas: {
        nodes: {
          id: string;
          balance: { amount: string };
          designatedCustomerIds: string[];
          effectiveTime: string;
          expireTime: string;
        }[];
      };
      resellers: { nodes: { id: string; status: string }[] };
      dashboard: { topCustomers: { customer: { id: string } }[] } | null;
      orders: { nodes: { id: string }[] };
    };
  };
}

/**
 * The values of the placeholders, from examples/placeholders.graphql (ExampleIds) run as the
 * member of `token`, plus bill cycles relative to today.
 */
export async function lookUpPlaceholders(server: TestServer, token: string): Promise<Record<string, string>> {
  const text = readFileSync(join(EXAMPLES, 'placeholders.graphql'), 'utf8');
  const res = await server.execute<ExampleIdsData, Record<string, never>>(text, {}, token);
  if (res.errors || !res.data) throw new Error(`ExampleIds failed: ${JSON.stringify(res.errors)}`);
  const p = res.data.viewer.partner;
  const now = Date.now();
  const resale = p.resaleCustomers.nodes.find(
    (c) => c.isFrozen === 'NOT_FROZEN' && c.balance && Number(c.balance.debtAmount.amount) === 0,
  );
  const quota = p.couponQuotas.nodes.find(
    (q) =>
      q.designatedCustomerIds.length === 0 &&
      Number(q.balance.amount) >= 1 &&
      Date.parse(q.effectiveTime) <= now &&
      Date.parse(q.expireTime) > now + DAY,
  );
  const found: Record<string, string | undefined> = {
    firstCustomerId: p.firstCustomer.nodes[0]?.id,
    resaleCustomerId: resale?.id,
    issuableQuotaId: quota?.id,
    resellerId: p.resellers.nodes.find((r) => r.status === 'NORMAL')?.id,
    topCustomerId: p.dashboard?.topCustomers[0]?.customer.id,
    firstOrderId: p.orders.nodes[0]?.id,
    thisMonth: billCycle(0),
    lastBillCycle: billCycle(1),
    threeMonthsAgo: billCycle(2),
  };
  const missing = Object.entries(found)
    .filter(([, v]) => v === undefined)
    .map(([k]) => k);
  if (missing.length) throw new Error(`the seed has nothing for placeholders ${missing.join(', ')}`);
  return found as Record<string, string>;
}

/** Whether an answer holds something: a non-empty list or a non-null value below the root. */
export function hasContent(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object')
    return Object.entries(value).some(([k, v]) => k !== '__typename' && hasContent(v));
  return value !== null && value !== undefined;
}

/** Every `userErrors` and `failed` list in an answer, with its path. */
export function refusals(value: unknown, path = 'data'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => refusals(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    (k === 'userErrors' || k === 'failed') && Array.isArray(v) && v.length
      ? [`${path}.${k}: ${JSON.stringify(v)}`]
      : refusals(v, `${path}.${k}`),
  );
}
