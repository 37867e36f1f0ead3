import { maskPersonId } from "@minkommune/auth";
import type { SubgraphDefinition } from "@minkommune/subgraph-kit";

// The kit's plugin type, so this package needs no direct dependency on @apollo/server.
type Plugin = NonNullable<SubgraphDefinition["plugins"]>[number];

// Eleven digits on their own: the shape of a fødselsnummer or D-nummer.
const PERSON_ID = /(?<!\d)\d{11}(?!\d)/g;

/** The message with every eleven-digit number masked. */
export function maskPersonIds(message: string): string {
  return message.replace(PERSON_ID, (match) => maskPersonId(match));
}

/**
 * Masks person ids in every error message this subgraph sends. Our own messages never quote
 * input, but graphql-js quotes the offending value when a client sends the wrong type
 * (e.g. a fødselsnummer as a number), and such a message must not carry the number back out.
 */
export const maskPersonIdsPlugin: Plugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
          ...error,
          message: maskPersonIds(error.message),
        }));
      },
    };
  },
};
