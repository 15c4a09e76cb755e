import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { Node } from '../../common/node';
import { badInput, notFound } from '../../common/errors';
import { fromGlobalId } from '../../common/global-id';
import { nodeLoader } from '../../common/node-registry';

export const MAX_NODES = 100;

/** One global id → the object, if the viewer may see it. Malformed ids are bad input; unknown and foreign ids are both NOT_FOUND. */
async function loadNode(ctx: Context, globalId: string, argName: string): Promise<object> {
  const parsed = fromGlobalId(globalId);
  if (!parsed) throw badInput(`${argName} is not a global id of this API.`, argName);
  const load = nodeLoader(parsed.type);
  if (!load) throw badInput(`${argName} is not a global id of this API.`, argName);
  const [row] = await load(ctx, [parsed.id]);
  if (!row) throw notFound(parsed.type);
  return row;
}

/** A rejection as a list item: the error itself (a thrown non-object becomes an Error). */
const errorValue = (error: unknown): object =>
  typeof error === 'object' && error !== null ? error : new Error(String(error));

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Any object by its global id, under the same permissions as every other path. Unknown ids and ids you may not see answer the same NOT_FOUND.',
  })
  node(@Arg('id', () => ID, { description: 'A global id.' }) id: string, @Ctx() ctx: Context): Promise<object> {
    requireViewer(ctx);
    return loadNode(ctx, id, 'id');
  }

  @Query(() => [Node], {
    nullable: 'items',
    description:
      'Up to 100 objects by global id, in the order asked; an id you may not see gives null and an error at its index.',
  })
  nodes(
    @Arg('ids', () => [ID], { description: 'Up to 100 global ids.' }) ids: string[],
    @Ctx() ctx: Context,
  ): Promise<object>[] {
    requireViewer(ctx);
    if (ids.length > MAX_NODES) throw badInput(`ids holds ${ids.length} ids; at most ${MAX_NODES} are allowed.`, 'ids');
    // One promise per item: a failed item becomes null with its own error, the others still arrive;
    // the per-type loaders batch them into one statement per type.
    // A failed item resolves to its Error rather than rejecting: both executors report an Error
    // value at its index, while graphql-jit 0.8.9 drops rejected items from the end of a list.
    return ids.map((id, index) => loadNode(ctx, id, `ids[${index}]`).catch(errorValue));
  }
}
