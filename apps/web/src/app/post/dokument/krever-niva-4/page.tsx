import { Heading, Link, Paragraph } from "../../../../components/ds.ts";
import { StepUpButton } from "../../../../components/step-up.tsx";
import { getTranslator } from "../../../../i18n/server-locale.ts";
import { dokumentHref } from "../../../../lib/dokument-lenke.ts";
import { isUuid } from "../../../../lib/uuid.ts";

/** A document that needs a level-4 login: why, and the button that logs in again at level 4 and opens it. */
export default async function DokumentKreverNiva4({ searchParams }: PageProps<"/post/dokument/krever-niva-4">) {
  const { t } = await getTranslator();
  const { dokument } = await searchParams;
  const tilbake = isUuid(dokument) ? dokumentHref(dokument) : "/post";
  return (
    <div className="app-stack">
      <Heading level={1} data-size="xl">
        {t("dokument.kreverNiva4.heading")}
      </Heading>
      <Paragraph>{t("dokument.kreverNiva4.body")}</Paragraph>
      <div>
        <StepUpButton tilbake={tilbake} t={t} />
      </div>
      <Paragraph>
        <Link href="/post">{t("dokument.tilPost")}</Link>
      </Paragraph>
    </div>
  );
}
