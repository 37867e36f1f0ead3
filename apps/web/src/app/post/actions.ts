"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { env } from "../../env.ts";
import { MarkerForsendelseLestDocument, MarkerMeldingerDocument } from "../../generated/graphql.ts";
import { executeGateway } from "../../lib/gateway.ts";
import { readIdportenSession } from "../../lib/idporten-session.ts";
import { HANDLING_VARIABLER, parseMeldingHandling } from "../../lib/melding-handling.ts";
import { returnPath } from "../../lib/navigation.ts";
import { parseMarkering, withStatus } from "../../lib/post-markering.ts";

/**
 * Marks a letter read or unread from a plain form (works without JavaScript), then sends the
 * browser back to the list it came from (post/redirect/get) with the outcome in `status`.
 */
export async function markerForsendelse(formData: FormData): Promise<void> {
  const back = returnPath((await headers()).get("referer"), env().AUTH_URL);
  const target = back.startsWith("/post") ? back : "/post";
  const session = await readIdportenSession();
  if (session.status !== "active") redirect("/");
  const markering = parseMarkering(formData);
  if (!markering) redirect(withStatus(target, "feil"));
  const result = await executeGateway(MarkerForsendelseLestDocument, markering, session.tokens.accessToken);
  if (!result.ok && result.error.kind === "unauthenticated") redirect("/");
  const done = result.ok && result.data.markerForsendelseLest?.lest === markering.lest;
  redirect(withStatus(target, done ? (markering.lest ? "lest" : "ulest") : "feil"));
}

/**
 * Reads, unreads, archives or restores letters: one from its own page, or every checked box of
 * the bulk form on /post. A plain form post (works without JavaScript); all or nothing at
 * Innsyn. Back to the page it came from with the outcome and how many letters changed.
 */
export async function markerMeldinger(formData: FormData): Promise<void> {
  const back = returnPath((await headers()).get("referer"), env().AUTH_URL);
  const target = back.startsWith("/post") ? back : "/post";
  const session = await readIdportenSession();
  if (session.status !== "active") redirect("/");
  const parsed = parseMeldingHandling(formData);
  if (parsed === "ingenValgt") redirect(withStatus(target, "ingenValgt"));
  if (!parsed) redirect(withStatus(target, "feil"));
  const variables = { meldingIder: parsed.meldingIder, ...HANDLING_VARIABLER[parsed.handling] };
  const result = await executeGateway(MarkerMeldingerDocument, variables, session.tokens.accessToken);
  if (!result.ok && result.error.kind === "unauthenticated") redirect("/");
  const changed = result.ok && result.errors.length === 0 ? (result.data.markerMeldinger?.length ?? 0) : 0;
  if (changed === 0) redirect(withStatus(target, "feil"));
  redirect(withStatus(target, parsed.handling, parsed.meldingIder.length > 1 ? changed : undefined));
}
