/**
 * Customer invitations (客户邀请) of the demo partners, in every status: the demo distributor has
 * an ACTIVE, a CANCELLED and an EXPIRED one and one a seeded customer accepted (its ASSOCIATE event
 * was the customer's own); the second distributor has an ACTIVE one, and the FROZEN reseller an
 * ACTIVE one from before it was frozen (accepting it answers PARTNER_FROZEN). Tokens derive from
 * the seed, so the same seed gives the same links.
 */
import { createHash } from 'node:crypto';
import {
  AssociationEventStatus,
  AssociationEventType,
  AssociationInitiator,
} from '../src/modules/association/association.enums';
import { AssociationType } from '../src/modules/customer/customer.enums';
import type { Row } from './bulk';
import type { Sink } from './customers';
import { demoPartner, type DemoPartnerKey } from './demo-data';
import { DAY, HOUR, type PartnerPlan, type TableKey } from './model';

/** The demo invitations: partner, type, created and expiry (days from the reference date), cancelled. */
const PLAN: readonly {
  partner: DemoPartnerKey;
  type: AssociationType;
  createdDays: number;
  expiresDays: number;
  cancelledDays?: number;
}[] = [
  { partner: 'dist', type: AssociationType.RESALE, createdDays: -2, expiresDays: 35 },
  { partner: 'dist', type: AssociationType.ADVISORY, createdDays: -40, expiresDays: -10, cancelledDays: -38 },
  { partner: 'dist', type: AssociationType.RESALE, createdDays: -60, expiresDays: -53 },
  { partner: 'other-dist', type: AssociationType.ADVISORY, createdDays: -1, expiresDays: 35 },
  { partner: 'frozen-reseller', type: AssociationType.ADVISORY, createdDays: -3, expiresDays: 35 },
];

export class CustomerInvitationSeeder {
  private readonly distId = demoPartner('dist').id;
  private readonly distCustomers = new Set<number>();
  /** The distributor's latest customer whose association was the customer's own doing. */
  private accepted: { customer: number; at: number; type: AssociationType } | null = null;

  constructor(
    private readonly sink: Sink,
    private readonly seed: number,
  ) {}

  /** Sees every row the seeder pushes (customers come before their events). */
  observe(table: TableKey, row: Row): void {
    if (table === 'subCustomer' && row.partner === this.distId) this.distCustomers.add(Number(row.id));
    if (
      table === 'associationEvent' &&
      row.partner === this.distId &&
      this.distCustomers.has(Number(row.customer)) &&
      row.eventType === AssociationEventType.ASSOCIATE &&
      row.initiator === AssociationInitiator.CUSTOMER &&
      row.status === AssociationEventStatus.COMPLETED &&
      Number(row.createdAt) > (this.accepted?.at ?? 0)
    ) {
      this.accepted = { customer: Number(row.customer), at: Number(row.createdAt), type: Number(row.toType) };
    }
  }

  private token(id: number): string {
    return createHash('sha256').update(`customer-invitation:${this.seed}:${id}`).digest('base64url');
  }

  private invitation(
    p: PartnerPlan,
    type: AssociationType,
    createdAt: number,
    expiresAt: number,
    cancelledAt: number | null,
  ): number {
    const id = this.sink.nextId('customerInvitation');
    this.sink.push('customerInvitation', {
      id,
      partner: p.id,
      token: this.token(id),
      associationType: type,
      createdBy: p.adminId,
      createdAt,
      expiresAt,
      cancelledAt,
    });
    return id;
  }

  /** Pushes the invitations (after the customers, so the accepted one's customer exists). */
  push(partners: readonly PartnerPlan[]): void {
    const ref = this.sink.ref;
    const plan = (key: DemoPartnerKey) => partners.find((p) => p.key === key)!;
    for (const i of PLAN) {
      const at = (days: number) => ref + days * DAY + 10 * HOUR;
      this.invitation(
        plan(i.partner),
        i.type,
        at(i.createdDays),
        at(i.expiresDays),
        i.cancelledDays == null ? null : at(i.cancelledDays),
      );
    }
    if (!this.accepted) throw new Error('seed: no customer of the demo distributor associated on its own initiative');
    const created = this.accepted.at - DAY;
    const id = this.invitation(plan('dist'), this.accepted.type, created, created + 90 * DAY, null);
    this.sink.push('customerInvitationAcceptance', {
      id: this.sink.nextId('customerInvitationAcceptance'),
      invitation: id,
      customer: this.accepted.customer,
      acceptedAt: this.accepted.at,
    });
  }
}
