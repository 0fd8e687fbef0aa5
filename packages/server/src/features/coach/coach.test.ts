import { analyzeMessage, COACH_MAX_LENGTH } from '@amend/core';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { linkedCouple, signUp } from '../../test-support/factories.js';
import { whereTheyRemain } from '../../test-support/leftovers.js';

const ctx = useTestContext();

describe('POST /api/v1/coach/analyze', () => {
  it('answers with the same findings as the coach in core, offsets in UTF-16 units', async () => {
    const { client } = await signUp(ctx);
    const text = '😔 我很累。 You never listen to me, and it’s your fault we’re here. Whatever.';
    const response = await client.post('/api/v1/coach/analyze', { text });
    expect(response.status).toBe(200);
    expect(response.body.findings).toEqual(analyzeMessage(text));
    expect(
      response.body.findings.map((finding: { start: number; end: number; kind: string }) => [
        finding.kind,
        text.slice(finding.start, finding.end),
      ]),
    ).toEqual([
      ['criticism', 'You never'],
      ['blame', 'it’s your fault'],
      ['stonewalling', 'Whatever'],
    ]);
  });

  it('finds nothing in a calm message, and nothing in an empty one', async () => {
    const { client } = await signUp(ctx);
    for (const text of ['I felt scared when you came home late. I need a text next time.', '']) {
      const response = await client.post('/api/v1/coach/analyze', { text });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ findings: [] });
    }
  });

  it('keeps nothing of the draft and tells nobody, the partner included', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const draft = 'You are pathetic, and this draft is a coach probe 7f3a';
    const mailsBefore = ctx.smtp.received.length;
    const partnerUpdatesBefore = (await partner.client.get('/api/v1/notifications')).body;
    expect((await creator.client.post('/api/v1/coach/analyze', { text: draft })).status).toBe(200);
    expect(await whereTheyRemain(ctx, [], ['coach probe 7f3a'])).toEqual([]);
    expect(ctx.smtp.received.length).toBe(mailsBefore);
    expect((await partner.client.get('/api/v1/notifications')).body).toEqual(partnerUpdatesBefore);
    const accessLog = await partner.client.get('/api/v1/me/access-log');
    expect(JSON.stringify(accessLog.body)).not.toContain('coach');
  });

  it('needs a signed-in person', async () => {
    const response = await ctx.client().post('/api/v1/coach/analyze', { text: 'Whatever.' });
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses a missing, oversized or unexpected field with a problem that does not echo the text', async () => {
    const { client } = await signUp(ctx);
    const tooLong = `${'You never listen. '.repeat(Math.ceil(COACH_MAX_LENGTH / 18))}`;
    for (const body of [{}, { text: tooLong }, { text: 'Fine.', mood: 'low' }, { text: 42 }]) {
      const response = await client.post('/api/v1/coach/analyze', body);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(response.body)).not.toContain('You never listen');
    }
  });
});
