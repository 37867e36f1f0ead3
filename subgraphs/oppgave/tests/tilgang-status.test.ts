import type { Principal } from "@minkommune/auth";
import { INGRID, OLA, OSLO, TRONDHEIM } from "@minkommune/demo-data";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mottaker } from "../src/db/schema.ts";
import { integrasjon, kari, ola, osloIntegrasjon, osloOppgave, trondheimIntegrasjon } from "./helpers/demo.ts";
import { useTestSubgraph } from "./helpers/fixture.ts";
import { SETT_STATUS, type SettStatusData } from "./helpers/operations.ts";

const t = useTestSubgraph({ seed: true });

/** A second integration of Oslo's that did not create the demo oppgaver. */
const annenOsloIntegrasjon = integrasjon(OSLO.fiksOrgId, { integrasjonId: "7b0f3c57-0c8e-4c59-8d8a-0301a0000099" });
/** Oslo's demo integration without the OPPGAVE privilege. */
const utenOppgavePrivilegium = integrasjon(OSLO.fiksOrgId, { privilegier: ["INNSYN_INDEX", "FAKTURA"] });
/** An id nobody has used. */
const GJETTET = "3f6d2a1c-9b7e-4c1a-8f2d-5e4b3a2c1d0e";

const sett = (principal: Principal, fiksOrgId: string, oppgaveId: string, personId = OLA.pid) =>
  callSubgraph<SettStatusData>(t.subgraph.url, principal, SETT_STATUS, {
    fiksOrgId,
    oppgaveId,
    status: { personId, status: "FULLFORT" },
  });

/** Ola's status on Oslo's first demo oppgave, which every attack below tries to complete. */
async function olasStatus() {
  const [row] = await t.database.db
    .select({ status: mottaker.status, statusEndret: mottaker.statusEndret })
    .from(mottaker)
    .where(and(eq(mottaker.oppgaveId, osloOppgave(1)), eq(mottaker.personId, OLA.pid)));
  return row;
}

describe("settOppgaveStatus from the attacker's side", () => {
  it("answers NOT_FOUND exactly as for a guessed id, changing nothing", async () => {
    const for_ = await olasStatus();
    const gjettet = await sett(osloIntegrasjon, OSLO.fiksOrgId, GJETTET);
    expect(gjettet.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(gjettet.data).toBeNull();

    const forsok: [string, Promise<Awaited<ReturnType<typeof sett>>>][] = [
      ["another integration of the same municipality", sett(annenOsloIntegrasjon, OSLO.fiksOrgId, osloOppgave(1))],
      [
        "another municipality's integration under its own fiksOrgId",
        sett(trondheimIntegrasjon, TRONDHEIM.fiksOrgId, osloOppgave(1)),
      ],
      [
        "the creating integration for a person who is not a recipient",
        sett(osloIntegrasjon, OSLO.fiksOrgId, osloOppgave(1), INGRID.pid),
      ],
    ];
    for (const [navn, svar] of forsok) {
      expect(await svar, navn).toEqual(gjettet);
    }
    expect(await olasStatus()).toEqual(for_);
  });

  it.each([
    ["a signed-in citizen, even a recipient", ola],
    ["another citizen", kari],
    ["another municipality's integration under Oslo's fiksOrgId", trondheimIntegrasjon],
    ["an integration without the OPPGAVE privilege", utenOppgavePrivilegium],
  ])("%s gets FORBIDDEN before anything is looked up", async (_navn, principal) => {
    const for_ = await olasStatus();
    for (const oppgaveId of [osloOppgave(1), GJETTET]) {
      const result = await sett(principal, OSLO.fiksOrgId, oppgaveId);
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(result.data).toBeNull();
    }
    expect(await olasStatus()).toEqual(for_);
  });

  it("lets the creating integration complete it", async () => {
    const result = await sett(osloIntegrasjon, OSLO.fiksOrgId, osloOppgave(1));
    expect(result.errors).toBeUndefined();
    expect(result.data?.settOppgaveStatus?.fullfort).toBe(true);
    expect((await olasStatus())?.status).toBe("FULLFORT");
  });
});
