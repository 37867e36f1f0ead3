import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Kontaktinformasjon } from "../src/components/profil/kontaktinformasjon.tsx";
import { translator } from "../src/i18n/t.ts";
import type { MegResult } from "../src/lib/meg-query.ts";

type Krr = Parameters<typeof Kontaktinformasjon>[0]["krr"];

const aktiv = { epostadresse: "kari@example.com", mobiltelefonnummer: null, reservert: false, status: "AKTIV" };

function render(krr: Krr, locale: "nb" | "en" = "nb"): string {
  return renderToStaticMarkup(createElement(Kontaktinformasjon, { krr, t: translator(locale) }));
}

const ok = (kontaktinformasjon: typeof aktiv | null): Krr => ({ status: "ok", meg: { kontaktinformasjon } });

describe("Kontaktinformasjon", () => {
  it("lists e-mail, mobile (or that none is registered) and the reservation", () => {
    const html = render(ok(aktiv));
    expect(html).toContain("<dd>kari@example.com</dd><dt>Mobilnummer</dt><dd>Ikke registrert</dd>");
    expect(html).toContain("<dt>Reservert mot digital kontakt</dt><dd>Nei</dd>");
    expect(html).not.toContain("Du har reservert deg");
  });

  it("explains what a reservation means", () => {
    const html = render(ok({ ...aktiv, reservert: true }), "en");
    expect(html).toContain("<dd>Yes</dd>");
    expect(html).toContain("You have opted out of digital contact");
  });

  it("says the citizen is not registered when KRR has no active record", () => {
    expect(render(ok(null))).toContain("Du er ikke registrert i Kontakt- og reservasjonsregisteret.");
    expect(render(ok({ ...aktiv, status: "SLETTET" }))).toContain("Du er ikke registrert");
  });

  it("says KRR is unavailable rather than showing nothing", () => {
    const unavailable: MegResult<never> = { status: "unavailable" };
    expect(render(unavailable)).toContain("Vi får ikke hentet kontaktinformasjonen din");
  });
});
