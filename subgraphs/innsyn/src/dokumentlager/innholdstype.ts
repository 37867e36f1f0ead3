/** The document types the store accepts, with the extension a download filename gets. */
export const STOTTEDE_TYPER = {
  "application/pdf": ".pdf",
  "image/png": ".png",
  "image/jpeg": ".jpg",
  "text/plain": ".txt",
} as const;

export type StottetType = keyof typeof STOTTEDE_TYPER;

const starterMed = (innhold: Uint8Array, signatur: number[]) => signatur.every((byte, i) => innhold[i] === byte);

/** Control bytes allowed in text: tab, line feed, form feed and carriage return. */
const TEKSTKONTROLL = new Set([0x09, 0x0a, 0x0c, 0x0d]);

/**
 * Valid UTF-8 without NUL or other control characters. Checking the raw bytes is enough: in UTF-8
 * every byte of a multi-byte character is 0x80 or above, so a byte below 0x20 is a control character.
 */
function erTekst(innhold: Uint8Array): boolean {
  for (const byte of innhold) {
    if ((byte < 0x20 && !TEKSTKONTROLL.has(byte)) || byte === 0x7f) return false;
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(innhold);
    return true;
  } catch {
    return false;
  }
}

/**
 * The type of a document judged from its bytes (magic numbers), never from what the sender says:
 * PDF `%PDF-`, PNG's eight-byte signature, JPEG's SOI marker, else plain UTF-8 text. Null when none fits.
 */
export function sniffType(innhold: Uint8Array): StottetType | null {
  if (innhold.byteLength === 0) return null;
  if (starterMed(innhold, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf";
  if (starterMed(innhold, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (starterMed(innhold, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (erTekst(innhold)) return "text/plain";
  return null;
}

/** A declared MIME type without parameters, lower-cased ("Text/Plain; charset=utf-8" → "text/plain"). */
export function grunntype(mimetype: string): string {
  return (mimetype.split(";", 1)[0] ?? "").trim().toLowerCase();
}

export const erStottet = (type: string): type is StottetType => Object.hasOwn(STOTTEDE_TYPER, type);
