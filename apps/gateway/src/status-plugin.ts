import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { GraphQLError } from "graphql";

const STATUS_BY_CODE: Record<string, number> = { FORBIDDEN: 403, UNAUTHENTICATED: 401 };

/**
 * When an operation produced no data at all because access was refused, answer with the
 * HTTP status Fiks uses (403), so REST and GraphQL callers read the refusal the same way.
 */
export function useAccessStatus(): GatewayPlugin {
  return {
    onExecutionResult({ result, setResult }) {
      if (!result || Symbol.asyncIterator in result) return;
      const { data, errors } = result;
      const empty = data === null || data === undefined || Object.values(data).every((v) => v === null);
      const status = errors?.[0] ? STATUS_BY_CODE[String(errors[0].extensions?.code)] : undefined;
      if (!empty || !status || !errors) return;
      setResult({
        ...result,
        errors: errors.map(
          (error) =>
            new GraphQLError(error.message, {
              path: error.path,
              extensions: { ...error.extensions, http: { status } },
            }),
        ),
      });
    },
  };
}
