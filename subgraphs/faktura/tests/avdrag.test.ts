import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { betalingsutsettelse } from "../src/db/schema.ts";
import { beOmAvdrag, sum } from "./helpers/avdrag.ts";
import { fakturaId, integrasjon, kari4, ola4 } from "./helpers/demo.ts";
import { useSeededSubgraph } from "./helpers/seeded-subgraph.ts";
import { beOm } from "./helpers/utsettelse.ts";

const t = useSeededSubgraph();

const avdragsrader = (id: string) =>
  t.database.db
    .select()
    .from(betalingsutsettelse)
    .where(and(eq(betalingsutsettelse.fakturaId, id), eq(betalingsutsettelse.gjelder, "AVDRAG")));

describe("avdrag decided by the municipality's policy (Oslo: up to 6, each at least 500 kr)", () => {
  it("splits what is owed into monthly instalments that add up to the øre; a double click makes one request", async () => {
    const id = fakturaId("1004");
    const [forste, andre] = await Promise.all([
      beOmAvdrag(t.subgraph.url, kari4, id, 3),
      beOmAvdrag(t.subgraph.url, kari4, id, 3),
    ]);
    expect(forste.errors).toBeUndefined();
    expect(andre.svar?.id).toBe(forste.svar?.id);
    expect(await avdragsrader(id)).toHaveLength(1);

    const svar = forste.svar;
    expect(svar?.status).toBe("INNVILGET");
    const utestaende = svar?.faktura.utestaendeBelop ?? 0;
    expect(utestaende % 3).not.toBe(0); // so the split has odd øre to place
    expect(sum(svar?.avdrag ?? [])).toBe(BigInt(utestaende));
    expect(svar?.avdrag.map((a) => a.forfallDato)).toEqual(["2026-07-20", "2026-08-20", "2026-09-20"]);
    expect(svar?.faktura.avdragsplan).toEqual(svar?.avdrag);
    // The due date stays the first instalment's; the history shows the plan.
    expect(svar?.faktura.forfallDato).toBe("2026-07-20");
    expect(svar?.faktura.historikk.at(-1)).toEqual({
      type: "AVDRAG_INNVILGET",
      forfallDato: "2026-09-20",
      belop: utestaende,
    });
  });

  it("asking again, with the same count or another, gives no second plan", async () => {
    const id = fakturaId("1004");
    const igjen = await beOmAvdrag(t.subgraph.url, kari4, id, 3);
    expect(igjen.svar?.status).toBe("INNVILGET");
    const annet = await beOmAvdrag(t.subgraph.url, kari4, id, 4, { sprak: "nn" });
    expect(annet.svar?.avslag).toEqual({ kode: "HAR_AVDRAGSPLAN", tekst: "Fakturaen har allereie ein avdragsplan." });
    expect(await avdragsrader(id)).toHaveLength(2);
  });

  it("a due date under an instalment plan cannot be postponed", async () => {
    const { svar } = await beOm(t.subgraph.url, kari4, fakturaId("1004"), "2026-07-25");
    expect(svar?.avslag?.kode).toBe("HAR_AVDRAGSPLAN");
    expect(svar?.faktura.forfallDato).toBe("2026-07-20");
  });

  it.each([
    ["more instalments than the policy allows", "1002", 7, "FOR_MANGE_AVDRAG"],
    ["instalments below the minimum (943 kr in 2)", "1005", 2, "AVDRAG_UNDER_MINIMUM"],
    ["a paid invoice", "1001", 2, "ALLEREDE_BETALT"],
    ["Trondheim, which offers no avdrag", "1006", 2, "AVDRAG_IKKE_TILBUDT"],
  ])("refuses %s, stating why", async (_navn, nr, antall, kode) => {
    const { errors, svar } = await beOmAvdrag(t.subgraph.url, kari4, fakturaId(nr), antall, { sprak: "en" });
    expect(errors).toBeUndefined();
    expect(svar).toMatchObject({ status: "AVSLATT", avslag: { kode } });
    expect(svar?.avslag?.tekst).toMatch(/^[A-Z].+\.$/);
    expect(svar?.faktura.avdragsplan).toBeNull();
  });

  it.each([
    [1, "antallAvdrag må være minst 2"],
    [13, "antallAvdrag kan være høyst 12"],
  ])("refuses antallAvdrag %i as bad input, storing nothing", async (antall, melding) => {
    const id = fakturaId("1002");
    const for_ = await avdragsrader(id);
    const { errors } = await beOmAvdrag(t.subgraph.url, kari4, id, antall);
    expect(errors?.[0]).toMatchObject({
      message: melding,
      extensions: { code: "BAD_USER_INPUT", field: "antallAvdrag" },
    });
    expect(await avdragsrader(id)).toEqual(for_);
  });
});

describe("avdrag access, from the attacker's side", () => {
  it("another citizen asking on Kari's invoice is told it does not exist, and nothing is stored", async () => {
    const id = fakturaId("1002");
    const for_ = await avdragsrader(id);
    const { errors } = await beOmAvdrag(t.subgraph.url, ola4, id, 2);
    expect(errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await avdragsrader(id)).toEqual(for_);
  });

  it("a guessed id is not found, exactly like someone else's invoice", async () => {
    const guessed = await beOmAvdrag(t.subgraph.url, kari4, randomUUID(), 2);
    const others = await beOmAvdrag(t.subgraph.url, ola4, fakturaId("1002"), 2);
    expect(guessed.errors?.[0]?.message).toBe(others.errors?.[0]?.message);
    expect(guessed.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("an integration cannot ask on a citizen's behalf", async () => {
    const { errors } = await beOmAvdrag(t.subgraph.url, integrasjon, fakturaId("1002"), 2);
    expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
