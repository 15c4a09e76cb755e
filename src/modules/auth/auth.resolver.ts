import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { UserError } from '../../common/errors';
import { grantedPermissionTree } from '../role/role.service';
import { PermissionTreeNode } from '../role/role.types';
import { SignInAs, SignInInput, SignInPayload, ViewerInfo } from './auth.types';
import type { ActorKind } from '../../permissions/viewer';

const ACTOR_KIND: Record<SignInAs, ActorKind> = { MEMBER: 'MEMBER', CUSTOMER: 'CUSTOMER', OPERATOR: 'OPERATOR' };

@Resolver()
export class AuthResolver {
  @Mutation(() => SignInPayload, {
    description:
      'Signs a member, a customer or a cloud operator in (input.as) and returns a bearer token. The only operation open to anonymous callers. After 5 failed attempts in a row for one login name, each attempt locks it for a window that doubles (30 s up to 15 min): SIGN_IN_LOCKED with lockedUntil, and the password is not checked meanwhile; a success resets the count.',
  })
  async signIn(
    @Arg('input', () => SignInInput, { description: 'Sign-in name, password and kind of actor.' }) input: SignInInput,
    @Ctx() ctx: Context,
  ): Promise<SignInPayload> {
    const result = await ctx.services.auth.signIn(
      ctx.em,
      input.loginName,
      input.password,
      { requestId: ctx.requestId },
      ACTOR_KIND[input.as ?? SignInAs.MEMBER],
    );
    if (!result.ok) {
      return {
        token: null,
        expiresAt: null,
        member: null,
        lockedUntil: result.code === 'SIGN_IN_LOCKED' ? result.lockedUntil : null,
        userErrors: [new UserError(result.code, result.message, 'input')],
      };
    }
    return {
      token: result.token,
      expiresAt: result.expiresAt,
      member: result.member,
      lockedUntil: null,
      userErrors: [],
    };
  }

  @Query(() => ViewerInfo, { description: 'The signed-in member, its partner and its permissions.' })
  viewer(@Ctx() ctx: Context): ViewerInfo {
    const viewer = requireViewer(ctx);
    return {
      member: viewer.member,
      partner: viewer.partner,
      roles: viewer.roles,
      permissions: [...viewer.permissions].sort(),
    };
  }
}

/** The viewer's permission tree (the role editor's catalogue), next to the viewer it belongs to. */
@Resolver(() => ViewerInfo)
export class ViewerPermissionTreeResolver {
  @FieldResolver(() => [PermissionTreeNode], {
    description:
      "The permission catalogue of your partner's identity as the role editor's menu tree (what a custom role may choose from: every point that is not adminOnly; default points are always included). granted tells whether you hold the point.",
  })
  permissionTree(@Ctx() ctx: Context): PermissionTreeNode[] {
    const viewer = requireViewer(ctx);
    return grantedPermissionTree(viewer.partner.identity, viewer.permissions);
  }
}
