/** 计划证书: one program certificate as a printable PDF (the route checked DOWNLOAD_ACCESS.programCertificate). */
import type { Context } from '../../context';
import { renderTablePdf } from '../../common/pdf';
import type { Member } from '../member/member.entity';
import type { Partner } from '../partner/partner.entity';
import type { ProgramCertificate } from './program-certificate.entity';
import { CertifiedProgramKind } from './program-certificate.enums';

const KIND_ZH: Record<CertifiedProgramKind, string> = {
  DISTRIBUTION: '分销计划',
  SOLUTION_PROVIDER: '解决方案提供商计划',
  CLOUD_STORE_SERVICE: '云商店客户服务商计划',
  DEVELOPMENT_PATH: '伙伴发展路径',
};

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The certificate with its partner and the member who joined, as an A4 PDF. */
export function certificatePdf(
  ctx: Context,
  certificate: ProgramCertificate,
  partner: Partner,
  holder: Member,
): Promise<Buffer> {
  const expired = certificate.validUntil.getTime() <= ctx.now.getTime();
  return renderTablePdf({
    title: `计划证书 Program certificate — ${certificate.programName}`,
    subtitle: [
      `兹证明 ${partner.name} 已加入 ${certificate.programName}。`,
      `This certifies that ${partner.name} joined the program.`,
    ],
    columns: [
      { header: '项目 Field', width: 1 },
      { header: '内容 Value', width: 3 },
    ],
    rows: [
      ['证书编号 Certificate No.', certificate.certificateNo],
      ['伙伴 Partner', partner.name],
      ['计划 Program', `${certificate.programName} (${KIND_ZH[certificate.programKind]})`],
      ['加入账号 Joined by', `${holder.displayName} (${holder.loginName})`],
      ['发证日期 Issued', day(certificate.issuedAt)],
      ['有效期至 Valid until', day(certificate.validUntil)],
      ['状态 Status', expired ? '已过期 EXPIRED' : '有效 VALID'],
    ],
    footer: `下载时间 Downloaded ${ctx.now.toISOString()}`,
  });
}
