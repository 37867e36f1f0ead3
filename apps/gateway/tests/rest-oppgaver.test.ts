import { INGRID, KARI, OLA } from "@minkommune/demo-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nyOppgave, oppgaverPath, type RestStack, startRestStack } from "./rest/rest-stack.ts";

let rest: RestStack;
beforeAll(async () => {
  rest = await startRestStack();
});
afterAll(() => rest?.close());

describe("POST …/oppgaver, GET …/oppgaver/{id} and PUT …/status", () => {
  it("creates an oppgave and reads it back in the KS shape with the additive fields", async () => {
    const body = nyOppgave({
      mottakere: { personIdList: [OLA.pid, KARI.pid] },
      metadata: "sak-2026-42",
      sprak: "nn",
      varsling: { purringIntervallDager: 3 },
    });
    const id = await rest.opprett(body);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const response = await rest.hent(id);
    expect(response.status).toBe(200);
    const oppgave = response.body as Record<string, unknown>;
    expect(oppgave).toMatchObject({
      id,
      tittel: body.tittel,
      beskrivelse: body.beskrivelse,
      handling: body.handling,
      url: body.url,
      frist: "2027-01-31",
      utfortKriterie: "ANY",
      metadata: "sak-2026-42",
      sprak: "nn",
      varsling: { purringIntervallDager: 3 },
      fullfort: false,
    });
    expect((oppgave.mottakere as { personIdList: string[] }).personIdList.sort()).toEqual([OLA.pid, KARI.pid].sort());
    expect(oppgave.mottakerStatus).toEqual(
      expect.arrayContaining([
        { personId: OLA.pid, status: "NY", statusEndret: expect.any(String) },
        { personId: KARI.pid, status: "NY", statusEndret: expect.any(String) },
      ]),
    );
    expect(oppgave).not.toHaveProperty("fullfortTidspunkt");
  });

  it("leaves optional KS fields out instead of sending null", async () => {
    const { frist: _frist, ...utenFrist } = nyOppgave();
    const oppgave = (await rest.hent(await rest.opprett(utenFrist))).body as Record<string, unknown>;
    expect(oppgave).not.toHaveProperty("frist");
    expect(oppgave).not.toHaveProperty("metadata");
    expect(oppgave.varsling).toEqual({ purringIntervallDager: 0 });
  });

  it("sets a recipient's status and answers it with the overall state; the same status again is a no-op", async () => {
    const id = await rest.opprett(nyOppgave({ mottakere: { personIdList: [OLA.pid, KARI.pid] } }));
    const first = await rest.settStatus(id, KARI.pid);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      id,
      personId: KARI.pid,
      status: "FULLFORT",
      statusEndret: expect.any(String),
      utfortKriterie: "ANY",
      fullfort: true,
      fullfortTidspunkt: expect.any(String),
    });
    const stored = (await rest.hent(id)).body as { mottakerStatus: { personId: string; status: string }[] };
    expect(stored.mottakerStatus).toContainEqual(expect.objectContaining({ personId: KARI.pid, status: "FULLFORT" }));
    expect(stored.mottakerStatus).toContainEqual(expect.objectContaining({ personId: OLA.pid, status: "NY" }));
    const again = await rest.settStatus(id, KARI.pid);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
  });

  it("shows the overall state: ANY is done after one recipient, ALL only after every recipient", async () => {
    const any = await rest.opprett(
      nyOppgave({ utfortKriterie: "ANY", mottakere: { personIdList: [OLA.pid, KARI.pid] } }),
    );
    const all = await rest.opprett(
      nyOppgave({ utfortKriterie: "ALL", mottakere: { personIdList: [OLA.pid, KARI.pid] } }),
    );
    await rest.settStatus(any, OLA.pid);
    await rest.settStatus(all, OLA.pid);
    expect((await rest.hent(any)).body).toMatchObject({ fullfort: true, fullfortTidspunkt: expect.any(String) });
    expect((await rest.hent(all)).body).toMatchObject({ fullfort: false });
    expect((await rest.hent(all)).body).not.toHaveProperty("fullfortTidspunkt");
    await rest.settStatus(all, KARI.pid);
    expect((await rest.hent(all)).body).toMatchObject({ fullfort: true, fullfortTidspunkt: expect.any(String) });
  });

  it("answers 404 when the person is not a recipient, and changes nothing", async () => {
    const id = await rest.opprett();
    const response = await rest.settStatus(id, INGRID.pid);
    expect(response.status).toBe(404);
    expect((await rest.hent(id)).body).toMatchObject({ fullfort: false });
  });
});

describe("Idempotency-Key", () => {
  const withKey = (key: string) => ({ ...rest.oslo, "Idempotency-Key": key });

  it("returns the same id for the same key and body, and 409 with the existing id for another body", async () => {
    const key = `retry-${crypto.randomUUID()}`;
    const first = await rest.opprett(nyOppgave(), withKey(key));
    expect(await rest.opprett(nyOppgave(), withKey(key))).toBe(first);
    const conflict = await rest.api.send("POST", oppgaverPath(), withKey(key), nyOppgave({ tittel: "Noe annet" }));
    expect(conflict.status).toBe(409);
    const body = conflict.body as { errorCode: string; errorDetails: { id: string }; errorJson: string };
    expect(body.errorCode).toBe("CONFLICT");
    expect(body.errorDetails.id).toBe(first);
    expect(JSON.parse(body.errorJson)).toEqual({ id: first });
  });

  it("creates one oppgave when two identical POSTs with the same key arrive at the same moment", async () => {
    const key = `race-${crypto.randomUUID()}`;
    const body = nyOppgave({ metadata: key });
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => rest.api.send("POST", oppgaverPath(), withKey(key), body)),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(answers.map((a) => (a.body as { id: string }).id)).size).toBe(1);
  });

  it("keeps keys apart per integration", async () => {
    const key = `shared-${crypto.randomUUID()}`;
    const oslo = await rest.opprett(nyOppgave(), withKey(key));
    const nabo = await rest.opprett(nyOppgave(), { ...rest.nabo, "Idempotency-Key": key });
    expect(nabo).not.toBe(oslo);
  });
});
