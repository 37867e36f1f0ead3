import { INTERNAL_TOKEN_HEADER, innbyggerIdFor, signInternalToken } from "@minkommune/auth";
import { INNBYGGER_SECRET, INTERNAL_SECRET } from "../stack.ts";

const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Innbygger { oppgaver { totalCount } } } }`;

/**
 * How many oppgaver the Oppgave subgraph holds for a person, asked behind the gateway with an
 * internal token for that citizen: proof that a refused request stored nothing.
 */
export async function storedOppgaverFor(oppgaveUrl: string, pid: string): Promise<number> {
  const innbyggerId = innbyggerIdFor(pid, INNBYGGER_SECRET);
  const token = await signInternalToken({ type: "innbygger", pid, niva: 4, innbyggerId }, INTERNAL_SECRET);
  const response = await fetch(oppgaveUrl, {
    method: "POST",
    headers: { "content-type": "application/json", [INTERNAL_TOKEN_HEADER]: token },
    body: JSON.stringify({ query: QUERY, variables: { r: [{ __typename: "Innbygger", id: innbyggerId }] } }),
  });
  const result = (await response.json()) as {
    data?: { _entities: { oppgaver: { totalCount: number } }[] };
    errors?: unknown[];
  };
  const count = result.data?._entities[0]?.oppgaver.totalCount;
  if (result.errors || count === undefined) throw new Error(`unexpected answer: ${JSON.stringify(result)}`);
  return count;
}
