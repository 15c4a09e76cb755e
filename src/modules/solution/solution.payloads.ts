import { Field, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../common/payload';
import { Solution } from './solution.entity';

@ObjectType({ simpleResolvers: true, description: 'Result of createSolution, moveSolution and reviewSolution.' })
export class SolutionPayload extends MutationPayload {
  @Field(() => Solution, {
    nullable: true,
    description: 'The solution as now stored; null when refused, and then nothing changed.',
  })
  solution!: Solution | null;
}
