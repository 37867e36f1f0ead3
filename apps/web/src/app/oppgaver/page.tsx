import { SignedOut } from "../../components/list/signed-out.tsx";
import { OPPGAVE_VIS, OppgaverView } from "../../components/oppgaver/oppgaver-view.tsx";
import { OppgaverDocument } from "../../generated/graphql.ts";
import { getTranslator } from "../../i18n/server-locale.ts";
import { readIdportenSession } from "../../lib/idporten-session.ts";
import { nextCursor, parseChoice, parseCursor } from "../../lib/list-params.ts";
import { loadMeg } from "../../lib/meg-query.ts";
import { osloToday } from "../../lib/oppgave-view.ts";

const PAGE_SIZE = 20;

/** /oppgaver?vis=apne|fullforte&after=<cursor>: the citizen's tasks, server-rendered. */
export default async function OppgaverPage({ searchParams }: PageProps<"/oppgaver">) {
  const { locale, t } = await getTranslator();
  const session = await readIdportenSession();
  if (session.status !== "active") return <SignedOut t={t} status={session.status} />;

  const params = await searchParams;
  const vis = parseChoice(params.vis, OPPGAVE_VIS, "apne");
  const after = parseCursor(params.after);
  const result = await loadMeg(
    "oppgaver",
    OppgaverDocument,
    { fullfort: vis === "fullforte", first: PAGE_SIZE, after },
    session.tokens.accessToken,
  );
  if (result.status === "unauthenticated") return <SignedOut t={t} status="rejected" />;
  const oppgaver = result.status === "ok" ? result.meg.oppgaver : null;
  const page = oppgaver && {
    nodes: oppgaver.nodes,
    totalCount: oppgaver.totalCount,
    endCursor: nextCursor(oppgaver.pageInfo),
  };
  return <OppgaverView vis={vis} after={after} page={page} today={osloToday()} locale={locale} t={t} />;
}
