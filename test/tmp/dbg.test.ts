import { it } from 'vitest';
import { useTestServer } from '../support/server';
const server = useTestServer({}, { MAX_QUERY_COST: '100000000', MAX_TOKENS: '1000000' });
it('dbg', async () => {
  const token = await server.signIn('dist-admin');
  const q = (n: number) =>
    `{ viewer { partner { customers(first: ${n}) { nodes { partner { accountChangeRecords(first: ${n}) { nodes { id } } } } } } } }`;
  const q2 = (n: number) =>
    `{ viewer { partner { members(first: ${n}) { nodes { notifications(first: ${n}) { nodes { id } } } } } } }`;
  for (const f of [q, q2]) {
    process.env.DEBUG_SQL = '1';
    const a = await server.execute(f(5), {}, token);
    console.log('----- 10');
    const b = await server.execute(f(10), {}, token);
    delete process.env.DEBUG_SQL;
    console.log(a.sqlStatements, b.sqlStatements, JSON.stringify(b.errors)?.slice(0, 300));
  }
});
