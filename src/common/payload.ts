import { Field, ObjectType } from 'type-graphql';
import type { ErrorCode } from './error-codes';
import { UserError } from './errors';

/**
 * Base of every mutation payload: the changed objects (declared by each payload) plus
 * `userErrors`. A business-rule refusal is a user error with a stable code, never a top-level
 * error, so clients can tell "refused" from "broken" and never retry a refusal blindly.
 */
@ObjectType({ simpleResolvers: true })
export abstract class MutationPayload {
  @Field(() => [UserError], {
    description:
      'Why (part of) the mutation was refused; empty when everything succeeded. Codes are listed in the README.',
  })
  userErrors!: UserError[];
}

/** A refusal for one item of a batch, named by its index in the input list. */
export const itemError = (code: ErrorCode, message: string, field: string) => new UserError(code, message, field);
