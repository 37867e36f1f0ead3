import type { Principal } from "@minkommune/auth";
import { INGRID, JONAS, OSLO } from "@minkommune/demo-data";
import { callSubgraph, innbygger } from "@minkommune/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { MAX_BELOP_ORE, MAX_SUM_ORE } from "../src/domain/belop.ts";
import { innbyggerKey, integrasjon } from "./helpers/demo.ts";
import { fakturaV1, INDEX_FAKTURAER, indexFaktura } from "./helpers/index-faktura.ts";
import { useTestSubgraph } from "./helpers/seeded-subgraph.ts";

const OVERSIKT = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Innbygger { fakturaOversikt { sumUtestaende sumUtestaendeAvgrenset antallUbetalte antallForfalte } }
    }
  }
`;

const ingrid = innbygger(INGRID.pid, 4);
const jonas = innbygger(JONAS.pid, 4);

const t = useTestSubgraph();

/** Registers `antall` invoices of `kroner` each to `pid`, in one index batch as Fiks sends them. */
async function registrer(pid: string, antall: number, kroner: number) {
  const meldinger = Array.from({ length: antall }, () =>
    indexFaktura(fakturaV1({ belop: kroner, gebyr: 0, totalbelop: kroner }), {
      eksponertFor: { identifikatorType: "FODSELSNUMMER", verdi: pid },
    }),
  );
  const result = await callSubgraph(t.subgraph.url, integrasjon, INDEX_FAKTURAER, {
    fiksOrgId: OSLO.fiksOrgId,
    meldinger,
  });
  expect(result.errors).toBeUndefined();
}

async function oversikt(principal: Principal) {
  type Data = { _entities: [{ fakturaOversikt: Record<string, number | boolean> }] };
  return callSubgraph<Data>(t.subgraph.url, principal, OVERSIKT, {
    representations: [{ __typename: "Innbygger", id: innbyggerKey(principal) }],
  });
}

describe("fakturaOversikt.sumUtestaende near the cap", () => {
  const kronerVedGrensen = MAX_BELOP_ORE / 100;

  it("is exact up to the cap: a hundred invoices at the per-invoice cap add up to it to the øre", async () => {
    expect(MAX_SUM_ORE).toBe(100 * MAX_BELOP_ORE);
    await registrer(INGRID.pid, 99, kronerVedGrensen);
    await registrer(INGRID.pid, 1, kronerVedGrensen - 0.01);
    const forrige = await oversikt(ingrid);
    expect(forrige.errors).toBeUndefined();
    expect(forrige.data?._entities[0].fakturaOversikt).toMatchObject({
      sumUtestaende: MAX_SUM_ORE - 1,
      sumUtestaendeAvgrenset: false,
      antallUbetalte: 100,
    });

    await registrer(INGRID.pid, 1, 0.01);
    const { errors, data } = await oversikt(ingrid);
    expect(errors).toBeUndefined();
    expect(data?._entities[0].fakturaOversikt).toMatchObject({
      sumUtestaende: MAX_SUM_ORE,
      sumUtestaendeAvgrenset: false,
      antallUbetalte: 101,
    });
  });

  it("one øre over the cap reports the cap and says so", async () => {
    await registrer(INGRID.pid, 1, 0.01);
    const { errors, data } = await oversikt(ingrid);
    expect(errors).toBeUndefined();
    expect(data?._entities[0].fakturaOversikt).toMatchObject({
      sumUtestaende: MAX_SUM_ORE,
      sumUtestaendeAvgrenset: true,
      antallUbetalte: 102,
    });
  });

  it("a sum past 2^53 øre (901 invoices at the cap) still answers, with the cap, instead of failing", async () => {
    await registrer(JONAS.pid, 901, kronerVedGrensen);
    // The exact sum, which a JavaScript number can no longer hold to the øre.
    expect(901n * BigInt(MAX_BELOP_ORE) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    const { errors, data } = await oversikt(jonas);
    expect(errors).toBeUndefined();
    expect(data?._entities[0].fakturaOversikt).toEqual({
      sumUtestaende: MAX_SUM_ORE,
      sumUtestaendeAvgrenset: true,
      antallUbetalte: 901,
      antallForfalte: 0,
    });
  });

  it("each citizen's figures stay their own", async () => {
    const { data } = await oversikt(ingrid);
    expect(data?._entities[0].fakturaOversikt.antallUbetalte).toBe(102);
  });
});
