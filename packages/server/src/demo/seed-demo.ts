import { type PartnerRole, type SimulatedWeek, seededRandom, simulateRecovery } from '@amend/core';
import { signUp } from '../features/accounts/service.js';
import { findUserByEmail } from '../features/accounts/store.js';
import { recordCheckin } from '../features/checkins/service.js';
import { acceptInvitation, createInvitation } from '../features/space/invitations.js';
import { activeMembers, createSpace } from '../features/space/service.js';
import type { AppDeps } from '../platform/deps.js';
import { type DemoPartner, recordDemoWeek } from './demo-history.js';
import { seedDemoPractice } from './demo-practice.js';
import { recordTalkingWeek } from './demo-talking.js';

/**
 * The demo space behind `npm run demo`: Amend with a demo space of two partners and nine months of
 * history, and their therapist with a caseload of four couples, (check-ins, questionnaires, sessions, setbacks, the recovery path), so a newcomer sees
 * a full dashboard at once. The history comes from core's recovery simulator and is
 * written through the real services with a clock that walks through those months. It lives in
 * its own data directory (./data-demo) and is created once.
 */
export const DEMO_PASSWORD = 'demo passphrase for Amend';
export const DEMO_PEOPLE = {
  hurt: { email: 'robin@demo.amend', displayName: 'Robin' },
  involved: { email: 'sam@demo.amend', displayName: 'Sam' },
} as const;
const DEMO_WEEKS = 39;
const WEEK_MS = 7 * 86_400_000;
const origin = { ipAddress: '127.0.0.1', userAgent: 'amend-demo' };

export async function seedDemo(deps: AppDeps): Promise<boolean> {
  if (await findUserByEmail(deps.db, DEMO_PEOPLE.hurt.email)) return false;
  const realNow = Date.now();
  const start = realNow - DEMO_WEEKS * WEEK_MS;
  let simulated = new Date(start);
  const clocked: AppDeps = { ...deps, now: () => simulated };
  const timeZone = 'Europe/London';

  const robin = await signUp(
    clocked,
    { ...DEMO_PEOPLE.hurt, password: DEMO_PASSWORD, timeZone },
    origin,
  );
  const sam = await signUp(
    clocked,
    { ...DEMO_PEOPLE.involved, password: DEMO_PASSWORD, timeZone },
    origin,
  );
  const cameToLightOn = new Date(start - 12 * 86_400_000).toISOString().slice(0, 10);
  const coupleId = await createSpace(
    clocked,
    robin.id,
    timeZone,
    { relationshipType: 'marriage', role: 'hurt', cameToLightOn },
    origin,
  );
  const invitation = await createInvitation(clocked, robin.id, origin);
  const token = new URL(invitation.link).pathname.split('/').at(-1) ?? '';
  await acceptInvitation(clocked, sam.id, { token }, 'involved' satisfies PartnerRole, origin);

  const members = await activeMembers(clocked, coupleId);
  const memberIdOf = (userId: string) =>
    members.find((member) => member.userId === userId)?.memberId ?? '';
  const partners: DemoPartner[] = [
    { userId: robin.id, role: 'hurt', memberId: memberIdOf(robin.id) },
    { userId: sam.id, role: 'involved', memberId: memberIdOf(sam.id) },
  ];

  const history = simulateRecovery({ weeks: DEMO_WEEKS, random: seededRandom(20_261_122) });
  const record = async (userId: string, entry: SimulatedWeek | undefined) => {
    if (!entry) return;
    const { trust, closeness, honestConversations, mood } = entry;
    await recordCheckin(
      clocked,
      userId,
      { trust, closeness, honestConversations, mood, noteVisibility: 'private' },
      null,
    );
  };
  for (let week = 0; week < DEMO_WEEKS; week += 1) {
    // Mid-week, early evening: when people tend to check in.
    simulated = new Date(start + week * WEEK_MS + 2 * 86_400_000 + 18 * 3_600_000);
    if (simulated.getTime() > realNow) break;
    await record(
      robin.id,
      history.hurt.find((entry) => entry.week === week),
    );
    await record(
      sam.id,
      history.involved.find((entry) => entry.week === week),
    );
    const entries = { [robin.id]: history.hurt, [sam.id]: history.involved };
    await recordDemoWeek(
      clocked,
      week,
      partners,
      (userId) => entries[userId]?.find((entry) => entry.week === week)?.trust,
    );
    // Both said how many honest conversations they had; the log holds the ones both count.
    const honest = Math.min(
      ...[robin.id, sam.id].map(
        (userId) => entries[userId]?.find((entry) => entry.week === week)?.honestConversations ?? 0,
      ),
    );
    await recordTalkingWeek(clocked, week, partners, Math.min(honest, 6));
  }
  // Their therapist, with three more couples at other stages (see demo-practice.ts).
  await seedDemoPractice(deps, {
    coupleId,
    hurtUserId: robin.id,
    involvedUserId: sam.id,
    weeks: DEMO_WEEKS,
  });
  return true;
}
