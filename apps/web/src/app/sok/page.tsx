import { SignedOut } from "../../components/list/signed-out.tsx";
import { SokView } from "../../components/sok/sok-view.tsx";
import { SokDocument } from "../../generated/graphql.ts";
import { getTranslator } from "../../i18n/server-locale.ts";
import { readIdportenSession } from "../../lib/idporten-session.ts";
import { loadMeg } from "../../lib/meg-query.ts";
import { harOrd, parseSok, sokFilter } from "../../lib/sok-params.ts";

/** /sok?q=…&kommune=…&type=…&ar=…: one search box over the citizen's meldinger, with facets. */
export default async function SokPage({ searchParams }: PageProps<"/sok">) {
  const { locale, t } = await getTranslator();
  const session = await readIdportenSession();
  if (session.status !== "active") return <SignedOut t={t} status={session.status} />;
  const sok = parseSok(await searchParams);
  if (!sok.q || !harOrd(sok.q)) {
    const melding = sok.q ? t("sok.ingenOrd") : undefined;
    return (
      <SokView sok={sok} resultat={undefined} melding={melding} niva={session.tokens.niva} locale={locale} t={t} />
    );
  }
  const result = await loadMeg(
    "sok",
    SokDocument,
    { term: sok.q, filter: sokFilter(sok), first: 50 },
    session.tokens.accessToken,
  );
  if (result.status === "unauthenticated") return <SignedOut t={t} status="rejected" />;
  const resultat = result.status === "ok" ? result.meg.sok : null;
  return <SokView sok={sok} resultat={resultat} niva={session.tokens.niva} locale={locale} t={t} />;
}
