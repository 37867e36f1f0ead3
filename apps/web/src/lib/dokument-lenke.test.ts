import { describe, expect, it } from "vitest";
import { dokumentHref, dokumentId, safeExternalUrl } from "./dokument-lenke.ts";
import { isUuid } from "./uuid.ts";

const ID = "d0c5e11a-0000-4000-9000-000000000003";

describe("dokumentId", () => {
  it("reads the id of an Innsyn document link, relative or absolute", () => {
    expect(dokumentId(`/dokumenter/${ID}`)).toBe(ID);
    expect(dokumentId(`https://minkommune.example/dokumenter/${ID.toUpperCase()}?x=1`)).toBe(ID);
  });

  it("ignores links elsewhere and malformed ids", () => {
    expect(dokumentId("https://example.test/d/1")).toBeNull();
    expect(dokumentId(`/dokumenter/${ID}/mer`)).toBeNull();
    expect(dokumentId("/dokumenter/12858510048")).toBeNull();
    expect(dokumentId(null)).toBeNull();
  });
});

describe("dokumentHref", () => {
  it("opens in place by default and saves with last-ned", () => {
    expect(dokumentHref(ID)).toBe(`/post/dokument/${ID}`);
    expect(dokumentHref(ID, true)).toBe(`/post/dokument/${ID}?last-ned=1`);
  });
});

describe("isUuid / safeExternalUrl", () => {
  it("accepts ids and http(s) links only", () => {
    expect(isUuid(ID)).toBe(true);
    expect(isUuid("../../etc/passwd")).toBe(false);
    expect(safeExternalUrl("https://inkasso.example/sak/1")).toBe("https://inkasso.example/sak/1");
    expect(safeExternalUrl("javascript:alert(1)")).toBeNull();
  });
});
