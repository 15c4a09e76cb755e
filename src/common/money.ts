import { Field, ObjectType } from 'type-graphql';

/** All money is CNY held as integer fen (分); 1 元 = 100 fen. */
export const CURRENCY = 'CNY';

@ObjectType({
  simpleResolvers: true,
  description: 'An amount of money. Never a float: `amount` is a decimal string with 2 decimals.',
})
export class Money {
  @Field(() => String, {
    description: 'Decimal string with exactly 2 decimals, e.g. "1234.50"; negative amounts start with "-".',
  })
  amount!: string;

  @Field(() => String, { description: 'ISO 4217 currency code; always CNY.' })
  currency!: string;
}

/** Formats integer fen as a decimal string with 2 decimals. */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new Error(`not an integer amount of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function money(fen: number): Money {
  const m = new Money();
  m.amount = formatFen(fen);
  m.currency = CURRENCY;
  return m;
}

export type ParsedAmount = { ok: true; fen: number } | { ok: false; reason: string };

const DECIMAL = /^(\d{1,15})(?:\.(\d{1,2}))?$/;

/**
 * Parses a decimal string into fen exactly (no float arithmetic).
 * Accepts "12", "12.5", "12.50"; refuses signs, exponents, more than 2 decimals and blanks.
 */
export function parseAmount(input: string): ParsedAmount {
  const text = input.trim();
  const match = DECIMAL.exec(text);
  if (!match) {
    if (/^-/.test(text)) return { ok: false, reason: 'must not be negative' };
    if (/^\d+\.\d{3,}$/.test(text)) return { ok: false, reason: 'has more than 2 decimals' };
    return { ok: false, reason: 'is not a decimal amount like "100.00"' };
  }
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return { ok: false, reason: 'is too large' };
  return { ok: true, fen };
}

/** A checked money input: fen, or a user error naming the field. */
export type AmountCheck =
  | { ok: true; fen: number }
  | { ok: false; code: 'INVALID_AMOUNT' | 'AMOUNT_TOO_LARGE'; message: string };

/** Parses a money input that must be > 0, ≤ 2 decimals and ≤ `maxFen`. */
export function checkPositiveAmount(text: string, field: string, maxFen: number): AmountCheck {
  const parsed = parseAmount(text);
  if (!parsed.ok) return { ok: false, code: 'INVALID_AMOUNT', message: `${field} ${parsed.reason}.` };
  if (parsed.fen <= 0) return { ok: false, code: 'INVALID_AMOUNT', message: `${field} must be greater than 0.` };
  if (parsed.fen > maxFen)
    return { ok: false, code: 'AMOUNT_TOO_LARGE', message: `${field} must be at most ${formatFen(maxFen)}.` };
  return { ok: true, fen: parsed.fen };
}
