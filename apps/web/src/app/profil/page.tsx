import { Unavailable } from "../../components/dashboard/section.tsx";
import { Heading, Link, Paragraph } from "../../components/ds.ts";
import { SignedOut } from "../../components/list/signed-out.tsx";
import { Kontaktinformasjon } from "../../components/profil/kontaktinformasjon.tsx";
import { SprakValg } from "../../components/profil/sprak-valg.tsx";
import { VarslingsvalgForm } from "../../components/profil/varslingsvalg-form.tsx";
import { StepUpButton } from "../../components/step-up.tsx";
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
      <section aria-labelledby="profil-sprak" className="app-stack">
        <Heading level={2} data-size="sm" id="profil-sprak">
          {t("profil.sprakHeading")}
        </Heading>
        <Paragraph>{t("profil.sprakIntro")}</Paragraph>
        <SprakValg locale={locale} t={t} />
      </section>
      <section aria-labelledby="profil-varsling" className="app-stack" id="varsling">
        <Heading level={2} data-size="sm" id="profil-varsling">
          {t("profil.varslingHeading")}
        </Heading>
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
      </section>
      <section aria-labelledby="profil-kontakt" className="app-stack">
        <Heading level={2} data-size="sm" id="profil-kontakt">
          {t("profil.kontaktHeading")}
        </Heading>
        <Paragraph>{t("profil.kontaktIntro")}</Paragraph>
        <Kontaktinformasjon krr={krr} t={t} />
        <Paragraph>
          <Link href={KRR_URL}>{t("profil.kontaktLenke")}</Link>
        </Paragraph>
      </section>
    </div>
  );
}
