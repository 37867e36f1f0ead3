import type { Translate } from "../../i18n/t.ts";
import { Link, Paragraph } from "../ds.ts";
import { MetaField } from "../meta-field.tsx";
import { TitledSection } from "../titled-section.tsx";
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
    <TitledSection headingId={id} heading={heading} data-testid={id}>
      {navn && <Paragraph>{navn}</Paragraph>}
      <dl className="app-meta">
        {kontakt.telefonnummer && (
          <MetaField label={t("faktura.telefon")}>
            <Link href={`tel:${kontakt.telefonnummer.replace(/\s/g, "")}`}>{kontakt.telefonnummer}</Link>
          </MetaField>
        )}
        {kontakt.epost && (
          <MetaField label={t("faktura.epost")}>
            <Link href={`mailto:${kontakt.epost}`}>{kontakt.epost}</Link>
          </MetaField>
        )}
        {adresse && <MetaField label={t("faktura.adresse")}>{adresse}</MetaField>}
      </dl>
      {kontakt.fritekst && <Paragraph>{kontakt.fritekst}</Paragraph>}
    </TitledSection>
  );
}
