import type { Principal } from "@minkommune/auth";
import { OSLO } from "@minkommune/demo-data";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { fakturaId, innbyggerKey, integrasjon, kari3, kari4, ola4 } from "./helpers/demo.ts";
import { fakturaInput, REGISTRER_FAKTURA, REGISTRER_INNBETALING } from "./helpers/faktura-input.ts";
import { useSeededSubgraph } from "./helpers/seeded-subgraph.ts";

const DETALJ = /* GraphQL */ `
  query ($representations: [_Any!]!, $id: UUID!) {
    _entities(representations: $representations) {
      ... on Innbygger {
        faktura(id: $id) {
          id tittel status kontonummer kid utestaendeBelop forfallDato kanBetales
          faktura { url tittel }
          fakturahistorikk { tittel url fakturaDato }
          vedlegg { tittel url }
          kontaktinformasjon { telefonnummer epost adresse { navn } }
          kontaktinformasjonInkasso { telefonnummer epost fritekst }
          sendtTilEkstern eksternLenke { tittel url } beskrivelse
          historikk { type belop forfallDato status }
        }
      }
    }
  }
`;

const t = useSeededSubgraph();

async function detalj(principal: Principal, id: string) {
  const result = await callSubgraph<{ _entities: [{ faktura: Record<string, unknown> | null }] }>(
    t.subgraph.url,
    principal,
    DETALJ,
    {
      representations: [{ __typename: "Innbygger", id: innbyggerKey(principal) }],
      id,
    },
  );
  return { errors: result.errors, faktura: result.data?._entities[0]?.faktura };
}

describe("Innbygger.faktura: the detail view", () => {
  it("has everything needed to pay: kontonummer, KID, amount owed and due date, plus PDF and contact", async () => {
    const { errors, faktura } = await detalj(kari4, fakturaId("1002"));
    expect(errors).toBeUndefined();
    expect(faktura).toMatchObject({
      kontonummer: "15032718407",
      kid: "30102601025",
      utestaendeBelop: 212_550,
      forfallDato: "2026-05-20",
      kanBetales: true,
      faktura: { url: "https://faktura.oslo.kommune.example/3010260102.pdf", tittel: "Faktura 3010260102" },
      kontaktinformasjon: { telefonnummer: "21 80 21 80", adresse: { navn: "Oslo kommune, Kemneren" } },
      sendtTilEkstern: false,
      eksternLenke: null,
    });
  });

  it("shows the collection agency's link and contact for an invoice sent to inkasso", async () => {
    const { faktura } = await detalj(kari4, fakturaId("1007"));
    expect(faktura).toMatchObject({
      status: "SENDT_INKASSO",
      kanBetales: false,
      sendtTilEkstern: true,
      eksternLenke: { tittel: "Sak hos Demo Inkasso AS", url: "https://inkasso.example/sak/5001260202" },
      kontaktinformasjonInkasso: { telefonnummer: "22 00 00 00", fritekst: "Oppgi saksnummer 5001260202." },
    });
    expect(faktura?.beskrivelse).toContain("Demo Inkasso");
  });

  it("hides eksternLenke until the invoice is actually sent to the external party", async () => {
    const input = fakturaInput({
      sendtTilEkstern: true,
      eksternLenke: { tittel: "Inkasso", url: "https://inkasso.example/1" },
    });
    const first = await callSubgraph<{ registrerFaktura: { id: string } }>(
      t.subgraph.url,
      integrasjon,
      REGISTRER_FAKTURA,
      {
        fiksOrgId: OSLO.fiksOrgId,
        faktura: input,
      },
    );
    const id = first.data?.registrerFaktura.id ?? "";
    expect((await detalj(kari4, id)).faktura?.eksternLenke).toMatchObject({ url: "https://inkasso.example/1" });
    await callSubgraph(t.subgraph.url, integrasjon, REGISTRER_FAKTURA, {
      fiksOrgId: OSLO.fiksOrgId,
      faktura: { ...input, sendtTilEkstern: false, eksternLenke: null },
    });
    expect((await detalj(kari4, id)).faktura).toMatchObject({ eksternLenke: null, sendtTilEkstern: false });
  });

  it("shows the history of a registered, updated and paid invoice, with replaced PDFs", async () => {
    const input = fakturaInput({
      fakturahistorikk: [
        {
          tittel: "Opprinnelig faktura",
          url: "https://faktura.oslo.kommune.example/gammel.pdf",
          fakturaDato: "2026-05-01",
        },
      ],
      vedlegg: [{ tittel: "Spesifikasjon", url: "https://faktura.oslo.kommune.example/spes.pdf" }],
    });
    const first = await callSubgraph<{ registrerFaktura: { id: string } }>(
      t.subgraph.url,
      integrasjon,
      REGISTRER_FAKTURA,
      {
        fiksOrgId: OSLO.fiksOrgId,
        faktura: input,
      },
    );
    await callSubgraph(t.subgraph.url, integrasjon, REGISTRER_FAKTURA, {
      fiksOrgId: OSLO.fiksOrgId,
      faktura: { ...input, gebyr: 7_000 },
    });
    await callSubgraph(t.subgraph.url, integrasjon, REGISTRER_INNBETALING, {
      fiksOrgId: OSLO.fiksOrgId,
      meldingId: input.meldingId,
      innbetaling: { belop: 25_000, dato: "2026-06-12", referanse: "B1" },
    });
    const { faktura } = await detalj(kari4, first.data?.registrerFaktura.id ?? "");
    expect(faktura).toMatchObject({
      utestaendeBelop: 82_000,
      fakturahistorikk: [{ tittel: "Opprinnelig faktura", fakturaDato: "2026-05-01" }],
      vedlegg: [{ tittel: "Spesifikasjon" }],
      historikk: [
        { type: "REGISTRERT", belop: null },
        { type: "OPPDATERT", belop: null },
        { type: "INNBETALING", belop: 25_000, status: "IKKE_BETALT" },
      ],
    });
  });

  it("is null for another citizen's invoice, a level-4 invoice at level 3, and an unknown or malformed id", async () => {
    expect((await detalj(ola4, fakturaId("1002"))).faktura).toBeNull();
    expect((await detalj(kari3, fakturaId("1005"))).faktura).toBeNull();
    expect((await detalj(kari4, fakturaId("9999"))).faktura).toBeNull();
    expect((await detalj(kari4, "fa000000-0000-4000-8000-00000000100")).errors?.[0]?.extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
  });

  it("refuses another citizen's entity key", async () => {
    const result = await callSubgraph<{ _entities: [{ faktura: unknown } | null] }>(t.subgraph.url, ola4, DETALJ, {
      representations: [{ __typename: "Innbygger", id: innbyggerKey(kari4) }],
      id: fakturaId("1002"),
    });
    expect(result.data?._entities[0]).toBeNull();
  });
});
