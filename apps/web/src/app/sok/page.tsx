import { SignedOut } from "../../components/list/signed-out.tsx";
import { SokView } from "../../components/sok/sok-view.tsx";
import { SokDocument, SokFakturaerDocument, SokOppgaverDocument } from "../../generated/graphql.ts";
import { getTranslator } from "../../i18n/server-locale.ts";
import { readIdportenSession } from "../../lib/idporten-session.ts";
import { loadMeg, type MegResult } from "../../lib/meg-query.ts";
import { type SokDel, sokerOgsaOppgaverOgFakturaer } from "../../lib/sok-deler.ts";
import { harOrd, parseSok, sokFilter } from "../../lib/sok-params.ts";

/** How many tasks and invoices a search shows; the count says how many there are in all. */
const ANTALL_PER_GRUPPE = 10;

/** A part's data, or that it is unavailable (the unauthenticated case is handled before this). */
function del<TMeg, T>(result: MegResult<TMeg>, pick: (meg: TMeg) => T): SokDel<T> {
  return result.status === "ok" ? { status: "ok", data: pick(result.meg) } : { status: "unavailable" };
}

/**
 * /sok?q=…&kommune=…&type=…&ar=…: one search box over the citizen's letters and cases (with
 * facets), tasks and invoices. The three are separate operations run side by side, so a service
 * that is down costs only its own group.
 */
export default async function SokPage({ searchParams }: PageProps<"/sok">) {
  const { locale, t } = await getTranslator();
  const session = await readIdportenSession();
  if (session.status !== "active") return <SignedOut t={t} status={session.status} />;
  const sok = parseSok(await searchParams);
  const niva = session.tokens.niva;
  if (!sok.q || !harOrd(sok.q)) {
    const melding = sok.q ? t("sok.ingenOrd") : undefined;
    return <SokView sok={sok} melding={melding} niva={niva} locale={locale} t={t} />;
  }
  const token = session.tokens.accessToken;
  const alle = sokerOgsaOppgaverOgFakturaer(sok);
  const [meldinger, oppgaver, fakturaer] = await Promise.all([
    loadMeg("sok", SokDocument, { term: sok.q, filter: sokFilter(sok), first: 50 }, token),
    alle ? loadMeg("sokOppgaver", SokOppgaverDocument, { term: sok.q, first: ANTALL_PER_GRUPPE }, token) : undefined,
    alle ? loadMeg("sokFakturaer", SokFakturaerDocument, { term: sok.q, first: ANTALL_PER_GRUPPE }, token) : undefined,
  ]);
  if ([meldinger, oppgaver, fakturaer].some((result) => result?.status === "unauthenticated"))
    return <SignedOut t={t} status="rejected" />;
  return (
    <SokView
      sok={sok}
      resultat={{
        meldinger: del(meldinger, (meg) => meg.sok),
        oppgaver: oppgaver && del(oppgaver, (meg) => meg.sokOppgaver),
        fakturaer: fakturaer && del(fakturaer, (meg) => meg.sokFakturaer),
      }}
      niva={niva}
      locale={locale}
      t={t}
    />
  );
}
