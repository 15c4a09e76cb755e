import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs, toPageRequest } from '../../common/connection';
import { findPage } from '../../common/paging';
import { assertPartnerRelation } from '../../permissions/scopes';
import { checkDownload } from '../../permissions/download-access';
import { requireViewer } from '../../permissions/viewer';
import { Member } from '../member/member.entity';
import { memberById } from '../member/member.loaders';
import { Partner } from '../partner/partner.entity';
import { ProgramCertificate } from './program-certificate.entity';
import { CertificateValidity } from './program-certificate.enums';
import { ProgramCertificateConnection } from './program-certificate.types';
// Registers ProgramCertificate with node(id:).
import './program-certificate.loaders';

@Resolver(() => ProgramCertificate)
export class ProgramCertificateResolver {
  @FieldResolver(() => Member, {
    nullable: true,
    description:
      'The account (member) that joined the program: the only one who downloads the certificate; null if it left the partner.',
  })
  joinedBy(@Root() c: ProgramCertificate, @Ctx() ctx: Context): Promise<Member | null> {
    return memberById(ctx).load(c.joinedBy.id);
  }

  @FieldResolver(() => CertificateValidity, { description: 'VALID until validUntil, EXPIRED after.' })
  validity(@Root() c: ProgramCertificate, @Ctx() ctx: Context): CertificateValidity {
    return c.validUntil.getTime() > ctx.now.getTime() ? CertificateValidity.VALID : CertificateValidity.EXPIRED;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether you may download it (DOWNLOAD_ACCESS.programCertificate): you are the account that joined the program and hold program:certificate.',
  })
  downloadable(@Root() c: ProgramCertificate, @Ctx() ctx: Context): boolean {
    const subject = { partnerId: c.partner.id, holderMemberId: c.joinedBy.id };
    return checkDownload(ctx.actor, 'programCertificate', subject) === null;
  }

  @FieldResolver(() => String, {
    description:
      'Where the PDF is: GET it with your bearer token (only joinedBy gets 200; colleagues 403 CERTIFICATE_NOT_HOLDER).',
  })
  downloadPath(@Root() c: ProgramCertificate): string {
    return `/program-certificates/${c.globalId}.pdf`;
  }
}

@Resolver(() => Partner)
export class PartnerProgramCertificatesResolver {
  @FieldResolver(() => ProgramCertificateConnection, {
    description:
      '计划证书: the certificates of the programs your own partner joined, newest first (needs program:certificate).',
  })
  programCertificates(@Root() partner: Partner, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    const page = toPageRequest(args);
    assertPartnerRelation(viewer, partner.id, ['SELF'], 'programCertificates');
    return findPage(ctx.em, ProgramCertificate, { partner: partner.id }, page);
  }
}
