import { handlers } from "../../../../auth.ts";

/** Auth.js endpoints: sign-in redirect, OIDC callback, session, CSRF. */
export const { GET, POST } = handlers;
