import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/connection';
import { Solution } from './solution.entity';
import { SolutionStatus, SolutionStepBy } from './solution.enums';

@ObjectType('SolutionConnection', {
  simpleResolvers: true,
  description: 'A page of solutions (解决方案), newest first.',
})
export class SolutionConnection extends ConnectionType(Solution, 'Solution', 'solution') {}

@ObjectType('SolutionNextStep', { simpleResolvers: true, description: 'The next step of a solution’s lifecycle.' })
export class SolutionNextStep {
  @Field(() => SolutionStatus, { description: 'The status it moves to.' })
  to!: SolutionStatus;

  @Field(() => String, { description: 'That status’s name as the partner center shows it.' })
  toName!: string;

  @Field(() => SolutionStepBy, {
    description: 'Who takes it: the partner (moveSolution) or the cloud (reviewSolution).',
  })
  by!: SolutionStepBy;
}
