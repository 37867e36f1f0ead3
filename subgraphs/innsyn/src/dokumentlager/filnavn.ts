import { STOTTEDE_TYPER } from "./innholdstype.ts";

/** Characters a filename must not carry: control characters, path separators, quotes and header syntax. */
const UTRYGGE = new Set(['"', "\\", "/", ":", "*", "?", "<", ">", "|", "%", ";"]);
const erUtrygt = (tegn: string) => {
  const kode = tegn.codePointAt(0) ?? 0;
  return kode < 0x20 || (kode >= 0x7f && kode <= 0x9f) || UTRYGGE.has(tegn);
};

/**
 * A download filename from the uploader's dokumentnavn: no control characters, path separators
 * or quotes, no leading dots, at most 150 characters, and ending in the extension of the type
 * the content really has (so a "rapport.exe" PDF is saved as "rapport.exe.pdf").
 */
export function nedlastingsfilnavn(dokumentnavn: string, mimeType: string): string {
  const utvidelse = STOTTEDE_TYPER[mimeType as keyof typeof STOTTEDE_TYPER] ?? "";
  const rensket = Array.from(dokumentnavn.normalize("NFC"), (tegn) => (erUtrygt(tegn) ? "_" : tegn))
    .join("")
    .replace(/_+/g, "_")
    .replace(/^[.\s]+/, "")
    .trim()
    .slice(0, 150);
  const navn = rensket || "dokument";
  return navn.toLowerCase().endsWith(utvidelse) ? navn : `${navn}${utvidelse}`;
}

/** RFC 5987 encoding: encodeURIComponent also leaves ' ( ) * unescaped, which attr-char forbids. */
const rfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Content-Disposition with an ASCII fallback `filename` and the exact UTF-8 `filename*` (RFC 6266). */
export function contentDisposition(type: "inline" | "attachment", filnavn: string): string {
  const ascii = filnavn
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_");
  return `${type}; filename="${ascii}"; filename*=UTF-8''${rfc5987(filnavn)}`;
}
