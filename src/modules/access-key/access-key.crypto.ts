import { createCipheriv, createDecipheriv, randomBytes, randomInt } from 'node:crypto';

/**
 * Access-key secrets at rest: AES-256-GCM under the server's access-key encryption key
 * (config.accessKeyEncryptionKey), with the access key id as associated data, so a ciphertext
 * copied onto another key's row does not decrypt. Format: `v1.<iv>.<tag>.<ciphertext>` (base64url).
 */
export function encryptSecret(key: Buffer, accessKeyId: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(accessKeyId, 'utf8'));
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join(
    '.',
  );
}

/** The secret, or null when the ciphertext is not ours (wrong key, tampered, other row). */
export function decryptSecret(key: Buffer, accessKeyId: string, stored: string): string | null {
  const [version, iv, tag, body] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(accessKeyId, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const ALPHANUMERIC = `${UPPER_DIGITS}abcdefghijklmnopqrstuvwxyz`;
const randomString = (alphabet: string, length: number) =>
  Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');

/** An access key id like the cloud's: 20 upper-case letters and digits. */
export const newAccessKeyId = () => randomString(UPPER_DIGITS, 20);

/** A secret key: 40 letters and digits (≈ 238 bits). */
export const newSecretKey = () => randomString(ALPHANUMERIC, 40);
