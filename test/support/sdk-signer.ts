/**
 * An independent SDK-HMAC-SHA256 signer for the tests, written from the cloud's public description
 * of the algorithm (API Gateway "AK/SK signing"), deliberately sharing no code with
 * src/http/signing.ts, so a mistake there cannot hide in both:
 *
 * 1. CanonicalRequest = HTTPRequestMethod + "\n" + CanonicalURI + "\n" + CanonicalQueryString + "\n"
 *    + CanonicalHeaders + "\n" + SignedHeaders + "\n" + HexEncode(Hash(RequestPayload))
 *    - CanonicalURI: the path, URI-encoded per segment, always ending with "/".
 *    - CanonicalQueryString: parameters URI-encoded, sorted by name, "name=value" joined with "&".
 *    - CanonicalHeaders: "lowercase(name):trim(value)\n" for each signed header, sorted by name.
 *    - SignedHeaders: the lower-case header names, sorted, joined with ";".
 * 2. StringToSign = "SDK-HMAC-SHA256" + "\n" + X-Sdk-Date + "\n" + HexEncode(Hash(CanonicalRequest))
 * 3. Signature = HexEncode(HMAC-SHA256(SK, StringToSign))
 * 4. Authorization: SDK-HMAC-SHA256 Access=AK, SignedHeaders=…, Signature=…
 */
import { createHash, createHmac } from 'node:crypto';

const hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Percent-encodes all but the unreserved characters of RFC 3986. */
function percentEncode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** `20260102T030405Z` for a Date. */
export function sdkDate(at: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getUTCFullYear()}${p(at.getUTCMonth() + 1)}${p(at.getUTCDate())}T${p(at.getUTCHours())}${p(at.getUTCMinutes())}${p(at.getUTCSeconds())}Z`;
}

/** The request to sign, as it will be sent. */
export interface ToSign {
  method: string;
  /** Full URL, e.g. http://127.0.0.1:4000/graphql?a=1 */
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Returns the headers to send: the given ones plus X-Sdk-Date, Host and Authorization. */
export function signRequest(request: ToSign, ak: string, sk: string, at: Date = new Date()): Record<string, string> {
  const url = new URL(request.url);
  const headers: Record<string, string> = { ...request.headers, 'X-Sdk-Date': sdkDate(at), host: url.host };
  const path = url.pathname
    .split('/')
    .map((s) => percentEncode(decodeURIComponent(s)))
    .join('/');
  const canonicalUri = path.endsWith('/') ? path : `${path}/`;
  const params = [...url.searchParams.entries()]
    .map(([k, v]) => [percentEncode(k), percentEncode(v)])
    .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
  const canonicalQuery = params.map(([k, v]) => `${k}=${v}`).join('&');
  const names = Object.keys(headers)
    .map((h) => h.toLowerCase())
    .sort();
  const lookup = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const canonicalHeaders = names.map((n) => `${n}:${lookup.get(n)!.trim()}\n`).join('');
  const signedHeaders = names.join(';');
  const canonicalRequest = `${request.method.toUpperCase()}\n${canonicalUri}\n${canonicalQuery}\n${canonicalHeaders}\n${signedHeaders}\n${hex(request.body)}`;
  const stringToSign = `SDK-HMAC-SHA256\n${headers['X-Sdk-Date']}\n${hex(canonicalRequest)}`;
  const signature = createHmac('sha256', sk).update(stringToSign).digest('hex');
  return {
    ...headers,
    Authorization: `SDK-HMAC-SHA256 Access=${ak}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  };
}
