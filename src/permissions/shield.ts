import {
  defaultFieldResolver,
  GraphQLError,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { allow, deny, rule, shield } from 'graphql-shield';
import { applyMiddleware } from 'graphql-middleware';
import type { ShieldRule as IRule } from 'graphql-shield/typings/types';
import type { Context } from '../context';
import type { Actor, Viewer } from './viewer';
import { forbidden, unauthenticated } from '../common/errors';
import type { Partner } from '../modules/partner/partner.entity';
import type { SubCustomer } from '../modules/customer/customer.entity';
import type { Coupon } from '../modules/coupon/coupon.entity';
import type { Member as MemberEntity } from '../modules/member/member.entity';
import type { Dashboard } from '../modules/dashboard/dashboard.types';
import { partnerRelation, seesCustomerInFull } from './scopes';
import { data, describeAccess, type Access, type Relation, type RelationSubject } from './access';
import { logSecurityEvent } from './security-events';
import { FIELD_ACCESS, TYPE_READ_PERMISSION, isPagingType } from './field-access';
import { fromGlobalId } from '../common/global-id';
import { propertyOf } from '../common/property';

/** The parent object a relation rule reads, by the type whose fields it guards. */
interface RelationParents {
  Partner: Partner;
  SubCustomer: SubCustomer;
  Coupon: Coupon;
  Member: MemberEntity;
  Dashboard: Dashboard;
}

/** A member viewer's relation to a parent object, per type. */
const RELATION_OF: { [T in RelationSubject]: (viewer: Viewer, parent: RelationParents[T]) => Relation | 'NONE' } = {
  Partner: (viewer, partner) => partnerRelation(viewer, partner.id),
  SubCustomer: (viewer, customer) => {
    if (seesCustomerInFull(viewer, customer)) return 'FULL';
    return viewer.resellerIds.includes(customer.partner.id) ? 'BASIC' : 'NONE';
  },
  Coupon: (viewer, coupon) => (coupon.partner.id === viewer.partner.id ? 'ISSUER' : 'NONE'),
  Member: (viewer, member) => {
    if (member.id === viewer.member.id) return 'SELF';
    return member.partner.id === viewer.partner.id ? 'COLLEAGUE' : 'NONE';
  },
  Dashboard: (viewer, dashboard) => partnerRelation(viewer, dashboard.scope.partnerId),
};

/** Any actor's relation to a parent object: members by the table above; an operator is OPERATOR to every partner. */
function relationOf<T extends RelationSubject>(actor: Actor, on: T, parent: RelationParents[T]): Relation | 'NONE' {
  switch (actor.kind) {
    case 'MEMBER':
      return RELATION_OF[on](actor.viewer, parent);
    case 'OPERATOR':
      return on === 'Partner' ? 'OPERATOR' : 'NONE';
    case 'CUSTOMER':
      return 'NONE';
  }
}

/** The permission codes the actor holds: a member's roles', an operator's duty's; a customer holds none. */
const codesOf = (actor: Actor): ReadonlySet<string> =>
  actor.kind === 'MEMBER' ? actor.viewer.permissions : actor.kind === 'OPERATOR' ? actor.permissions : new Set();

const missing = (code: string) => forbidden(`Your roles do not include the permission ${code}.`);

/** Refusal for a signed-in actor of another kind than the field is for. */
const wrongActor = (wanted: string) => forbidden(`This is for ${wanted} only.`);

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

/** The access kinds decided by the signed-in actor alone (not the parent row, not the arguments). */
type ViewerAccess = Extract<Access, { kind: 'member' | 'customer' | 'actors' | 'operator' }>;
const VIEWER_KINDS: ReadonlySet<Access['kind']> = new Set(['member', 'customer', 'actors', 'operator']);
const isViewerAccess = (access: Access): access is ViewerAccess => VIEWER_KINDS.has(access.kind);

/** A viewer-only access's answer for this request: true, or the refusal (logged). */
function viewerVerdict(
  access: ViewerAccess,
  name: string,
  ctx: Context,
  info: GraphQLResolveInfo,
): true | GraphQLError {
  if (!ctx.actor) return unauthenticated();
  switch (access.kind) {
    case 'member':
      if (!ctx.viewer) return refuse(ctx, info, wrongActor("a partner's members"));
      if (access.identities && !access.identities.includes(ctx.viewer.partner.identity)) {
        return refuse(ctx, info, forbidden(`Only ${access.identities.join(' or ')} partners have this.`));
      }
      if (access.permission && !ctx.viewer.permissions.has(access.permission))
        return refuse(ctx, info, missing(access.permission));
      return true;
    case 'customer':
      return ctx.actor.kind === 'CUSTOMER' ? true : refuse(ctx, info, wrongActor('customers'));
    case 'actors':
      return access.kinds.includes(ctx.actor.kind) ? true : refuse(ctx, info, wrongActor(name.slice(4)));
    case 'operator':
      if (ctx.actor.kind !== 'OPERATOR') return refuse(ctx, info, wrongActor("the cloud's operators"));
      if (access.permission && !ctx.actor.permissions.has(access.permission))
        return refuse(ctx, info, forbidden(`Your duty does not include the permission ${access.permission}.`));
      return true;
  }
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
    case 'customer':
    case 'actors':
    case 'operator':
      made = rule(name, { cache: 'contextual' })((_parent, _args, ctx: Context, info) =>
        viewerVerdict(access, name, ctx, info),
      );
      break;
    case 'node':
    case 'relation':
      // Not a shield rule: checked synchronously around the resolver (see wrapSynchronously).
      made = allow;
      break;
  }
  cache.set(name, made);
  return made;
}

/** A relation access's answer for one parent row: true, or the refusal (logged). */
function relationVerdict(
  access: Extract<Access, { kind: 'relation' }>,
  // The executor passes the parent untyped; the field table says which type it is (access.on).
  parent: RelationParents[RelationSubject],
  ctx: Context,
  info: GraphQLResolveInfo,
): true | GraphQLError {
  if (!ctx.actor) return unauthenticated();
  const relation = relationOf(ctx.actor, access.on, parent);
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
  if (code && !codesOf(ctx.actor).has(code)) return refuse(ctx, info, missing(code));
  return true;
}

/**
 * `node(id:)` / `nodes(ids:)`: the read permission of each id's type, decided by the ids alone before
 * any lookup, so it reveals nothing about rows (unknown and hidden ids answer NOT_FOUND later).
 */
function nodeVerdict(
  args: { id?: string; ids?: string[] },
  ctx: Context,
  info: GraphQLResolveInfo,
): true | GraphQLError {
  if (!ctx.actor) return unauthenticated();
  if (!ctx.viewer) return refuse(ctx, info, wrongActor("a partner's members"));
  let checked: string | undefined;
  for (const id of args.ids ?? [args.id ?? '']) {
    const type = fromGlobalId(id)?.type;
    // Ids of one type usually come together: each type's code is looked up once per run.
    if (!type || type === checked) continue;
    const code = TYPE_READ_PERMISSION[type];
    if (code && !ctx.viewer.permissions.has(code)) return refuse(ctx, info, missing(code));
    checked = type;
  }
  return true;
}

const ROOT_TYPES: ReadonlySet<string> = new Set(['Query', 'Mutation', 'Subscription']);

/** The fields checked by a synchronous wrapper instead of a shield middleware (see wrapSynchronously). */
const wrappedSynchronously = (typeName: string, access: Access | null): boolean =>
  !!access &&
  (access.kind === 'relation' || access.kind === 'node' || (isViewerAccess(access) && !ROOT_TYPES.has(typeName)));

/** Per request, each viewer-only access's verdict: decided (and a refusal logged) once, like shield's contextual cache. */
const viewerVerdicts = new WeakMap<Context, Map<string, true | GraphQLError>>();

function memoizedViewerVerdict(access: ViewerAccess, name: string, ctx: Context, info: GraphQLResolveInfo) {
  let verdicts = viewerVerdicts.get(ctx);
  if (!verdicts) {
    verdicts = new Map();
    viewerVerdicts.set(ctx, verdicts);
  }
  let verdict = verdicts.get(name);
  if (verdict === undefined) {
    verdict = viewerVerdict(access, name, ctx, info);
    verdicts.set(name, verdict);
  }
  // A fresh error per row, so each refused field is located at its own path.
  return verdict === true ? verdict : new GraphQLError(verdict.message, { extensions: verdict.extensions });
}

/** A synchronous check of one field: true, or the refusal to throw. The parent is read by relations only. */
type FieldCheck = (
  parent: RelationParents[RelationSubject],
  args: { id?: string; ids?: string[] },
  ctx: Context,
  info: GraphQLResolveInfo,
) => true | GraphQLError;

/** The synchronous check of a field the table gives `access`, or null when shield keeps it. */
function synchronousCheck(typeName: string, access: Access): FieldCheck | null {
  if (!wrappedSynchronously(typeName, access)) return null;
  if (access.kind === 'relation') return (parent, _args, ctx, info) => relationVerdict(access, parent, ctx, info);
  if (access.kind === 'node') return (_parent, args, ctx, info) => nodeVerdict(args, ctx, info);
  if (!isViewerAccess(access)) return null;
  const name = describeAccess(access);
  return (_parent, _args, ctx, info) => memoizedViewerVerdict(access, name, ctx, info);
}

/**
 * Fields below the root whose access depends on the parent row (`relation`) or on the viewer alone
 * (`member`, `customer`, `actors`, `operator`), and the root `node`/`nodes` (by the ids' types), are
 * checked by a plain synchronous wrapper around their resolver, from the same table and with the
 * same answers and security events as a shield rule. A shield rule costs an async middleware (two
 * awaits and a rule promise per call): per row, where the field is otherwise a property read in
 * compiled code, on `nodes` (41 relation checks per request) that was 14–16 % of the server's
 * throughput (BENCHMARKS.md, session 10); on `nodes` itself, it turned the list of 100 item promises
 * into a promise of the list, which the compiled code then settles item by item with more promises
 * (session 22). Other root fields stay with graphql-shield, as does every field the table misses
 * (fallbackRule deny).
 */
function wrapSynchronously(schema: GraphQLSchema): void {
  for (const { field, access } of listFieldAccess(schema)) {
    const [typeName, fieldName] = field.split('.');
    const check = access && synchronousCheck(typeName, access);
    const type = schema.getType(typeName);
    if (!check || !isObjectType(type)) continue;
    const def = type.getFields()[fieldName];
    const resolve = def.resolve ?? defaultFieldResolver;
    def.resolve = (parent, args, ctx: Context, info) => {
      const verdict = check(parent, args, ctx, info);
      if (verdict !== true) throw verdict;
      return resolve(parent, args, ctx, info);
    };
  }
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
 * measured at ≈ 2.5× slower, and an allow rule adds nothing but the cost. Fields below the root
 * marked `relation` or with a viewer-only access, and `node`/`nodes`, are checked by a synchronous
 * wrapper instead (wrapSynchronously).
 */
export function applyShield(schema: GraphQLSchema): GraphQLSchema {
  const cache = new Map<string, IRule>();
  const ruleTree: Record<string, Record<string, IRule>> = {};
  for (const { field, access } of listFieldAccess(schema)) {
    const [typeName, fieldName] = field.split('.');
    const fields = ruleTree[typeName] ?? {};
    fields[fieldName] = access ? ruleFor(access, cache) : deny;
    ruleTree[typeName] = fields;
  }
  const generator = shield(ruleTree, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: (err: unknown) => (err instanceof GraphQLError ? err : forbidden()),
  });
  const middleware = generator.generate(schema);
  for (const { field, access } of listFieldAccess(schema)) {
    const [typeName, fieldName] = field.split('.');
    if (access && (access.kind === 'data' || access.kind === 'public' || wrappedSynchronously(typeName, access))) {
      // shield generates a map of type name → field name → middleware.
      const fields = propertyOf(middleware, typeName);
      if (typeof fields === 'object' && fields !== null) Reflect.deleteProperty(fields, fieldName);
    }
  }
  const shielded = applyMiddleware(schema, middleware);
  wrapSynchronously(shielded);
  return shielded;
}

/**
 * A field that a rule can refuse must be nullable, or one refused field would null its whole parent
 * (and every non-null ancestor) instead of answering that field alone with FORBIDDEN. Applied to the
 * built schema, so the SDL shows it and no resolver has to remember it.
 */
export function makeRefusableFieldsNullable(schema: GraphQLSchema): GraphQLSchema {
  for (const { field, access } of listFieldAccess(schema)) {
    if (!access || !['relation', 'member', 'customer', 'operator', 'actors'].includes(access.kind)) continue;
    const [typeName, fieldName] = field.split('.');
    if (typeName === 'Query' || typeName === 'Mutation' || typeName === 'Subscription') continue;
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    const def = type.getFields()[fieldName];
    if (isNonNullType(def.type)) {
      def.type = def.type.ofType;
      def.description =
        `${def.description ?? ''} Null (with FORBIDDEN in errors) when your roles or your relation to this object do not allow it.`.trim();
    }
  }
  return schema;
}
