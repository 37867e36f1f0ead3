import { z } from "zod";

/** Services an integration can hold privileges for, as granted in Fiks Konfigurasjon. */
export const PRIVILEGIER = ["INNSYN_INDEX", "OPPGAVE", "FAKTURA"] as const;
export type Privilegium = (typeof PRIVILEGIER)[number];

/** Login level (sikkerhetsnivå): 3 = substantial, 4 = high. */
export type Innloggingsniva = 3 | 4;

/** A citizen signed in through ID-porten. `innbyggerId` is the opaque key used in the graph. */
export const innbyggerPrincipal = z.object({
  type: z.literal("innbygger"),
  pid: z.string().regex(/^\d{11}$/),
  innbyggerId: z.string().min(16),
  niva: z.union([z.literal(3), z.literal(4)]),
});

/** A fagsystem acting through a Fiks integration for one municipality. */
export const integrasjonPrincipal = z.object({
  type: z.literal("integrasjon"),
  integrasjonId: z.uuid(),
  fiksOrgId: z.uuid(),
  orgnr: z.string().regex(/^\d{9}$/),
  privilegier: z.array(z.enum(PRIVILEGIER)),
});

/** Whoever the gateway authenticated for this request. */
export const principalSchema = z.discriminatedUnion("type", [innbyggerPrincipal, integrasjonPrincipal]);

export type InnbyggerPrincipal = z.infer<typeof innbyggerPrincipal>;
export type IntegrasjonPrincipal = z.infer<typeof integrasjonPrincipal>;
export type Principal = z.infer<typeof principalSchema>;

/** Maps an ID-porten `acr` claim (current or legacy value) to a login level, or null when unknown. */
export function nivaFromAcr(acr: unknown): Innloggingsniva | null {
  if (acr === "idporten-loa-high" || acr === "Level4") return 4;
  if (acr === "idporten-loa-substantial" || acr === "Level3") return 3;
  return null;
}

/** The `acr` value ID-porten uses for a login level. */
export function acrFromNiva(niva: Innloggingsniva): string {
  return niva === 4 ? "idporten-loa-high" : "idporten-loa-substantial";
}
