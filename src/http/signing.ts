/**
 * The cloud's AK/SK request signing, `SDK-HMAC-SHA256`, as its public SDK documentation describes:
 *
 *   CanonicalRequest = Method \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n
 *                      SignedHeaders \n HexEncode(SHA256(body))
 *   StringToSign     = "SDK-HMAC-SHA256" \n X-Sdk-Date \n HexEncode(SHA256(CanonicalRequest))
 *   Signature        = HexEncode(HMAC-SHA256(SecretKey, StringToSign))
 *   Authorization: SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<h1;h2>, Signature=<hex>
 *
 * CanonicalURI is the path, each segment URI-encoded, ending with "/"; CanonicalQueryString is
 * the query parameters URI-encoded and sorted by name (then value), `name=value` joined by "&";
 * CanonicalHeaders is `name:value\n` per signed header (names lower-case, values trimmed), in
 * SignedHeaders order (lower-case names sorted, joined by ";"). X-Sdk-Date is `YYYYMMDDTHHMMSSZ`
 * (UTC) and must be within 15 minutes of the server's clock. This server requires `host` and
 * `x-sdk-date` among the signed headers.
 *
 * Pure functions only; looking the key up, the constant-time comparison and the replay cache are
 * in signature-verifier.ts.
 */
import { createHash, createHmac } from 'node:crypto';

export const SIGNING_ALGORITHM = 'SDK-HMAC-SHA256';
export const SIGNATURE_WINDOW_MS = 15 * 60 * 1000;
export const REQUIRED_SIGNED_HEADERS = ['host', 'x-sdk-date'] as const;

export interface SignatureHeader {
  accessKeyId: string;
  signedHeaders: string[];
  signature: string;
}

/** `SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…`, or null when malformed. */
export function parseSignatureHeader(value: string): SignatureHeader | null {
  const match = /^SDK-HMAC-SHA256\s+(.*)$/i.exec(value.trim());
  if (!match) return null;
  const parts = new Map<string, string>();
  for (const piece of match[1].split(',')) {
    const eq = piece.indexOf('=');
    if (eq < 0) return null;
    const key = piece.slice(0, eq).trim();
    if (parts.has(key)) return null;
    parts.set(key, piece.slice(eq + 1).trim());
  }
  const accessKeyId = parts.get('Access');
  const signedHeaders = parts.get('SignedHeaders');
  const signature = parts.get('Signature');
  if (!accessKeyId || !signedHeaders || !signature || parts.size !== 3) return null;
  if (accessKeyId.length > 128 || signature.length > 256 || signedHeaders.length > 2048) return null;
  const names = signedHeaders.split(';');
  if (names.some((n) => !/^[a-z0-9-]+$/.test(n))) return null;
  return { accessKeyId, signedHeaders: names, signature };
}

/** `YYYYMMDDTHHMMSSZ` → epoch ms, or null when malformed. */
export function parseSdkDate(value: string | undefined): number | null {
  const m = value ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value) : null;
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  // Reject impossible dates (Feb 30 …) that Date.UTC would roll over.
  if (
    back.getUTCFullYear() !== y ||
    back.getUTCMonth() !== mo - 1 ||
    back.getUTCDate() !== d ||
    back.getUTCHours() !== h ||
    back.getUTCMinutes() !== mi
  )
    return null;
  return ms;
}

/** RFC 3986 encoding: everything but A–Z a–z 0–9 - _ . ~ is %XX (upper-case hex). */
export function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The path, each segment decoded and re-encoded, with a trailing "/". */
export function canonicalUri(path: string): string {
  const encoded = path
    .split('/')
    .map((segment) => uriEncode(safeDecode(segment)))
    .join('/');
  return encoded.endsWith('/') ? encoded : `${encoded}/`;
}

/** The raw query string (without "?") → sorted, encoded `name=value` pairs joined by "&". */
export function canonicalQueryString(rawQuery: string): string {
  if (!rawQuery) return '';
  return rawQuery
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      const value = eq < 0 ? '' : pair.slice(eq + 1);
      return [uriEncode(safeDecode(name)), uriEncode(safeDecode(value))] as const;
    })
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

export interface CanonicalInput {
  method: string;
  /** Path and query as received, e.g. `/graphql?x=1`. */
  url: string;
  /** Header lookup by lower-case name. */
  header(name: string): string | undefined;
  signedHeaders: string[];
  body: Buffer | string;
}

export function canonicalRequest(input: CanonicalInput): string {
  const q = input.url.indexOf('?');
  const path = q < 0 ? input.url : input.url.slice(0, q);
  const query = q < 0 ? '' : input.url.slice(q + 1);
  const headers = input.signedHeaders.map((name) => `${name}:${(input.header(name) ?? '').trim()}\n`).join('');
  return [
    input.method.toUpperCase(),
    canonicalUri(path),
    canonicalQueryString(query),
    headers,
    input.signedHeaders.join(';'),
    sha256Hex(input.body),
  ].join('\n');
}

export function stringToSign(sdkDate: string, canonical: string): string {
  return `${SIGNING_ALGORITHM}\n${sdkDate}\n${sha256Hex(canonical)}`;
}

export function sign(secret: string, toSign: string): string {
  return createHmac('sha256', secret).update(toSign).digest('hex');
}
