/**
 * Members' self-service in the demo data (issue 14, part 6): the member invitations' accept tokens
 * (deterministic, so a demo can accept the pending ones), personal qualifications (个人资质) of
 * every kind (dist-admin and dist-am each hold all four), one of a cancelled member (no longer
 * shared), one of another partner's member, project-specialist applications (项目专员) in every
 * state (dist-admin: refused, then applied again), the demo administrator's access keys (one
 * active, one revoked), and the news published to partners (新闻动态).
 */
import { createCipheriv, createHash } from 'node:crypto';
import { InvitationStatus } from '../src/modules/member/member.enums';
import { QualificationKind, SpecialistApplicationStatus } from '../src/modules/qualification/qualification.enums';
import type { Row } from './bulk';
import type { Sink } from './customers';
import { DEMO_OPERATORS, demoMember, demoPartner } from './demo-data';
import { DAY } from './model';

const operatorId = (login: string) => DEMO_OPERATORS.findIndex((o) => o.loginName === login) + 1;

/** A demo invitation's token: 256 bits derived from its id (base64url, 43 characters). */
export const demoInvitationToken = (invitationId: number): string =>
  createHash('sha256').update(`partner-graph demo member invitation ${invitationId}`).digest('base64url');

/** The token and, for the accepted demo invitation, who accepted it (dist-am2) and when. */
export function invitationAcceptance(sink: Sink, id: number, status: InvitationStatus, createdAt: number): Row {
  const accepted = status === InvitationStatus.ACCEPTED;
  return {
    token: demoInvitationToken(id),
    acceptedMember: accepted ? sink.memberId('dist-am2') : null,
    acceptedAt: accepted ? createdAt + DAY : null,
  };
}

type Entry = [
  login: string,
  kind: QualificationKind,
  title: string,
  organisation: string,
  from: string,
  to: string | null,
];

const QUALIFICATIONS: readonly Entry[] = [
  ['dist-am', QualificationKind.EMPLOYMENT, '客户经理 Account manager', '云汇分销', '2022-03-01', null],
  [
    'dist-am',
    QualificationKind.CERTIFICATE,
    'HCIP-Cloud Service Solutions Architect',
    'Huawei',
    '2023-06-18',
    '2026-06-17',
  ],
  ['dist-am', QualificationKind.TRAINING, '云迁移实战训练营', '华为云学院', '2024-04-08', '2024-04-12'],
  [
    'dist-am',
    QualificationKind.PROJECT,
    '某制造企业上云迁移 (solution architect)',
    '某制造企业',
    '2024-05-01',
    '2024-11-30',
  ],
  ['dist-sa', QualificationKind.CERTIFICATE, 'HCIE-Cloud Computing', 'Huawei', '2022-11-02', null],
  ['dist-sa', QualificationKind.PROJECT, '政务云容灾建设', '某市大数据局', '2023-02-01', '2023-09-30'],
  ['dist-former', QualificationKind.CERTIFICATE, 'HCIA-Cloud Service', 'Huawei', '2021-05-20', null],
  ['other-dist-am', QualificationKind.EMPLOYMENT, '售前工程师 Presales engineer', '星河云', '2021-09-01', null],
  ['dist-admin', QualificationKind.EMPLOYMENT, '总经理 General manager', '云汇分销', '2019-07-01', null],
  ['dist-admin', QualificationKind.CERTIFICATE, 'HCIP-Cloud Computing', 'Huawei', '2022-04-15', '2025-04-14'],
  ['dist-admin', QualificationKind.TRAINING, '伙伴经营管理研修班', '华为云学院', '2023-10-09', '2023-10-13'],
  [
    'dist-admin',
    QualificationKind.PROJECT,
    '某连锁零售集团上云 (project lead)',
    '某连锁零售集团',
    '2023-03-01',
    '2023-12-31',
  ],
  ['dist-ams', QualificationKind.CERTIFICATE, 'HCIA-Cloud Service', 'Huawei', '2021-11-08', null],
];

type Application = [
  login: string,
  admin: string,
  status: SpecialistApplicationStatus,
  operator: string | null,
  note: string | null,
  daysAgo: number,
];

/** A member has at most one SUBMITTED or APPROVED application; a REJECTED one may be followed by another. */
const APPLICATIONS: readonly Application[] = [
  ['dist-sa', 'dist-admin', SpecialistApplicationStatus.APPROVED, 'ops-admin', '能力考察与答辩通过。', 20],
  ['dist-am', 'dist-admin', SpecialistApplicationStatus.SUBMITTED, null, null, 17],
  [
    'dist-am2',
    'dist-admin',
    SpecialistApplicationStatus.REJECTED,
    'ops-eco',
    '项目经验不足: 请补充近两年的交付项目。',
    14,
  ],
  ['other-dist-am', 'other-dist-admin', SpecialistApplicationStatus.SUBMITTED, null, null, 11],
  [
    'dist-admin',
    'dist-admin',
    SpecialistApplicationStatus.REJECTED,
    'ops-eco',
    '答辩材料不完整: 请补充解决方案设计文档。',
    60,
  ],
  ['dist-ams', 'dist-admin', SpecialistApplicationStatus.REJECTED, 'ops-admin', '近两年交付项目不足两个。', 45],
  ['dist-admin', 'dist-admin', SpecialistApplicationStatus.SUBMITTED, null, null, 8],
];

/** The demo administrator's access keys: [access key id, description, created / last used / revoked (days before the reference date)]. */
const ACCESS_KEYS: readonly [string, string, number, number | null, number | null][] = [
  ['DEMOAKDISTADMIN00001', '对账导出 billing export', 90, 3, null],
  ['DEMOAKDISTADMIN00002', '旧版同步脚本 (已轮换)', 400, 95, 88],
];

/**
 * A seeded key's secret sealed as the server seals one (AES-256-GCM, the key id as associated data),
 * but under a key of the seed's own, not the server's ACCESS_KEY_ENCRYPTION_KEY, which the seed
 * does not know: its secret was never shown (as after createAccessKey), so no request is signed with it.
 */
function sealedDemoSecret(accessKeyId: string): string {
  const digest = (what: string) =>
    createHash('sha256').update(`partner-graph demo access key ${what} ${accessKeyId}`).digest();
  const iv = digest('iv').subarray(0, 12);
  const cipher = createCipheriv('aes-256-gcm', digest('seal'), iv);
  cipher.setAAD(Buffer.from(accessKeyId, 'utf8'));
  const body = Buffer.concat([
    cipher.update(digest('secret').toString('base64url').slice(0, 40), 'utf8'),
    cipher.final(),
  ]);
  return ['v1', iv, cipher.getAuthTag(), body]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

const NEWS: readonly [title: string, summary: string][] = [
  ['华为云伙伴大会报名开启', '年度伙伴大会将于下月举行, 欢迎各级伙伴报名参会并申请展位。'],
  ['云服务器新规格上线', '通用计算增强型新规格上线, 分销与解决方案伙伴可即刻下单转售。'],
  ['激励政策季度更新', '本季度销售返点与营销任务激励规则更新, 详见激励管理页面说明。'],
  ['项目专员能力考察安排', '服务伙伴项目专员本季度能力考察与答辩时间已公布, 请管理员及时提交专家简历。'],
];

/** Qualifications and specialist applications of the demo members, and the news to partners (oldest first). */
export function pushSelfService(sink: Sink): void {
  const ref = sink.ref;
  NEWS.forEach(([title, summary], i) => {
    sink.push('partnerNews', {
      id: sink.nextId('partnerNews'),
      title,
      summary,
      body: `${summary}\n\n详情请联系您的生态经理。`,
      publishedAt: ref - (40 - 10 * i) * DAY,
    });
  });
  QUALIFICATIONS.forEach(([login, kind, title, organisation, from, to], i) => {
    sink.push('memberQualification', {
      id: sink.nextId('memberQualification'),
      member: sink.memberId(login),
      kind,
      title,
      organisation,
      startedOn: from,
      endedOn: to,
      description: null,
      createdAt: ref - (30 - i) * DAY,
      updatedAt: ref - (30 - i) * DAY,
    });
  });
  APPLICATIONS.forEach(([login, admin, status, operator, note, daysAgo]) => {
    const createdAt = ref - daysAgo * DAY;
    sink.push('specialistApplication', {
      id: sink.nextId('specialistApplication'),
      partner: demoPartner(demoMember(login).partnerKey).id,
      member: sink.memberId(login),
      appliedBy: sink.memberId(admin),
      resume: `${login}: 五年以上云解决方案交付经验, 主导多个上云与容灾项目; 持有华为云认证。`,
      status,
      createdAt,
      assessedAt: operator ? createdAt + 5 * DAY : null,
      assessedBy: operator ? operatorId(operator) : null,
      assessment: note,
    });
  });
  const admin = demoMember('dist-admin');
  for (const [accessKeyId, description, created, used, revoked] of ACCESS_KEYS) {
    sink.push('accessKey', {
      id: sink.nextId('accessKey'),
      member: admin.id,
      partner: demoPartner(admin.partnerKey).id,
      accessKeyId,
      secretCiphertext: sealedDemoSecret(accessKeyId),
      description,
      createdAt: ref - created * DAY,
      lastUsedAt: used == null ? null : ref - used * DAY,
      revokedAt: revoked == null ? null : ref - revoked * DAY,
    });
  }
}
