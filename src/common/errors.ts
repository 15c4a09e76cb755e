import { GraphQLError } from 'graphql';
import { Field, ObjectType } from 'type-graphql';
import type { ErrorCode } from './error-codes';

/** Top-level error codes (the `extensions.code` of an entry in `errors`). */
export const TopLevelErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export class AppError extends GraphQLError {
  constructor(code: keyof typeof TopLevelErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = (message = 'Sign in first: send Authorization: Bearer <token> from signIn.') =>
  new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You may not see or do this.') => new AppError('FORBIDDEN', message);
/** Used both for ids that do not exist and ids the viewer may not see, so ids cannot be probed. */
export const notFound = (what = 'object') => new AppError('NOT_FOUND', `No ${what} with that id is visible to you.`);
export const badInput = (message: string, field?: string) =>
  new AppError('BAD_USER_INPUT', message, field ? { field } : {});

/** A business-rule failure reported inside a mutation payload, with a stable code. */
@ObjectType({
  simpleResolvers: true,
  description: 'A business rule that refused (part of) a mutation. `code` is stable; see the README error table.',
})
export class UserError {
  // Typed ErrorCode: the compiler checks every code against ERROR_CODES (and so the README table).
  @Field(() => String, { description: 'Stable machine-readable code, e.g. QUOTA_INSUFFICIENT.' })
  code!: ErrorCode;

  @Field(() => String, {
    nullable: true,
    description: 'Input path the error is about, e.g. "input.amount" or "input.customerIds[3]".',
  })
  field?: string | null;

  @Field(() => String, { description: 'Human-readable explanation.' })
  message!: string;

  constructor(code: ErrorCode, message: string, field?: string | null) {
    this.code = code;
    this.message = message;
    this.field = field ?? null;
  }
}
