import { z } from "zod";
import { type Feil, ugyldig } from "./feilmelding.ts";

/**
 * The `metadata` part as Fiks Dokumentlager's DokumentMetadataUpload spells it. `ttl` is the
 * lifetime in milliseconds. `eksponertFor` is accepted so existing Fiks clients work unchanged,
 * but grants nothing here: who may download follows from the meldinger that link to the document.
 * Other unknown fields are ignored for the same reason.
 */
const metadataSchema = z.object({
  dokumentnavn: z.string().trim().min(1, "dokumentnavn kan ikke være tomt").max(255, "dokumentnavn er for langt"),
  mimetype: z.string().trim().min(1, "mimetype mangler"),
  sikkerhetsniva: z.union([z.literal(3), z.literal(4)], { error: "sikkerhetsniva må være 3 eller 4" }),
  ttl: z.int("ttl må være et heltall (millisekunder)").positive("ttl må være positiv").nullish(),
  tilgjengeligTil: z.iso.datetime({ offset: true, message: "tilgjengeligTil må være et ISO 8601-tidspunkt" }).nullish(),
  korrelasjonsid: z
    .string()
    .max(100, "korrelasjonsid er for lang")
    .regex(/^[A-Za-z0-9-]+$/, "korrelasjonsid kan bare inneholde bokstaver A–Z, tall og bindestrek")
    .nullish(),
  eksponertFor: z.array(z.unknown()).nullish(),
});

/** Validated upload metadata. */
export interface Opplastingsmetadata {
  dokumentnavn: string;
  mimetype: string;
  sikkerhetsniva: 3 | 4;
  korrelasjonsid: string | null;
  tilgjengeligTil: Date | null;
}

/** Parses and checks the metadata part; a refusal names the offending metadata field (or `metadata`). */
export function lesMetadata(raw: Buffer, naa: Date): Opplastingsmetadata | Feil {
  let json: unknown;
  try {
    json = JSON.parse(raw.toString("utf8"));
  } catch {
    return ugyldig("metadata", "metadata er ikke gyldig JSON");
  }
  const parsed = metadataSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const felt = issue?.path.length ? issue.path.join(".") : "metadata";
    return ugyldig(felt, issue?.message ?? "Ugyldig metadata");
  }
  const m = parsed.data;
  if (m.ttl != null && m.tilgjengeligTil != null) {
    return ugyldig("ttl", "Bare én av ttl og tilgjengeligTil kan være satt");
  }
  const tilgjengeligTil =
    m.ttl != null ? new Date(naa.getTime() + m.ttl) : m.tilgjengeligTil ? new Date(m.tilgjengeligTil) : null;
  if (tilgjengeligTil && (Number.isNaN(tilgjengeligTil.getTime()) || tilgjengeligTil <= naa)) {
    return ugyldig(m.ttl != null ? "ttl" : "tilgjengeligTil", "Tidspunktet må ligge fram i tid");
  }
  return {
    dokumentnavn: m.dokumentnavn,
    mimetype: m.mimetype,
    sikkerhetsniva: m.sikkerhetsniva,
    korrelasjonsid: m.korrelasjonsid ?? null,
    tilgjengeligTil,
  };
}
