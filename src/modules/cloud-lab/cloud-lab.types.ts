import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/connection';
import { CloudLabApplication } from './cloud-lab.entity';
import { CloudLabApplicationStatus } from './cloud-lab.enums';

@ObjectType('CloudLabApplicationConnection', {
  simpleResolvers: true,
  description: 'A page of cloud-lab applications (申请记录), newest first.',
})
export class CloudLabApplicationConnection extends ConnectionType(
  CloudLabApplication,
  'CloudLabApplication',
  'cloud-lab application',
) {}

@InputType({ description: 'Filters for cloud-lab applications. All given filters must match.' })
export class CloudLabApplicationFilter {
  @Field(() => CloudLabApplicationStatus, { nullable: true, description: 'Only applications in this status.' })
  status?: CloudLabApplicationStatus | null;
}

@ObjectType('CloudLabOverview', {
  simpleResolvers: true,
  description: '数据概览: the partner’s cloud-lab applications by status and the lab time used, read in one statement.',
})
export class CloudLabOverview {
  @Field(() => Int, { description: 'All applications.' })
  total!: number;

  @Field(() => Int, { description: 'Applications waiting for an operator (待审批).' })
  pending!: number;

  @Field(() => Int, { description: 'Approved applications (已通过).' })
  approved!: number;

  @Field(() => Int, { description: 'Rejected applications (已驳回).' })
  rejected!: number;

  @Field(() => Int, { description: 'Lab sessions recorded (usage records).' })
  sessions!: number;

  @Field(() => Int, { description: 'Minutes used over all finished sessions.' })
  usedMinutes!: number;

  @Field(() => Float, { description: 'Hours used (usedMinutes / 60, two decimals).' })
  usedHours!: number;
}
