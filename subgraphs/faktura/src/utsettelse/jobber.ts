import type { JobHandler } from "@minkommune/jobs";
import { z } from "zod";
import type { FakturaDb } from "../db/fakturaer.ts";
import { hentForesporsel, hentPolicy } from "../db/utsettelser.ts";
import type { UtsettelseDeps } from "./be-om.ts";
import { lagreSvar, SPOR_FAGSYSTEM } from "./fagsystem-beslutning.ts";
import { signerteHeadere } from "./signatur.ts";
import { type SignertPost, signertPost } from "./signert-post.ts";
import { beslutningBody, kanselleringBody, VARSLE_BESLUTNING, VARSLE_KANSELLERING } from "./varsel.ts";

const payloadSchema = z.object({ id: z.uuid() });
const kanselleringSchema = z.object({ id: z.uuid(), arsak: z.string() });

/** How long a webhook receiver gets before the event is retried. */
const VARSEL_TIMEOUT_MS = 10_000;

/**
 * The background work of betalingsutsettelse and avdrag. Every handler is idempotent: a request
 * already decided is left alone, and events carry the request id for receivers to de-duplicate.
 */
export function utsettelseJobber(
  deps: UtsettelseDeps,
  post: SignertPost = signertPost({ production: false }),
): Record<string, JobHandler<FakturaDb>> {
  return {
    [SPOR_FAGSYSTEM]: async (job, ctx) => {
      const { id } = payloadSchema.parse(job.payload);
      const lagret = await hentForesporsel(deps.db, id);
      if (lagret?.request.status !== "UNDER_BEHANDLING") return;
      const policy = await hentPolicy(deps.db, lagret.faktura.fiksOrgId);
      // The municipality stopped asking its invoicing system: the request waits for a person.
      if (!policy?.fagsystemBestemmer) return;
      const svar = await deps.fagsystem(policy, lagret.request, lagret.faktura);
      await ctx.complete((tx) => lagreSvar({ ...deps, now: ctx.now }, tx, policy, lagret.request, svar));
    },

    [VARSLE_BESLUTNING]: async (job, ctx) => {
      const { id } = payloadSchema.parse(job.payload);
      const lagret = await hentForesporsel(deps.db, id);
      if (!lagret) return;
      await varsle(lagret.faktura.fiksOrgId, ctx.now(), beslutningBody(lagret.request, lagret.faktura));
    },

    [VARSLE_KANSELLERING]: async (job, ctx) => {
      const { id, arsak } = kanselleringSchema.parse(job.payload);
      const lagret = await hentForesporsel(deps.db, id);
      if (!lagret?.faktura.avdragKansellert) return;
      await varsle(lagret.faktura.fiksOrgId, ctx.now(), kanselleringBody(lagret.request, lagret.faktura, arsak));
    },
  };

  /** Posts a signed event to the municipality's webhook; nothing when it has none. Throws to retry. */
  async function varsle(fiksOrgId: string, na: Date, body: string): Promise<void> {
    const policy = await hentPolicy(deps.db, fiksOrgId);
    if (!policy?.webhookUrl || !policy.hemmelighet) return;
    const response = await post(policy.webhookUrl, {
      headers: signerteHeadere(policy.hemmelighet, body, na),
      body,
      timeoutMs: VARSEL_TIMEOUT_MS,
    });
    if (response.status < 200 || response.status > 299) throw new Error(`The webhook answered ${response.status}`);
  }
}
