import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { E2E_MAILBOX_DIR, E2E_SMTP_PORT } from "./constants";

/**
 * The e2e mail catcher and the helpers specs use to read what the app sent.
 *
 * The app under test sends to SMTP 127.0.0.1:2526 (playwright.config.ts). The catcher, started
 * by global-setup.ts, writes every message as a raw `.eml` file into `.data/e2e/mailbox/`, with
 * the SMTP envelope prepended as `X-Envelope-From` / `X-Envelope-To` headers. Specs run in other
 * processes, so they read the files:
 *
 *   const since = new Date();
 *   await page.getByRole("button", { name: "Send link" }).click();
 *   const mail = await waitForMail({ to: "anna@example.dk", subjectIncludes: "adgangskode", since });
 *   await page.goto(extractLink(mail, "/reset-password"));
 */

export interface Mail {
  file: string;
  receivedAt: Date;
  /** Envelope recipients plus To/Cc addresses, lower-cased. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  raw: string;
}

// ---------------------------------------------------------------------------------------------
// The catcher (runs in the Playwright runner process)

const globalState = globalThis as { e2eMailCatcher?: SMTPServer };

export async function startMailCatcher(port = E2E_SMTP_PORT, dir = E2E_MAILBOX_DIR): Promise<SMTPServer> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let sequence = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    // Accept any credentials (a local .env may set SMTP_USER); no TLS here, so allow plain AUTH.
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? "e2e" });
    },
    logger: false,
    banner: "member-portal e2e mail catcher",
    size: 25 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        const envelope =
          `X-Envelope-From: ${session.envelope.mailFrom ? session.envelope.mailFrom.address : ""}\r\n` +
          `X-Envelope-To: ${session.envelope.rcptTo.map((r) => r.address).join(", ")}\r\n`;
        sequence += 1;
        const name = `${Date.now()}-${String(sequence).padStart(5, "0")}.eml`;
        // Write then rename, so readers never see half a message.
        const temp = path.join(dir, `.${name}.tmp`);
        fs.writeFileSync(temp, Buffer.concat([Buffer.from(envelope), ...chunks]));
        fs.renameSync(temp, path.join(dir, name));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (error) => console.error("[mail catcher]", error));
  globalState.e2eMailCatcher = server;
  return server;
}

export async function stopMailCatcher(): Promise<void> {
  const server = globalState.e2eMailCatcher;
  globalState.e2eMailCatcher = undefined;
  if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
}

// ---------------------------------------------------------------------------------------------
// Reading mail (runs in the test workers)

/** Every caught mail, oldest first. */
export function readMailbox(dir = E2E_MAILBOX_DIR): Mail[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".eml") && !name.startsWith("."))
    .sort()
    .map((name) => parseMail(fs.readFileSync(path.join(dir, name)), path.join(dir, name)));
}

export interface MailQuery {
  /** Recipient address (case-insensitive). */
  to: string;
  /** Part of the (decoded) subject, case-insensitive. */
  subjectIncludes?: string;
  /** Only mails received at or after this time: take it just before the action that sends. */
  since?: Date;
  timeoutMs?: number;
}

/** Waits for a matching mail and returns the newest one. */
export async function waitForMail(query: MailQuery): Promise<Mail> {
  const timeoutMs = query.timeoutMs ?? 15_000;
  const to = query.to.toLowerCase();
  const subject = query.subjectIncludes?.toLowerCase();
  // File names start with the receive time in ms; allow for clock granularity.
  const since = query.since ? query.since.getTime() - 5 : 0;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const matches = readMailbox().filter(
      (mail) =>
        mail.receivedAt.getTime() >= since &&
        mail.to.includes(to) &&
        (subject === undefined || mail.subject.toLowerCase().includes(subject)),
    );
    const newest = matches.at(-1);
    if (newest) return newest;
    if (Date.now() > deadline) {
      const seen = readMailbox().map((mail) => `  ${mail.receivedAt.toISOString()} to ${mail.to.join(", ")}: ${mail.subject}`);
      throw new Error(
        `No mail to ${query.to}${subject ? ` with subject containing "${query.subjectIncludes}"` : ""}` +
          `${query.since ? ` since ${query.since.toISOString()}` : ""} within ${timeoutMs} ms.\n` +
          `Mailbox (${E2E_MAILBOX_DIR}):\n${seen.join("\n") || "  (empty)"}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The first link in the mail (text part, then HTML hrefs) whose path starts with `pathPrefix`,
 * e.g. extractLink(mail, "/reset-password") → "http://localhost:3100/reset-password?token=…".
 */
export function extractLink(mail: Pick<Mail, "text" | "html" | "subject">, pathPrefix: string): string {
  const candidates = [
    ...(mail.text.match(/https?:\/\/[^\s"'<>()\]]+/g) ?? []),
    ...[...mail.html.matchAll(/href\s*=\s*["']([^"']+)["']/gi)].map((m) => decodeHtmlEntities(m[1]!)),
    ...(mail.html.match(/https?:\/\/[^\s"'<>()\]]+/g) ?? []).map(decodeHtmlEntities),
  ];
  for (const candidate of candidates) {
    const cleaned = candidate.replace(/[.,;:!?]+$/, "");
    try {
      const url = new URL(cleaned);
      if (url.pathname.startsWith(pathPrefix)) return url.toString();
    } catch {
      // not absolute
    }
  }
  throw new Error(`No link to ${pathPrefix}… in mail "${mail.subject}".\nText:\n${mail.text}\nLinks found: ${candidates.join(", ") || "none"}`);
}

// ---------------------------------------------------------------------------------------------
// A small MIME parser: mailparser is not installed, and nodemailer only composes. It handles
// what nodemailer produces: folded headers, RFC 2047 encoded words, nested multipart,
// quoted-printable and base64 bodies, utf-8 / latin-1 charsets.

export function parseMail(source: Buffer | string, file = ""): Mail {
  const raw = typeof source === "string" ? source : source.toString("latin1");
  const entity = parseEntity(raw);
  const headers = entity.headers;
  const leaves = flatten(entity);
  const isAttachment = (leaf: Entity) => /attachment/i.test(leaf.headers["content-disposition"] ?? "");
  const textLeaf = leaves.find((leaf) => leaf.type === "text/plain" && !isAttachment(leaf));
  const htmlLeaf = leaves.find((leaf) => leaf.type === "text/html" && !isAttachment(leaf));
  const addresses = [headers["x-envelope-to"], headers.to, headers.cc]
    .filter((value): value is string => !!value)
    .flatMap((value) => decodeWords(value).match(/[^\s<>,;"]+@[^\s<>,;"]+/g) ?? [])
    .map((address) => address.toLowerCase());
  const stamp = Number(path.basename(file).split("-")[0]);
  return {
    file,
    receivedAt: new Date(Number.isFinite(stamp) && stamp > 0 ? stamp : Date.now()),
    to: [...new Set(addresses)],
    from: decodeWords(headers.from ?? ""),
    subject: decodeWords(headers.subject ?? ""),
    text: textLeaf ? decodeBody(textLeaf) : "",
    html: htmlLeaf ? decodeBody(htmlLeaf) : "",
    headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, decodeWords(value)])),
    raw: typeof source === "string" ? source : source.toString("utf8"),
  };
}

interface Entity {
  headers: Record<string, string>;
  type: string;
  params: Record<string, string>;
  body: string; // latin1: one char per byte
  parts: Entity[];
}

function parseEntity(raw: string): Entity {
  const split = /\r?\n\r?\n/.exec(raw);
  const head = split ? raw.slice(0, split.index) : raw;
  const body = split ? raw.slice(split.index + split[0].length) : "";
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    headers[name] ??= line.slice(colon + 1).trim();
  }
  const [type, params] = parseContentType(headers["content-type"] ?? "text/plain; charset=us-ascii");
  const entity: Entity = { headers, type, params, body, parts: [] };
  if (type.startsWith("multipart/") && params.boundary) {
    const delimiter = `--${params.boundary}`;
    const sections = body.split(new RegExp(`(?:^|\\r?\\n)${escapeRegExp(delimiter)}`));
    // sections[0] is the preamble; the one starting with "--" is the end marker.
    for (const section of sections.slice(1)) {
      if (section.startsWith("--")) break;
      entity.parts.push(parseEntity(section.replace(/^[ \t]*\r?\n/, "")));
    }
  }
  return entity;
}

function parseContentType(value: string): [string, Record<string, string>] {
  const [type = "text/plain", ...rest] = value.split(";");
  const params: Record<string, string> = {};
  for (const part of rest) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    params[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1).trim().replace(/^"(.*)"$/, "$1");
  }
  return [type.trim().toLowerCase(), params];
}

function flatten(entity: Entity): Entity[] {
  return entity.parts.length ? entity.parts.flatMap(flatten) : [entity];
}

function decodeBody(entity: Entity): string {
  const encoding = (entity.headers["content-transfer-encoding"] ?? "7bit").toLowerCase();
  let bytes: Buffer;
  if (encoding === "base64") bytes = Buffer.from(entity.body.replace(/\s+/g, ""), "base64");
  else if (encoding === "quoted-printable") bytes = decodeQuotedPrintable(entity.body);
  else bytes = Buffer.from(entity.body, "latin1");
  return decodeCharset(bytes, entity.params.charset).replace(/\r\n/g, "\n").replace(/\n$/, "");
}

function decodeQuotedPrintable(body: string): Buffer {
  const soft = body.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(soft.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

function decodeCharset(bytes: Buffer, charset = "utf-8"): string {
  try {
    return new TextDecoder(charset.toLowerCase() === "us-ascii" ? "utf-8" : charset).decode(bytes);
  } catch {
    return bytes.toString("utf8");
  }
}

/** RFC 2047: =?charset?B|Q?text?=, adjacent words joined. Header text is latin1-read bytes. */
function decodeWords(value: string): string {
  const decoded = value
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?[^?]+\?[BbQq]\?[^?]*\?=)/g, "$1")
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_match, charset: string, kind: string, text: string) => {
      const bytes =
        kind.toUpperCase() === "B"
          ? Buffer.from(text, "base64")
          : decodeQuotedPrintable(text.replace(/_/g, " "));
      return decodeCharset(bytes, charset.split("*")[0]);
    });
  // Unencoded 8-bit header bytes (SMTPUTF8) were read as latin1: re-read them as utf-8.
  return /[\u0080-\u00ff]/.test(decoded) && !/=\?/.test(value) ? Buffer.from(decoded, "latin1").toString("utf8") : decoded;
}

function decodeHtmlEntities(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
