import {
  GraphQLError,
  getNullableType,
  isNonNullType,
  isObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { allow, deny, rule, shield } from 'graphql-shield';
import { applyMiddleware } from 'graphql-middleware';
import type { ShieldRule as IRule } from 'graphql-shield/typings/types';
import type { Context } from '../context';
import type { Viewer } from './viewer';
import { forbidden, unauthenticated } from '../common/errors';
import type { Partner } from '../modules/partner/partner.entity';
import type { SubCustomer } from '../modules/customer/customer.entity';
import type { Coupon } from '../modules/coupon/coupon.entity';
import type { Member as MemberEntity } from '../modules/member/member.entity';
import type { Dashboard } from '../modules/dashboard/dashboard.types';
import { partnerRelation, seesCustomerInFull } from './scopes';
import { data, describeAccess, type Access, type Relation } from './access';
import { logSecurityEvent } from './security-events';
import { FIELD_ACCESS, TYPE_READ_PERMISSION, isPagingType } from './field-access';
import { fromGlobalId } from '../common/global-id';

function relationOf(viewer: Viewer, on: string, parent: unknown): Relation | 'NONE' {
  switch (on) {
    case 'Partner':
      return partnerRelation(viewer, (parent as Partner).id);
    case 'SubCustomer': {
      const customer = parent as SubCustomer;
      if (seesCustomerInFull(viewer, customer)) return 'FULL';
      return viewer.resellerIds.includes(customer.partner.id) ? 'BASIC' : 'NONE';
    }
    case 'Coupon':
      return (parent as Coupon).partner.id === viewer.partner.id ? 'ISSUER' : 'NONE';
    case 'Member': {
      const member = parent as MemberEntity;
      if (member.id === viewer.member.id) return 'SELF';
      return member.partner.id === viewer.partner.id ? 'COLLEAGUE' : 'NONE';
    }
    case 'Dashboard':
      return partnerRelation(viewer, (parent as Dashboard).scope.partnerId);
    default:
      return 'NONE';
  }
}

const missing = (code: string) => forbidden(`Your roles do not include the permission ${code}.`);

/** Every refusal is logged as a security event (who, which field, why) before it is answered. */
function refuse(
  ctx: Context,
  info: { parentType: { name: string }; fieldName: string },
  error: GraphQLError,
): GraphQLError {
  logSecurityEvent(ctx, {
    kind: 'field-refused',
    field: `${info.parentType.name}.${info.fieldName}`,
    reason: error.message,
  });
  return error;
}

/**
 * One shield rule per distinct access. Rules that read only the viewer use the per-request
 * `contextual` cache; rules that read the parent object are never cached, so no alias or sibling
 * object can reuse another's answer.
 */
function ruleFor(access: Access, cache: Map<string, IRule>): IRule {
  const name = describeAccess(access);
  const existing = cache.get(name);
  if (existing) return existing;
  let made: IRule;
  switch (access.kind) {
    case 'public':
    case 'data':
      made = allow;
      break;
    case 'member':
      made = rule(name, { cache: 'contextual' })((_parent, _args, ctx: Context, info) => {
        if (!ctx.viewer) return unauthenticated();
        if (access.identities && !access.identities.includes(ctx.viewer.partner.identity)) {
          return refuse(ctx, info, forbidden(`Only ${access.identities.join(' or ')} partners have this.`));
        }
        if (access.permission && !ctx.viewer.permissions.has(access.permission))
          return refuse(ctx, info, missing(access.permission));
        return true;
      });
      break;
    case 'node':
      // Decided by the ids' types alone, before any lookup, so it reveals nothing about rows.
      made = rule(name, { cache: 'no_cache' })((_parent, args: { id?: string; ids?: string[] }, ctx: Context, info) => {
        if (!ctx.viewer) return unauthenticated();
        for (const id of args.ids ?? [args.id ?? '']) {
          const type = fromGlobalId(id)?.type;
          const code = type ? TYPE_READ_PERMISSION[type] : null;
          if (code && !ctx.viewer.permissions.has(code)) return refuse(ctx, info, missing(code));
        }
        return true;
      });
      break;
    case 'relation':
      made = rule(name, { cache: 'no_cache' })((parent, _args, ctx: Context, info) => {
        if (!ctx.viewer) return unauthenticated();
        const relation = relationOf(ctx.viewer, access.on, parent);
        if (relation === 'NONE' || !(relation in access.relations)) {
          return refuse(
            ctx,
            info,
            forbidden(
              `This field of a ${access.on} is not visible to you${relation === 'BASIC' ? " (a cloud reseller's customer shows basic info only; contact the reseller)" : ''}.`,
            ),
          );
        }
        const code = access.relations[relation];
        if (code && !ctx.viewer.permissions.has(code)) return refuse(ctx, info, missing(code));
        return true;
      });
      break;
  }
  cache.set(name, made);
  return made;
}

export interface FieldRuleListing {
  field: string;
  rule: string;
}

/** Every field of every object type with the access the table gives it (or null when missing). */
export function listFieldAccess(schema: GraphQLSchema): { field: string; access: Access | null }[] {
  const rows: { field: string; access: Access | null }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const table = isPagingType(type.name) ? { '*': data } : FIELD_ACCESS[type.name];
    for (const field of Object.keys(type.getFields())) {
      rows.push({ field: `${type.name}.${field}`, access: table?.[field] ?? table?.['*'] ?? null });
    }
  }
  return rows.sort((a, b) => a.field.localeCompare(b.field));
}

/**
 * Applies graphql-shield from the access table. fallbackRule is deny, so a field missing from the
 * table is refused. Fields marked `data` or `public` are left unwrapped: wrapping every field was
 * measured at ≈ 2.5× slower, and an allow rule adds nothing but the cost.
 */
export function applyShield(schema: GraphQLSchema): GraphQLSchema {
  const cache = new Map<string, IRule>();
  const ruleTree: Record<string, Record<string, IRule>> = {};
  for (const { field, access } of listFieldAccess(schema)) {
    const [typeName, fieldName] = field.split('.');
    (ruleTree[typeName] ??= {})[fieldName] = access ? ruleFor(access, cache) : deny;
  }
  const generator = shield(ruleTree, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: (err: unknown) => (err instanceof GraphQLError ? err : forbidden()),
  });
  const middleware = (
    generator as unknown as { generate(schema: GraphQLSchema, middleware: unknown): unknown }
  ).generate(schema, {}) as unknown as Record<string, Record<string, unknown>>;
  for (const { field, access } of listFieldAccess(schema)) {
    if (access && (access.kind === 'data' || access.kind === 'public')) {
      const [typeName, fieldName] = field.split('.');
      delete middleware[typeName]?.[fieldName];
    }
  }
  return applyMiddleware(schema, middleware as never);
}

/**
 * A field that a rule can refuse must be nullable, or one refused field would null its whole parent
 * (and every non-null ancestor) instead of answering that field alone with FORBIDDEN. Applied to the
 * built schema, so the SDL shows it and no resolver has to remember it.
 */
export function makeRefusableFieldsNullable(schema: GraphQLSchema): GraphQLSchema {
  for (const { field, access } of listFieldAccess(schema)) {
    if (!access || (access.kind !== 'relation' && access.kind !== 'member')) continue;
    const [typeName, fieldName] = field.split('.');
    if (typeName === 'Query' || typeName === 'Mutation') continue;
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    const def = type.getFields()[fieldName];
    if (isNonNullType(def.type)) {
      def.type = getNullableType(def.type) as GraphQLOutputType;
      def.description =
        `${def.description ?? ''} Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it.`.trim();
    }
  }
  return schema;
}
