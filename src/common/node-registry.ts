import type { Context } from '../context';

/** Loads the rows of one type that the viewer may see, in key order (null where not visible). */
export type VisibleLoader = (ctx: Context, ids: readonly number[]) => Promise<(object | null)[]>;

const registry = new Map<string, VisibleLoader>();

/** Each module registers how node(id:) finds its types, under the viewer's scopes. */
export function registerNodeType(typeName: string, load: VisibleLoader): void {
  if (registry.has(typeName)) throw new Error(`node type ${typeName} registered twice`);
  registry.set(typeName, load);
}

export function nodeLoader(typeName: string): VisibleLoader | undefined {
  return registry.get(typeName);
}

export function registeredNodeTypes(): string[] {
  return [...registry.keys()].sort();
}
