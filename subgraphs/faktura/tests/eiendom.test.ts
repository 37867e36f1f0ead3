import type { Principal } from "@minkommune/auth";
import { KARI, OSLO } from "@minkommune/demo-data";
import { fixtureTilgangskilde, type Tilgangskilde } from "@minkommune/subgraph-kit";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { fakturaId, ingrid4, innbyggerKey, integrasjon, jonas4, kari4, ola4 } from "./helpers/demo.ts";
import { fakturaInput, REGISTRER_FAKTURA } from "./helpers/faktura-input.ts";
import { useSeededSubgraph } from "./helpers/seeded-subgraph.ts";
import { serveTestSubgraph } from "./helpers/test-server.ts";

const SYNLIG = /* GraphQL */ `
  query ($representations: [_Any!]!, $id: UUID!) {
    _entities(representations: $representations) {
      ... on Innbygger {
        faktura(id: $id) { id eksponertForType utestaendeBelop }
        fakturaer { totalCount nodes { id } }
        fakturaOversikt { sumUtestaende antallUbetalte }
      }
    }
  }
`;

interface Synlig {
  faktura: { id: string; eksponertForType: string } | null;
  fakturaer: { totalCount: number; nodes: { id: string }[] };
  fakturaOversikt: { sumUtestaende: number; antallUbetalte: number };
}

const t = useSeededSubgraph();
const EIENDOMSSKATT = fakturaId("3001");

async function synlig(principal: Principal, id: string, url = t.subgraph.url) {
  const result = await callSubgraph<{ _entities: [Synlig] }>(url, principal, SYNLIG, {
    representations: [{ __typename: "Innbygger", id: innbyggerKey(principal) }],
    id,
  });
  expect(result.errors).toBeUndefined();
  return result.data?._entities[0];
}

describe("invoices exposed to a property (MATRIKKELNUMMER)", () => {
  it("both co-owners see the property-tax invoice in detail, list and totals", async () => {
    for (const eier of [ingrid4, jonas4]) {
      const sett = await synlig(eier, EIENDOMSSKATT);
      expect(sett?.faktura).toMatchObject({ id: EIENDOMSSKATT, eksponertForType: "MATRIKKELNUMMER" });
      expect(sett?.fakturaer.nodes.map((n) => n.id)).toEqual([EIENDOMSSKATT]);
      expect(sett?.fakturaOversikt).toEqual({ sumUtestaende: 415_000, antallUbetalte: 1 });
    }
  });

  it("someone who owns another property does not see it, even by its id", async () => {
    const sett = await synlig(kari4, EIENDOMSSKATT);
    expect(sett?.faktura).toBeNull();
    expect(sett?.fakturaer.nodes.map((n) => n.id)).not.toContain(EIENDOMSSKATT);
  });

  it("an invoice registered on Kari and Ola's flat reaches both of them, and no one else", async () => {
    const registrert = await callSubgraph<{ registrerFaktura: { id: string } }>(
      t.subgraph.url,
      integrasjon,
      REGISTRER_FAKTURA,
      {
        fiksOrgId: OSLO.fiksOrgId,
        faktura: fakturaInput({ eksponertFor: { identifikatorType: "MATRIKKELNUMMER", verdi: "0301-208/133/0/4" } }),
      },
    );
    const id = registrert.data?.registrerFaktura.id ?? "";
    expect((await synlig(kari4, id))?.faktura?.id).toBe(id);
    expect((await synlig(ola4, id))?.faktura?.id).toBe(id);
    expect((await synlig(ingrid4, id))?.faktura).toBeNull();
  });

  it("follows the Tilgangskilde: a sale moves the invoice to the new owner", async () => {
    const etterSalg = fixtureTilgangskilde([
      { pid: KARI.pid, organisasjoner: [], matrikkelenheter: ["5001-412/77/0/0"] },
    ]);
    const annen = await serveTestSubgraph(t.database.db, undefined, { tilgangskilde: etterSalg });
    try {
      expect((await synlig(kari4, EIENDOMSSKATT, annen.url))?.faktura?.id).toBe(EIENDOMSSKATT);
      expect((await synlig(ingrid4, EIENDOMSSKATT, annen.url))?.faktura).toBeNull();
    } finally {
      await annen.close();
    }
  });

  it("in production no demo fixture grants a property: the co-owners no longer see it", async () => {
    const produksjon = await serveTestSubgraph(t.database.db, undefined, { production: true });
    try {
      for (const eier of [ingrid4, jonas4]) {
        expect((await synlig(eier, EIENDOMSSKATT, produksjon.url))?.faktura).toBeNull();
      }
    } finally {
      await produksjon.close();
    }
  });

  it("asks the Tilgangskilde once per request however many fields need it", async () => {
    let kall = 0;
    const kilde = fixtureTilgangskilde();
    const tellende: Tilgangskilde = {
      tilgangerFor: (pids) => {
        kall++;
        return kilde.tilgangerFor(pids);
      },
    };
    const annen = await serveTestSubgraph(t.database.db, undefined, { tilgangskilde: tellende });
    try {
      await synlig(jonas4, EIENDOMSSKATT, annen.url);
      expect(kall).toBe(1);
    } finally {
      await annen.close();
    }
  });
});
