import { DEMO_INTEGRASJONER } from "@minkommune/demo-data";
import type { IntegrasjonRegistry } from "./registry.ts";

/** Registers one demo fagsystem integration per demo municipality; existing ones are kept. */
export async function seedDemoIntegrasjoner(registry: IntegrasjonRegistry): Promise<void> {
  for (const demo of DEMO_INTEGRASJONER) {
    await registry.create({
      integrasjonId: demo.integrasjonId,
      passord: demo.passord,
      navn: demo.navn,
      fiksOrgId: demo.fiksOrgId,
      autorisertOrgnr: demo.orgnr,
      privilegier: demo.privilegier,
    });
  }
}
