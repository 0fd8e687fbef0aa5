import { type MatrixModule, recordId, signedIn } from '../harness.js';

const TALK = { heldOn: '2026-11-02', minutes: 30, topic: 'Matrix conversation' };
const PRIVATE_RATING_NOTE = 'Matrix member private rating note';
const PLAN = { kind: 'walk', title: 'Matrix walk', plannedFor: '2026-11-02' };
const TRIGGER = { intensity: 3, category: 'place', helped: ['breathing'] };

/** The conversation log, the weekly meeting, prompts, time-outs, triggers, time together. */
export const matrix: MatrixModule = {
  async seed({ member }) {
    const { client } = member;
    const conversation = await client.post('/api/v1/conversations', TALK);
    await client.request('PUT', `/api/v1/conversations/${conversation.body.id}/rating`, {
      honest: 4,
      heard: 4,
      note: PRIVATE_RATING_NOTE,
      noteVisibility: 'private',
    });
    const meeting = await client.post('/api/v1/meetings');
    const timeOut = await client.post('/api/v1/time-outs', { minutes: 30 });
    const privateTrigger = await client.post('/api/v1/triggers', TRIGGER);
    const sharedTrigger = await client.post('/api/v1/triggers', {
      ...TRIGGER,
      share: { need: 'Matrix need' },
    });
    const plan = await client.post('/api/v1/together/plans', PLAN);
    await client.post('/api/v1/together/appreciations', { text: 'Matrix thanks' });
    return {
      records: {
        conversationId: conversation.body.id,
        meetingId: meeting.body.meeting.id,
        timeOutId: timeOut.body.id,
        privateTriggerId: privateTrigger.body.id,
        sharedTriggerId: sharedTrigger.body.id,
        planId: plan.body.id,
      },
      hiddenFromPartner: [PRIVATE_RATING_NOTE],
      hiddenFromOutsiders: ['Matrix conversation', 'Matrix need', 'Matrix walk', 'Matrix thanks'],
    };
  },
  routes: [
    {
      method: 'GET',
      url: '/api/v1/conversations',
      send: (c) => c.get('/api/v1/conversations'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'POST',
      url: '/api/v1/conversations',
      send: (c) => c.post('/api/v1/conversations', TALK),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 201, member: 201 }),
      mayChange: ['member', 'partner'],
    },
    {
      method: 'PUT',
      url: '/api/v1/conversations/:conversationId/rating',
      send: (c, s) =>
        c.request('PUT', `/api/v1/conversations/${recordId(s, 'conversationId')}/rating`, {
          honest: 5,
          heard: 5,
          noteVisibility: 'private',
        }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204 }),
      mayChange: ['member', 'partner'],
    },
    {
      method: 'GET',
      url: '/api/v1/meetings',
      send: (c) => c.get('/api/v1/meetings'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'POST',
      url: '/api/v1/meetings',
      send: (c) => c.post('/api/v1/meetings'),
      // The seed left a meeting open: the member and the partner join it (200), changing nothing.
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 201, member: 200 }),
    },
    {
      method: 'GET',
      url: '/api/v1/meetings/:meetingId',
      send: (c, s) => c.get(`/api/v1/meetings/${recordId(s, 'meetingId')}`),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 200 }),
    },
    {
      method: 'PUT',
      url: '/api/v1/meetings/:meetingId/notes/:section',
      send: (c, s) =>
        c.request('PUT', `/api/v1/meetings/${recordId(s, 'meetingId')}/notes/went_well`, {
          text: 'A calm evening',
        }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204 }),
      mayChange: ['member', 'partner'],
    },
    {
      method: 'POST',
      url: '/api/v1/meetings/:meetingId/finish',
      send: (c, s) => c.post(`/api/v1/meetings/${recordId(s, 'meetingId')}/finish`),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 200 }),
      mayChange: ['member', 'partner'],
    },
    {
      method: 'GET',
      url: '/api/v1/prompts',
      send: (c) => c.get('/api/v1/prompts'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'PUT',
      url: '/api/v1/prompts/:promptId/marks/:kind',
      send: (c) =>
        c.request('PUT', '/api/v1/prompts/any-need-from-me/marks/favourite', { set: true }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 204, member: 204 }),
      mayChange: ['member', 'partner'],
    },
    {
      method: 'GET',
      url: '/api/v1/time-outs',
      send: (c) => c.get('/api/v1/time-outs'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'POST',
      url: '/api/v1/time-outs',
      send: (c) => c.post('/api/v1/time-outs', { minutes: 20, reason: 'Flooded' }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 201, member: 201 }),
      mayChange: ['member', 'partner'],
    },
    {
      method: 'POST',
      url: '/api/v1/time-outs/:timeOutId/end',
      send: (c, s) => c.post(`/api/v1/time-outs/${recordId(s, 'timeOutId')}/end`),
      // Only the person who asked for the pause ends it early.
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204, partner: 404 }),
      mayChange: ['member'],
    },
    {
      method: 'GET',
      url: '/api/v1/triggers',
      send: (c) => c.get('/api/v1/triggers'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'POST',
      url: '/api/v1/triggers',
      send: (c) => c.post('/api/v1/triggers', TRIGGER),
      // The partner joined as the involved partner: trigger moments are the hurt partner's tool.
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 201, member: 201, partner: 404 }),
      mayChange: ['member'],
    },
    {
      method: 'POST',
      url: '/api/v1/triggers/:triggerId/share',
      send: (c, s) =>
        c.post(`/api/v1/triggers/${recordId(s, 'privateTriggerId')}/share`, { need: 'A hug' }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204, partner: 404 }),
      mayChange: ['member'],
    },
    {
      method: 'POST',
      url: '/api/v1/triggers/:triggerId/responses',
      send: (c, s) =>
        c.post(`/api/v1/triggers/${recordId(s, 'sharedTriggerId')}/responses`, {
          text: 'I am here.',
        }),
      // Only the partner answers a moment shared with them; the owner does not answer their own.
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 404, partner: 201 }),
      mayChange: ['partner'],
    },
    {
      method: 'GET',
      url: '/api/v1/together',
      send: (c) => c.get('/api/v1/together'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'POST',
      url: '/api/v1/together/appreciations',
      send: (c) => c.post('/api/v1/together/appreciations', { text: 'Thank you' }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 201, member: 201 }),
      mayChange: ['member', 'partner'],
    },
    {
      method: 'POST',
      url: '/api/v1/together/plans',
      send: (c) => c.post('/api/v1/together/plans', PLAN),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 201, member: 201 }),
      mayChange: ['member', 'partner'],
    },
    {
      method: 'POST',
      url: '/api/v1/together/plans/:planId/happened',
      send: (c, s) =>
        c.post(`/api/v1/together/plans/${recordId(s, 'planId')}/happened`, {
          happenedOn: '2026-11-02',
        }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204 }),
      mayChange: ['member', 'partner'],
    },
  ],
};
