import { badInput, forbidden, isUuid, requireIntegrasjon, requireUuid } from "@minkommune/subgraph-kit";
import { GraphQLError } from "graphql";
import { AnnenEierError, lagreMeldinger, markerForSletting, slettMeldinger } from "../db/indeksering.ts";
import { findKommuner } from "../db/kommuner.ts";
import { validateBatch } from "../domain/index-melding.ts";
import { feiSnart } from "../feiing.ts";
import type { MutationResolvers } from "../generated/resolvers-types.ts";

/** The index API's batch limit; above it the REST layer answers 422. */
export const MAX_INDEX_BATCH = 5000;
/** slettByMeldingId's limit. */
export const MAX_SLETT_BATCH = 1000;
const SLETT_TYPER = [
  "faktura",
  "mappe",
  "journalpost",
  "barnevernmappe",
  "barnevernjournalpost",
  "byggesak",
  "innsendtskjema",
  "skjemakladd",
  "matrikkelenhet",
  "kommunaltjeneste",
  "forsendelse",
];

/** The 403 of the index API, with the errorCode and errorJson the spec names. */
function ikkeAutorisert(integrasjonId: string, fiksOrgId: string) {
  return new GraphQLError("Integrasjonen er ikke autorisert for å indeksere på vegne av organisasjonen", {
    extensions: {
      code: "FORBIDDEN",
      http: { status: 403 },
      errorCode: "INNSYN.INTEGRASJON_IKKE_AUTORISERT_FOR_INDEX",
      errorJson: { integrasjonId, fiksOrgId },
    },
  });
}

/** The index operations a fagsystem calls (Fiks index API v2 and delete API v1). */
export const Indeksering: Pick<MutationResolvers, "indexMeldinger" | "slettMeldinger" | "slettMeldingerAsynkront"> = {
  indexMeldinger: async (_parent, { fiksOrganisasjonId, meldinger }, context) => {
    const orgId = requireUuid(fiksOrganisasjonId, "fiksOrganisasjonId").toLowerCase();
    const integrasjon = requireIntegrasjon(context, "INNSYN_INDEX", orgId);
    if (meldinger.length === 0) throw badInput("meldinger", "meldinger må ha minst ett element");
    if (meldinger.length > MAX_INDEX_BATCH) {
      throw new GraphQLError(`Antall meldinger overgår øvre begrensning (${MAX_INDEX_BATCH})`, {
        extensions: { code: "BATCH_TOO_LARGE", field: "meldinger", http: { status: 422 } },
      });
    }
    // A malformed fiksOrganisasjonId is a validation error (400) below; a well-formed other one is a 403.
    const otherOrg = meldinger.find(
      (m) => isUuid(m.fiksOrganisasjonId) && m.fiksOrganisasjonId.toLowerCase() !== orgId,
    );
    if (otherOrg) throw ikkeAutorisert(integrasjon.integrasjonId, otherOrg.fiksOrganisasjonId);
    const [kommune] = await findKommuner(context.db, [orgId]);
    if (!kommune) throw badInput("fiksOrganisasjonId", "Ukjent Fiks-organisasjon");
    const checked = validateBatch(meldinger);
    if (!checked.ok) {
      throw new GraphQLError(`${new Set(checked.ugyldige.map((u) => u.index)).size} meldinger er ugyldige`, {
        extensions: { code: "BAD_USER_INPUT", field: "meldinger", http: { status: 400 }, invalid: checked.ugyldige },
      });
    }
    try {
      const result = await lagreMeldinger(context.db, integrasjon.integrasjonId, checked.meldinger);
      return { ...result, manglerSamtykke: 0, meldingerUtenSamtykke: [] };
    } catch (error) {
      if (error instanceof AnnenEierError) {
        throw forbidden("Integrasjonen kan bare endre meldinger den selv har indeksert");
      }
      throw error;
    }
  },
  slettMeldinger: async (_parent, { meldinger }, context) => {
    if (meldinger.length === 0 || meldinger.length > MAX_SLETT_BATCH) {
      throw badInput("meldinger", `meldinger må ha mellom 1 og ${MAX_SLETT_BATCH} elementer`);
    }
    const spec = meldinger.map((m, i) => {
      const fiksOrgId = requireUuid(m.fiksOrgId, `meldinger[${i}].fiksOrgId`).toLowerCase();
      const meldingId = requireUuid(m.meldingId, `meldinger[${i}].meldingId`).toLowerCase();
      if (!SLETT_TYPER.includes(m.meldingType)) {
        throw badInput(`meldinger[${i}].meldingType`, `meldingType må være en av ${SLETT_TYPER.join(", ")}`);
      }
      return { fiksOrgId, meldingId, meldingType: m.meldingType };
    });
    const orgs = new Set(spec.map((s) => s.fiksOrgId));
    let integrasjonId = "";
    for (const org of orgs) integrasjonId = requireIntegrasjon(context, "INNSYN_INDEX", org).integrasjonId;
    return { antallSlettet: await slettMeldinger(context.db, integrasjonId, spec) };
  },
  slettMeldingerAsynkront: async (_parent, { fiksOrganisasjonId, eksternRef, meldingId }, context) => {
    const orgId = requireUuid(fiksOrganisasjonId, "fiksOrganisasjonId").toLowerCase();
    const integrasjon = requireIntegrasjon(context, "INNSYN_INDEX", orgId);
    const id = meldingId == null ? null : requireUuid(meldingId, "meldingId").toLowerCase();
    if (eksternRef != null && eksternRef.length === 0) throw badInput("eksternRef", "eksternRef kan ikke være tom");
    // The mark and the sweeper job commit together: no marked melding is left without a round to remove it.
    const antallSlettet = await context.db.transaction(async (tx) => {
      const marked = await markerForSletting(tx, integrasjon.integrasjonId, orgId, { eksternRef, meldingId: id });
      if (marked > 0) await feiSnart(tx);
      return marked;
    });
    return { antallSlettet };
  },
};
