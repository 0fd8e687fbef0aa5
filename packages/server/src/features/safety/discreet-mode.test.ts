import { findSensitiveWords, NEUTRAL_APP_NAME } from '@amend/core';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { linkedCouple, signUp } from '../../test-support/factories.js';

const ctx = useTestContext();

/** The parts of a received e-mail a glance can take in: sender, subject and body, link aside. */
function visibleParts(raw: string) {
  const [head = '', ...bodyParts] = raw.split(/\r?\n\r?\n/);
  const header = (name: string) =>
    new RegExp(`^${name}: (.*)$`, 'im').exec(head.replace(/\r?\n[ \t]+/g, ' '))?.[1] ?? '';
  // The link's host is the server's own address (PUBLIC_URL), which the operator chooses.
  const body = bodyParts.join('\n\n').replace(/https?:\/\/\S+/g, '<link>');
  return { from: header('From'), subject: header('Subject'), body };
}

async function requestResetFor(email: string) {
  const response = await ctx.client().post('/api/v1/password-resets', { email });
  expect(response.status).toBe(202);
  const mail = ctx.smtp.lastMailTo(email);
  if (!mail) throw new Error(`no e-mail reached ${email}`);
  return visibleParts(mail.raw);
}

describe('discreet mode', () => {
  it('is off until the person turns it on, and only they can see or change it', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    expect((await creator.client.get('/api/v1/me/preferences')).body).toEqual({
      preferences: { discreetMode: false },
    });
    const turnedOn = await creator.client.request('PUT', '/api/v1/me/preferences', {
      discreetMode: true,
    });
    expect(turnedOn.body.preferences.discreetMode).toBe(true);
    expect((await creator.client.get('/api/v1/me/preferences')).body.preferences.discreetMode).toBe(
      true,
    );
    expect((await partner.client.get('/api/v1/me/preferences')).body.preferences.discreetMode).toBe(
      false,
    );
    expect((await ctx.client().get('/api/v1/me/preferences')).status).toBe(401);
  });

  it('sends the password reset e-mail under the neutral name, with no telling word in it', async () => {
    const person = await signUp(ctx, { displayName: 'Morgan' });
    await person.client.request('PUT', '/api/v1/me/preferences', { discreetMode: true });
    const mail = await requestResetFor(person.email);
    expect(mail.from).toMatch(new RegExp(`^"?${NEUTRAL_APP_NAME}"? <no-reply@amend\\.test>$`));
    expect(mail.subject).toBe(`Reset your ${NEUTRAL_APP_NAME} password`);
    expect(mail.body).toContain('Hello Morgan,');
    for (const part of [mail.from.replace(/<.*>/, ''), mail.subject, mail.body]) {
      expect(findSensitiveWords(part)).toEqual([]);
    }
  });

  it('keeps the everyday e-mail neutral too: nothing but the app’s own name', async () => {
    const person = await signUp(ctx);
    const mail = await requestResetFor(person.email);
    expect(mail.subject).toBe('Reset your Amend password');
    const words = findSensitiveWords(`${mail.from} ${mail.subject} ${mail.body}`);
    expect(words.filter((word) => word !== 'amend')).toEqual([]);
  });
});
