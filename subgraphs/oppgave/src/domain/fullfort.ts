/** The counters that decide an oppgave's overall state, kept on the oppgave row. */
export interface Fremdrift {
  utfortKriterie: "ANY" | "ALL";
  antallMottakere: number;
  antallFullfort: number;
}

/** The KS rule: ANY is done when one recipient is done, ALL when every recipient is. */
export function erFullfort(fremdrift: Fremdrift): boolean {
  if (fremdrift.utfortKriterie === "ANY") return fremdrift.antallFullfort >= 1;
  return fremdrift.antallFullfort === fremdrift.antallMottakere;
}

/**
 * True while the citizen still has something to do: their own status is NY and the oppgave
 * is not already done as a whole (under ANY another recipient may have done it for them).
 */
export function erApen(status: "NY" | "FULLFORT", fremdrift: Fremdrift): boolean {
  return status === "NY" && !erFullfort(fremdrift);
}
