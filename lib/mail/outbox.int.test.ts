import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "../env";
import { testDb } from "../testing/db";
import { dispatchPendingEmails, enqueueEmail } from "./outbox";
import { resetTransport } from "./transport";

const received: { to: string; raw: string }[] = [];
let server: SMTPServer;
let port = 0;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  delete process.env.SMTP_HOST;
  delete process.env.SMTP_PORT;
  resetEnvCache();
  resetTransport();
});

function useSmtp(smtpPort: number | undefined) {
  if (smtpPort === undefined) delete process.env.SMTP_HOST;
  else process.env.SMTP_HOST = "127.0.0.1";
  process.env.SMTP_PORT = String(smtpPort ?? 587);
  process.env.SMTP_SECURE = "false";
  resetEnvCache();
  resetTransport();
}

beforeEach(async () => {
  received.length = 0;
  await testDb().outboundEmail.deleteMany();
});

describe("outbox", () => {
  it("sends pending mails over SMTP once each and marks them sent", async () => {
    useSmtp(port);
    await enqueueEmail(testDb(), { to: "a@example.test", subject: "Første", text: "Hej æøå", template: "test" });
    await enqueueEmail(testDb(), { to: "b@example.test", subject: "Second", text: "Hello", template: "test" });
    const [first, second] = await Promise.all([dispatchPendingEmails(testDb()), dispatchPendingEmails(testDb())]);
    expect(first + second).toBe(2);
    expect(received.map((m) => m.to).sort()).toEqual(["a@example.test", "b@example.test"]);
    expect(await testDb().outboundEmail.count({ where: { status: "SENT", sentAt: { not: null } } })).toBe(2);
    expect(await dispatchPendingEmails(testDb())).toBe(0);
  });

  it("keeps a mail pending with the error when SMTP is down, and gives up after 5 attempts", async () => {
    useSmtp(1); // nothing listens on port 1
    const id = await enqueueEmail(testDb(), { to: "c@example.test", subject: "Later", text: "x", template: "test" });
    await dispatchPendingEmails(testDb());
    const afterOne = await testDb().outboundEmail.findUniqueOrThrow({ where: { id } });
    expect(afterOne).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(afterOne.lastError).toBeTruthy();
    for (let i = 0; i < 4; i++) await dispatchPendingEmails(testDb());
    expect(await testDb().outboundEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", attempts: 5 });
  });

  it("writes an .eml file under DATA_DIR/mail when no SMTP server is configured", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-mail-"));
    process.env.DATA_DIR = dataDir;
    useSmtp(undefined);
    await enqueueEmail(testDb(), { to: "d@example.test", subject: "Til fil", text: "Indhold", template: "test" });
    expect(await dispatchPendingEmails(testDb())).toBe(1);
    const files = fs.readdirSync(path.join(dataDir, "mail"));
    expect(files).toHaveLength(1);
    expect(fs.readFileSync(path.join(dataDir, "mail", files[0]!), "utf8")).toContain("To: d@example.test");
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
