import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";

/** How big one operation may be: nesting, aliases and fields after fragments are spread. */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxFields: number;
}

/**
 * Limits for citizens' and fagsystemer's operations. The web app's largest page asks for about a
 * hundred fields at depth 6 and introspection reaches depth 12; a query beyond these is an attack
 * (thousands of aliased searches in one request), not a page.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 15, maxAliases: 30, maxFields: 1500 };

interface Size {
  depth: number;
  aliases: number;
  fields: number;
}

function measure(
  selectionSet: SelectionSetNode,
  fragment: (name: string) => FragmentDefinitionNode | null | undefined,
  depth: number,
  size: Size,
  limits: QueryLimits,
  spreading: Set<string>,
): void {
  size.depth = Math.max(size.depth, depth);
  for (const selection of selectionSet.selections) {
    // Stop counting once a limit is passed: the answer is already "too large".
    if (size.fields > limits.maxFields || size.depth > limits.maxDepth) return;
    if (selection.kind === Kind.FIELD) {
      size.fields++;
      if (selection.alias) size.aliases++;
      if (selection.selectionSet) measure(selection.selectionSet, fragment, depth + 1, size, limits, spreading);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      measure(selection.selectionSet, fragment, depth, size, limits, spreading);
    } else {
      const name = selection.name.value;
      const definition = fragment(name);
      // A fragment cycle is reported by graphql-js's own rule; it must not loop here.
      if (!definition || spreading.has(name)) continue;
      spreading.add(name);
      measure(definition.selectionSet, fragment, depth, size, limits, spreading);
      spreading.delete(name);
    }
  }
}

/** A validation rule refusing operations deeper, wider or with more aliases than `limits`. */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_QUERY_LIMITS) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const size: Size = { depth: 0, aliases: 0, fields: 0 };
      measure(operation.selectionSet, (name) => context.getFragment(name), 1, size, limits, new Set());
      const problems = [
        size.depth > limits.maxDepth ? `dypere enn ${limits.maxDepth} nivåer` : null,
        size.aliases > limits.maxAliases ? `flere enn ${limits.maxAliases} aliaser` : null,
        size.fields > limits.maxFields ? `flere enn ${limits.maxFields} felt` : null,
      ].filter((problem): problem is string => problem !== null);
      if (problems.length > 0) {
        context.reportError(
          new GraphQLError(`Operasjonen er for stor: ${problems.join(", ")}`, {
            nodes: [operation],
            extensions: { code: "QUERY_TOO_LARGE" },
          }),
        );
      }
    },
  });
}
