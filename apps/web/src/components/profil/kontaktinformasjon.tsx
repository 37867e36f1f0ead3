import type { KontaktinformasjonQuery } from "../../generated/graphql.ts";
import type { Translate } from "../../i18n/t.ts";
import type { MegResult } from "../../lib/meg-query.ts";
import { Paragraph } from "../ds.ts";
import { Unavailable } from "../unavailable.tsx";

/** The KRR record as the Kontaktinformasjon query returns it; null when KRR does not know the citizen. */
type Krr = NonNullable<KontaktinformasjonQuery["meg"]>["kontaktinformasjon"];

/** What KRR holds: e-mail, mobile and reservation; or that KRR could not be asked. */
export function Kontaktinformasjon({ krr, t }: { krr: MegResult<{ kontaktinformasjon: Krr }>; t: Translate }) {
  if (krr.status !== "ok") return <Unavailable message={t("profil.kontakt.unavailable")} />;
  const kontakt = krr.meg.kontaktinformasjon;
  if (kontakt?.status !== "AKTIV") return <Paragraph>{t("profil.kontakt.ikkeRegistrert")}</Paragraph>;
  const ikkeOppgitt = t("profil.kontakt.ikkeOppgitt");
  return (
    <>
      <dl className="app-meta" data-testid="krr">
        <dt>{t("profil.kontakt.epost")}</dt>
        <dd>{kontakt.epostadresse ?? ikkeOppgitt}</dd>
        <dt>{t("profil.kontakt.mobil")}</dt>
        <dd>{kontakt.mobiltelefonnummer ?? ikkeOppgitt}</dd>
        <dt>{t("profil.kontakt.reservasjon")}</dt>
        <dd>{kontakt.reservert ? t("profil.kontakt.ja") : t("profil.kontakt.nei")}</dd>
      </dl>
      {kontakt.reservert && <Paragraph>{t("profil.kontakt.reservertForklaring")}</Paragraph>}
    </>
  );
}
