import { createJobQueue } from "@minkommune/jobs";
import { z } from "zod";
import { job } from "./tables.ts";

/** The Oppgave subgraph's queue. */
export const queue = createJobQueue(job);

/** One reminder round of one oppgave: fans out into batches and schedules the next round. */
export const RUNDE = "purring.runde";
/** Reminders for one slice of an oppgave's recipients, by person id range. */
export const BUNKE = "purring.bunke";

/** Payload of a round job. */
export const rundePayload = z.object({ oppgaveId: z.uuid(), runde: z.int().min(1) });
export type RundePayload = z.infer<typeof rundePayload>;

/** Payload of a batch job: recipients with fra <= person id <= til. */
export const bunkePayload = rundePayload.extend({ fra: z.string(), til: z.string() });
export type BunkePayload = z.infer<typeof bunkePayload>;

/**
 * Claims before a reminder job is given up: with the default backoff (10 s doubling to 1 h),
 * about two and a half hours in which an SMTP server or KRR may be down without losing a round.
 */
export const MAKS_FORSOK = 10;

/** One round job per oppgave and round, however often it is scheduled. */
export const rundeNokkel = (p: RundePayload) => `purring:${p.oppgaveId}:${p.runde}`;
export const bunkeNokkel = (p: RundePayload, indeks: number) => `purring:${p.oppgaveId}:${p.runde}:bunke:${indeks}`;
