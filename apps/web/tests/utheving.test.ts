import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Utheving } from "../src/components/sok/sok-treff.tsx";

describe("Utheving", () => {
  it("marks the matching parts and never turns text from the index into markup", () => {
    const html = renderToStaticMarkup(
      createElement(Utheving, {
        deler: [
          { tekst: "Svar på ", treff: false },
          { tekst: "byggesøknad", treff: true },
          { tekst: ' <img src=x onerror="alert(1)">', treff: false },
        ],
      }),
    );
    expect(html).toBe(
      "<span>Svar på </span><mark>byggesøknad</mark><span> &lt;img src=x onerror=&quot;alert(1)&quot;&gt;</span>",
    );
  });
});
