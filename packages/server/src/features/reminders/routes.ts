import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import { IsoDateTime, NoContent, problems, strictObject } from '../../platform/http-schemas.js';
import { requireAuth } from '../sessions/authenticate.js';
import * as calendar from './calendar.js';
import * as reminders from './service.js';

const Minute = Type.Integer({ minimum: 0, maximum: 1439, description: 'minutes after midnight' });
const Weekly = strictObject({
  weekday: Type.Integer({
    minimum: 1,
    maximum: 7,
    description: 'ISO weekday: 1 Monday … 7 Sunday',
  }),
  minuteOfDay: Minute,
});
const Channels = strictObject({ email: Type.Boolean(), push: Type.Boolean() });
const Preferences = strictObject({
  timeZone: Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone' }),
  quietHours: Type.Union([strictObject({ startMinute: Minute, endMinute: Minute }), Type.Null()]),
  checkinTime: Weekly,
  meetingTime: Weekly,
  dateReminderMinute: Minute,
  sessionLeadMinutes: Type.Integer({ minimum: 0, maximum: 10_080 }),
  channels: strictObject({
    weekly_checkin: Channels,
    weekly_meeting: Channels,
    questionnaire_due: Channels,
    agreement_review: Channels,
    therapy_session: Channels,
  }),
  updates: Channels,
});
const PreferencesBody = Type.Object({ preferences: Preferences });
const PushSubscriptionBody = strictObject({
  endpoint: Type.String({ minLength: 1, maxLength: 2048 }),
  keys: strictObject({
    p256dh: Type.String({ minLength: 1, maxLength: 256 }),
    auth: Type.String({ minLength: 1, maxLength: 256 }),
  }),
});
const FailingDelivery = Type.Object({
  channel: Type.String(),
  topic: Type.String(),
  status: Type.String(),
  attempts: Type.Integer(),
  lastError: Type.Union([Type.String(), Type.Null()]),
  firstTriedAt: IsoDateTime,
  lastTriedAt: IsoDateTime,
});
const CalendarToken = strictObject({
  token: Type.String({ pattern: '^[A-Za-z0-9_-]{20,100}$' }),
});

export function registerReminderRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/v1/me/reminders',
    {
      schema: {
        operationId: 'getReminderPreferences',
        summary: 'Your reminders and how updates reach you outside the app',
        tags: ['reminders'],
        response: {
          200: Type.Object({ preferences: Preferences, pushDevices: Type.Integer() }),
          ...problems(401),
        },
      },
    },
    async (request) => {
      const { userId } = requireAuth(request);
      return {
        preferences: await reminders.getReminderPreferences(deps, userId),
        pushDevices: await reminders.pushSubscriptionCount(deps, userId),
      };
    },
  );

  app.put(
    '/api/v1/me/reminders',
    {
      schema: {
        operationId: 'updateReminderPreferences',
        summary: 'Change your reminders, quiet hours and time zone',
        tags: ['reminders'],
        body: PreferencesBody,
        response: { 200: PreferencesBody, ...problems(401, 403) },
      },
    },
    async (request) => ({
      preferences: await reminders.updateReminderPreferences(
        deps,
        requireAuth(request).userId,
        request.body.preferences,
      ),
    }),
  );

  app.get(
    '/api/v1/push/public-key',
    {
      schema: {
        operationId: 'getPushPublicKey',
        summary: "This instance's VAPID public key, for a browser to subscribe to push with",
        tags: ['reminders'],
        response: { 200: Type.Object({ publicKey: Type.String() }), ...problems(401) },
      },
    },
    async (request) => {
      requireAuth(request);
      return { publicKey: await reminders.pushPublicKey(deps) };
    },
  );

  app.post(
    '/api/v1/me/push-subscriptions',
    {
      schema: {
        operationId: 'subscribeToPush',
        summary: "Receive push notifications on this browser (its push service's subscription)",
        tags: ['reminders'],
        body: PushSubscriptionBody,
        response: { 204: NoContent, ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      await reminders.subscribeToPush(deps, requireAuth(request).userId, request.body);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/v1/me/push-subscriptions',
    {
      schema: {
        operationId: 'unsubscribeFromPush',
        summary: 'Stop push notifications on this browser',
        tags: ['reminders'],
        body: strictObject({ endpoint: Type.String({ minLength: 1, maxLength: 2048 }) }),
        response: { 204: NoContent, ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      await reminders.unsubscribeFromPush(deps, requireAuth(request).userId, request.body.endpoint);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/admin/deliveries',
    {
      schema: {
        operationId: 'listFailingDeliveries',
        summary: 'For administrators: e-mails and push messages that are failing or were given up',
        tags: ['reminders'],
        response: {
          200: Type.Object({
            retrying: Type.Integer(),
            undeliverable: Type.Integer(),
            messages: Type.Array(FailingDelivery),
          }),
          ...problems(401, 404),
        },
      },
    },
    async (request) => reminders.failingDeliveries(deps, requireAuth(request).userId),
  );

  app.get(
    '/api/v1/me/calendar-link',
    {
      schema: {
        operationId: 'getCalendarLink',
        summary: 'Whether you have a private calendar link (the link itself is shown only once)',
        tags: ['reminders'],
        response: {
          200: Type.Object({
            active: Type.Boolean(),
            createdAt: Type.Union([IsoDateTime, Type.Null()]),
          }),
          ...problems(401),
        },
      },
    },
    async (request) => calendar.calendarLinkStatus(deps, requireAuth(request).userId),
  );

  app.post(
    '/api/v1/me/calendar-link',
    {
      schema: {
        operationId: 'createCalendarLink',
        summary: 'Make a new private calendar link; any earlier one stops working',
        tags: ['reminders'],
        response: { 201: Type.Object({ url: Type.String() }), ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      const url = await calendar.createCalendarLink(deps, requireAuth(request).userId);
      return reply.status(201).send({ url });
    },
  );

  app.delete(
    '/api/v1/me/calendar-link',
    {
      schema: {
        operationId: 'revokeCalendarLink',
        summary: 'Stop your private calendar link working',
        tags: ['reminders'],
        response: { 204: NoContent, ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      await calendar.revokeCalendarLink(deps, requireAuth(request).userId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/calendar/:token.ics',
    {
      schema: {
        operationId: 'getCalendarFeed',
        summary: 'A private iCalendar feed of your appointments and weekly meeting (no sign-in)',
        tags: ['reminders'],
        params: CalendarToken,
        response: { 200: Type.String({ description: 'text/calendar' }), ...problems(404) },
      },
    },
    async (request, reply) => {
      const text = await calendar.calendarFeedFor(deps, request.params.token);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header('referrer-policy', 'no-referrer')
        .send(text);
    },
  );
}
