import type { SqlEntityManager } from '@mikro-orm/knex';
import { Member } from '../member/member.entity';
import { MemberStatus } from '../member/member.enums';
import { CloudAccount } from '../cloud-account/cloud-account.entity';
import { CloudOperator } from '../operator/operator.entity';
import type { ActorKind } from '../../permissions/viewer';
import type { TokenClaims } from './token';

/** One actor's stored credential, found by the name it signs in with. */
export interface Credential {
  /** The password hash to check; null: the actor exists but has no password here. */
  hash: string | null;
  /** Whether the actor may sign in at all (an active member, an enabled operator). */
  active: boolean;
  claims: TokenClaims;
  /** For the security log: the ids it names. */
  facts: Record<string, number | null>;
  /** Writes a fresher hash, conditional on the old one (a concurrent upgrade wins). */
  upgrade(em: SqlEntityManager, from: string, to: string): Promise<unknown>;
  member: Member | null;
}

/** Finds the credential of a login name for one kind of actor, or null when there is none. */
export async function findCredential(
  em: SqlEntityManager,
  kind: ActorKind,
  loginName: string,
): Promise<Credential | null> {
  switch (kind) {
    case 'MEMBER': {
      const member = await em.findOne(Member, { loginName }, { populate: ['passwordHash'] });
      if (!member) return null;
      return {
        hash: member.passwordHash,
        active: member.status === MemberStatus.ACTIVE,
        claims: {
          kind,
          memberId: member.id,
          partnerId: member.partner.id,
          credentialVersion: member.credentialVersion,
        },
        facts: { memberId: member.id, partnerId: member.partner.id },
        upgrade: (tx, from, to) => tx.nativeUpdate(Member, { id: member.id, passwordHash: from }, { passwordHash: to }),
        member,
      };
    }
    case 'CUSTOMER': {
      const account = await em.findOne(CloudAccount, { accountName: loginName }, { populate: ['passwordHash'] });
      if (!account) return null;
      return {
        hash: account.passwordHash ?? null,
        active: true,
        claims: { kind, cloudAccountId: account.id },
        facts: { cloudAccountId: account.id },
        upgrade: (tx, from, to) =>
          tx.nativeUpdate(CloudAccount, { id: account.id, passwordHash: from }, { passwordHash: to }),
        member: null,
      };
    }
    case 'OPERATOR': {
      const operator = await em.findOne(CloudOperator, { loginName }, { populate: ['passwordHash'] });
      if (!operator) return null;
      return {
        hash: operator.passwordHash,
        active: !operator.disabledAt,
        claims: { kind, operatorId: operator.id },
        facts: { operatorId: operator.id },
        upgrade: (tx, from, to) =>
          tx.nativeUpdate(CloudOperator, { id: operator.id, passwordHash: from }, { passwordHash: to }),
        member: null,
      };
    }
  }
}
