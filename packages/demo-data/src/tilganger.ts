/**
 * The demo access fixtures: which organisations and properties the demo persons hold rights to,
 * as Altinn and Matrikkel would report them. Every subgraph's fixture access source reads these,
 * so a co-owner sees the same property in Innsyn and in Faktura.
 *
 * Person ids are written out (not imported from index.ts, which re-exports this file):
 * Kari 12858510048, Ola 02927810150, Ingrid 15849010260, Jonas 31836510014.
 */

/** A synthetic property and the demo persons who own it. */
export interface DemoEiendom {
  /** `<kommunenr>-<gardsnr>/<bruksnr>/<festenr>/<seksjonsnr>`. */
  matrikkelnummer: string;
  adresse: string;
  /** Person ids of the owners; every co-owner has the same rights to the property. */
  eiere: readonly string[];
}

/** Rights a demo person holds beyond their own person id. */
export interface DemoTilgang {
  pid: string;
  /** Organisasjonsnumre where the person has the Altinn role post/arkiv. */
  organisasjoner: readonly string[];
  /** Matrikkelnumre of the properties the person owns or co-owns. */
  matrikkelenheter: readonly string[];
}

/**
 * Ingrid and Jonas co-own a house in Trondheim (its property-tax invoice reaches both); Kari and
 * Ola co-own a flat in Oslo; Kari also owns the Trondheim property her byggesak is about.
 */
export const DEMO_EIENDOMMER: readonly DemoEiendom[] = [
  {
    matrikkelnummer: "5001-412/77/0/0",
    adresse: "Kongsgårdsgata 12, Trondheim",
    eiere: ["15849010260", "31836510014"],
  },
  {
    matrikkelnummer: "0301-208/133/0/4",
    adresse: "Thorvald Meyers gate 40 H0201, Oslo",
    eiere: ["12858510048", "02927810150"],
  },
  { matrikkelnummer: "5001-402/17/0/0", adresse: "Munkegata 12, Trondheim", eiere: ["12858510048"] },
];

/** Kari runs a small company (orgnr 310000035) and receives its post. */
const ORGANISASJONSROLLER: Readonly<Record<string, readonly string[]>> = {
  "12858510048": ["310000035"],
};

const PERSONER = ["12858510048", "02927810150", "15849010260", "31836510014"] as const;

/** Each demo person's rights, derived from the properties and roles above. */
export const DEMO_TILGANGER: readonly DemoTilgang[] = PERSONER.map((pid) => ({
  pid,
  organisasjoner: ORGANISASJONSROLLER[pid] ?? [],
  matrikkelenheter: DEMO_EIENDOMMER.filter((e) => e.eiere.includes(pid)).map((e) => e.matrikkelnummer),
}));
