import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { betalingsutsettelse } from "../src/db/schema.ts";
import { fakturaId, kari4 } from "./helpers/demo.ts";
import { useSeededSubgraph } from "./helpers/seeded-subgraph.ts";
import { beOm } from "./helpers/utsettelse.ts";

const t = useSeededSubgraph();

const foresporsler = (id: string) =>
  t.database.db.select().from(betalingsutsettelse).where(eq(betalingsutsettelse.fakturaId, id));

describe("concurrent betalingsutsettelse requests (two tabs, double clicks)", () => {
  it("eight simultaneous identical requests make one request and one answer", async () => {
    const id = fakturaId("1004");
    const svar = await Promise.all(Array.from({ length: 8 }, () => beOm(t.subgraph.url, kari4, id, "2026-08-01")));
    expect(svar.map((s) => s.errors)).toEqual(Array(8).fill(undefined));
    expect(new Set(svar.map((s) => s.svar?.id)).size).toBe(1);
    expect(new Set(svar.map((s) => s.svar?.status))).toEqual(new Set(["INNVILGET"]));
    expect(await foresporsler(id)).toHaveLength(1);
  });

  it("simultaneous requests for different dates are decided one at a time: Trondheim's one postponement is granted once", async () => {
    const id = fakturaId("1006");
    const datoer = ["2026-06-20", "2026-06-21", "2026-06-22", "2026-06-23"];
    const svar = await Promise.all(datoer.map((d) => beOm(t.subgraph.url, kari4, id, d)));
    const innvilget = svar.filter((s) => s.svar?.status === "INNVILGET");
    expect(innvilget).toHaveLength(1);
    // The others were decided after the grant: refused for the count, or for a date no longer after the due date.
    for (const s of svar.filter((x) => x.svar?.status !== "INNVILGET")) {
      expect(s.svar?.avslag?.kode ?? s.errors?.[0]?.extensions?.field).toMatch(/FOR_MANGE_UTSETTELSER|nyForfallDato/);
    }
    const rader = await foresporsler(id);
    expect(rader.filter((r) => r.status === "INNVILGET")).toHaveLength(1);
  });
});
