import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { RESOLVERS } from './resolvers';
import { makeRefusableFieldsNullable } from './permissions/shield';

/** Builds the executable schema from the resolver classes (decorators are the source of truth). */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS as unknown as NonEmptyArray<Function>,
    validate: false,
  });
  // type-graphql has no place for the root types' descriptions; they are set here.
  schema.getQueryType()!.description = 'Reads. Start at `viewer` (the signed-in member and its partner) or fetch any object by global id with `node` / `nodes`.';
  schema.getMutationType()!.description = 'Changes. Each takes one `input` and returns a payload with the changed objects and `userErrors { code field message }`; money-moving ones accept an idempotency key.';
  return makeRefusableFieldsNullable(schema);
}

/** The SDL committed at schema/schema.graphql: sorted, so diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
