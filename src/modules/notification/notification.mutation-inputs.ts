import { Field, InputType } from 'type-graphql';

@InputType('MarkNotificationsReadInput', {
  description: 'Which of your notifications to mark read: the ones listed in `ids`, or `all: true`. Give exactly one.',
})
export class MarkNotificationsReadInput {
  @Field(() => [String], {
    nullable: true,
    description: 'Global ids of your notifications (1–100). Ones already read stay as they were.',
  })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True: every unread notification of yours.' })
  all?: boolean | null;
}
