import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { forbidden, UserError } from '../../common/errors';
import { recordAudit } from '../audit/audit.service';
import { lockRows } from '../../db/locks';
import { AccessKey } from './access-key.entity';
import { encryptSecret, newAccessKeyId, newSecretKey } from './access-key.crypto';

/** Active keys one member may hold at once (the cloud allows two, for rotation). */
export const MAX_ACTIVE_KEYS_PER_MEMBER = 2;
export const MAX_DESCRIPTION_LENGTH = 200;

export type CreateAccessKeyResult = { accessKey: AccessKey; secretAccessKey: string } | { error: UserError };

/** Creates an access key for the signed-in member; the secret is returned here and never again. */
export async function createAccessKey(
  ctx: Context,
  encryptionKey: Buffer,
  description: string | null | undefined,
): Promise<CreateAccessKeyResult> {
  const viewer = requireViewer(ctx);
  // A leaked key must not be able to mint more keys: only a signed-in session creates them.
  if (ctx.authMethod === 'signature')
    throw forbidden('Access keys are created in a signed-in session (bearer token), not with another access key.');
  const text = description?.trim() || null;
  if (text && text.length > MAX_DESCRIPTION_LENGTH) {
    return {
      error: new UserError(
        'ACCESS_KEY_DESCRIPTION_TOO_LONG',
        `description has at most ${MAX_DESCRIPTION_LENGTH} characters.`,
        'input.description',
      ),
    };
  }
  return ctx.em.transactional(async (tx) => {
    // Serialize key creation per member (PostgreSQL row lock; SQLite writes are serial anyway),
    // so two concurrent requests cannot both pass the count below.
    await lockRows(tx, 'member', [viewer.member.id]);
    const active = await tx.count(AccessKey, { member: viewer.member.id, revokedAt: null });
    if (active >= MAX_ACTIVE_KEYS_PER_MEMBER) {
      return {
        error: new UserError(
          'ACCESS_KEY_LIMIT_REACHED',
          `You already have ${MAX_ACTIVE_KEYS_PER_MEMBER} active access keys; revoke one first.`,
          null,
        ),
      };
    }
    const accessKeyId = newAccessKeyId();
    const secretAccessKey = newSecretKey();
    const accessKey = tx.create(AccessKey, {
      member: viewer.member.id,
      partner: viewer.partner.id,
      accessKeyId,
      secretCiphertext: encryptSecret(encryptionKey, accessKeyId, secretAccessKey),
      description: text,
      createdAt: new Date(),
      lastUsedAt: null,
      revokedAt: null,
    });
    await tx.flush();
    await recordAudit(tx, ctx, {
      action: 'createAccessKey',
      target: `access_key:${accessKey.id}`,
      after: { accessKeyId, description: text },
    });
    return { accessKey, secretAccessKey };
  });
}

/** Revokes one of the member's own keys; revoking a revoked key changes nothing. */
export async function revokeAccessKey(
  ctx: Context,
  accessKeyId: string,
): Promise<{ accessKey: AccessKey } | { error: UserError }> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (tx) => {
    const key = await tx.findOne(AccessKey, { accessKeyId, member: viewer.member.id });
    if (!key)
      return {
        error: new UserError('ACCESS_KEY_NOT_FOUND', 'You have no access key with that id.', 'input.accessKeyId'),
      };
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      await tx.flush();
      await recordAudit(tx, ctx, { action: 'revokeAccessKey', target: `access_key:${key.id}`, after: { accessKeyId } });
    }
    return { accessKey: key };
  });
}

export function listAccessKeys(ctx: Context): Promise<AccessKey[]> {
  const viewer = requireViewer(ctx);
  return ctx.em.find(AccessKey, { member: viewer.member.id }, { orderBy: { createdAt: 'desc', id: 'desc' } });
}
