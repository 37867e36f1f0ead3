import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { FakturaView } from "../../../components/faktura/faktura-view.tsx";
import { SignedOut } from "../../../components/list/signed-out.tsx";
import { FakturaDocument } from "../../../generated/graphql.ts";
import { getTranslator } from "../../../i18n/server-locale.ts";
import { readIdportenSession } from "../../../lib/idporten-session.ts";
import { loadMeg } from "../../../lib/meg-query.ts";
import { isUuid } from "../../../lib/uuid.ts";

/** /fakturaer/{id}: one invoice with what is needed to pay it, and the betalingsutsettelse and avdrag forms. */
export default async function FakturaPage({ params }: PageProps<"/fakturaer/[id]">) {
  const { locale, t } = await getTranslator();
  const session = await readIdportenSession();
  if (session.status !== "active") return <SignedOut t={t} status={session.status} />;
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const result = await loadMeg("faktura", FakturaDocument, { id }, session.tokens.accessToken);
  if (result.status === "unauthenticated") return <SignedOut t={t} status="rejected" />;
  if (result.status === "ok" && !result.meg.faktura) notFound();
  const faktura = result.status === "ok" ? result.meg.faktura : null;
  // Made once per render: a double click or a resubmission of a form is one request.
  // One key per form: the service answers a key already used on this invoice with its first answer.
  const idempotencyKeys = { utsettelse: randomUUID(), avdrag: randomUUID() };
  return <FakturaView faktura={faktura} idempotencyKeys={idempotencyKeys} locale={locale} t={t} />;
}
