/**
 * Minimal JSON-lines logger: one object per line on stderr, never secrets. Callers log ids and
 * facts, not request bodies or headers; as a second line of defence, any field whose name says it
 * holds a credential is replaced by "[redacted]" (test/production/logs.test.ts greps real logs).
 */
type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const isLevel = (name: string | undefined): name is Level => name !== undefined && Object.hasOwn(ORDER, name);
const configured = process.env.LOG_LEVEL;
const threshold = isLevel(configured) ? ORDER[configured] : ORDER.info;

const SECRET_FIELD = /pass(word|wd)?|secret|token|authorization|cookie|signature|verificationcode|apikey|privatekey/i;

function redact(value: unknown, depth = 0): unknown {
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  return redactFields(value, depth);
}

function redactFields(fields: object, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(fields)) {
    out[key] = SECRET_FIELD.test(key) && v != null ? '[redacted]' : redact(v, depth + 1);
  }
  return out;
}

function write(level: Level, fields: Record<string, unknown>, msg: string): void {
  if (ORDER[level] < threshold) return;
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...redactFields(fields) })}\n`);
}

export const logger = {
  debug: (fields: Record<string, unknown>, msg: string) => write('debug', fields, msg),
  info: (fields: Record<string, unknown>, msg: string) => write('info', fields, msg),
  warn: (fields: Record<string, unknown>, msg: string) => write('warn', fields, msg),
  error: (fields: Record<string, unknown>, msg: string) => write('error', fields, msg),
};
