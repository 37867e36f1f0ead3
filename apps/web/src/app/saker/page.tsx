import { SignedOut } from "../../components/list/signed-out.tsx";
import { SakerView } from "../../components/saker/saker-view.tsx";
import { SakerDocument } from "../../generated/graphql.ts";
import { getTranslator } from "../../i18n/server-locale.ts";
import { readIdportenSession } from "../../lib/idporten-session.ts";
import { parseCursor } from "../../lib/list-params.ts";
import { loadMeg } from "../../lib/meg-query.ts";

const PAGE_SIZE = 20;

/** /saker?after=<cursor>: the citizen's case folders (byggesaker and others), newest first. */
export default async function SakerPage({ searchParams }: PageProps<"/saker">) {
  const { locale, t } = await getTranslator();
  const session = await readIdportenSession();
  if (session.status !== "active") return <SignedOut t={t} status={session.status} />;
  const after = parseCursor((await searchParams).after);
  const result = await loadMeg("saker", SakerDocument, { first: PAGE_SIZE, after }, session.tokens.accessToken);
  if (result.status === "unauthenticated") return <SignedOut t={t} status="rejected" />;
  const mapper = result.status === "ok" ? result.meg.mapper : null;
  return <SakerView mapper={mapper} after={after} niva={session.tokens.niva} locale={locale} t={t} />;
}
