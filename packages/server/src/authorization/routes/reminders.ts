import { defaultReminderPreferences } from '@amend/core';
import { type MatrixModule, signedIn } from '../harness.js';

// A well-formed push subscription on a public push service; nothing is ever sent to it here.
const subscription = {
  endpoint: 'https://push.example.org/send/matrix',
  keys: {
    p256dh:
      'BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U',
    auth: 'tBHItJI5svbpez7KI4CCXg',
  },
};

/**
 * Reminders, push, failing deliveries and the calendar link. Everything here is the signed-in
 * person's own (preferences, subscriptions, link), so every signed-in actor reaches only theirs
 * and nothing in the target space changes; the delivery review is for administrators only.
 */
export const matrix: MatrixModule = {
  routes: [
    {
      method: 'GET',
      url: '/api/v1/me/reminders',
      send: (c) => c.get('/api/v1/me/reminders'),
      expected: signedIn(401, { stranger: 200, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'PUT',
      url: '/api/v1/me/reminders',
      send: (c) =>
        c.request('PUT', '/api/v1/me/reminders', {
          preferences: defaultReminderPreferences('Europe/London'),
        }),
      expected: signedIn(401, { stranger: 200, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'GET',
      url: '/api/v1/push/public-key',
      send: (c) => c.get('/api/v1/push/public-key'),
      expected: signedIn(401, { stranger: 200, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'POST',
      url: '/api/v1/me/push-subscriptions',
      send: (c) => c.post('/api/v1/me/push-subscriptions', subscription),
      expected: signedIn(401, { stranger: 204, otherSpaceMember: 204, member: 204 }),
    },
    {
      method: 'DELETE',
      url: '/api/v1/me/push-subscriptions',
      send: (c) =>
        c.request('DELETE', '/api/v1/me/push-subscriptions', { endpoint: subscription.endpoint }),
      expected: signedIn(401, { stranger: 204, otherSpaceMember: 204, member: 204 }),
    },
    // Administrators only (reminders.test.ts signs one in); everyone else is told nothing is here.
    {
      method: 'GET',
      url: '/api/v1/admin/deliveries',
      send: (c) => c.get('/api/v1/admin/deliveries'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 404 }),
    },
    {
      method: 'GET',
      url: '/api/v1/me/calendar-link',
      send: (c) => c.get('/api/v1/me/calendar-link'),
      expected: signedIn(401, { stranger: 200, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'POST',
      url: '/api/v1/me/calendar-link',
      send: (c) => c.post('/api/v1/me/calendar-link'),
      expected: signedIn(401, { stranger: 201, otherSpaceMember: 201, member: 201 }),
    },
    {
      method: 'DELETE',
      url: '/api/v1/me/calendar-link',
      send: (c) => c.delete('/api/v1/me/calendar-link'),
      expected: signedIn(401, { stranger: 204, otherSpaceMember: 204, member: 204 }),
    },
    // The feed needs no session, only its secret: a guessed one finds nothing, for anyone.
    {
      method: 'GET',
      url: '/api/v1/calendar/:token.ics',
      send: (c) => c.get(`/api/v1/calendar/${'g'.repeat(43)}.ics`),
      expected: signedIn(404, { stranger: 404, otherSpaceMember: 404, member: 404 }),
    },
  ],
};
