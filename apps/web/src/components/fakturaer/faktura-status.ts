import type { FakturaStatus } from "../../generated/graphql.ts";

/** The tag colour of each invoice status; the tag's text always names the status too. */
export const FAKTURA_STATUS_COLOR: Record<FakturaStatus, "neutral" | "warning" | "danger" | "success"> = {
  IKKE_BETALT: "neutral",
  BETALT: "success",
  INKASSOVARSEL: "warning",
  SENDT_INKASSO: "danger",
  INKASSO: "danger",
};
