/** Maskinporten's organisation identifier scheme: ISO 6523 with the Norwegian register's ICD 0192. */
export function consumerFor(orgnr: string) {
  return { authority: "iso6523-actorid-upis", ID: `0192:${orgnr}` };
}
