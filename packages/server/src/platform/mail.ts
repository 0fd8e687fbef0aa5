import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NEUTRAL_APP_NAME } from '@amend/core';
import nodemailer from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser/index.js';

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /**
   * The person chose discreet mode: the sender's name becomes the neutral one, so a shared inbox
   * or a lock-screen preview shows nothing telling. Callers write the subject and text neutrally
   * (see `appNameInMail`); the address stays as configured, because mail servers check it.
   */
  readonly discreet?: boolean;
}

/** What an e-mail calls the app: Amend, or the neutral name in discreet mode. */
export function appNameInMail(discreet: boolean): string {
  return discreet ? NEUTRAL_APP_NAME : 'Amend';
}

/** The configured sender (MAIL_FROM), with the neutral display name when discreet. */
export function senderOf(
  from: string,
  discreet: boolean,
): string | { name: string; address: string } {
  if (!discreet) return from;
  const [first] = addressparser(from, { flatten: true });
  return first ? { name: NEUTRAL_APP_NAME, address: first.address } : from;
}

function envelopeOf(from: string, { discreet = false, ...mail }: OutgoingMail) {
  return { from: senderOf(from, discreet), ...mail };
}

export interface Mailer {
  /** Where mail goes, for the start-up log: an SMTP host or the outbox folder. */
  readonly destination: string;
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Real delivery over SMTP (smtp:// or smtps://, credentials in the URL). */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    destination: `SMTP at ${new URL(smtpUrl).host}`,
    async send(mail) {
      await transport.sendMail(envelopeOf(from, mail));
    },
    close: () => transport.close(),
  };
}

/**
 * Without SMTP_URL (development, a first try-out), every e-mail is written as a standard .eml
 * file to the outbox folder, which any mail program can open. Nothing leaves the machine.
 */
export function createOutboxMailer(outboxDir: string, from: string): Mailer {
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });
  let sequence = 0;
  return {
    destination: `the outbox folder ${outboxDir}`,
    async send(mail) {
      await mkdir(outboxDir, { recursive: true, mode: 0o700 });
      const info = await transport.sendMail(envelopeOf(from, mail));
      sequence += 1;
      const stamp = new Date().toISOString().replaceAll(':', '-');
      const file = path.join(outboxDir, `${stamp}-${process.pid}-${sequence}.eml`);
      await writeFile(file, info.message as Buffer, { mode: 0o600 });
    },
    close: () => transport.close(),
  };
}
