import type { Principal } from "@minkommune/auth";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { expect } from "vitest";
import { innbyggerKey, osloOppgave, trondheimOppgave } from "./demo.ts";

/** The citizen's list with every argument, as the web app and portals ask for it. */
export const OPPGAVER = /* GraphQL */ `
  query ($representations: [_Any!]!, $status: OppgaveStatus, $fullfort: Boolean, $first: Int, $after: String) {
    _entities(representations: $representations) {
      ... on Innbygger {
        oppgaver(status: $status, fullfort: $fullfort, first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes { id frist status fullfort utfortKriterie }
        }
      }
    }
  }
`;

/** One listed oppgave. */
export interface Node {
  id: string;
  frist: string | null;
  status: "NY" | "FULLFORT";
  fullfort: boolean;
  utfortKriterie: "ANY" | "ALL";
}
/** One page of the list. */
export interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Node[];
}
/** The _entities answer carrying the list. */
export type Data = { _entities: [{ oppgaver: Page } | null] };

/** Calls Innbygger.oppgaver on the subgraph at `url()` as `principal`. */
export function oppgaveliste(url: () => string) {
  async function oppgaver(principal: Principal, args: Record<string, unknown> = {}) {
    return callSubgraph<Data>(url(), principal, OPPGAVER, {
      representations: [{ __typename: "Innbygger", id: innbyggerKey(principal) }],
      ...args,
    });
  }

  async function page(principal: Principal, args: Record<string, unknown> = {}): Promise<Page> {
    const result = await oppgaver(principal, args);
    expect(result.errors).toBeUndefined();
    const entity = result.data?._entities[0];
    if (!entity) throw new Error("no Innbygger");
    return entity.oppgaver;
  }
  return { oppgaver, page };
}

/** Kari's ten demo oppgaver in list order (seeded on SEED_DAY, 2026-06-15). */
export const KARI_REKKEFOLGE = [
  osloOppgave(3), // open, frist 2026-06-10 (overdue)
  trondheimOppgave(3), // open, 2026-06-12 (overdue)
  osloOppgave(2), // open, 2026-06-22
  trondheimOppgave(2), // open, 2026-07-06
  osloOppgave(5), // open, no frist
  trondheimOppgave(5), // open, no frist
  trondheimOppgave(4), // done, 2026-05-16
  osloOppgave(4), // done, 2026-05-26
  trondheimOppgave(1), // Kari done under ALL, Ola not: nothing left for Kari, 2026-06-25
  osloOppgave(1), // likewise, 2026-06-29
];
