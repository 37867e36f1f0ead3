import type Provider from "oidc-provider";
import type { InteractionResults } from "oidc-provider";

type Interaction = Awaited<ReturnType<Provider["interactionDetails"]>>;

interface MissingGrants {
  missingOIDCScope?: string[];
  missingOIDCClaims?: string[];
  missingResourceScopes?: Record<string, string[]>;
}

/**
 * Grants whatever the consent prompt says is missing. ID-porten shows citizens no consent
 * screen for these services, so consent is implicit; returns the interaction result.
 */
export async function grantImplicitConsent(provider: Provider, interaction: Interaction): Promise<InteractionResults> {
  const { params, session, grantId } = interaction;
  const missing = interaction.prompt.details as MissingGrants;
  const grant = grantId
    ? await provider.Grant.find(grantId)
    : new provider.Grant({ accountId: session?.accountId, clientId: String(params.client_id) });
  if (!grant) throw new Error("grant referenced by the interaction no longer exists");

  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(" "));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
    grant.addResourceScope(indicator, scopes.join(" "));
  }
  const savedGrantId = await grant.save();
  return { consent: grantId ? {} : { grantId: savedGrantId } };
}
