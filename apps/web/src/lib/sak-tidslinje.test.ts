import { describe, expect, it } from "vitest";
import { sakTidslinje } from "./sak-tidslinje.ts";

const milepel = (navn: string, startdato: string, sluttdato: string | null = null) => ({
  navn,
  startdato,
  sluttdato,
  beskrivelse: null,
});
const journalpost = (tittel: string, journaldato: string | null, sorteringDato = "2026-01-01T00:00:00Z") => ({
  meldingId: tittel,
  tittel,
  journalposttype: "I",
  journaldato,
  sorteringDato,
  beskrivelse: null,
  dokumenter: [],
});

describe("sakTidslinje", () => {
  it("merges milestones and journalposter oldest first, a milestone before a journalpost at the same instant", () => {
    const linje = sakTidslinje(
      [
        milepel("Under behandling", "2026-08-31T08:00:00Z"),
        milepel("Søknad mottatt", "2026-08-30T08:00:00Z", "2026-08-30T08:00:00Z"),
      ],
      [journalpost("Uttalelse", "2026-09-10T08:00:00Z"), journalpost("Søknad", "2026-08-30T08:00:00+00:00")],
      "Under behandling",
    );
    expect(linje.map((h) => (h.type === "milepel" ? h.milepel.navn : h.journalpost.tittel))).toEqual([
      "Søknad mottatt",
      "Søknad",
      "Under behandling",
      "Uttalelse",
    ]);
  });

  it("marks only the open current milestone, and dates a journalpost without journaldato by its sort date", () => {
    const linje = sakTidslinje(
      [
        milepel("Søknad mottatt", "2026-08-30T08:00:00Z", "2026-08-30T08:00:00Z"),
        milepel("Under behandling", "2026-08-31T08:00:00Z"),
      ],
      [journalpost("Notat", null, "2026-08-29T08:00:00Z")],
      "Under behandling",
    );
    expect(linje[0]).toMatchObject({ type: "journalpost", tidspunkt: "2026-08-29T08:00:00Z" });
    expect(linje.filter((h) => h.type === "milepel" && h.navaerende)).toHaveLength(1);
    expect(linje[2]).toMatchObject({ type: "milepel", navaerende: true });
  });
});
