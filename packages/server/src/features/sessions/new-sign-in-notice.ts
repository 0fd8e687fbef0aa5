import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import type { PublicUser } from '../accounts/service.js';
import { isDiscreet } from '../safety/discretion.js';
import { shortenAddress, summarizeUserAgent } from './device-summary.js';

/**
 * Tells the person by e-mail when their account is signed in from a browser it has not seen
 * before. The wording is neutral on purpose: an inbox can be shared or watched, so the message
 * says nothing about what the account is for.
 */
export async function sendNewSignInNotice(
  deps: AppDeps,
  user: PublicUser,
  origin: RequestOrigin,
): Promise<void> {
  const when = new Intl.DateTimeFormat('en-GB', {
    timeZone: user.timeZone,
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(deps.now());
  const network = shortenAddress(origin.ipAddress);
  const securityPage = new URL('/security', deps.config.publicUrl).toString();
  await deps.mailer.send({
    to: user.email,
    subject: 'New sign-in to your account',
    text: [
      `Hello ${user.displayName},`,
      '',
      'Your account was just signed in to from a browser it has not been used from before:',
      '',
      `  Browser: ${summarizeUserAgent(origin.userAgent)}`,
      ...(network ? [`  Network: ${network}`] : []),
      `  Time: ${when} (${user.timeZone})`,
      '',
      'If this was you, there is nothing to do.',
      '',
      `If it was not you, change your password now. On this page you can also end that session and turn on two-step sign-in: ${securityPage}`,
    ].join('\n'),
    discreet: await isDiscreet(deps, user.id),
  });
}
