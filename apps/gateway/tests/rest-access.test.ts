import { OLA, TRONDHEIM } from "@minkommune/demo-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nyOppgave, oppgaverPath, type RestStack, startRestStack } from "./rest/rest-stack.ts";

let rest: RestStack;
beforeAll(async () => {
  rest = await startRestStack();
});
afterAll(() => rest?.close());

describe("access from the attacker's side", () => {
  let id: string;
  beforeAll(async () => {
    id = await rest.opprett();
  });

  it("answers 401 with the Fiks text without a token, and with a wrong integration password", async () => {
    const none = await rest.api.request("GET", `${oppgaverPath()}/${id}`);
    expect(none.status).toBe(401);
    expect((none.body as { message: string }).message).toMatch(/Mangler access_token/);
    expect(none.headers.get("www-authenticate")).toBe('Bearer realm="min-kommune"');
    const wrong = await rest.hent(id, { ...rest.oslo, IntegrasjonPassord: "feil-passord" });
    expect(wrong.status).toBe(401);
    expect((wrong.body as { message: string }).message).toMatch(/Autentisering feilet for integrasjon/);
    const post = await rest.api.send("POST", oppgaverPath(), {}, nyOppgave());
    expect(post.status).toBe(401);
  });

  it("answers 403 to another municipality's integration acting for Oslo, on every endpoint", async () => {
    expect((await rest.hent(id, rest.trondheim)).status).toBe(403);
    expect((await rest.api.send("POST", oppgaverPath(), rest.trondheim, nyOppgave())).status).toBe(403);
    expect((await rest.settStatus(id, OLA.pid, "FULLFORT", rest.trondheim)).status).toBe(403);
  });

  it("answers 403 to an Oslo integration without the Oppgave privilege", async () => {
    expect((await rest.api.send("POST", oppgaverPath(), rest.utenPrivilegium, nyOppgave())).status).toBe(403);
    expect((await rest.hent(id, rest.utenPrivilegium)).status).toBe(403);
    expect((await rest.settStatus(id, OLA.pid, "FULLFORT", rest.utenPrivilegium)).status).toBe(403);
  });

  it("answers 404 to another integration of the same municipality, as for an unknown id", async () => {
    const other = await rest.hent(id, rest.nabo);
    const unknown = await rest.hent(crypto.randomUUID());
    expect(other.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect((other.body as { message: string }).message).toBe((unknown.body as { message: string }).message);
    expect((await rest.settStatus(id, OLA.pid, "FULLFORT", rest.nabo)).status).toBe(404);
    expect((await rest.hent(id)).body).toMatchObject({ fullfort: false });
  });

  it("answers 404 to Trondheim asking for Oslo's oppgave under its own fiksOrgId", async () => {
    expect((await rest.hent(id, rest.trondheim, TRONDHEIM.fiksOrgId)).status).toBe(404);
  });

  it("refuses a citizen's ID-porten token on every endpoint", async () => {
    expect((await rest.hent(id, rest.innbygger)).status).toBe(403);
    expect((await rest.api.send("POST", oppgaverPath(), rest.innbygger, nyOppgave())).status).toBe(403);
    expect((await rest.settStatus(id, OLA.pid, "FULLFORT", rest.innbygger)).status).toBe(403);
    expect((await rest.hent(id)).body).toMatchObject({ fullfort: false });
  });
});
