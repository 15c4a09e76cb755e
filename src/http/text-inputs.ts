/**
 * No control character in any text a client sends: every string that reaches a resolver as an
 * argument (inline literal or variable, at any depth of an input object or list, of any scalar
 * whose value is a string: String, ID, custom string scalars) is checked once, before anything
 * runs, and a request holding one is refused as a whole with BAD_USER_INPUT (HTTP 400) naming the
 * argument path.
 *
 * Why at this level and not per resolver: a NUL reaches PostgreSQL as an error ("invalid byte
 * sequence"), SQLite cuts or refuses the statement, and other control characters end up in logs,
 * exports and the partner center's pages. One check for every argument of every field closes the
 * class, including fields added later. Tab, line feed and carriage return stay allowed (free text
 * such as memos and descriptions may hold them; fields with stricter rules, such as role names,
 * still refuse them with their own codes). Strings that are not well-formed UTF-16 (a lone
 * surrogate from a JSON `\ud800` escape) are refused with them: they cannot be stored as UTF-8.
 *
 * How: an Apollo plugin at `didResolveOperation` (the operation and its variables are known, the
 * document is valid) walks the selected operation and the fragments it spreads, and coerces each
 * field argument with graphql-js (`valueFromAST` with the coerced variables), so what is checked
 * is exactly what the resolver would receive. Arguments that do not coerce are left alone:
 * execution refuses them with its own error.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  getVariableValues,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';

// Unicode category Cc (C0, DEL and C1 controls) except tab, line feed and carriage return.
const CONTROL = /(?![\t\n\r])\p{Cc}/u;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a string is refused, or null. */
export function textProblem(value: string): string | null {
  const control = CONTROL.exec(value);
  if (control) {
    const codePoint = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `holds the control character U+${codePoint} at index ${control.index}`;
  }
  if (LONE_SURROGATE.test(value)) return 'is not well-formed Unicode (a lone surrogate)';
  return null;
}

/** The first refused string inside a coerced argument value, with its path below the argument. */
function findProblem(value: unknown, path: string): { path: string; problem: string } | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? { path, problem } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findProblem(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  // Input objects coerce to plain (or prototype-less) objects; scalars such as DateTimeISO to others.
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = findProblem(item, `${path}.${key}`);
    if (found) return found;
  }
  return null;
}

/** A field argument of an operation: where it is, and the type its value coerces to. */
interface ArgumentSite {
  argument: ArgumentNode;
  type: GraphQLInputType;
  /** `Type.field`, for the message. */
  owner: string;
}

/**
 * The arguments of `operation` and of the fragments it spreads, in the order they are checked (the
 * operation first, then each fragment once). They depend on the document alone, so they are found
 * once per operation: Apollo hands the same parsed document to every request of a query text, and
 * walking it with type information on every request was a tenth of what a short read allocated.
 */
const SITES = new WeakMap<OperationDefinitionNode, ArgumentSite[]>();

function argumentSites(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode) {
  const known = SITES.get(operation);
  if (known) return known;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const typeInfo = new TypeInfo(schema);
  const seen = new Set<string>();
  const sites: ArgumentSite[] = [];
  const pending: FragmentDefinitionNode[] = [];
  const walk = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field(field: FieldNode) {
          const definition: GraphQLField<unknown, unknown> | null | undefined = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          if (!definition || !parent) return;
          for (const argument of field.arguments ?? []) {
            const argumentDefinition = definition.args.find((a) => a.name === argument.name.value);
            if (argumentDefinition)
              sites.push({ argument, type: argumentDefinition.type, owner: `${parent.name}.${definition.name}` });
          }
        },
        FragmentSpread(spread) {
          const name = spread.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) return;
          seen.add(name);
          // Walked after the operation, once each; its type condition sets the parent type there.
          pending.push(fragment);
        },
      }),
    );
  walk(operation);
  for (let fragment = pending.pop(); fragment; fragment = pending.pop()) walk(fragment);
  SITES.set(operation, sites);
  return sites;
}

/** The refusal for the first argument of `operation` holding a refused string, or null. */
export function checkTextInputs(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): GraphQLError | null {
  const sites = argumentSites(schema, document, operation);
  if (sites.length === 0) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  // Malformed variables: execution answers them (BAD_USER_INPUT) before any resolver runs.
  if (coerced.errors) return null;
  for (const { argument, type, owner } of sites) {
    const found = findProblem(valueFromAST(argument.value, type, coerced.coerced), argument.name.value);
    if (found)
      return new GraphQLError(
        `Argument ${found.path} of ${owner} ${found.problem}; text inputs may hold tab, line feed and carriage return but no other control character.`,
        { nodes: [argument], extensions: { code: 'BAD_USER_INPUT', field: found.path, http: { status: 400 } } },
      );
  }
  return null;
}

/** The Apollo plugin: refuses the request before cost, rate limit and execution. */
export function textInputsPlugin<T extends BaseContext>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const refusal = checkTextInputs(schema, document, operation, request.variables);
          if (refusal) throw refusal;
        },
      };
    },
  };
}
