import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import ErrorPage from "../src/app/error.tsx";
import { ErrorTextsProvider } from "../src/components/error-texts.tsx";
import { translator } from "../src/i18n/t.ts";

/** The error page as the root layout wraps it, with the layout's texts for one language. */
function renderIn(locale: "nb" | "nn" | "en"): string {
  const t = translator(locale);
  const texts = { heading: t("error.heading"), body: t("error.body"), retry: t("error.retry"), home: t("error.home") };
  const page = createElement(ErrorPage, { error: Object.assign(new Error("boom"), { digest: "d1" }), reset: () => {} });
  return renderToStaticMarkup(createElement(ErrorTextsProvider, { texts }, page));
}

describe("error page", () => {
  it("speaks the citizen's language, offers a retry and the way home", () => {
    const nn = renderIn("nn");
    expect(nn).toContain("<h1");
    expect(nn).toContain("Noko gjekk gale");
    expect(nn).toContain("Prøv igjen");
    expect(nn).toContain('href="/"');
    expect(renderIn("en")).toContain("Something went wrong");
    expect(renderIn("nb")).toContain("Noe gikk galt");
  });

  it("never shows the error's message, which could hold personal data", () => {
    expect(renderIn("nb")).not.toContain("boom");
  });
});
