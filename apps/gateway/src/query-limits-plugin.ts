import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { DEFAULT_QUERY_LIMITS, type QueryLimits, queryLimitsRule } from "@minkommune/subgraph-kit";

/**
 * Refuses operations beyond the query limits before planning, so one request cannot fan out
 * into thousands of subgraph queries (e.g. a search repeated under many aliases).
 */
export function useQueryLimits(limits: QueryLimits = DEFAULT_QUERY_LIMITS): GatewayPlugin {
  const rule = queryLimitsRule(limits);
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}
