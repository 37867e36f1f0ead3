import { Heading, Link, Paragraph } from "../../components/ds.ts";
import { SignedOut } from "../../components/list/signed-out.tsx";
import { SprakValg } from "../../components/profil/sprak-valg.tsx";
import { StepUpButton } from "../../components/step-up.tsx";
import { getTranslator } from "../../i18n/server-locale.ts";
import { readIdportenSession } from "../../lib/idporten-session.ts";

/** Where citizens update the contact details municipalities use (Kontakt- og reservasjonsregisteret). */
const KRR_URL = "https://www.norge.no/nb/digital-borgar/oppdatere-kontaktinformasjon";

/** /profil: who is signed in and at which level, the language choice, and where contact details come from. */
export default async function ProfilPage() {
  const { locale, t } = await getTranslator();
  const session = await readIdportenSession();
  if (session.status !== "active") return <SignedOut t={t} status={session.status} />;
  return (
    <div className="app-stack">
      <Heading level={1} data-size="xl">
        {t("profil.heading")}
      </Heading>
      {session.name && <Paragraph data-size="lg">{t("profil.navn", { navn: session.name })}</Paragraph>}
      <Paragraph>{t("dashboard.niva", { niva: session.tokens.niva })}</Paragraph>
      {session.tokens.niva === 3 && (
        <div>
          <StepUpButton tilbake="/profil" t={t} />
        </div>
      )}
      <section aria-labelledby="profil-sprak" className="app-stack">
        <Heading level={2} data-size="sm" id="profil-sprak">
          {t("profil.sprakHeading")}
        </Heading>
        <Paragraph>{t("profil.sprakIntro")}</Paragraph>
        <SprakValg locale={locale} t={t} />
      </section>
      <section aria-labelledby="profil-kontakt" className="app-stack">
        <Heading level={2} data-size="sm" id="profil-kontakt">
          {t("profil.kontaktHeading")}
        </Heading>
        <Paragraph>{t("profil.kontaktIntro")}</Paragraph>
        <Paragraph>
          <Link href={KRR_URL}>{t("profil.kontaktLenke")}</Link>
        </Paragraph>
      </section>
    </div>
  );
}
