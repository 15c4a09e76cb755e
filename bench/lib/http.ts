import http from 'node:http';

export interface HttpResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as received, decoded once from all bytes (no split multi-byte characters). */
  text: string;
  bytes: number;
}

const agent = new http.Agent({ keepAlive: false });

/** One POST of a GraphQL request (no kept-alive socket, so servers stop promptly). */
export function postGraphql(url: string, body: unknown, headers: Record<string, string> = {}): Promise<HttpResult> {
  const payload = Buffer.from(JSON.stringify(body));
  const target = new URL('/graphql', url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      target,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': String(payload.length), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const buf = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: buf.toString('utf8'), bytes: buf.length });
        });
        res.on('error', reject);
      },
    );
    req.setTimeout(120_000, () => req.destroy(new Error(`POST ${target.href} timed out`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/** A GraphQL call that must succeed: 2xx, JSON, no errors. Returns data and the response facts. */
export async function graphqlOk<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ data: T; result: HttpResult }> {
  const result = await postGraphql(url, { query, variables }, headers);
  let parsed: { data?: T; errors?: { message: string }[] };
  try {
    parsed = JSON.parse(result.text);
  } catch {
    throw new Error(`HTTP ${result.status} from ${url}: not JSON: ${result.text.slice(0, 300)}`);
  }
  if (result.status < 200 || result.status >= 300 || parsed.errors?.length || !parsed.data) {
    throw new Error(`HTTP ${result.status} from ${url}: ${JSON.stringify(parsed.errors ?? parsed).slice(0, 600)}`);
  }
  return { data: parsed.data, result };
}
