/**
 * Static limits on a GraphQL document, checked before graphql's own validation runs (see
 * checkDocumentLimits): depth, aliases, directives and repeated fields. Tokens are limited by the parser itself (`parseOptions.maxTokens`),
 * cost in cost.ts (it needs the variables).
 *
 * Written here rather than taken from graphql-depth-limit (unmaintained since 2018, built for
 * graphql 14) or graphql-armor (one package per rule plus its own Apollo plugin): each rule is a
 * few lines over graphql 16's visitor, and the error codes are this API's own.
 */
import {
  GraphQLError,
  Kind,
  validate,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** extensions.code of the refusals (also in common/error-codes.ts). */
export const LimitCode = {
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
  TOO_MANY_REPEATED_FIELDS: 'TOO_MANY_REPEATED_FIELDS',
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  THROTTLED: 'THROTTLED',
} as const;

const limitError = (code: string, message: string) => new GraphQLError(message, { extensions: { code } });

/**
 * Depth in field levels: `{ viewer { member { id } } }` is 3. Fragments count where they are
 * spread; introspection fields (`__schema`, `__type`, `__typename`) are not counted, so GraphiQL's
 * own introspection query is not refused where introspection is on. Fragment cycles are reported
 * by graphql's own NoFragmentCycles rule; here they only stop the walk.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions)
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

    const depthOf = (set: SelectionSetNode, seen: Set<string>): number => {
      let max = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value.startsWith('__')) continue;
          max = Math.max(max, 1 + (sel.selectionSet ? depthOf(sel.selectionSet, seen) : 0));
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          max = Math.max(max, depthOf(sel.selectionSet, seen));
        } else {
          const name = sel.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) continue;
          seen.add(name);
          max = Math.max(max, depthOf(fragment.selectionSet, seen));
          seen.delete(name);
        }
        // Deep enough to refuse: stop walking (a hostile document may be very deep).
        if (max > maxDepth) return max;
      }
      return max;
    };

    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(
            limitError(
              LimitCode.QUERY_TOO_DEEP,
              `The query is ${depth > maxDepth + 1 ? 'more than ' : ''}${Math.min(depth, maxDepth + 1)} levels deep; at most ${maxDepth} are allowed.`,
            ),
          );
        }
      },
    };
  };
}

/** Counts AST nodes of one kind in the whole document and refuses above `max`. */
function countingRule(kind: Kind.FIELD | Kind.DIRECTIVE, max: number, code: string, what: string): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let count = 0;
    const leave = {
      leave() {
        if (count > max)
          context.reportError(limitError(code, `The document has ${count} ${what}; at most ${max} are allowed.`));
      },
    };
    const visitor: ASTVisitor =
      kind === Kind.FIELD
        ? {
            Document: leave,
            Field(node) {
              if (node.alias) count += 1;
            },
          }
        : {
            Document: leave,
            Directive() {
              count += 1;
            },
          };
    return visitor;
  };
}

/** Aliases in the whole document (each alias is one more response key the server computes). */
export const aliasLimitRule = (max: number): ValidationRule =>
  countingRule(Kind.FIELD, max, LimitCode.TOO_MANY_ALIASES, 'aliases');

/** Directives in the whole document (`@include`, `@skip`, …). */
export const directiveLimitRule = (max: number): ValidationRule =>
  countingRule(Kind.DIRECTIVE, max, LimitCode.TOO_MANY_DIRECTIVES, 'directives');

/** How often one response name may appear in one selection set (`{ a { x } a { x } … }`). */
export const MAX_REPEATED_FIELD = 20;

/**
 * `{ a { x } a { x } … }` with a thousand copies is valid GraphQL, fits in the token limit, and
 * costs graphql's OverlappingFieldsCanBeMerged rule time quadratic in the copies (≈ 0.7 s of CPU
 * for 1,225 copies, measured here). No real query repeats a field 20 times in one selection set.
 */
export function repeatedFieldRule(max = MAX_REPEATED_FIELD): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    SelectionSet(node) {
      const seen = new Map<string, number>();
      for (const sel of node.selections) {
        if (sel.kind !== Kind.FIELD) continue;
        const name = sel.alias?.value ?? sel.name.value;
        const n = (seen.get(name) ?? 0) + 1;
        seen.set(name, n);
        if (n === max + 1)
          context.reportError(
            limitError(
              LimitCode.TOO_MANY_REPEATED_FIELDS,
              `"${name}" is selected more than ${max} times in one selection set.`,
            ),
          );
      }
    },
  });
}

export interface DocumentLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
}

/**
 * Runs the limit rules alone, in one linear pass, before graphql's specified rules: a hostile
 * document is refused before the costlier standard validation sees it. Returns the first refusal.
 */
export function checkDocumentLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  limits: DocumentLimits,
): GraphQLError | null {
  const rules = [
    depthLimitRule(limits.maxDepth),
    aliasLimitRule(limits.maxAliases),
    directiveLimitRule(limits.maxDirectives),
    repeatedFieldRule(),
  ];
  const errors = validate(schema, document, rules, { maxErrors: 10 });
  return errors[0] ?? null;
}
