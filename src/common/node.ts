import { Field, ID, InterfaceType } from 'type-graphql';
import { BigIntType, Property } from '@mikro-orm/core';

/** Every business object has an opaque global id; node(id:) and nodes(ids:) resolve any of them. */
@InterfaceType({ description: 'An object with an opaque global id, fetchable with node(id:).' })
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'Opaque global id; stable; use it with node(id:).' })
  globalId!: string;
}

/** A money column: integer fen (bigint in PostgreSQL, read back as a JS number). */
export const MoneyColumn = (options: { nullable?: boolean } = {}) =>
  Property(
    options.nullable
      ? { type: new BigIntType('number'), nullable: true }
      : { type: new BigIntType('number'), default: 0 },
  );
