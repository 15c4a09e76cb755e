import { describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { SignInDocument, ViewerDocument } from '../generated/graphql';
import { DEMO_MEMBERS, DEMO_PASSWORD } from '../../seeds';
import { useTestServer } from '../support/server';

const server = useTestServer();

describe('signIn and viewer', () => {
  it.each(DEMO_MEMBERS.filter((m) => !m.cancelled).map((m) => [m.loginName, m] as const))(
    '%s signs in and sees its own member and partner',
    async (loginName, demo) => {
      const signIn = await server.execute(SignInDocument, { input: { loginName, password: DEMO_PASSWORD } });
      expect(signIn.data?.signIn.userErrors).toEqual([]);
      expect(signIn.data?.signIn.member?.loginName).toBe(loginName);
      const token = signIn.data!.signIn.token!;
      const viewer = await server.execute(ViewerDocument, {}, token);
      expect(viewer.errors).toBeUndefined();
      expect(viewer.data!.viewer.member.loginName).toBe(loginName);
      expect(viewer.data!.viewer.member.displayName).toBe(demo.displayName);
      expect(viewer.data!.viewer.permissions.length).toBeGreaterThan(0);
      // Every role includes the default permissions.
      expect(viewer.data!.viewer.permissions).toContain('home:view');
    },
  );

  it('answers a wrong password exactly as an unknown login', async () => {
    const wrong = await server.execute(SignInDocument, { input: { loginName: 'dist-admin', password: 'nope' } });
    const unknown = await server.execute(SignInDocument, { input: { loginName: 'nobody-at-all', password: 'nope' } });
    expect(wrong.data).toEqual(unknown.data);
    expect(wrong.data?.signIn).toEqual({
      token: null,
      expiresAt: null,
      member: null,
      userErrors: [{ code: 'INVALID_CREDENTIALS', field: 'input', message: 'Login name or password is wrong.' }],
    });
  });

  it('refuses a member whose association was cancelled, with the same answer as a wrong password', async () => {
    const cancelled = DEMO_MEMBERS.find((m) => m.cancelled)!;
    const res = await server.execute(SignInDocument, {
      input: { loginName: cancelled.loginName, password: DEMO_PASSWORD },
    });
    expect(res.data?.signIn.token).toBeNull();
    expect(res.data?.signIn.userErrors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
  });

  it('refuses anonymous callers everything but signIn', async () => {
    const res = await server.execute(ViewerDocument, {});
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses forged, expired and malformed tokens with 401 UNAUTHENTICATED', async () => {
    const forged = await new SignJWT({ pid: 1 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('1')
      .setIssuer('partner-graph')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('x'.repeat(40)));
    const real = await server.signIn('dist-admin');
    const [header, payload] = real.split('.');
    const expiredPayload = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), exp: 1 }),
    ).toString('base64url');
    for (const token of [forged, `${header}.${expiredPayload}.${real.split('.')[2]}`, 'not-a-token']) {
      const res = await server.execute(ViewerDocument, {}, token);
      expect(res.status).toBe(401);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});
