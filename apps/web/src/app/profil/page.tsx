import { Heading, Link, Paragraph } from "../../components/ds.ts";
import { SignedOut } from "../../components/list/signed-out.tsx";
import { Kontaktinformasjon } from "../../components/profil/kontaktinformasjon.tsx";
import { SprakValg } from "../../components/profil/sprak-valg.tsx";
import { VarslingsvalgForm } from "../../components/profil/varslingsvalg-form.tsx";
import { StepUpButton } from "../../components/step-up.tsx";
import { TitledSection } from "../../components/titled-section.tsx";
import { Unavailable } from "../../components/unavailable.tsx";
import { KontaktinformasjonDocument, VarslingsvalgDocument } from "../../generated/graphql.ts";
import { getTranslator } from "../../i18n/server-locale.ts";
import { readIdportenSession } from "../../lib/idporten-session.ts";
import { loadMeg } from "../../lib/meg-query.ts";
import { parseKvittering } from "../../lib/varslingsvalg.ts";

/** Where citizens update the contact details municipalities use (Kontakt- og reservasjonsregisteret). */
const KRR_URL = "https://www.norge.no/nb/digital-borgar/oppdatere-kontaktinformasjon";

/**
 * /profil: who is signed in and at which level, the language choice, the notification choices
 * and the contact details from KRR. KRR and the choices are asked for separately, so either
 * can fail without taking the other section with it.
 */
export default async function ProfilPage({ searchParams }: PageProps<"/profil">) {
  const { locale, t } = await getTranslator();
  const session = await readIdportenSession();
  if (session.status !== "active") return <SignedOut t={t} status={session.status} />;
  const token = session.tokens.accessToken;
  const [krr, varsling] = await Promise.all([
    loadMeg("kontaktinformasjon", KontaktinformasjonDocument, {}, token),
    loadMeg("varslingsvalg", VarslingsvalgDocument, {}, token),
  ]);
  if (krr.status === "unauthenticated" || varsling.status === "unauthenticated")
    return <SignedOut t={t} status="rejected" />;
  const kvittering = parseKvittering((await searchParams).varsling);
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
      <TitledSection headingId="profil-sprak" heading={t("profil.sprakHeading")}>
        <Paragraph>{t("profil.sprakIntro")}</Paragraph>
        <SprakValg locale={locale} t={t} />
      </TitledSection>
      <TitledSection headingId="profil-varsling" heading={t("profil.varslingHeading")} id="varsling">
        <Paragraph>{t("profil.varslingIntro")}</Paragraph>
        {varsling.status === "ok" ? (
          <VarslingsvalgForm
            // A new saved value remounts the form, so its radios show what is stored.
            key={String(varsling.meg.varslingsvalg.epostPurring)}
            epostPurring={varsling.meg.varslingsvalg.epostPurring}
            kvittering={kvittering}
            t={t}
          />
        ) : (
          <Unavailable message={t("profil.varsling.unavailable")} />
        )}
      </TitledSection>
      <TitledSection headingId="profil-kontakt" heading={t("profil.kontaktHeading")}>
        <Paragraph>{t("profil.kontaktIntro")}</Paragraph>
        <Kontaktinformasjon krr={krr} t={t} />
        <Paragraph>
          <Link href={KRR_URL}>{t("profil.kontaktLenke")}</Link>
        </Paragraph>
      </TitledSection>
    </div>
  );
}
