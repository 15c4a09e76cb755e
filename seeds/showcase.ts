/**
 * The growth showcase's demo data (计划证书, 云实验, 解决方案), written after the bulk seed with the
 * ORM: the demo partners only, the same at every scale, dates relative to the reference date.
 * - Certificates: each demo partner's program joined by its admin (dist also an expired 发展路径
 *   certificate joined by dist-sa, the SA specialist), so the right and the wrong account can be tried.
 * - Cloud labs: a catalogue of five; the demo distributor holds every application status (approved
 *   ones with finished and running sessions), other-dist a few of its own.
 * - Solutions: the demo distributor one in every lifecycle status; the other demo partners a few.
 * Every demo partner of the access matrix (dist, its resellers, other-dist and its reseller, sp)
 * holds at least one row of each kind.
 */
import type { EntityManager } from '@mikro-orm/core';
import { CloudLab, CloudLabApplication, CloudLabUsage } from '../src/modules/cloud-lab/cloud-lab.entity';
import { CloudLabApplicationStatus } from '../src/modules/cloud-lab/cloud-lab.enums';
import { ProgramCertificate } from '../src/modules/program-certificate/program-certificate.entity';
import { CertifiedProgramKind } from '../src/modules/program-certificate/program-certificate.enums';
import { Solution } from '../src/modules/solution/solution.entity';
import { SolutionStatus } from '../src/modules/solution/solution.enums';
import { DEMO_OPERATORS, demoMember, demoPartner, type DemoPartnerKey } from './demo-data';
import { DAY, HOUR, MINUTE } from './model';

const at = (ref: number, days: number, hours = 10) => new Date(ref - days * DAY + hours * HOUR);
const member = (login: string) => demoMember(login).id;
const partner = (key: DemoPartnerKey) => demoPartner(key).id;
const operator = (login: string) => `operator:${DEMO_OPERATORS.findIndex((o) => o.loginName === login) + 1}`;

const CERTIFICATES: [DemoPartnerKey, string, CertifiedProgramKind, string, number, number][] = [
  // partner, program, kind, joined by, issued (days before ref), valid (days after issue)
  ['dist', '分销计划(总经销商)', CertifiedProgramKind.DISTRIBUTION, 'dist-admin', 400, 1095],
  ['dist', '学习与赋能伙伴发展路径', CertifiedProgramKind.DEVELOPMENT_PATH, 'dist-sa', 800, 365],
  ['reseller1', '分销计划(云经销商)', CertifiedProgramKind.DISTRIBUTION, 'reseller-admin', 300, 730],
  ['sp', '解决方案提供商计划', CertifiedProgramKind.SOLUTION_PROVIDER, 'sp-admin', 200, 730],
  ['other-dist', '分销计划(总经销商)', CertifiedProgramKind.DISTRIBUTION, 'other-dist-admin', 500, 1095],
  ['reseller2', '分销计划(云经销商)', CertifiedProgramKind.DISTRIBUTION, 'reseller2-admin', 150, 730],
  ['other-reseller', '分销计划(云经销商)', CertifiedProgramKind.DISTRIBUTION, 'other-reseller-admin', 350, 730],
  ['sp', '云商店客户服务商计划', CertifiedProgramKind.CLOUD_STORE_SERVICE, 'sp-admin', 90, 365],
];

const LABS = [
  ['LAB-K8S-01', '云容器引擎 CCE 入门实验', '在云容器引擎上部署并扩缩一个 Web 应用。', 8],
  ['LAB-DB-02', '云数据库 RDS 高可用实验', '搭建主备 RDS 实例并演练故障切换。', 6],
  ['LAB-AI-03', 'ModelArts 模型训练实验', '用 ModelArts 训练并部署一个图像分类模型。', 12],
  ['LAB-NET-04', '虚拟私有云 VPC 组网实验', '规划子网、安全组与对等连接。', 4],
  ['LAB-SEC-05', '云安全基线检查实验', '用主机安全服务检查并修复安全基线。', 4],
] as const;

type AppPlan = [DemoPartnerKey, string, number, CloudLabApplicationStatus, number, string | null, number[]];
/** partner, applicant, lab index, status, applied (days ago), rejection reason, finished sessions' minutes (-1: running). */
const APPLICATIONS: AppPlan[] = [
  ['dist', 'dist-admin', 0, CloudLabApplicationStatus.PENDING, 2, null, []],
  ['dist', 'dist-admin', 1, CloudLabApplicationStatus.APPROVED, 40, null, [90, 45]],
  ['dist', 'dist-sa', 2, CloudLabApplicationStatus.APPROVED, 20, null, [120, -1]],
  ['dist', 'dist-ops', 3, CloudLabApplicationStatus.REJECTED, 15, '该实验本期名额已满,请下期再申请。', []],
  ['dist', 'dist-sa', 4, CloudLabApplicationStatus.PENDING, 1, null, []],
  ['other-dist', 'other-dist-admin', 0, CloudLabApplicationStatus.APPROVED, 30, null, [60]],
  ['other-dist', 'other-dist-admin', 1, CloudLabApplicationStatus.PENDING, 3, null, []],
  ['reseller1', 'reseller-admin', 3, CloudLabApplicationStatus.APPROVED, 25, null, [30]],
  [
    'reseller2',
    'reseller2-admin',
    2,
    CloudLabApplicationStatus.REJECTED,
    12,
    '申请理由不充分,请补充客户项目信息。',
    [],
  ],
  ['other-reseller', 'other-reseller-admin', 4, CloudLabApplicationStatus.PENDING, 4, null, []],
  ['sp', 'sp-admin', 2, CloudLabApplicationStatus.APPROVED, 18, null, [180, 75]],
];

const SOLUTIONS: [DemoPartnerKey, string, string, SolutionStatus][] = [
  ['dist', '智慧园区一体化方案', '园区安防、能耗与访客管理上云。', SolutionStatus.PROJECT_APPROVED],
  ['dist', '零售门店数字化方案', '门店收银、会员与库存的云端统一。', SolutionStatus.VERIFIED],
  ['dist', '制造业设备预测性维护', '设备数据采集与故障预测。', SolutionStatus.DESIGNING],
  ['dist', '政务数据共享平台', '跨部门数据目录与共享交换。', SolutionStatus.LISTING],
  ['dist', '医疗影像云存储方案', '影像归档与远程阅片。', SolutionStatus.CONFIGURATOR_DEVELOPING],
  ['dist', '教育在线课堂方案', '直播课堂与作业批改。', SolutionStatus.CONFIGURATOR_DONE],
  ['sp', '企业灾备上云方案', '本地数据中心到云的容灾备份。', SolutionStatus.VERIFIED],
  ['sp', '跨境电商建站方案', '多语言店铺与全球加速。', SolutionStatus.CONFIGURATOR_DONE],
  ['other-dist', '物流车队管理方案', '车辆定位与调度。', SolutionStatus.DESIGNING],
  ['reseller1', '中小企业办公上云', '邮箱、网盘与视频会议。', SolutionStatus.PROJECT_APPROVED],
  ['reseller2', '连锁餐饮点餐方案', '扫码点餐与后厨协同。', SolutionStatus.LISTING],
  ['other-reseller', '社区团购方案', '团长管理与履约。', SolutionStatus.VERIFIED],
];

const ORDER = Object.values(SolutionStatus);

/** Writes the showcase rows (the tables are empty: seedDatabase refuses a database with partners). */
export async function seedShowcase(em: EntityManager, reference: Date): Promise<void> {
  const ref = reference.getTime();
  await em.insertMany(
    ProgramCertificate,
    CERTIFICATES.map(([key, programName, programKind, login, issued, valid], i) => ({
      partner: partner(key),
      programName,
      programKind,
      certificateNo: `PC${reference.getUTCFullYear()}${String(partner(key)).padStart(4, '0')}${String(i + 1).padStart(4, '0')}`,
      joinedBy: member(login),
      issuedAt: at(ref, issued),
      validUntil: at(ref, issued - valid),
    })),
  );
  const labIds: number[] = [];
  for (const [code, name, description, maxHours] of LABS)
    labIds.push(await em.insert(CloudLab, { code, name, description, maxHours }));
  for (const [key, login, lab, status, applied, reason, sessions] of APPLICATIONS) {
    const handled = status === CloudLabApplicationStatus.PENDING ? null : at(ref, applied - 1);
    const id = await em.insert(CloudLabApplication, {
      partner: partner(key),
      lab: labIds[lab],
      applicant: member(login),
      purpose: `为客户项目验证${LABS[lab][1]}`,
      plannedHours: Math.min(4, LABS[lab][3]),
      status,
      rejectionReason: reason,
      appliedAt: at(ref, applied),
      handledAt: handled,
      handledBy: handled ? operator(key === 'dist' ? 'ops-admin' : 'ops-eco') : null,
    });
    if (sessions.length)
      await em.insertMany(
        CloudLabUsage,
        sessions.map((minutes, i) => {
          const startedAt = at(ref, applied - 2 - i, 14);
          const running = minutes < 0;
          return {
            application: id,
            startedAt,
            endedAt: running ? null : new Date(startedAt.getTime() + minutes * MINUTE),
            durationMinutes: running ? 0 : minutes,
          };
        }),
      );
  }
  await em.insertMany(
    Solution,
    SOLUTIONS.map(([key, name, description, status], i) => ({
      partner: partner(key),
      name,
      description,
      status,
      createdBy: member(key === 'reseller1' ? 'reseller-admin' : `${key}-admin`),
      createdAt: at(ref, 200 - i * 10),
      statusChangedAt: at(ref, 100 - ORDER.indexOf(status) * 10),
      version: ORDER.indexOf(status) + 1,
    })),
  );
}
