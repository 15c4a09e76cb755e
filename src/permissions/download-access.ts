/**
 * WHO MAY DOWNLOAD WHAT: the file routes beside /graphql (PDFs), in one table like FIELD_ACCESS.
 * A route names its entry and hands `checkDownload` what it found; the route itself checks nothing.
 *
 * - `permission`: the member's roles must hold it (403 FORBIDDEN otherwise).
 * - `holder`: PARTNER: any member of the subject's partner; JOINED_MEMBER: only the member the subject
 *   names (a program certificate: the account that joined the program), others of the partner 403
 *   with `holderCode`.
 * A subject of another partner, or none, answers 404 NOT_FOUND like one that does not exist;
 * customers and operators 403 FORBIDDEN; nobody signed in 401 UNAUTHENTICATED.
 */
import type { ErrorCode } from '../common/error-codes';
import type { PermissionCode } from './catalogue';
import type { Actor } from './viewer';

export interface DownloadRule {
  /** What the refusals call the file, e.g. "the invoice list". */
  what: string;
  permission: PermissionCode;
  holder: 'PARTNER' | 'JOINED_MEMBER';
  /** JOINED_MEMBER: the code a colleague of the holder gets. */
  holderCode?: ErrorCode;
}

export const DOWNLOAD_ACCESS = {
  // 打印发票清单: GET /partners/{id}/invoices.pdf.
  invoiceList: { what: 'the invoice list', permission: 'invoice:view', holder: 'PARTNER' },
  // 下载计划证书: GET /program-certificates/{id}.pdf; colleagues only view it (seeds 004).
  programCertificate: {
    what: 'the program certificate',
    permission: 'program:certificate',
    holder: 'JOINED_MEMBER',
    holderCode: 'CERTIFICATE_NOT_HOLDER',
  },
} as const satisfies Record<string, DownloadRule>;

export type DownloadKey = keyof typeof DOWNLOAD_ACCESS;

/** What the route found for the id in the URL: its partner and (JOINED_MEMBER) its holder; null: none. */
export interface DownloadSubject {
  partnerId: number;
  holderMemberId?: number;
}

export interface DownloadRefusal {
  status: 401 | 403 | 404;
  code: ErrorCode;
  message: string;
}

const refusal = (status: DownloadRefusal['status'], code: ErrorCode, message: string): DownloadRefusal => ({
  status,
  code,
  message,
});

/** The actor's refusal before the subject is read (nobody, or not a member), or null. */
export function checkDownloader(actor: Actor | null | undefined, key: DownloadKey): DownloadRefusal | null {
  if (!actor) return refusal(401, 'UNAUTHENTICATED', 'Sign in: send the bearer token you use for /graphql.');
  if (actor.kind !== 'MEMBER')
    return refusal(403, 'FORBIDDEN', `Downloading ${DOWNLOAD_ACCESS[key].what} is for a partner's members only.`);
  return null;
}

/** The refusal of a member for a subject by the table's rule, or null when it may download. */
export function checkDownload(
  actor: Actor | null | undefined,
  key: DownloadKey,
  subject: DownloadSubject | null,
): DownloadRefusal | null {
  const early = checkDownloader(actor, key);
  if (early || actor?.kind !== 'MEMBER') return early;
  const rule: DownloadRule = DOWNLOAD_ACCESS[key];
  const viewer = actor.viewer;
  if (!subject || subject.partnerId !== viewer.partner.id)
    return refusal(404, 'NOT_FOUND', `No such ${rule.what.replace(/^the /, '')} is visible to you.`);
  if (!viewer.permissions.has(rule.permission))
    return refusal(403, 'FORBIDDEN', `Downloading ${rule.what} needs ${rule.permission}.`);
  if (rule.holder === 'JOINED_MEMBER' && subject.holderMemberId !== viewer.member.id)
    return refusal(
      403,
      rule.holderCode ?? 'FORBIDDEN',
      `Only the account that joined the program downloads ${rule.what}; you may view its details.`,
    );
  return null;
}
