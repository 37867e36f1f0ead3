import { FAKTURA_VIS, FakturaerView, UBETALT_FILTER } from "../../components/fakturaer/fakturaer-view.tsx";
import { SignedOut } from "../../components/list/signed-out.tsx";
import { FakturaerDocument } from "../../generated/graphql.ts";
import { getTranslator } from "../../i18n/server-locale.ts";
import { readIdportenSession } from "../../lib/idporten-session.ts";
import { nextCursor, parseChoice, parseCursor } from "../../lib/list-params.ts";
import { loadMeg } from "../../lib/meg-query.ts";

const PAGE_SIZE = 20;

/** /fakturaer?vis=ubetalte|betalte|alle&after=<cursor>: the citizen's invoices with totals. */
export default async function FakturaerPage({ searchParams }: PageProps<"/fakturaer">) {
  const { locale, t } = await getTranslator();
  const session = await readIdportenSession();
  if (session.status !== "active") return <SignedOut t={t} status={session.status} />;

  const params = await searchParams;
  const vis = parseChoice(params.vis, FAKTURA_VIS, "ubetalte");
  const after = parseCursor(params.after);
  const result = await loadMeg(
    "fakturaer",
    FakturaerDocument,
    { ubetalt: UBETALT_FILTER[vis], first: PAGE_SIZE, after },
    session.tokens.accessToken,
  );
  if (result.status === "unauthenticated") return <SignedOut t={t} status="rejected" />;
  const meg = result.status === "ok" ? result.meg : null;
  const page = meg && {
    oversikt: meg.fakturaOversikt,
    nodes: meg.fakturaer.nodes,
    totalCount: meg.fakturaer.totalCount,
    treffMedHoyereInnloggingsniva: meg.fakturaer.treffMedHoyereInnloggingsniva,
    endCursor: nextCursor(meg.fakturaer.pageInfo),
  };
  return <FakturaerView vis={vis} after={after} page={page} locale={locale} t={t} />;
}
