import { notFound } from "next/navigation";
import { SignedOut } from "../../../components/list/signed-out.tsx";
import { SakView } from "../../../components/saker/sak-view.tsx";
import { SakDocument } from "../../../generated/graphql.ts";
import { getTranslator } from "../../../i18n/server-locale.ts";
import { readIdportenSession } from "../../../lib/idporten-session.ts";
import { loadMeg } from "../../../lib/meg-query.ts";
import { isUuid } from "../../../lib/uuid.ts";

/** /saker/{meldingId}: one case folder with its timeline, parties and documents. */
export default async function SakPage({ params }: PageProps<"/saker/[meldingId]">) {
  const { locale, t } = await getTranslator();
  const session = await readIdportenSession();
  if (session.status !== "active") return <SignedOut t={t} status={session.status} />;
  const { meldingId } = await params;
  if (!isUuid(meldingId)) notFound();
  const result = await loadMeg("sak", SakDocument, { meldingId }, session.tokens.accessToken);
  if (result.status === "unauthenticated") return <SignedOut t={t} status="rejected" />;
  const melding = result.status === "ok" ? result.meg.melding : null;
  if (result.status === "ok" && melding?.__typename !== "Mappe") notFound();
  return (
    <SakView
      mappe={melding?.__typename === "Mappe" ? melding : null}
      niva={session.tokens.niva}
      locale={locale}
      t={t}
    />
  );
}
