import { notFound } from "next/navigation";
import { BrevView } from "../../../components/brev/brev-view.tsx";
import { SignedOut } from "../../../components/list/signed-out.tsx";
import { BrevDocument } from "../../../generated/graphql.ts";
import { getTranslator } from "../../../i18n/server-locale.ts";
import { readIdportenSession } from "../../../lib/idporten-session.ts";
import { loadMeg } from "../../../lib/meg-query.ts";
import { MARKERING_STATUSES } from "../../../lib/post-markering.ts";
import { isUuid } from "../../../lib/uuid.ts";

/** /post/{meldingId}: one letter with its documents and what can be done with it. */
export default async function BrevPage({ params, searchParams }: PageProps<"/post/[meldingId]">) {
  const { locale, t } = await getTranslator();
  const session = await readIdportenSession();
  if (session.status !== "active") return <SignedOut t={t} status={session.status} />;
  const { meldingId } = await params;
  // Not an id at all: not found, without asking Innsyn.
  if (!isUuid(meldingId)) notFound();

  const result = await loadMeg("brev", BrevDocument, { meldingId }, session.tokens.accessToken);
  if (result.status === "unauthenticated") return <SignedOut t={t} status="rejected" />;
  if (result.status === "ok" && result.meg.melding?.__typename !== "Forsendelse") notFound();
  const melding =
    result.status === "ok" && result.meg.melding?.__typename === "Forsendelse" ? result.meg.melding : null;
  const query = await searchParams;
  const status = MARKERING_STATUSES.find((s) => s === query.status);
  return <BrevView brev={melding} status={status && { status }} locale={locale} t={t} />;
}
