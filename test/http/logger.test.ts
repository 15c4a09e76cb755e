// The logger's settings (src/common/logger.ts) on a stream of the test's own: today's fields, levels,
// redaction by exact path (and not by a name's look), errors with their cause, the request id and
// security events of the request scope.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/common/logger';
import { type RequestScope, runInRequestScope } from '../../src/common/request-scope';

function capture(level = 'debug') {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger(stream, level), lines };
}

const scope = (): RequestScope => ({ requestId: 'req-0001', errorCodes: [], refusal: null, securityEvents: [] });

describe('logger', () => {
  it('writes time (ISO), level name, msg and the fields given, from LOG_LEVEL up', () => {
    const { logger, lines } = capture('info');
    logger.debug({ hidden: true }, 'not written');
    logger.info({ requestId: 'abc', status: 200 }, 'request');
    logger.error({}, 'failed');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({
      time: expect.any(String),
      level: 'info',
      msg: 'request',
      requestId: 'abc',
      status: 200,
    });
    expect(new Date(String(lines[0].time)).toISOString()).toBe(lines[0].time);
    expect(lines[1]).toMatchObject({ level: 'error', msg: 'failed' });
    // An unknown LOG_LEVEL (config.ts refuses it at start) falls back to info instead of throwing here.
    const fallback = capture('verbose');
    fallback.logger.debug({}, 'no');
    fallback.logger.info({}, 'yes');
    expect(fallback.lines.map((l) => l.msg)).toEqual(['yes']);
  });

  it('redacts credentials at their exact paths, and leaves look-alike names such as order_authorization', () => {
    const { logger, lines } = capture();
    logger.info(
      {
        password: 'p1',
        input: { password: 'p2', loginName: 'dist-admin', verificationCode: '123456' },
        headers: { authorization: 'Bearer x.y.z', 'x-sdk-signature': 'abc', accept: 'application/json' },
        result: { signIn: { token: 'eyJ...' } },
        secretAccessKey: 'sk',
        order_authorization: 'APPROVED',
        tokenTtlSeconds: 3600,
        passwordPolicy: 'scrypt',
        table: 'order_authorization',
      },
      'fields',
    );
    expect(lines[0]).toMatchObject({
      password: '[redacted]',
      input: { password: '[redacted]', loginName: 'dist-admin', verificationCode: '[redacted]' },
      headers: { authorization: '[redacted]', 'x-sdk-signature': '[redacted]', accept: 'application/json' },
      result: { signIn: { token: '[redacted]' } },
      secretAccessKey: '[redacted]',
      order_authorization: 'APPROVED',
      tokenTtlSeconds: 3600,
      passwordPolicy: 'scrypt',
      table: 'order_authorization',
    });
  });

  it('writes an error as type, message, code, stack and cause chain, without other properties', () => {
    const { logger, lines } = capture();
    const cause = Object.assign(new Error('SQLITE_ERROR: no such table: access_key'), { code: 'SQLITE_ERROR' });
    const err = Object.assign(new Error('select failed', { cause }), { bindings: ['secret-value'], sql: 'select ?' });
    logger.error({ err, path: ['viewer', 'accessKeys'] }, 'internal error');
    expect(lines[0]).toMatchObject({
      msg: 'internal error',
      path: ['viewer', 'accessKeys'],
      err: {
        type: 'Error',
        message: 'select failed',
        stack: expect.stringContaining('select failed'),
        cause: { type: 'Error', message: 'SQLITE_ERROR: no such table: access_key', code: 'SQLITE_ERROR' },
      },
    });
    expect(JSON.stringify(lines[0])).not.toContain('secret-value');
  });

  it('adds the request id of the running request, and notes its security events', async () => {
    const { logger, lines } = capture();
    const request = scope();
    await runInRequestScope(request, async () => {
      await Promise.resolve();
      logger.warn({ event: 'security', kind: 'sign-in-failed', reason: 'wrong password' }, 'sign-in refused');
      logger.info({ requestId: 'given-wins' }, 'explicit');
    });
    logger.info({}, 'outside');
    expect(lines.map((l) => [l.msg, l.requestId])).toEqual([
      ['sign-in refused', 'req-0001'],
      ['explicit', 'given-wins'],
      ['outside', undefined],
    ]);
    expect(request.securityEvents).toEqual(['sign-in-failed']);
  });
});
