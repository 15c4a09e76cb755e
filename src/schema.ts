import { isObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type PubSub } from 'type-graphql';
import { RESOLVERS } from './resolvers';
import { makeRefusableFieldsNullable } from './permissions/shield';

const UNUSED_PUB_SUB: PubSub = {
  publish: () => {
    throw new Error('publish through the notification bus, not type-graphql');
  },
  subscribe: () => {
    throw new Error('subscriptions bring their own subscribe function');
  },
};

/** Builds the executable schema from the resolver classes (decorators are the source of truth). */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    validate: false,
    // type-graphql insists on a PubSub once a @Subscription exists; ours brings its own `subscribe`
    // (modules/notification/notification.live.ts), so nothing is ever published through this one.
    pubSub: UNUSED_PUB_SUB,
  });
  // type-graphql has no place for the root types' descriptions; they are set here.
  schema.getQueryType()!.description =
    'Reads. Start at `viewer` (the signed-in member and its partner) or fetch any object by global id with `node` / `nodes`.';
  schema.getMutationType()!.description =
    'Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key.';
  schema.getSubscriptionType()!.description =
    'Live events over WebSocket (graphql-ws protocol at /graphql; connectionParams { authorization: "Bearer <token>" }).';
  // A subscription's events are `{ <field>: value }`, read by graphql-js's default resolver: then the
  // shield wraps `subscribe` and refuses once, when subscribing, instead of on every event.
  for (const field of Object.values(schema.getSubscriptionType()!.getFields())) field.resolve = undefined;
  return makeRefusableFieldsNullable(withoutPassThroughResolvers(schema));
}

/**
 * type-graphql gives every plain `@Field` of a class without `simpleResolvers` a resolver that
 * only reads `root[name]` (through its middleware runner, with none to run). graphql-js's default
 * resolver does the same; and a compiled executor (graphql-jit) inlines fields without a resolver
 * as a property read, where every resolver costs a call and a promise check per row. So those
 * resolvers are removed, except where the field is renamed (`id` read from `globalId`), has
 * middlewares, or is marked `simple: false` (its value is a promise, e.g. `totalCount`).
 */
function withoutPassThroughResolvers(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const hasFieldResolver = (target: object, name: string) =>
    storage.fieldResolvers.some((r) => r.getObjectType?.() === target && r.methodName === name);
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    // Fields declared on the class, its ancestors (connection bases) and its interfaces.
    const owners: object[] = [];
    for (let c: object | null = objectType.target; c && c !== Function.prototype; c = Object.getPrototypeOf(c))
      owners.push(c);
    for (const i of objectType.interfaceClasses ?? []) owners.push(i);
    for (const field of storage.fields) {
      if (!owners.includes(field.target) || !fields[field.schemaName]) continue;
      const passThrough =
        field.name === field.schemaName &&
        field.simple !== false &&
        !field.middlewares?.length &&
        !field.roles?.length &&
        !hasFieldResolver(field.target, field.name);
      if (passThrough) fields[field.schemaName].resolve = undefined;
    }
  }
  return schema;
}

/** The SDL committed at schema/schema.graphql: sorted, so diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
