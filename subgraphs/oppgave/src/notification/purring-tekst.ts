import type { Purringsmelding, Sprak } from "./port.ts";

/** The subject and plain-text body of a reminder. */
export interface Tekst {
  emne: string;
  tekst: string;
}

interface Ord {
  emne: (tittel: string) => string;
  venter: (tittel: string) => string;
  frist: (dato: string) => string;
  hvorfor: string;
  svar: string;
}

const ORD: Record<"nb" | "nn" | "en", Ord> = {
  nb: {
    emne: (tittel) => `Påminnelse: ${tittel}`,
    venter: (tittel) => `Du har fortsatt en oppgave som venter på deg: ${tittel}`,
    frist: (dato) => `Fristen er ${dato}.`,
    hvorfor:
      "Du får denne påminnelsen fordi oppgaven ikke er fullført. Når den er fullført, får du ingen flere påminnelser.",
    svar: "Denne e-posten kan ikke besvares.",
  },
  nn: {
    emne: (tittel) => `Påminning: ${tittel}`,
    venter: (tittel) => `Du har framleis ei oppgåve som ventar på deg: ${tittel}`,
    frist: (dato) => `Fristen er ${dato}.`,
    hvorfor:
      "Du får denne påminninga fordi oppgåva ikkje er fullført. Når ho er fullført, får du ingen fleire påminningar.",
    svar: "Denne e-posten kan ikkje svarast på.",
  },
  en: {
    emne: (tittel) => `Reminder: ${tittel}`,
    venter: (tittel) => `You still have a task waiting for you: ${tittel}`,
    frist: (dato) => `The deadline is ${dato}.`,
    hvorfor: "You receive this reminder because the task is not completed. Once it is, you will get no more reminders.",
    svar: "This e-mail cannot be replied to.",
  },
};

// No reviewed Northern Sami text exists yet, so "se" falls back to Bokmål, as an unset sprak does.
const ordFor = (sprak: Sprak | null): Ord => (sprak === "nn" || sprak === "en" ? ORD[sprak] : ORD.nb);

/** 2026-09-01 → 01.09.2026: the Norwegian numeric form, used in every language so no month names need translating. */
const dato = (frist: string) => frist.split("-").reverse().join(".");

/** The reminder text in the oppgave's language, with the link the citizen follows. */
export function purringTekst(oppgave: Purringsmelding["oppgave"]): Tekst {
  const ord = ordFor(oppgave.sprak);
  const linjer = [ord.venter(oppgave.tittel), ""];
  if (oppgave.frist) linjer.push(ord.frist(dato(oppgave.frist)), "");
  linjer.push(`${oppgave.handling}: ${oppgave.url}`, "", ord.hvorfor, "", ord.svar);
  return { emne: ord.emne(oppgave.tittel), tekst: `${linjer.join("\n")}\n` };
}
