import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import { Node } from '../../common/node';
import { Member } from '../member/member.entity';
import { Partner } from '../partner/partner.entity';
import { CertifiedProgramKind } from './program-certificate.enums';

@Entity({ tableName: 'program_certificate' })
@ObjectType('ProgramCertificate', {
  implements: Node,
  description:
    '计划证书: the certificate of a program the partner joined (分销计划, 解决方案提供商计划 …). Every member with program:certificate sees its details; only the account that joined the program (joinedBy) downloads it as a PDF: GET /program-certificates/{id}.pdf with the same bearer token as /graphql (若现登录账号为同公司下的其他账号,仅支持查看加入的计划,无法下载证书). (design) Issued by the cloud when the partner joins; read-only in this API.',
})
export class ProgramCertificate {
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true, index: true })
  partner!: Ref<Partner>;

  @Field(() => String, { description: 'The program’s name as printed, e.g. 分销计划(总经销商).' })
  @Property({ length: 100 })
  programName!: string;

  @Field(() => CertifiedProgramKind, { description: 'Which kind of program it certifies.' })
  @Enum({ items: () => CertifiedProgramKind })
  programKind!: CertifiedProgramKind;

  @Field(() => String, { description: '(design) The certificate number, PC + year + 8 characters; unique.' })
  @Property({ length: 32, unique: true })
  certificateNo!: string;

  /** The member (account) who joined the program: the only one who may download the certificate. */
  @ManyToOne(() => Member, { ref: true, index: true })
  joinedBy!: Ref<Member>;

  @Field(() => Date, { description: 'When the cloud issued it (the day the partner joined).' })
  @Property()
  issuedAt!: Date;

  @Field(() => Date, { description: 'The end of its validity; after it the certificate is EXPIRED.' })
  @Property()
  validUntil!: Date;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('ProgramCertificate', this.id);
  }
}
