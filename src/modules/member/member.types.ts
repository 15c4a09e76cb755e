import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/connection';
import { Member, MemberInvitation } from './member.entity';

@ObjectType('MemberConnection', { simpleResolvers: true, description: 'A page of members, newest first.' })
export class MemberConnection extends ConnectionType(Member, 'Member', 'member') {}

@ObjectType('MemberInvitationConnection', {
  simpleResolvers: true,
  description: 'A page of member invitations, newest first.',
})
export class MemberInvitationConnection extends ConnectionType(
  MemberInvitation,
  'MemberInvitation',
  'member invitation',
) {}
