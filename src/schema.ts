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
  return makeRefusableFieldsNullable(schema);
}

/** The SDL committed at schema/schema.graphql: sorted, so diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
