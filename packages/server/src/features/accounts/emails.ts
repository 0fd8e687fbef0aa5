import { appNameInMail, type OutgoingMail } from '../../platform/mail.js';

/**
 * The e-mails accounts send. Their words are neutral for everyone (nothing about relationships,
 * infidelity or recovery), because an inbox may be shared or read over a shoulder; in discreet
 * mode even the app's name gives way to the neutral one.
 */
export function passwordResetMail(input: {
  readonly to: string;
  readonly displayName: string;
  readonly link: string;
  readonly discreet: boolean;
}): OutgoingMail {
  const app = appNameInMail(input.discreet);
  return {
    to: input.to,
    subject: `Reset your ${app} password`,
    text: [
      `Hello ${input.displayName},`,
      '',
      `Someone asked to reset the password of your ${app} account. If it was you, open this link within an hour:`,
      '',
      input.link,
      '',
      'If it was not you, you can ignore this message; your password stays as it is.',
    ].join('\n'),
    discreet: input.discreet,
  };
}
