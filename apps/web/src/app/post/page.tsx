import { SignedOut } from "../../components/list/signed-out.tsx";
import { POST_VIS, PostView } from "../../components/post/post-view.tsx";
import { PostDocument } from "../../generated/graphql.ts";
import { getTranslator } from "../../i18n/server-locale.ts";
import { readIdportenSession } from "../../lib/idporten-session.ts";
import { nextCursor, parseChoice, parseCursor } from "../../lib/list-params.ts";
import { loadMeg } from "../../lib/meg-query.ts";
import { MARKERING_STATUSES } from "../../lib/post-markering.ts";

const PAGE_SIZE = 20;

/** /post?vis=alle|uleste|arkiverte&after=<cursor>: the citizen's letters from the municipalities. */
export default async function PostPage({ searchParams }: PageProps<"/post">) {
  const { locale, t } = await getTranslator();
  const session = await readIdportenSession();
  if (session.status !== "active") return <SignedOut t={t} status={session.status} />;

  const params = await searchParams;
  const vis = parseChoice(params.vis, POST_VIS, "alle");
  const after = parseCursor(params.after);
  const markering = MARKERING_STATUSES.find((s) => s === params.status);
  const antall =
    typeof params.antall === "string" && /^\d{1,3}$/.test(params.antall) ? Number(params.antall) : undefined;
  const status = markering && { status: markering, antall };
  const result = await loadMeg(
    "post",
    PostDocument,
    { ulest: vis === "uleste" ? true : undefined, arkivert: vis === "arkiverte", first: PAGE_SIZE, after },
    session.tokens.accessToken,
  );
  if (result.status === "unauthenticated") return <SignedOut t={t} status="rejected" />;
  const meg = result.status === "ok" ? result.meg : null;
  const page = meg && {
    antallUleste: meg.antallUlesteForsendelser,
    nodes: meg.forsendelser.nodes,
    totalCount: meg.forsendelser.totalCount,
    treffMedHoyereInnloggingsniva: meg.forsendelser.treffMedHoyereInnloggingsniva,
    endCursor: nextCursor(meg.forsendelser.pageInfo),
  };
  return (
    <PostView vis={vis} after={after} page={page} status={status} niva={session.tokens.niva} locale={locale} t={t} />
  );
}
