import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "../db/client";
import { cookiesAreSecure, env } from "../env";
import { sessionCookieName } from "./session-cookie";
import { signInWithPassword, type SignInFailure } from "./credentials";
import { revokeSession } from "./sessions";
import { loginSchema } from "./schemas";
import { clientIp } from "./request-meta";

class SignInRefused extends CredentialsSignin {
  constructor(reason: SignInFailure) {
    super();
    this.code = reason;
  }
}

const secureCookies = cookiesAreSecure();

/**
 * next-auth issues and reads the cookie; the cookie's JWT carries only our Session id (`sid`).
 * Whether that session is still valid is decided in lib/auth/session.ts against the database,
 * which is what makes logout, idle/absolute timeouts and account disabling effective at once.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  secret: env().AUTH_SECRET,
  session: { strategy: "jwt", maxAge: env().SESSION_ABSOLUTE_HOURS * 3600 },
  pages: { signIn: "/login", error: "/login" },
  logger: {
    // A refused sign-in is an expected outcome (throttled and audited), not a server error.
    error: (error) => {
      if ((error as { type?: string }).type !== "CredentialsSignin") console.error("[auth]", error);
    },
  },
  useSecureCookies: secureCookies,
  cookies: {
    sessionToken: {
      name: sessionCookieName(),
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies },
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: async (raw, request) => {
        const parsed = loginSchema.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("invalid");
        const outcome = await signInWithPassword(db(), {
          email: parsed.data.email,
          password: parsed.data.password,
          ip: clientIp(request.headers),
          userAgent: request.headers.get("user-agent") ?? undefined,
        });
        if (!outcome.ok) throw new SignInRefused(outcome.reason);
        // next-auth's "user id" here is our session id: the only thing the cookie needs to carry.
        return { id: outcome.sessionId };
      },
    }),
  ],
  events: {
    // Every way out ends the server session, including next-auth's own POST /api/auth/signout
    // (which only clears the cookie): a copied cookie is worthless afterwards.
    async signOut(message) {
      const sid = "token" in message && typeof message.token?.sid === "string" ? message.token.sid : null;
      if (sid) await revokeSession(db(), sid);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sid = user.id;
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
});
