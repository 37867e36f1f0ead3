/** Shared by the request forms' unit tests: an invoice id, a key as the page makes it, and a FormData. */
export const FAKTURA = "fa000000-0000-4000-8000-000000001004";
export const KEY = "5c0b1d8e-2f1a-4d4e-9a4e-0b4c1b1e2f3a";

/** The fields as a browser posts them. */
export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}
