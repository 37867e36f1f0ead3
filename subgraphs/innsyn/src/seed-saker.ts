import type { Database } from "@minkommune/db";
import { DEMO_INTEGRASJONER, KARI, OSLO, TRONDHEIM } from "@minkommune/demo-data";
import { lagreMeldinger } from "./db/indeksering.ts";
import type { InnsynSchema } from "./db/schema.ts";
import { type IndexMeldingV2, validateBatch } from "./domain/index-melding.ts";

/** Fixed ids make the seed idempotent: a second run overwrites the same meldinger. */
const id = (n: number) => `5a4e0000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const base64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64");

const BYGGESAK = id(1);

/** A byggesak exposed to Kari's property, two journalposter under it (one at level 4), and a form from her company. */
const TRONDHEIM_SAKER: IndexMeldingV2[] = [
  {
    meldingId: BYGGESAK,
    sikkerhetsniva: 3,
    eksponertFor: { identifikatorType: "MATRIKKELNUMMER", verdi: "5001-402/17/0/0" },
    fiksOrganisasjonId: TRONDHEIM.fiksOrgId,
    eksternRef: "sakogarkiv.byggesak",
    versjon: "MAPPE_V1",
    meldingMetadata: base64({
      type: "BYGGESAK",
      tittel: "Byggesak: tilbygg, Munkegata 12",
      mappeId: "2026/1234",
      beskrivelse: "Søknad om tillatelse til tilbygg på enebolig",
      saksdato: "2026-08-30T08:00:00+00:00",
      sistOppdatert: "2026-09-14T10:45:00+00:00",
      saksansvarlig: "Per Saksbehandler",
      minPart: { type: "PERSON", rolle: "Tiltakshaver", navn: "Kari Nordmann" },
      andreParter: [{ type: "ORGANISASJON", rolle: "Ansvarlig søker", navn: "Byggmester Bygg AS" }],
      milepeler: [
        { navn: "Søknad mottatt", startdato: "2026-08-30T08:00:00+00:00", sluttdato: "2026-08-30T08:00:00+00:00" },
        { navn: "Under behandling", startdato: "2026-08-31T08:00:00+00:00" },
      ],
      navaerendeMilepel: { navn: "Under behandling", startdato: "2026-08-31T08:00:00+00:00" },
      eiendommer: [
        {
          matrikkel: { kommunenummer: "5001", gardsnummer: "402", bruksnummer: "17" },
          adresse: { adresselinje1: "Munkegata 12", postnummer: "7011", poststed: "Trondheim" },
        },
      ],
    }),
  },
  {
    meldingId: id(2),
    sikkerhetsniva: 3,
    eksponertFor: { identifikatorType: "MATRIKKELNUMMER", verdi: "5001-402/17/0/0" },
    fiksOrganisasjonId: TRONDHEIM.fiksOrgId,
    eksternRef: "sakogarkiv.byggesak",
    versjon: "JOURNALPOST_V1",
    meldingMetadata: base64({
      journalposttype: "I",
      tittel: "Søknad om tillatelse til tiltak",
      journaldato: "2026-08-30T08:00:00+00:00",
      journalpostnummer: 1,
      journalaar: 2026,
      korrespondanseparter: [{ navn: "Byggmester Bygg AS", korrespondanseparttype: "EA" }],
      dokumenter: [{ filnavn: "soknad.pdf", mimeType: "application/pdf", tittel: "Byggesøknaden", storrelse: 20480 }],
      forelder: { meldingId: BYGGESAK, type: "mappe" },
    }),
  },
  {
    meldingId: id(3),
    sikkerhetsniva: 4,
    eksponertFor: { identifikatorType: "MATRIKKELNUMMER", verdi: "5001-402/17/0/0" },
    fiksOrganisasjonId: TRONDHEIM.fiksOrgId,
    eksternRef: "sakogarkiv.byggesak",
    versjon: "JOURNALPOST_V1",
    meldingMetadata: base64({
      journalposttype: "U",
      tittel: "Uttalelse fra nabo",
      journaldato: "2026-09-10T08:00:00+00:00",
      forelder: { meldingId: BYGGESAK, type: "mappe" },
    }),
  },
];

const OSLO_SKJEMA: IndexMeldingV2[] = [
  {
    meldingId: id(4),
    sikkerhetsniva: 3,
    eksponertFor: { identifikatorType: "ORGANISASJONSNUMMER", verdi: "310000035" },
    fiksOrganisasjonId: OSLO.fiksOrgId,
    versjon: "INNSENDT_SKJEMA_V1",
    meldingMetadata: base64({
      tittel: "Søknad om skjenkebevilling",
      mottaker: "Oslo kommune, Næringsetaten",
      avsender: "Nordmann Kafé AS",
      innsendtdato: Date.parse("2026-10-20T12:00:00Z"),
      skjemafil: {
        nedlastingslenke: "https://skjema.example/kvittering.pdf",
        filnavn: "kvittering.pdf",
        mimeType: "application/pdf",
        size: 12000,
      },
    }),
  },
  {
    meldingId: id(5),
    sikkerhetsniva: 3,
    eksponertFor: { identifikatorType: "FODSELSNUMMER", verdi: KARI.pid },
    fiksOrganisasjonId: OSLO.fiksOrgId,
    versjon: "SKJEMAKLADD_V1",
    meldingMetadata: base64({
      tittel: "Søknad om parkeringstillatelse",
      mottaker: "Oslo kommune, Bymiljøetaten",
      endretDato: Date.parse("2026-11-05T18:30:00Z"),
      url: "https://skjema.example/kladd/42",
    }),
  },
];

async function index(db: Database<InnsynSchema>, fiksOrgId: string, meldinger: IndexMeldingV2[]) {
  const integrasjon = DEMO_INTEGRASJONER.find((i) => i.fiksOrgId === fiksOrgId);
  if (!integrasjon) throw new Error(`No demo integration for ${fiksOrgId}`);
  const checked = validateBatch(meldinger);
  if (!checked.ok) throw new Error(`Demo meldinger are invalid: ${JSON.stringify(checked.ugyldige)}`);
  await lagreMeldinger(db, integrasjon.integrasjonId, checked.meldinger);
}

/** Indexes the demo case folders and forms through the same checks a fagsystem's batch meets. */
export async function seedSaker(db: Database<InnsynSchema>): Promise<void> {
  await index(db, TRONDHEIM.fiksOrgId, TRONDHEIM_SAKER);
  await index(db, OSLO.fiksOrgId, OSLO_SKJEMA);
}
