import fs from "node:fs";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

let transporter: Transporter | undefined;

/**
 * SMTP when SMTP_HOST is set; otherwise each mail becomes an .eml file under <DATA_DIR>/mail
 * and its subject is logged, so a demo install "sends" mail you can open.
 */
function transport(): Transporter {
  if (transporter) return transporter;
  const config = env();
  transporter = config.SMTP_HOST
    ? nodemailer.createTransport({
        host: config.SMTP_HOST,
        port: config.SMTP_PORT,
        secure: config.SMTP_SECURE,
        ignoreTLS: !config.SMTP_SECURE && !config.SMTP_USER,
        auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD } : undefined,
      })
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return transporter;
}

export async function deliver(mail: OutgoingMail): Promise<void> {
  const config = env();
  const info = await transport().sendMail({ from: config.MAIL_FROM, ...mail });
  if (!config.SMTP_HOST) {
    const dir = path.resolve(config.DATA_DIR, "mail");
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${info.messageId.replace(/[^a-z0-9]/gi, "").slice(0, 16)}.eml`);
    fs.writeFileSync(file, (info as unknown as { message: Buffer }).message);
    console.log(`[mail] to ${mail.to}: "${mail.subject}" → ${file}`);
  }
}

/** Tests switch SMTP settings between cases. */
export function resetTransport(): void {
  transporter = undefined;
}
