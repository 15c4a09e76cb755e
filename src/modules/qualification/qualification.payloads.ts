import { Field, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../common/payload';
import { MemberQualification, SpecialistApplication } from './qualification.entity';

@ObjectType('MyQualificationPayload', {
  simpleResolvers: true,
  description:
    'Result of saveMyQualification / deleteMyQualification: the entry as saved or as it was removed, or userErrors.',
})
export class MyQualificationPayload extends MutationPayload {
  @Field(() => MemberQualification, {
    nullable: true,
    description: 'The saved entry (deleteMyQualification: the removed one, as it was); null when refused.',
  })
  qualification!: MemberQualification | null;
}

@ObjectType('SpecialistApplicationPayload', {
  simpleResolvers: true,
  description:
    'Result of applyForProjectSpecialist / assessSpecialistApplication: the application as it is now, or userErrors.',
})
export class SpecialistApplicationPayload extends MutationPayload {
  @Field(() => SpecialistApplication, { nullable: true, description: 'The application; null when refused.' })
  application!: SpecialistApplication | null;
}
