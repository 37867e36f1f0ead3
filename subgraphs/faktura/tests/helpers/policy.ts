import type { Principal } from "@minkommune/auth";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import type { UtsettelsePolicy } from "../../src/generated/resolvers-types.ts";

const FELTER = `fiksOrgId maksDager maksAntallPerFaktura ikkeEtterSendtInkasso minimumBelop fagsystemBestemmer
  fagsystemUrl webhookUrl harHemmelighet avdragTillatt maksAntallAvdrag minimumAvdragBelop`;

export const UTSETTELSE_POLICY = /* GraphQL */ `
  query ($fiksOrgId: UUID!) { utsettelsePolicy(fiksOrgId: $fiksOrgId) { ${FELTER} } }
`;

export const SETT_UTSETTELSE_POLICY = /* GraphQL */ `
  mutation ($fiksOrgId: UUID!, $policy: UtsettelsePolicyInput!) {
    settUtsettelsePolicy(fiksOrgId: $fiksOrgId, policy: $policy) { ${FELTER} }
  }
`;

/** A policy as the integration reads it back. */
export type LestPolicy = Omit<UtsettelsePolicy, "__typename">;

/** Reads the policy of `fiksOrgId` as `principal`. */
export async function lesPolicy(url: string, principal: Principal, fiksOrgId: string) {
  const result = await callSubgraph<{ utsettelsePolicy: LestPolicy | null }>(url, principal, UTSETTELSE_POLICY, {
    fiksOrgId,
  });
  return { errors: result.errors, policy: result.data?.utsettelsePolicy };
}

/** Sets the policy of `fiksOrgId` as `principal`. */
export async function settPolicy(
  url: string,
  principal: Principal,
  fiksOrgId: string,
  policy: Record<string, unknown>,
) {
  const result = await callSubgraph<{ settUtsettelsePolicy: LestPolicy }>(url, principal, SETT_UTSETTELSE_POLICY, {
    fiksOrgId,
    policy,
  });
  return { errors: result.errors, policy: result.data?.settUtsettelsePolicy };
}
