import type { Locale } from "../../i18n/locales.ts";
import type { Translate } from "../../i18n/t.ts";
import { formatDato } from "../../lib/format.ts";
import { Paragraph } from "../ds.ts";

/** A task's deadline in words: none, passed (marked), or the date. */
export function OppgaveFrist({
  frist,
  overdue,
  locale,
  t,
}: {
  frist: string | null | undefined;
  overdue: boolean;
  locale: Locale;
  t: Translate;
}) {
  return (
    <Paragraph data-size="sm" className={overdue ? "app-overdue" : undefined}>
      {!frist
        ? t("oppgaver.ingenFrist")
        : overdue
          ? t("oppgaver.fristPassert", { dato: formatDato(frist, locale) })
          : t("oppgaver.frist", { dato: formatDato(frist, locale) })}
    </Paragraph>
  );
}
