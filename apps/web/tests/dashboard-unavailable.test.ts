import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DashboardUnavailable } from "../src/components/dashboard/dashboard-unavailable.tsx";
import type { Locale } from "../src/i18n/locales.ts";
import { translator } from "../src/i18n/t.ts";

const render = (locale: Locale) => renderToStaticMarkup(createElement(DashboardUnavailable, { t: translator(locale) }));

describe("DashboardUnavailable (the front page without `meg`: Innsyn or the gateway down)", () => {
  it("is one notice with a heading, naming every missing part, and a plain link to try again", () => {
    const html = render("nb");
    expect(html.match(/ds-alert/g)).toHaveLength(1);
    expect(html).toMatch(/<h2[^>]*>Vi får ikke hentet oversikten din akkurat nå<\/h2>/);
    expect(html).toContain("Brevene, sakene, oppgavene og fakturaene dine og kommunens tjenester kan ikke vises");
    expect(html).toMatch(/<a [^>]*href="\/"[^>]*>Prøv igjen<\/a>/);
  });

  it("speaks the citizen's language", () => {
    expect(render("nn")).toContain("Vi får ikkje henta oversikta di akkurat no");
    expect(render("en")).toContain("We cannot fetch your overview right now");
    expect(render("en")).toMatch(/>Try again<\/a>/);
  });
});
