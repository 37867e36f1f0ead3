import { JONAS, KARI, OLA, TRONDHEIM } from "@minkommune/demo-data";
import { type DemoKommuneOppgaver, demoIntegrasjonId, demoOppgaveId } from "./demo-oppgave.ts";

const id = (nr: number) => demoOppgaveId(TRONDHEIM.kommunenummer, nr);

/** Trondheim's demo oppgaver: the same situations as Oslo's, one of them in nynorsk. */
export const TRONDHEIM_OPPGAVER: DemoKommuneOppgaver = {
  kommune: TRONDHEIM,
  integrasjonId: demoIntegrasjonId(TRONDHEIM),
  oppgaver: [
    {
      id: id(1),
      tittel: "Godkjenn søknad om skoleskyss",
      beskrivelse: "Søknaden om skoleskyss for skoleåret må godkjennes av begge foresatte før den behandles.",
      handling: "Godkjenn søknaden",
      url: "https://www.trondheim.kommune.no/tema/skole/skoleskyss/",
      fristOmDager: 10,
      utfortKriterie: "ALL",
      sprak: "nb",
      mottakere: [
        { pid: KARI.pid, status: "FULLFORT" },
        { pid: OLA.pid, status: "NY" },
      ],
    },
    {
      id: id(2),
      tittel: "Bekreft oppstart i kulturskolen",
      beskrivelse: "Barnet ditt har fått plass på fiolin i kulturskolen. Bekreft at plassen skal tas i bruk.",
      handling: "Bekreft oppstart",
      url: "https://www.trondheim.kommune.no/kulturskolen/",
      fristOmDager: 21,
      utfortKriterie: "ANY",
      sprak: "nb",
      mottakere: [{ pid: KARI.pid, status: "NY" }],
    },
    {
      id: id(3),
      tittel: "Fyll ut egenerklæring for startlån",
      beskrivelse: "For å behandle søknaden om startlån trenger vi en egenerklæring om økonomi og gjeld.",
      handling: "Fyll ut skjema",
      url: "https://www.trondheim.kommune.no/tema/bolig/startlan/",
      fristOmDager: -3,
      utfortKriterie: "ANY",
      sprak: "nb",
      purringIntervallDager: 2,
      mottakere: [{ pid: KARI.pid, status: "NY" }],
    },
    {
      id: id(4),
      tittel: "Bekreft mottatt parkeringstillatelse",
      beskrivelse: "Bekreft at du har mottatt parkeringstillatelsen for forflytningshemmede.",
      handling: "Bekreft mottak",
      url: "https://www.trondheim.kommune.no/tema/veg-vann-avlop/parkering/",
      fristOmDager: -30,
      utfortKriterie: "ANY",
      sprak: "nb",
      mottakere: [{ pid: KARI.pid, status: "FULLFORT" }],
    },
    {
      id: id(5),
      tittel: "Svar på innbyggjarundersøkinga 2026",
      beskrivelse: "Kva meiner du om tenestene til kommunen? Svara dine hjelper oss å bli betre.",
      handling: "Svar no",
      url: "https://www.trondheim.kommune.no/innbyggerundersokelse/",
      fristOmDager: null,
      utfortKriterie: "ANY",
      sprak: "nn",
      mottakere: [{ pid: KARI.pid, status: "NY" }],
    },
    {
      id: id(6),
      tittel: "Oppdater kontaktinformasjon for varsling",
      beskrivelse: "Kommunen varsler om vannbrudd og stengte veier på SMS. Sjekk at telefonnummeret ditt stemmer.",
      handling: "Oppdater kontaktinformasjon",
      url: "https://www.trondheim.kommune.no/varsling/",
      fristOmDager: 45,
      utfortKriterie: "ANY",
      sprak: "nb",
      mottakere: [{ pid: JONAS.pid, status: "NY" }],
    },
  ],
};
