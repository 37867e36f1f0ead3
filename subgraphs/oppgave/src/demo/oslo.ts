import { INGRID, KARI, OLA, OSLO } from "@minkommune/demo-data";
import { type DemoKommuneOppgaver, demoIntegrasjonId, demoOppgaveId } from "./demo-oppgave.ts";

const id = (nr: number) => demoOppgaveId(OSLO.kommunenummer, nr);

/** Oslo's demo oppgaver: ALL shared by Kari (done) and Ola (not), overdue, done, no frist. */
export const OSLO_OPPGAVER: DemoKommuneOppgaver = {
  kommune: OSLO,
  integrasjonId: demoIntegrasjonId(OSLO),
  oppgaver: [
    {
      id: id(1),
      tittel: "Gi samtykke til deling av skoledata",
      beskrivelse:
        "Skolen ber begge foresatte om samtykke til at karakterer og fravær deles med den nye skolen ved skolebytte.",
      handling: "Gi samtykke",
      url: "https://www.oslo.kommune.no/skole-og-utdanning/samtykke/",
      fristOmDager: 14,
      utfortKriterie: "ALL",
      sprak: "nb",
      purringIntervallDager: 7,
      mottakere: [
        { pid: KARI.pid, status: "FULLFORT" },
        { pid: OLA.pid, status: "NY" },
      ],
    },
    {
      id: id(2),
      tittel: "Bekreft plass i SFO",
      beskrivelse: "Barnet ditt har fått plass i SFO fra skolestart. Bekreft plassen for å beholde den.",
      handling: "Bekreft plass",
      url: "https://www.oslo.kommune.no/skole-og-utdanning/aks/",
      fristOmDager: 7,
      utfortKriterie: "ANY",
      sprak: "nb",
      mottakere: [{ pid: KARI.pid, status: "NY" }],
    },
    {
      id: id(3),
      tittel: "Last opp dokumentasjon for bostøtte",
      beskrivelse: "Vi mangler lønnsslipper for de tre siste månedene for å behandle søknaden din om bostøtte.",
      handling: "Last opp dokumenter",
      url: "https://www.oslo.kommune.no/sosiale-tjenester/bostotte/",
      fristOmDager: -5,
      utfortKriterie: "ANY",
      sprak: "nb",
      purringIntervallDager: 3,
      mottakere: [{ pid: KARI.pid, status: "NY" }],
    },
    {
      id: id(4),
      tittel: "Signer avtale om barnehageplass",
      beskrivelse: "Avtalen om barnehageplass må signeres før oppstart.",
      handling: "Signer avtalen",
      url: "https://www.oslo.kommune.no/barnehage/",
      fristOmDager: -20,
      utfortKriterie: "ANY",
      sprak: "nb",
      mottakere: [{ pid: KARI.pid, status: "FULLFORT" }],
    },
    {
      id: id(5),
      tittel: "Svar på brukerundersøkelse om renovasjon",
      beskrivelse: "Hjelp oss å gjøre avfallshentingen bedre. Undersøkelsen tar om lag fem minutter.",
      handling: "Svar på undersøkelsen",
      url: "https://www.oslo.kommune.no/avfall-og-gjenvinning/",
      fristOmDager: null,
      utfortKriterie: "ANY",
      mottakere: [{ pid: KARI.pid, status: "NY" }],
    },
    {
      id: id(6),
      tittel: "Bestill time til vaksinasjon",
      beskrivelse: "Du får tilbud om influensavaksine. Velg et tidspunkt som passer deg.",
      handling: "Bestill time",
      url: "https://www.oslo.kommune.no/helse-og-omsorg/vaksinasjon/",
      fristOmDager: 21,
      utfortKriterie: "ANY",
      sprak: "nb",
      mottakere: [{ pid: INGRID.pid, status: "NY" }],
    },
  ],
};
