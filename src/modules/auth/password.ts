import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashing with scrypt, built into Node (no native dependency to compile), at OWASP's
 * current minimum for scrypt: N=2^17, r=8, p=1 (≈ 128 MiB and a few hundred milliseconds per
 * hash). Each stored hash carries its parameters (`scrypt$N$r$p$salt$hash`), so hashes made at
 * earlier parameters still verify; `needsRehash` tells the sign-in to store a new one.
 */
export const PASSWORD_PARAMS = { N: 2 ** 17, r: 8, p: 1, keyLength: 32, saltLength: 16 } as const;

/** Parameters stored hashes may carry: anything above is refused rather than computed (memory). */
const MAX_N = 2 ** 20;
const MAX_RP = 16;

// scrypt needs 128·N·r·p bytes; Node refuses above maxmem (32 MiB by default), so set it per call.
const memoryFor = (N: number, r: number, p: number) => 128 * N * r * p + 16 * 1024 * 1024;

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  const { N = 16384, r = 8, p = 1 } = options;
  return new Promise((resolve, reject) =>
    scryptCb(password, salt, keyLength, { N, r, p, maxmem: memoryFor(N, r, p) }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** Returns `scrypt$N$r$p$salt$hash` (base64url parts) at the current parameters. */
export async function hashPassword(
  password: string,
  salt: Buffer = randomBytes(PASSWORD_PARAMS.saltLength),
): Promise<string> {
  const { N, r, p, keyLength } = PASSWORD_PARAMS;
  const key = await scrypt(password, salt, keyLength, { N, r, p });
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface Parsed {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

function parse(stored: string): Parsed | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  const ok =
    Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0 && N <= MAX_N && [r, p].every((x) => x >= 1 && x <= MAX_RP);
  return ok ? { N, r, p, salt: Buffer.from(parts[4], 'base64url'), hash: Buffer.from(parts[5], 'base64url') } : null;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const actual = await scrypt(password, parsed.salt, parsed.hash.length, { N: parsed.N, r: parsed.r, p: parsed.p });
  return actual.length === parsed.hash.length && timingSafeEqual(actual, parsed.hash);
}

/** Whether a stored hash was made at weaker parameters than today's (upgrade it on the next sign-in). */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  if (!parsed) return true;
  return (
    parsed.N < PASSWORD_PARAMS.N ||
    parsed.r < PASSWORD_PARAMS.r ||
    parsed.p < PASSWORD_PARAMS.p ||
    parsed.hash.length < PASSWORD_PARAMS.keyLength ||
    parsed.salt.length < PASSWORD_PARAMS.saltLength
  );
}

/** A hash of a password nobody has, so unknown logins cost the same time as wrong passwords. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}
