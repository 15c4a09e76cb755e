/** Money as the API writes it, computed independently of src/common/money.ts. */

/** Fen as a yuan amount string: 12345 → "123.45", -5 → "-0.05". */
export const yuan = (fen: number): string =>
  `${fen < 0 ? '-' : ''}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;

/** Fen as a Money object in CNY: { amount: "123.45", currency: "CNY" }. */
export const cny = (fen: number): { amount: string; currency: string } => ({ amount: yuan(fen), currency: 'CNY' });
