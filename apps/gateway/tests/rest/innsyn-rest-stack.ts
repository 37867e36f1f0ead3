import { DEMO_INTEGRASJONER, type DemoIntegrasjon, type DemoKommune, KARI, OSLO } from "@minkommune/demo-data";
import { loginInnbygger } from "@minkommune/dev-idp/client";
import { post, startStack } from "../stack.ts";
import { ContractClient } from "./contract-client.ts";
import { fagsystemHeaders, type HeaderMap, withCredentials } from "./rest-stack.ts";

/** The Fiks index path. */
export const INDEX_REQUEST = "/innsyn-index/api/v2/indexRequest";
/** The Fiks delete paths. */
export const SLETT = "/innsyn-index/api/v1/delete/slett";
export const SLETT_BY_MELDING_ID = "/innsyn-index/api/v1/delete/slettByMeldingId";

/** Base64 of a JSON value, as meldingMetadata carries it. */
export const base64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64");

/** A valid forsendelseV2 IndexMeldingV2 from `kommune` to Kari; tests change one field at a time. */
export function brev(overrides: Record<string, unknown> = {}, kommune: DemoKommune = OSLO): Record<string, unknown> {
  return {
    meldingId: crypto.randomUUID(),
    sikkerhetsniva: 3,
    eksponertFor: { identifikatorType: "FODSELSNUMMER", verdi: KARI.pid },
    fiksOrganisasjonId: kommune.fiksOrgId,
    versjon: "forsendelseV2",
    meldingMetadata: base64({
      tittel: "Vedtak om barnehageplass",
      avsender: `${kommune.navn}, Oppvekstetaten`,
      sendtDato: Date.parse("2026-11-25T10:00:00Z"),
      lest: false,
      dokumenter: [{ tittel: "Vedtaket", mimeType: "application/pdf", nedlastingLenke: "https://example.test/d/1" }],
    }),
    ...overrides,
  };
}

/** fakturaV1 metadata as a Fiks invoicing system sends it: amounts in kroner. */
export function fakturaV1(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    tittel: "Kommunale avgifter 4. termin 2026",
    fakturaDato: "2026-06-01",
    forfallDato: "2026-06-30",
    status: "IKKE_BETALT",
    fakturaMottaker: "Kari Nordmann",
    betalesTil: "Oslo kommune",
    belop: 1000.5,
    gebyr: 35,
    totalbelop: 1035.5,
    kontonummer: "15032718407",
    kid: "30102601066",
    ...overrides,
  };
}

/** A valid FAKTURA_V1 IndexMeldingV2 to Kari. */
export function fakturaMelding(
  metadata: Record<string, unknown> = fakturaV1(),
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return brev({ versjon: "FAKTURA_V1", meldingMetadata: base64(metadata), ...overrides });
}

const [oslo, trondheim] = DEMO_INTEGRASJONER as [DemoIntegrasjon, DemoIntegrasjon];

/**
 * The Innsyn and Faktura REST routes on the real stack: dev-idp, the innsyn and faktura
 * subgraphs, the gateway, a client that checks every answer against the served OpenAPI
 * document, and the adapter's log lines.
 */
export async function startInnsynRestStack() {
  const logLines: Record<string, unknown>[] = [];
  const stack = await startStack({ subgraphs: ["innsyn", "faktura"], restLog: (entry) => void logLines.push(entry) });
  const api = await ContractClient.connect(stack.url);
  const osloHeaders = await fagsystemHeaders(stack, oslo);
  const nabo = await stack.registry.create({
    navn: "Annet fagsystem Oslo",
    fiksOrgId: OSLO.fiksOrgId,
    autorisertOrgnr: oslo.orgnr,
    privilegier: ["INNSYN_INDEX", "FAKTURA"],
  });
  const utenIndex = await stack.registry.create({
    navn: "Oppgavesystem Oslo",
    fiksOrgId: OSLO.fiksOrgId,
    autorisertOrgnr: oslo.orgnr,
    privilegier: ["OPPGAVE"],
  });
  const innbygger = async (pid: string, niva: 3 | 4) => ({
    authorization: `Bearer ${(await loginInnbygger({ issuer: stack.idp.idportenIssuer, pid, niva })).accessToken}`,
  });

  /** The melding's tittel as the citizen in `headers` sees it through GraphQL, or null when they cannot. */
  async function tittelFor(headers: HeaderMap, meldingId: unknown): Promise<string | null> {
    const query = "query ($id: UUID!) { meg { melding(meldingId: $id) { tittel } } }";
    const result = await post(stack.graphqlUrl, headers, query, { id: meldingId });
    const meg = result.data?.meg as { melding: { tittel: string } | null } | undefined;
    if (result.errors || !meg) throw new Error(`unexpected answer: ${JSON.stringify(result)}`);
    return meg.melding?.tittel ?? null;
  }

  /** PUT indexRequest with `meldinger` (Oslo's fagsystem unless told). */
  const indekser = (meldinger: unknown[], headers: HeaderMap = osloHeaders) =>
    api.send("PUT", INDEX_REQUEST, headers, { meldinger });

  return {
    stack,
    api,
    logLines,
    indekser,
    innbygger,
    tittelFor,
    /** Oslo's demo fagsystem (INNSYN_INDEX, OPPGAVE, FAKTURA). */
    oslo: osloHeaders,
    /** Trondheim's demo fagsystem: another municipality. */
    trondheim: await fagsystemHeaders(stack, trondheim),
    /** Another integration of Oslo with the same privileges: a neighbour, not the indexer. */
    nabo: withCredentials(osloHeaders, nabo),
    /** An integration of Oslo without INNSYN_INDEX and FAKTURA. */
    utenIndex: withCredentials(osloHeaders, utenIndex),
    close: () => stack.close(),
  };
}

/** A started Innsyn REST stack. */
export type InnsynRestStack = Awaited<ReturnType<typeof startInnsynRestStack>>;
