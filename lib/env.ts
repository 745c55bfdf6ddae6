import { z } from "zod";

/**
 * The one place environment variables are read. Everything else imports `env()`.
 * Parsed lazily so `next build` does not need runtime secrets.
 */
const booleanish = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default(".data"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_URL: z.string().url().default("http://localhost:3000"),
  AUTH_SECRET: z.string().min(32).optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(20),
  LOGIN_THROTTLE_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /**
   * Proxies whose `X-Forwarded-For` is believed (comma-separated addresses/CIDRs). Empty: none,
   * the socket's address is the client's. Shape checked here, addresses by `parseTrustedProxies`
   * (lib/auth/request-meta.ts) on first use.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .refine((v) => v.split(",").every((e) => /^\s*([0-9a-fA-F:.]+(\/\d{1,3})?)?\s*$/.test(e)), "comma-separated IP addresses or CIDR ranges"),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: booleanish,
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  MAIL_FROM: z.string().default("Member Portal <no-reply@member-portal.local>"),
  /** Web server processes `npm start` runs (one per core by default); they share one port. */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  /** Whether this server process runs the background work (outbox, pg-boss workers): exactly one does. */
  BACKGROUND_WORK: z.enum(["on", "off"]).default("on"),
  /** Unset: Secure cookies exactly when NODE_ENV is production. */
  SECURE_COOKIES: z.enum(["true", "false"]).optional(),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

export function cookiesAreSecure(config: Env = env()): boolean {
  return config.SECURE_COOKIES ? config.SECURE_COOKIES === "true" : config.NODE_ENV === "production";
}

/** Tests change variables between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}
