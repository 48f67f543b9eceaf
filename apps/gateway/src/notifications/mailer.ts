import nodemailer from "nodemailer";

/** One e-mail: plain text, one recipient. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Sends one message; rejects when the SMTP server refuses it or cannot be reached (the job is retried). */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** SMTP settings of one deployment (environment variables, see the gateway README). */
interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
  /** Reject a server whose TLS certificate does not verify (default true). */
  rejectUnauthorized: boolean;
}

/**
 * The deployment's SMTP settings: CSC_SMTP_HOST (no host: no e-mail is sent), CSC_SMTP_PORT (587),
 * CSC_SMTP_SECURE (1: TLS from the start, as on port 465), CSC_SMTP_USER, CSC_SMTP_PASSWORD, CSC_MAIL_FROM,
 * CSC_SMTP_TLS_REJECT_UNAUTHORIZED (0 only for a test server with a self-signed certificate).
 */
export function smtpSettingsFromEnv(env: NodeJS.ProcessEnv): SmtpSettings | null {
  const host = env.CSC_SMTP_HOST?.trim();
  if (!host) return null;
  const port = Number(env.CSC_SMTP_PORT ?? 587);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`CSC_SMTP_PORT must be a port number, not "${env.CSC_SMTP_PORT}"`);
  return {
    host,
    port,
    secure: env.CSC_SMTP_SECURE === "1" || env.CSC_SMTP_SECURE === "true",
    user: env.CSC_SMTP_USER || undefined,
    password: env.CSC_SMTP_PASSWORD || undefined,
    from: env.CSC_MAIL_FROM?.trim() || `Complaints team <no-reply@${host}>`,
    rejectUnauthorized: env.CSC_SMTP_TLS_REJECT_UNAUTHORIZED !== "0",
  };
}

/** A nodemailer SMTP transport. Each message opens its own connection, so a server that was down is tried afresh. */
export function createSmtpMailer(settings: SmtpSettings): Mailer {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: settings.user ? { user: settings.user, pass: settings.password ?? "" } : undefined,
    tls: { rejectUnauthorized: settings.rejectUnauthorized },
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(message) {
      await transport.sendMail({ from: settings.from, to: message.to, subject: message.subject, text: message.text });
    },
    close: () => transport.close(),
  };
}
