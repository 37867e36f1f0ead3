import type { DefaultSession } from "next-auth";
import type { IdportenTokens } from "../lib/session-state.ts";

declare module "next-auth" {
  /** What the browser may see: no tokens and no fødselsnummer. */
  interface Session {
    user: { name?: string | null } & Omit<DefaultSession["user"], "email" | "image">;
    /** Login level of this session (3 or 4), null before sign-in completes. */
    niva: 3 | 4 | null;
  }
}

declare module "next-auth/jwt" {
  /** The encrypted session cookie: the ID-porten tokens live here and only here. */
  interface JWT {
    idporten?: IdportenTokens;
  }
}
