import type { Translate } from "../../i18n/t.ts";
import type { MarkeringStatus } from "../../lib/post-markering.ts";
import { Alert, Paragraph } from "../ds.ts";

/** The outcome of a marking the browser was redirected here after, and how many letters it changed. */
export interface MarkeringUtfall {
  status: MarkeringStatus;
  antall?: number;
}

/** The outcome of a form post, as the page announces it. */
export function StatusMessage({ status, t }: { status: MarkeringUtfall | undefined; t: Translate }) {
  if (!status) return null;
  const text =
    status.antall !== undefined && status.status !== "feil" && status.status !== "ingenValgt"
      ? t(`post.statusFlere.${status.status}`, { antall: status.antall })
      : t(`post.status.${status.status}`);
  const color = status.status === "feil" ? "danger" : status.status === "ingenValgt" ? "warning" : "success";
  return (
    <Alert data-color={color} role="status">
      <Paragraph>{text}</Paragraph>
    </Alert>
  );
}
