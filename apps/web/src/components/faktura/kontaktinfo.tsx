import type { Translate } from "../../i18n/t.ts";
import { Heading, Link, Paragraph } from "../ds.ts";
import type { FakturaDetalj } from "./faktura-view.tsx";

type Kontakt = FakturaDetalj["kontaktinformasjon"];

/** Whom to ask about the invoice (or, for inkasso, the collection agency); nothing when none is given. */
export function Kontaktinfo({
  heading,
  id,
  kontakt,
  t,
}: {
  heading: string;
  id: string;
  kontakt: Kontakt;
  t: Translate;
}) {
  if (!kontakt) return null;
  const navn = kontakt.adresse?.navn ?? kontakt.navn;
  const adresse = [
    kontakt.adresse?.adresselinje1,
    [kontakt.adresse?.postnummer, kontakt.adresse?.poststed].filter(Boolean).join(" "),
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <section aria-labelledby={id} className="app-stack" data-testid={id}>
      <Heading level={2} data-size="sm" id={id}>
        {heading}
      </Heading>
      {navn && <Paragraph>{navn}</Paragraph>}
      <dl className="app-meta">
        {kontakt.telefonnummer && (
          <>
            <dt>{t("faktura.telefon")}</dt>
            <dd>
              <Link href={`tel:${kontakt.telefonnummer.replace(/\s/g, "")}`}>{kontakt.telefonnummer}</Link>
            </dd>
          </>
        )}
        {kontakt.epost && (
          <>
            <dt>{t("faktura.epost")}</dt>
            <dd>
              <Link href={`mailto:${kontakt.epost}`}>{kontakt.epost}</Link>
            </dd>
          </>
        )}
        {adresse && (
          <>
            <dt>{t("faktura.adresse")}</dt>
            <dd>{adresse}</dd>
          </>
        )}
      </dl>
      {kontakt.fritekst && <Paragraph>{kontakt.fritekst}</Paragraph>}
    </section>
  );
}
