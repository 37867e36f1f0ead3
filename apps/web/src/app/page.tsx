import { Dashboard } from "../components/dashboard/dashboard.tsx";
import { Welcome } from "../components/welcome.tsx";
import { getTranslator } from "../i18n/server-locale.ts";
import { loadDashboard } from "../lib/dashboard-data.ts";
import { readIdportenSession } from "../lib/idporten-session.ts";

/** The front page: a welcome with the login button, or the signed-in citizen's dashboard. */
export default async function FrontPage({ searchParams }: PageProps<"/">) {
  const { locale, t } = await getTranslator();
  const session = await readIdportenSession();
  if (session.status === "expired") return <Welcome t={t} notice="expired" />;
  if (session.status === "none") {
    // Auth.js sends failed or cancelled logins here with ?error=<type>.
    const { error } = await searchParams;
    return <Welcome t={t} notice={error ? "loginFailed" : null} />;
  }

  const dashboard = await loadDashboard(session.tokens.accessToken);
  // The gateway no longer accepts the token (revoked, or expired at the IdP): log in again.
  if (dashboard.status === "unauthenticated") return <Welcome t={t} notice="expired" />;

  return (
    <Dashboard
      meg={dashboard.meg}
      unavailable={dashboard.unavailable}
      name={session.name}
      niva={session.tokens.niva}
      locale={locale}
      t={t}
    />
  );
}
