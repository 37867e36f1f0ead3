import { badInput, conflict, isUuid, notFound, requireInnbygger, requireIntegrasjon } from "@minkommune/subgraph-kit";
import type { Context } from "../context.ts";
import { registrerInnbetaling } from "../db/innbetalinger.ts";
import { settPolicy } from "../db/policy.ts";
import { registrerFaktura } from "../db/registrering.ts";
import type { UtsettelseSvar } from "../db/rows.ts";
import { MAX_ANTALL_AVDRAG, MIN_ANTALL_AVDRAG } from "../domain/avdrag.ts";
import { MAX_BELOP_TEKST } from "../domain/belop.ts";
import { validerInnbetaling } from "../domain/innbetaling.ts";
import { validerArsak } from "../domain/kansellering.ts";
import { validerPolicy } from "../domain/policy-input.ts";
import { validerFaktura } from "../domain/registrer-faktura.ts";
import type { MutationResolvers, Sprak } from "../generated/resolvers-types.ts";
import { behandleForesporsel, type Soknad } from "../utsettelse/be-om.ts";
import { kansellerAvdrag } from "../utsettelse/kanseller-avdrag.ts";
import { avdragSoknad, utsettelseSoknad } from "../utsettelse/soknader.ts";
import { IndexFakturaer } from "./IndexFakturaer.ts";

/**
 * A citizen's request on an invoice they can see at this login level; any other invoice is
 * "not found", whether it exists or not.
 */
async function innbyggerBerOm(
  context: Context,
  args: { fakturaId: string; idempotencyKey?: string | null; sprak?: Sprak | null },
  soknad: Soknad,
): Promise<UtsettelseSvar> {
  const innbygger = requireInnbygger(context);
  const key = args.idempotencyKey?.trim() || null;
  if (key && key.length > 100) throw badInput("idempotencyKey", "idempotencyKey kan være høyst 100 tegn");
  const faktura = isUuid(args.fakturaId) ? await context.loaders.faktura.load(args.fakturaId) : null;
  if (!faktura) throw notFound("Fant ikke fakturaen");
  const utfall = await behandleForesporsel(context.utsettelse, {
    fakturaId: faktura.id,
    pid: innbygger.pid,
    idempotencyKey: key,
    soknad,
  });
  return { ...utfall, sprak: args.sprak ?? "nb" };
}

/** The acting integration, bound to the municipality in the argument. */
function eierFor(context: Context, fiksOrgId: string) {
  const integrasjon = requireIntegrasjon(context, "FAKTURA", fiksOrgId.toLowerCase());
  return { fiksOrgId: integrasjon.fiksOrgId, integrasjonId: integrasjon.integrasjonId };
}

/**
 * Root mutations: fagsystemer register invoices and payments, cancel avdrag plans and set policy;
 * citizens ask for more time.
 */
export const Mutation: MutationResolvers<Context> = {
  ...IndexFakturaer,

  registrerFaktura: async (_root, args, context) => {
    const eier = eierFor(context, args.fiksOrgId);
    const checked = validerFaktura(args.faktura);
    if (!checked.ok) throw badInput(checked.felt, `${checked.felt}: ${checked.melding}`);
    const { row } = await registrerFaktura(context.db, eier, checked.verdi, context.na);
    return row;
  },

  registrerInnbetaling: async (_root, args, context) => {
    const eier = eierFor(context, args.fiksOrgId);
    const checked = validerInnbetaling(args.innbetaling);
    if (!checked.ok) throw badInput(checked.felt, `${checked.felt}: ${checked.melding}`);
    const result = await registrerInnbetaling(context.db, eier, args.meldingId, checked.verdi, context.na);
    if (result.ok) return result.row;
    if (result.grunn === "IKKE_FUNNET") throw notFound("Fant ikke fakturaen");
    if (result.grunn === "OVER_GRENSEN") {
      throw badInput("innbetaling.belop", `Innbetalt beløp til sammen kan være høyst ${MAX_BELOP_TEKST}`);
    }
    throw badInput(
      "innbetaling.referanse",
      "Referansen er allerede brukt for en innbetaling med annet beløp eller dato",
    );
  },

  kansellerAvdragsplan: async (_root, args, context) => {
    const eier = eierFor(context, args.fiksOrgId);
    const arsak = validerArsak(args.arsak);
    if (!arsak.ok) throw badInput(arsak.felt, `${arsak.felt}: ${arsak.melding}`);
    const result = await kansellerAvdrag(context.utsettelse, eier, args.meldingId, arsak.verdi, context.na);
    if (result.ok) return result.row;
    if (result.grunn === "IKKE_FUNNET") throw notFound("Fant ikke fakturaen");
    throw conflict("Fakturaen har ingen løpende avdragsplan å kansellere", "meldingId");
  },

  beOmBetalingsutsettelse: (_root, args, context) =>
    innbyggerBerOm(context, args, utsettelseSoknad(args.nyForfallDato)),

  beOmAvdrag: (_root, args, context) => {
    requireInnbygger(context);
    if (!Number.isInteger(args.antallAvdrag) || args.antallAvdrag < MIN_ANTALL_AVDRAG) {
      throw badInput("antallAvdrag", `antallAvdrag må være minst ${MIN_ANTALL_AVDRAG}`);
    }
    if (args.antallAvdrag > MAX_ANTALL_AVDRAG) {
      throw badInput("antallAvdrag", `antallAvdrag kan være høyst ${MAX_ANTALL_AVDRAG}`);
    }
    return innbyggerBerOm(context, args, avdragSoknad(args.antallAvdrag));
  },

  settUtsettelsePolicy: async (_root, args, context) => {
    const { fiksOrgId } = eierFor(context, args.fiksOrgId);
    const checked = validerPolicy(args.policy, { production: context.production });
    if (!checked.ok) throw badInput(checked.felt, `${checked.felt}: ${checked.melding}`);
    const lagret = await settPolicy(context.db, fiksOrgId, checked.verdi);
    if (!lagret.ok) throw badInput(lagret.felt, `${lagret.felt}: ${lagret.melding}`);
    return lagret.verdi;
  },
};
