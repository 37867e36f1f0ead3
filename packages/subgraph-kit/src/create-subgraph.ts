import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { buildSubgraphSchema, type GraphQLResolverMap } from "@apollo/subgraph";
import type { DocumentNode } from "graphql";
import type { BaseContext } from "./access.ts";
import { formatSubgraphError } from "./format-error.ts";
import { queryLimitsRule } from "./query-limits.ts";

// Only the gateway calls a subgraph, after its own (tighter) limits; these stop a runaway plan.
const SUBGRAPH_QUERY_LIMITS = { maxDepth: 25, maxAliases: 200, maxFields: 5000 };

/** What a subgraph contributes: its SDL and resolvers. */
export interface SubgraphDefinition {
  typeDefs: DocumentNode;
  // The generated resolver types are stricter than Apollo's map; they are checked where written.
  resolvers: unknown;
  plugins?: ApolloServerPlugin<BaseContext>[];
}

/** Builds (but does not start listening) an Apollo Federation v2 subgraph server. */
export function createApolloSubgraph<TContext extends BaseContext>(definition: SubgraphDefinition) {
  return new ApolloServer<TContext>({
    schema: buildSubgraphSchema([
      { typeDefs: definition.typeDefs, resolvers: definition.resolvers as GraphQLResolverMap<unknown> },
    ]),
    // Only the gateway calls subgraphs; introspection stays on for composition tooling.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatSubgraphError(formatted, error),
    validationRules: [queryLimitsRule(SUBGRAPH_QUERY_LIMITS)],
    // Traces are for Apollo Studio, which this platform does not use.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ...((definition.plugins ?? []) as ApolloServerPlugin<TContext>[]),
    ],
  });
}
