import { Field, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../common/payload';
import { CloudLabApplication } from './cloud-lab.entity';

@ObjectType({ simpleResolvers: true, description: 'Result of applyCloudLab and handleCloudLabApplication.' })
export class CloudLabApplicationPayload extends MutationPayload {
  @Field(() => CloudLabApplication, {
    nullable: true,
    description: 'The application as now stored; null when refused, and then nothing changed.',
  })
  application!: CloudLabApplication | null;
}
