// The fiksOrgIds of OSLO and TRONDHEIM (index.ts), written out because index.ts re-exports this
// module and reading them from there would be an import cycle; the demo-data test checks they agree.
const OSLO_FIKS_ORG_ID = "0a5e2a6f-53f1-4a8a-9f4c-2f0c3a1d0301";
const TRONDHEIM_FIKS_ORG_ID = "5d1c7b2e-8e0a-4b43-a0de-7a6f1c9e5001";

/** Who a municipal service is for (KS kommunaltjenesteV1 rettetMot). */
export type RettetMot = "PERSON" | "ORGANISASJON" | "PERSON_OG_ORGANISASJON";

/** A municipal service link as KS kommunaltjenesteV1 describes it, with the municipality offering it. */
export interface DemoKommunalTjeneste {
  tjenesteId: string;
  fiksOrgId: string;
  tittel: string;
  lenke: string;
  rettetMot: RettetMot;
  favoritt: boolean;
}

const oslo = (n: number, t: Omit<DemoKommunalTjeneste, "tjenesteId" | "fiksOrgId">): DemoKommunalTjeneste => ({
  tjenesteId: `7e0e0301-0000-4000-8000-${String(n).padStart(12, "0")}`,
  fiksOrgId: OSLO_FIKS_ORG_ID,
  ...t,
});
const trondheim = (n: number, t: Omit<DemoKommunalTjeneste, "tjenesteId" | "fiksOrgId">): DemoKommunalTjeneste => ({
  tjenesteId: `7e0e5001-0000-4000-8000-${String(n).padStart(12, "0")}`,
  fiksOrgId: TRONDHEIM_FIKS_ORG_ID,
  ...t,
});

/** The demo municipalities' service links, pointing at their own sites; a few are for businesses only. */
export const DEMO_KOMMUNALE_TJENESTER: readonly DemoKommunalTjeneste[] = [
  oslo(1, {
    tittel: "Søk barnehageplass",
    lenke: "https://www.oslo.kommune.no/barnehage/sok-barnehageplass/",
    rettetMot: "PERSON",
    favoritt: true,
  }),
  oslo(2, {
    tittel: "Eiendomsskatt",
    lenke: "https://www.oslo.kommune.no/skatt-og-naring/eiendomsskatt/",
    rettetMot: "PERSON_OG_ORGANISASJON",
    favoritt: true,
  }),
  oslo(3, {
    tittel: "Beboerparkering",
    lenke: "https://www.oslo.kommune.no/gate-transport-og-parkering/parkering/beboerparkering/",
    rettetMot: "PERSON",
    favoritt: false,
  }),
  oslo(4, {
    tittel: "Avfall og gjenvinning",
    lenke: "https://www.oslo.kommune.no/avfall-og-gjenvinning/",
    rettetMot: "PERSON",
    favoritt: false,
  }),
  oslo(5, {
    tittel: "Salgs- og skjenkebevilling",
    lenke: "https://www.oslo.kommune.no/skatt-og-naring/salgs-og-skjenkebevilling/",
    rettetMot: "ORGANISASJON",
    favoritt: false,
  }),
  trondheim(1, {
    tittel: "Søk plass i SFO",
    lenke: "https://www.trondheim.kommune.no/tema/skole-og-utdanning/sfo/",
    rettetMot: "PERSON",
    favoritt: true,
  }),
  trondheim(2, {
    tittel: "Byggesak",
    lenke: "https://www.trondheim.kommune.no/byggesak/",
    rettetMot: "PERSON_OG_ORGANISASJON",
    favoritt: true,
  }),
  trondheim(3, {
    tittel: "Kommunale avgifter",
    lenke: "https://www.trondheim.kommune.no/tema/bygg-kart-og-eiendom/kommunale-avgifter/",
    rettetMot: "PERSON_OG_ORGANISASJON",
    favoritt: false,
  }),
  trondheim(4, {
    tittel: "Helse og omsorg",
    lenke: "https://www.trondheim.kommune.no/tema/helse-og-omsorg/",
    rettetMot: "PERSON",
    favoritt: false,
  }),
  trondheim(5, {
    tittel: "Serverings- og skjenkebevilling",
    lenke: "https://www.trondheim.kommune.no/tema/naringsliv/",
    rettetMot: "ORGANISASJON",
    favoritt: false,
  }),
];
