-- Read state moves from lesestatus (a row meant "read") to meldingsstatus (read, archived, first seen).
INSERT INTO "innsyn"."meldingsstatus" ("melding_id", "person_id", "lest_tidspunkt", "forst_sett")
SELECT "melding_id", "person_id", "lest_tidspunkt", "lest_tidspunkt" FROM "innsyn"."lesestatus"
ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- Letters indexed before metadata was kept whole get it rebuilt from their columns and stored documents.
UPDATE "innsyn"."melding" m SET
  "metadata" = jsonb_build_object(
    'tittel', m."tittel",
    'avsender', m."avsender",
    'sendtDato', (extract(epoch from m."sendt_dato") * 1000)::bigint,
    'lest', false,
    'dokumenter', coalesce((
      SELECT jsonb_agg(jsonb_build_object('tittel', d."tittel", 'mimeType', d."mime_type", 'size', d."size",
        'nedlastingLenke', '/dokumenter/' || d."dokument_id") ORDER BY d."rekkefolge")
      FROM "innsyn"."dokument" d WHERE d."melding_id" = m."melding_id"), '[]'::jsonb)
  ) || CASE WHEN m."svar_lenke" IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('svarLenke', m."svar_lenke") END,
  "sok_tekst" = coalesce(m."avsender", '')
WHERE m."metadata" = '{}'::jsonb;
--> statement-breakpoint
-- Trigram similarity for typo-tolerant search; PGlite loads the extension's code, this enables it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
