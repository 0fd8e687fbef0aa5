import {
  addDays,
  CONSENT_CATEGORIES,
  type ConsentCategory,
  instantOfWallTime,
  localDateOf,
  type PartnerRole,
  seededRandom,
  simulateRecovery,
} from '@amend/core';
import { signUp } from '../features/accounts/service.js';
import { recordCheckin } from '../features/checkins/service.js';
import { reportIncident } from '../features/incidents/service.js';
import { acceptInvitation, createInvitation } from '../features/space/invitations.js';
import { activeMembers, createSpace } from '../features/space/service.js';
import { signUpTherapist } from '../features/therapists/account-service.js';
import { scheduleAppointment } from '../features/therapists/appointments.js';
import { setConsent } from '../features/therapists/consent-service.js';
import {
  acceptTherapistCode,
  createTherapistCode,
} from '../features/therapists/invitation-service.js';
import { recordObservation, recordVerifiedSession } from '../features/therapists/sessions.js';
import type { AppDeps } from '../platform/deps.js';

/**
 * The demo's therapist and their practice: the demo couple and three more at different stages,
 * each partner sharing a different amount, so the caseload shows who needs attention and why.
 */
export const DEMO_THERAPIST = {
  email: 'jordan@demo.amend',
  displayName: 'Dr Jordan Avery',
  profession: 'Couples therapist',
  licenceNumber: 'DEMO-0001',
  practiceName: 'Harbour Couples Practice',
} as const;

const WEEK_MS = 7 * 86_400_000;
const DAY_MS = 86_400_000;
const TIME_ZONE = 'Europe/London';
const origin = { ipAddress: '127.0.0.1', userAgent: 'amend-demo' };
const EVERYTHING: ConsentCategory[] = [...CONSENT_CATEGORIES];

interface DemoCouple {
  readonly coupleId: string;
  readonly partners: readonly { userId: string; memberId: string; consent: ConsentCategory[] }[];
  readonly weeks: number;
}

interface CoupleSpec {
  readonly names: readonly [string, string];
  readonly weeks: number;
  readonly seed: number;
  readonly consent: readonly [ConsentCategory[], ConsentCategory[]];
  /** The second partner stopped checking in this many weeks ago. */
  readonly silentForWeeks?: number;
  /** An incident the hurt partner reported this many days ago. */
  readonly incidentDaysAgo?: number;
}

const OTHER_COUPLES: readonly CoupleSpec[] = [
  {
    names: ['Alex', 'Jamie'],
    weeks: 8,
    seed: 8_001,
    consent: [EVERYTHING, EVERYTHING],
    incidentDaysAgo: 6,
  },
  {
    names: ['Priya', 'Tom'],
    weeks: 30,
    seed: 30_001,
    consent: [['metrics'], EVERYTHING],
    silentForWeeks: 3,
  },
  { names: ['Chris', 'Dana'], weeks: 70, seed: 70_001, consent: [EVERYTHING, EVERYTHING] },
];

/** Two partners with a space and weekly check-ins from the recovery simulator. */
async function seedCouple(deps: AppDeps, spec: CoupleSpec, realNow: number): Promise<DemoCouple> {
  const start = realNow - spec.weeks * WEEK_MS;
  let simulated = new Date(start);
  const clocked: AppDeps = { ...deps, now: () => simulated };
  const [hurtName, involvedName] = spec.names;
  const person = (name: string) =>
    signUp(
      clocked,
      {
        email: `${name.toLowerCase()}@demo.amend`,
        displayName: name,
        password: 'demo passphrase for Amend',
        timeZone: TIME_ZONE,
      },
      origin,
    );
  const hurt = await person(hurtName);
  const involved = await person(involvedName);
  const cameToLightOn = localDateOf(new Date(start - 10 * DAY_MS), TIME_ZONE);
  const coupleId = await createSpace(
    clocked,
    hurt.id,
    TIME_ZONE,
    { relationshipType: 'marriage', role: 'hurt', cameToLightOn },
    origin,
  );
  const invitation = await createInvitation(clocked, hurt.id, origin);
  const token = new URL(invitation.link).pathname.split('/').at(-1) ?? '';
  await acceptInvitation(clocked, involved.id, { token }, 'involved' satisfies PartnerRole, origin);
  const history = simulateRecovery({ weeks: spec.weeks, random: seededRandom(spec.seed) });
  for (let week = 0; week < spec.weeks; week += 1) {
    simulated = new Date(start + week * WEEK_MS + 2 * DAY_MS + 19 * 3_600_000);
    if (simulated.getTime() > realNow) break;
    const silent = spec.silentForWeeks !== undefined && week >= spec.weeks - spec.silentForWeeks;
    for (const [userId, entries, skip] of [
      [hurt.id, history.hurt, false],
      [involved.id, history.involved, silent],
    ] as const) {
      const entry = entries.find((candidate) => candidate.week === week);
      if (!entry || skip) continue;
      const { trust, closeness, honestConversations, mood } = entry;
      await recordCheckin(
        clocked,
        userId,
        { trust, closeness, honestConversations, mood, noteVisibility: 'private' },
        null,
      );
    }
  }
  if (spec.incidentDaysAgo !== undefined) {
    await reportIncident({ ...deps, now: () => new Date(realNow) }, hurt.id, 'partner', {
      kind: 'contact',
      disclosure: 'discovered',
      occurredOn: localDateOf(new Date(realNow - spec.incidentDaysAgo * DAY_MS), TIME_ZONE),
    });
  }
  const members = await activeMembers(deps, coupleId);
  const memberOf = (userId: string) => members.find((m) => m.userId === userId)?.memberId ?? '';
  return {
    coupleId,
    weeks: spec.weeks,
    partners: [
      { userId: hurt.id, memberId: memberOf(hurt.id), consent: spec.consent[0] },
      { userId: involved.id, memberId: memberOf(involved.id), consent: spec.consent[1] },
    ],
  };
}

/**
 * Links a couple to the therapist with each partner's consent, records sessions every other week
 * and books the next one.
 */
async function workWith(deps: AppDeps, therapistId: string, couple: DemoCouple, realNow: number) {
  const [first] = couple.partners;
  if (!first) return;
  const { code } = await createTherapistCode(deps, first.userId, origin);
  await acceptTherapistCode(deps, therapistId, code, origin);
  for (const partner of couple.partners) {
    await setConsent(deps, partner.userId, therapistId, partner.consent, origin);
  }
  const attendees = couple.partners.map((partner) => partner.memberId);
  const sessions = Math.min(14, Math.floor(couple.weeks / 2));
  for (let index = 0; index < sessions; index += 1) {
    const heldOn = localDateOf(new Date(realNow - (index * 2 + 1) * WEEK_MS), TIME_ZONE);
    await recordVerifiedSession(deps, therapistId, couple.coupleId, {
      heldOn,
      kind: 'couple',
      attendees,
    });
  }
  // The next session, a week after the last, at 17:30: on the partners' sessions page, in the
  // therapist's couple view, and queued as each partner's reminder.
  const nextSessionOn = addDays(localDateOf(new Date(realNow), TIME_ZONE), 7);
  await scheduleAppointment(deps, therapistId, couple.coupleId, {
    startsAt: instantOfWallTime(
      { date: nextSessionOn, minuteOfDay: 17 * 60 + 30 },
      TIME_ZONE,
    ).toISOString(),
    kind: 'couple',
    invitees: attendees,
  });
  const level = couple.weeks >= 52 ? 'high' : couple.weeks >= 26 ? 'moderate' : 'low';
  const observedOn = localDateOf(new Date(realNow - WEEK_MS), TIME_ZONE);
  await recordObservation(deps, therapistId, couple.coupleId, {
    kind: 'forgiveness',
    observedOn,
    level,
    aboutMemberId: first.memberId,
  });
  await recordObservation(deps, therapistId, couple.coupleId, {
    kind: 'communication',
    observedOn,
    conversationsPerWeek: Math.min(6, 1 + Math.floor(couple.weeks / 10)),
  });
}

/** The demo therapist, linked to the demo couple (already seeded) and three couples more. */
export async function seedDemoPractice(
  deps: AppDeps,
  demoCouple: { coupleId: string; hurtUserId: string; involvedUserId: string; weeks: number },
): Promise<void> {
  const realNow = Date.now();
  const therapist = await signUpTherapist(
    deps,
    { ...DEMO_THERAPIST, password: 'demo passphrase for Amend', timeZone: TIME_ZONE },
    origin,
  );
  const members = await activeMembers(deps, demoCouple.coupleId);
  const memberOf = (userId: string) => members.find((m) => m.userId === userId)?.memberId ?? '';
  const couples: DemoCouple[] = [
    {
      coupleId: demoCouple.coupleId,
      weeks: demoCouple.weeks,
      partners: [
        {
          userId: demoCouple.hurtUserId,
          memberId: memberOf(demoCouple.hurtUserId),
          consent: EVERYTHING,
        },
        {
          userId: demoCouple.involvedUserId,
          memberId: memberOf(demoCouple.involvedUserId),
          consent: ['metrics', 'questionnaires'],
        },
      ],
    },
  ];
  for (const spec of OTHER_COUPLES) couples.push(await seedCouple(deps, spec, realNow));
  for (const couple of couples) await workWith(deps, therapist.id, couple, realNow);
}
