CREATE TABLE "innsyn"."kommunal_tjeneste" (
	"tjeneste_id" uuid PRIMARY KEY NOT NULL,
	"fiks_org_id" uuid NOT NULL,
	"tittel" text NOT NULL,
	"lenke" text NOT NULL,
	"rettet_mot" text NOT NULL,
	"favoritt" boolean DEFAULT false NOT NULL,
	CONSTRAINT "kommunal_tjeneste_rettet_mot_check" CHECK ("innsyn"."kommunal_tjeneste"."rettet_mot" in ('PERSON', 'ORGANISASJON', 'PERSON_OG_ORGANISASJON')),
	CONSTRAINT "kommunal_tjeneste_lenke_check" CHECK ("innsyn"."kommunal_tjeneste"."lenke" ~ '^https://')
);
--> statement-breakpoint
ALTER TABLE "innsyn"."kommunal_tjeneste" ADD CONSTRAINT "kommunal_tjeneste_fiks_org_id_kommune_fiks_org_id_fk" FOREIGN KEY ("fiks_org_id") REFERENCES "innsyn"."kommune"("fiks_org_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kommunal_tjeneste_kommune_idx" ON "innsyn"."kommunal_tjeneste" USING btree ("fiks_org_id");