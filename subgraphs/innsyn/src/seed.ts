import type { Database } from "@minkommune/db";
import {
  DEMO_INTEGRASJONER,
  DEMO_KOMMUNALE_TJENESTER,
  DEMO_KOMMUNER,
  type DemoKommune,
  INGRID,
  KARI,
  minimalPdf,
  OLA,
  OSLO,
  TRONDHEIM,
} from "@minkommune/demo-data";
import {
  dokument,
  type InnsynSchema,
  kommunalTjeneste,
  kommune,
  melding,
  meldingDokument,
  meldingsstatus,
} from "./db/schema.ts";
import { skrivDokument } from "./dokumentlager/postgres-dokumentlager.ts";
import { seedSaker } from "./seed-saker.ts";

interface DemoBrev {
  id: number;
  kommune: DemoKommune;
  mottaker: string | "OFFENTLIG";
  niva: 3 | 4;
  tittel: string;
  avsender: string;
  sendt: string;
  lestAv?: string[];
}

const BREV: DemoBrev[] = [
  {
    id: 1,
    kommune: OSLO,
    mottaker: KARI.pid,
    niva: 3,
    tittel: "Vedtak om plass i barnehage",
    avsender: "Oslo kommune, Bydel Grünerløkka",
    sendt: "2026-11-18T09:12:00Z",
  },
  {
    id: 2,
    kommune: OSLO,
    mottaker: KARI.pid,
    niva: 3,
    tittel: "Varsel om eiendomsskatt 2027",
    avsender: "Oslo kommune, Eiendomsskattekontoret",
    sendt: "2026-10-02T07:30:00Z",
    lestAv: [KARI.pid],
  },
  {
    id: 3,
    kommune: OSLO,
    mottaker: KARI.pid,
    niva: 4,
    tittel: "Vedtak om helse- og omsorgstjenester",
    avsender: "Oslo kommune, Helseetaten",
    sendt: "2026-11-20T12:00:00Z",
  },
  {
    id: 4,
    kommune: TRONDHEIM,
    mottaker: KARI.pid,
    niva: 3,
    tittel: "Svar på byggesøknad, Munkegata 12",
    avsender: "Trondheim kommune, Byggesak",
    sendt: "2026-09-14T10:45:00Z",
  },
  {
    id: 5,
    kommune: TRONDHEIM,
    mottaker: OLA.pid,
    niva: 3,
    tittel: "Innkalling til foreldremøte",
    avsender: "Trondheim kommune, Kalvskinnet skole",
    sendt: "2026-11-10T08:00:00Z",
  },
  {
    id: 6,
    kommune: OSLO,
    mottaker: OLA.pid,
    niva: 3,
    tittel: "Kvittering for søknad om parkeringstillatelse",
    avsender: "Oslo kommune, Bymiljøetaten",
    sendt: "2026-08-21T13:20:00Z",
    lestAv: [OLA.pid],
  },
  {
    id: 7,
    kommune: OSLO,
    mottaker: INGRID.pid,
    niva: 3,
    tittel: "Vedtak om startlån",
    avsender: "Oslo kommune, Boligbygg",
    sendt: "2026-07-01T09:00:00Z",
  },
  {
    id: 8,
    kommune: TRONDHEIM,
    mottaker: "OFFENTLIG",
    niva: 3,
    tittel: "Informasjon om vannavstengning i Midtbyen",
    avsender: "Trondheim kommune, Kommunalteknikk",
    sendt: "2026-11-01T06:00:00Z",
  },
];

/** Fixed ids make the seed idempotent: a second run finds every row in place. */
const meldingId = (n: number) => `d0c5e11a-0000-4000-8000-${String(n).padStart(12, "0")}`;
const dokumentId = (n: number) => `d0c5e11a-0000-4000-9000-${String(n).padStart(12, "0")}`;

function integrasjonFor(fiksOrgId: string): string {
  const integrasjon = DEMO_INTEGRASJONER.find((i) => i.fiksOrgId === fiksOrgId);
  if (!integrasjon) throw new Error(`No demo integration for ${fiksOrgId}`);
  return integrasjon.integrasjonId;
}

const pdfFor = (brev: DemoBrev) => minimalPdf([brev.avsender, "", brev.tittel, "", `Sendt ${brev.sendt.slice(0, 10)}`]);

/** forsendelseV2 metadata as SvarUt would index it, pointing at the stored document. */
function metadataFor(brev: DemoBrev, size: number) {
  return {
    tittel: brev.tittel,
    avsender: brev.avsender,
    sendtDato: Date.parse(brev.sendt),
    lest: false,
    dokumenter: [
      { tittel: brev.tittel, mimeType: "application/pdf", size, nedlastingLenke: `/dokumenter/${dokumentId(brev.id)}` },
    ],
  };
}

/** Inserts the demo municipalities with their service links, letters (with real PDF documents) and case folders; safe on every start. */
export async function seedDemo(db: Database<InnsynSchema>): Promise<void> {
  const pdfs = new Map(BREV.map((brev) => [brev.id, pdfFor(brev)]));
  await db.transaction(async (tx) => {
    await tx
      .insert(kommune)
      .values(DEMO_KOMMUNER.map((k) => ({ ...k })))
      .onConflictDoNothing();
    await tx
      .insert(kommunalTjeneste)
      .values(DEMO_KOMMUNALE_TJENESTER.map((t) => ({ ...t })))
      .onConflictDoNothing();
    await tx
      .insert(melding)
      .values(
        BREV.map((brev) => ({
          meldingId: meldingId(brev.id),
          fiksOrgId: brev.kommune.fiksOrgId,
          integrasjonId: integrasjonFor(brev.kommune.fiksOrgId),
          versjon: "forsendelseV2",
          meldingType: "forsendelse",
          eksponertForType: brev.mottaker === "OFFENTLIG" ? ("OFFENTLIG" as const) : ("FODSELSNUMMER" as const),
          eksponertForVerdi: brev.mottaker === "OFFENTLIG" ? null : brev.mottaker,
          sikkerhetsniva: brev.niva,
          tittel: brev.tittel,
          avsender: brev.avsender,
          sendtDato: new Date(brev.sendt),
          metadata: metadataFor(brev, pdfs.get(brev.id)?.byteLength ?? 0),
          sokTekst: `${brev.avsender} ${brev.tittel}`,
        })),
      )
      .onConflictDoNothing();
    const lagrede = await tx.select({ id: dokument.dokumentId }).from(dokument);
    const finnes = new Set(lagrede.map((d) => d.id));
    for (const brev of BREV.filter((b) => !finnes.has(dokumentId(b.id)))) {
      await skrivDokument(tx, dokumentId(brev.id), pdfs.get(brev.id) ?? pdfFor(brev), {
        fiksOrgId: brev.kommune.fiksOrgId,
        integrasjonId: integrasjonFor(brev.kommune.fiksOrgId),
        dokumentnavn: brev.tittel,
        mimeType: "application/pdf",
        sikkerhetsniva: brev.niva,
        korrelasjonsid: null,
        tilgjengeligTil: null,
      });
    }
    await tx
      .insert(meldingDokument)
      .values(BREV.map((brev) => ({ meldingId: meldingId(brev.id), dokumentId: dokumentId(brev.id) })))
      .onConflictDoNothing();
    const lest = BREV.flatMap((brev) =>
      (brev.lestAv ?? []).map((personId) => ({
        meldingId: meldingId(brev.id),
        personId,
        lestTidspunkt: new Date(brev.sendt),
        forstSett: new Date(brev.sendt),
      })),
    );
    await tx.insert(meldingsstatus).values(lest).onConflictDoNothing();
  });
  await seedSaker(db);
}
