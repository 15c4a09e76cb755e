/**
 * GET /program-certificates/{id}.pdf — 下载计划证书: a program certificate as a PDF. Who may download
 * it is DOWNLOAD_ACCESS.programCertificate (permissions/download-access.ts): program:certificate and
 * being the account that joined the program (others of the partner: 403 CERTIFICATE_NOT_HOLDER;
 * another partner's certificate 404 like one that does not exist).
 */
import { fromGlobalId } from '../common/global-id';
import { Member } from '../modules/member/member.entity';
import { Partner } from '../modules/partner/partner.entity';
import { ProgramCertificate } from '../modules/program-certificate/program-certificate.entity';
import { certificatePdf } from '../modules/program-certificate/program-certificate.pdf';
import type { ContextDependencies } from './context-factory';
import { downloadRoute } from './download-route';

/** The route, on the same authentication as /graphql. */
export function programCertificatePdfRoute(deps: ContextDependencies) {
  return downloadRoute(deps, {
    key: 'programCertificate',
    path: '/program-certificates/:id.pdf',
    find: async (ctx, req) => {
      const target = fromGlobalId(String(req.params.id));
      if (target?.type !== 'ProgramCertificate') return null;
      const certificate = await ctx.em.findOne(ProgramCertificate, { id: target.id });
      if (!certificate) return null;
      const subject = { partnerId: certificate.partner.id, holderMemberId: certificate.joinedBy.id };
      return { subject, value: certificate };
    },
    render: async (ctx, certificate) => {
      const partner = await ctx.em.findOneOrFail(Partner, { id: certificate.partner.id });
      const holder = await ctx.em.findOneOrFail(Member, { id: certificate.joinedBy.id });
      const pdf = await certificatePdf(ctx, certificate, partner, holder);
      return { pdf, filename: `certificate-${certificate.certificateNo}.pdf` };
    },
  });
}
