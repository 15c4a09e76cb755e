import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/connection';
import { ProgramCertificate } from './program-certificate.entity';

@ObjectType('ProgramCertificateConnection', {
  simpleResolvers: true,
  description: 'A page of program certificates (计划证书), newest first.',
})
export class ProgramCertificateConnection extends ConnectionType(
  ProgramCertificate,
  'ProgramCertificate',
  'program certificate',
) {}
