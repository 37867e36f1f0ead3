/**
 * The IdP's RP-initiated logout URL (OpenID Connect RP-Initiated Logout 1.0): the id_token
 * names the session to end, and the IdP sends the browser back to our front page afterwards.
 */
export function endSessionUrl(endSessionEndpoint: string, idToken: string, postLogoutRedirectUri: string): string {
  const url = new URL(endSessionEndpoint);
  url.searchParams.set("id_token_hint", idToken);
  url.searchParams.set("post_logout_redirect_uri", postLogoutRedirectUri);
  return url.toString();
}
