import { Args, Ctx, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs, ConnectionType, toPageRequest } from '../../common/connection';
import { registerNodeType } from '../../common/node-registry';
import { findByIds, findPage } from '../../common/paging';
import { requireViewer } from '../../permissions/viewer';
import { PartnerNews } from './news.entity';

@ObjectType('PartnerNewsConnection', {
  simpleResolvers: true,
  description: 'A page of partner news (新闻动态), newest first.',
})
export class PartnerNewsConnection extends ConnectionType(PartnerNews, 'PartnerNews', 'news item') {}

/** News rows by key: the same for every member (no partner owns them). */
function newsById(ctx: Context) {
  requireViewer(ctx);
  return ctx.loaders.get<number, PartnerNews | null>('newsById', '', (ids) => findByIds(ctx.em, PartnerNews, ids));
}

registerNodeType('PartnerNews', (ctx, ids) => newsById(ctx).loadMany(ids));

@Resolver()
export class NewsResolver {
  @Query(() => PartnerNewsConnection, {
    description:
      '新闻动态: the news published to partners, newest first. Needs support:news (a default point of every identity).',
  })
  partnerNews(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    requireViewer(ctx);
    return findPage(ctx.em, PartnerNews, {}, toPageRequest(args));
  }
}
