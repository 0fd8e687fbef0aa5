import { logConversation, rateConversation } from '../features/talking/conversations.js';
import {
  finishMeeting,
  saveMeetingNote,
  startOrJoinMeeting,
} from '../features/talking/meetings.js';
import { callTimeOut, endTimeOut } from '../features/talking/time-outs.js';
import {
  markTogetherHappened,
  planTimeTogether,
  sendAppreciation,
} from '../features/talking/together.js';
import { logTrigger } from '../features/talking/triggers.js';
import type { AppDeps } from '../platform/deps.js';
import type { DemoPartner } from './demo-history.js';

/**
 * Talking and reconnecting for the demo couple, through the real services at the simulated
 * time: trigger moments for the hurt partner from the start, fewer and gentler as months pass;
 * from the communication stage on, the honest conversations each check-in reports are logged
 * and both rate them honest (so the dashboard's count comes from the log and matches what
 * they said), a weekly meeting among them; a pause now and then; and, from the reconnecting
 * stage, appreciations and a walk every other week.
 */
const LOG_FROM_WEEK = 20;
const MEETINGS_FROM_WEEK = 24;
const RECONNECTING_FROM_WEEK = 30;
const PAUSE_WEEKS: Readonly<Record<number, 0 | 1>> = { 21: 1, 26: 0, 33: 1 };
const TOPICS = [
  'How the week went',
  'A hard question, asked calmly',
  'What we want from therapy',
  'Listening without fixing',
  'Time for just us',
];
const DAY_MS = 86_400_000;

function dayBefore(deps: AppDeps, days: number): string {
  return new Date(deps.now().getTime() - days * DAY_MS).toISOString().slice(0, 10);
}

export async function recordTalkingWeek(
  deps: AppDeps,
  week: number,
  partners: readonly DemoPartner[],
  honestThisWeek: number,
): Promise<void> {
  const [hurt, involved] = partners;
  if (!hurt || !involved) return;
  const triggers = Math.max(0, Math.round(4 - week / 9));
  for (let i = 0; i < triggers; i += 1) {
    await logTrigger(
      deps,
      hurt.userId,
      {
        intensity: Math.max(1, 5 - Math.floor(week / 10) - (i % 2)),
        category: i % 2 === 0 ? 'phone_or_message' : 'late_or_unreachable',
        helped: week < 12 ? ['breathing'] : ['reassurance', 'talking_it_through'],
      },
      null,
    );
  }
  const pauser = PAUSE_WEEKS[week];
  if (pauser !== undefined) {
    const caller = partners[pauser] ?? hurt;
    const pause = await callTimeOut(deps, caller.userId, {
      minutes: 60,
      reason: 'I need to calm down before I can listen.',
    });
    await endTimeOut(deps, caller.userId, pause.id);
  }
  if (week < LOG_FROM_WEEK) return;
  const meeting = week >= MEETINGS_FROM_WEEK;
  const plain = Math.max(0, honestThisWeek - (meeting ? 1 : 0));
  const logged: string[] = [];
  for (let i = 0; i < plain; i += 1) {
    const { id } = await logConversation(
      deps,
      partners[i % 2]?.userId ?? hurt.userId,
      {
        heldOn: dayBefore(deps, i % 3),
        minutes: 20 + 10 * (i % 3),
        topic: TOPICS[(week + i) % TOPICS.length] ?? 'How we are doing',
      },
      null,
    );
    logged.push(id);
  }
  if (meeting) {
    const { meeting: open } = await startOrJoinMeeting(deps, hurt.userId);
    await saveMeetingNote(
      deps,
      hurt.userId,
      open.id,
      'appreciations',
      'You kept your phone on the table all week.',
    );
    await saveMeetingNote(
      deps,
      involved.userId,
      open.id,
      'appreciations',
      'You told me when you felt unsure, instead of going quiet.',
    );
    const { conversationId } = await finishMeeting(deps, involved.userId, open.id);
    logged.push(conversationId);
  }
  for (const conversationId of logged) {
    for (const partner of partners) {
      await rateConversation(deps, partner.userId, conversationId, {
        honest: week > 30 ? 5 : 4,
        heard: 4,
        noteVisibility: 'private',
      });
    }
  }
  if (week >= RECONNECTING_FROM_WEEK && week % 2 === 0) {
    await sendAppreciation(
      deps,
      involved.userId,
      'Thank you for the walk and for being patient with me.',
      null,
    );
    await sendAppreciation(
      deps,
      hurt.userId,
      'Thank you for answering my questions without getting defensive.',
      null,
    );
    const walk = await planTimeTogether(
      deps,
      hurt.userId,
      { kind: 'walk', title: 'Along the river after dinner', plannedFor: dayBefore(deps, 1) },
      null,
    );
    await markTogetherHappened(deps, involved.userId, walk.id, dayBefore(deps, 1));
  }
}
