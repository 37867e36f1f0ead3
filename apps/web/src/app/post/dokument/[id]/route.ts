import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { env } from "../../../../env.ts";
import { hentDokument } from "../../../../lib/dokument-proxy.ts";
import { readIdportenSession } from "../../../../lib/idporten-session.ts";
import { isUuid } from "../../../../lib/uuid.ts";

/**
 * GET /post/dokument/{id}[?last-ned=1]: a letter's document, fetched from the gateway with the
 * session's token on the server and streamed on. PDFs open in the browser; last-ned saves the
 * file. Not found and "needs level 4" lead to pages in the citizen's language.
 */
export async function GET(request: NextRequest, { params }: RouteContext<"/post/dokument/[id]">) {
  const { id } = await params;
  if (!isUuid(id)) redirect("/post/dokument/ikke-funnet");
  const session = await readIdportenSession();
  if (session.status !== "active") redirect("/");
  const lastNed = request.nextUrl.searchParams.get("last-ned") === "1";
  const svar = await hentDokument(env().GATEWAY_URL, id.toLowerCase(), session.tokens.accessToken, lastNed);
  if (svar.type === "dokument") return svar.response;
  if (svar.type === "ikkeInnlogget") redirect("/");
  if (svar.type === "kreverNiva4") redirect(`/post/dokument/krever-niva-4?dokument=${id.toLowerCase()}`);
  redirect("/post/dokument/ikke-funnet");
}
