/** 新闻动态 (support:news, a default point): the same seeded news for every partner's members, newest first. */
import { describe, expect, it } from 'vitest';
import { SelfNewsDocument, SelfNodeDocument } from '../generated/graphql';
import { useTestServer, useTokens } from '../support/server';

const server = useTestServer();
const t = useTokens(server, ['dist-admin', 'dist-am', 'reseller-admin', 'sp-admin']);

describe('partnerNews', () => {
  it('every identity and role reads the same news, newest first, paged', async () => {
    const first = await server.execute(SelfNewsDocument, { first: 10 }, t['dist-admin']);
    const news = first.data!.partnerNews.nodes;
    expect(news.length).toBe(4);
    const dates = news.map((n) => Date.parse(String(n.publishedAt)));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    for (const login of ['dist-am', 'reseller-admin', 'sp-admin']) {
      const res = await server.execute(SelfNewsDocument, { first: 10 }, t[login]);
      expect(
        res.data!.partnerNews.nodes.map((n) => n.id),
        login,
      ).toEqual(news.map((n) => n.id));
    }
    const page = await server.execute(SelfNewsDocument, { first: 2 }, t['dist-am']);
    const next = await server.execute(
      SelfNewsDocument,
      { first: 2, after: page.data!.partnerNews.pageInfo.endCursor },
      t['dist-am'],
    );
    expect([...page.data!.partnerNews.nodes, ...next.data!.partnerNews.nodes].map((n) => n.id)).toEqual(
      news.map((n) => n.id),
    );
    expect(page.sqlStatements).toBe(first.sqlStatements);
    const node = await server.execute(SelfNodeDocument, { id: news[0].id }, t['sp-admin']);
    expect(node.data?.node?.id).toBe(news[0].id);
  });

  it('needs a signed-in member', async () => {
    const res = await server.execute(SelfNewsDocument, { first: 1 });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
