import {
  type DatedValue,
  instrumentById,
  type LocalDate,
  monthlyAverages,
  NEUTRAL_APP_NAME,
  type RatingJourney,
  ratingJourney,
} from '@amend/core';
import type { AccessLogEntry } from './access-log.js';
import type { PersonalData } from './export-store.js';
import { PdfWriter } from './pdf-writer.js';

const ROLE_WORDS: Record<string, string> = {
  hurt: 'the partner who was hurt',
  involved: 'the partner who was unfaithful',
  both: 'a partner who holds both roles',
  undisclosed: 'a partner who kept their role to themselves',
};

const INCIDENT_WORDS: Record<string, string> = {
  contact: 'renewed contact',
  new_affair: 'a new affair',
  lie: 'a lie about the affair',
  broken_agreement: 'a broken agreement',
};

const TREND_WORDS: Record<RatingJourney['trend'], string> = {
  rising: 'Over the last eight weeks it has been rising.',
  steady: 'Over the last eight weeks it has held steady.',
  falling:
    'Over the last eight weeks it has dipped. Healing is not a straight line, and dips are part of the path.',
  not_enough_data: 'There are not yet enough recent weeks to tell a direction.',
};

function formatters(timeZone: string) {
  const instant = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone });
  // Calendar dates (a week's Monday, the day of a session) are not instants: read them as UTC
  // so no time zone moves them to another day.
  const calendar = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return {
    instant: (date: Date) => instant.format(date),
    day: (date: string) => calendar.format(new Date(`${date}T00:00:00Z`)),
    month: (yearMonth: string) => month.format(new Date(`${yearMonth}-01T00:00:00Z`)),
  };
}

const times = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function journeySentence(name: string, journey: RatingJourney, day: (date: string) => string) {
  const start = `Your ${name} rating began around ${journey.startedAround} (from ${day(journey.firstWeek)})`;
  const recent =
    journey.weeksRated > 1
      ? ` and has been around ${journey.recentlyAround} in your latest weeks (to ${day(journey.latestWeek)}).`
      : '.';
  return `${start}${recent} ${TREND_WORDS[journey.trend]}`;
}

/** Weekly points spread across the chart's width by date. */
function chartPoints(points: readonly DatedValue[]): [number, number][] {
  const sorted = [...points].sort((a, b) => (a.date < b.date ? -1 : 1));
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return [];
  const span = Date.parse(last.date) - Date.parse(first.date) || 1;
  return sorted.map((point) => [
    (Date.parse(point.date) - Date.parse(first.date)) / span,
    point.value,
  ]);
}

function checkinSection(
  pdf: PdfWriter,
  data: PersonalData,
  day: (date: string) => string,
  month: (m: string) => string,
) {
  pdf.heading('Your weekly check-ins');
  if (data.checkins.length === 0) {
    pdf.paragraph('You have not checked in yet. There is nothing to summarise here.');
    return;
  }
  const trust = data.checkins.map((row) => ({
    date: row.weekStart as LocalDate,
    value: row.trust,
  }));
  const closeness = data.checkins.map((row) => ({
    date: row.weekStart as LocalDate,
    value: row.closeness,
  }));
  pdf.paragraph(`You checked in ${times(data.checkins.length, 'time', 'times')}.`);
  const trustJourney = ratingJourney(trust);
  const closenessJourney = ratingJourney(closeness);
  if (trustJourney) pdf.paragraph(journeySentence('trust', trustJourney, day));
  if (closenessJourney) pdf.paragraph(journeySentence('closeness', closenessJourney, day));
  if (data.checkins.length > 1) {
    pdf.chart(
      [
        { label: 'your trust rating', points: chartPoints(trust), dashed: false },
        { label: 'your closeness rating', points: chartPoints(closeness), dashed: true },
      ],
      { min: 1, max: 10 },
      [day(data.checkins[0]?.weekStart ?? ''), day(data.checkins.at(-1)?.weekStart ?? '')],
      `Your weekly trust and closeness ratings on a scale of 1 to 10, from ${day(data.checkins[0]?.weekStart ?? '')} to ${day(data.checkins.at(-1)?.weekStart ?? '')}.`,
    );
  }
  const closenessByMonth = new Map(monthlyAverages(closeness).map((row) => [row.month, row]));
  pdf.table(
    ['Month', 'Trust (average)', 'Closeness (average)', 'Weeks'],
    monthlyAverages(trust).map((row) => [
      month(row.month),
      String(row.average),
      String(closenessByMonth.get(row.month)?.average ?? '—'),
      String(row.weeks),
    ]),
  );
}

function questionnaireSection(pdf: PdfWriter, data: PersonalData, instant: (date: Date) => string) {
  pdf.heading('Your questionnaires');
  const completed = data.questionnaireResponses.filter((row) => row.status === 'completed');
  if (completed.length === 0) {
    pdf.paragraph('You have not completed a questionnaire yet.');
    return;
  }
  const byInstrument = new Map<string, typeof completed>();
  for (const row of completed) {
    byInstrument.set(row.instrumentId, [...(byInstrument.get(row.instrumentId) ?? []), row]);
  }
  for (const [instrumentId, responses] of byInstrument) {
    const definition = instrumentById(instrumentId);
    const title = definition?.title ?? responses[0]?.importedTitle ?? instrumentId;
    const first = responses[0];
    const latest = responses.at(-1);
    const band = definition?.bands?.find((candidate) => candidate.key === latest?.band)?.label;
    const parts = [`${title}: completed ${times(responses.length, 'time', 'times')}.`];
    if (first?.total != null && first.completedAt) {
      parts.push(`Your first score was ${first.total} (${instant(first.completedAt)}).`);
    }
    if (latest && latest !== first && latest.total != null && latest.completedAt) {
      parts.push(`Your latest was ${latest.total} (${instant(latest.completedAt)}).`);
    }
    if (band) parts.push(`It falls in the range described as “${band}”.`);
    pdf.paragraph(parts.join(' '));
  }
}

function recordsSection(pdf: PdfWriter, data: PersonalData, day: (date: string) => string) {
  pdf.heading('Incidents you reported');
  if (data.incidents.length === 0) {
    pdf.paragraph('You have not reported an incident.');
  } else {
    pdf.paragraph(
      `You reported ${times(data.incidents.length, 'incident', 'incidents')}. Each one is listed with the date it happened.`,
    );
    for (const incident of data.incidents) {
      const current = incident.versions.at(-1);
      if (!current) continue;
      const corrections = incident.versions.length - 1;
      pdf.paragraph(
        `${day(current.occurredOn)}: ${INCIDENT_WORDS[current.kind] ?? current.kind}, ${current.disclosure === 'proactive' ? 'told before being asked' : 'discovered'}${corrections > 0 ? `, corrected ${times(corrections, 'time', 'times')}` : ''}.`,
      );
    }
  }
  pdf.heading('Therapy sessions you recorded');
  const sessions = data.therapySessions;
  const first = sessions[0];
  const last = sessions.at(-1);
  pdf.paragraph(
    !first || !last
      ? 'You have not recorded a therapy session.'
      : first === last
        ? `You recorded 1 session, on ${day(first.heldOn)}.`
        : `You recorded ${sessions.length} sessions, from ${day(first.heldOn)} to ${day(last.heldOn)}.`,
  );
}

function programSection(pdf: PdfWriter, data: PersonalData) {
  pdf.heading('Your recovery path');
  const begun = new Set(
    data.program.progress.filter((row) => row.kind === 'stage_started').map((row) => row.stageId),
  );
  const done = new Set(
    data.program.progress
      .filter((row) => row.kind === 'stage_marked_done')
      .map((row) => row.stageId),
  );
  const answered = data.program.answers.filter((answer) => answer.versions.length > 0);
  pdf.paragraph(
    begun.size + done.size + answered.length === 0
      ? 'You have not started the recovery path yet.'
      : `You began ${times(begun.size, 'stage', 'stages')} and marked ${times(done.size, 'stage', 'stages')} as done. You saved answers to ${times(answered.length, 'exercise', 'exercises')}; every version is in data.json.`,
  );
}

function privateSection(pdf: PdfWriter, data: PersonalData) {
  pdf.heading('Your private journal');
  pdf.paragraph(
    data.journal.entries.length > 0
      ? `Your journal holds ${times(data.journal.entries.length, 'entry', 'entries')}. They are encrypted in your browser, and this download cannot read them: only your journal passphrase or recovery key can, in the app. data.json keeps them in their encrypted form.`
      : 'Your journal is empty.',
  );
  pdf.heading('Safety');
  pdf.paragraph(
    data.safetyScreens.length > 0
      ? `You took the private safety screen ${times(data.safetyScreens.length, 'time', 'times')}. Your answers are in data.json; they were never shown to anyone else.`
      : 'You have not taken the private safety screen.',
  );
  if (data.safetyResources.length > 0) {
    pdf.paragraph(
      `You saved ${times(data.safetyResources.length, 'place', 'places')} to turn to for help: ${data.safetyResources.map((resource) => `${resource.name} (${resource.contact})`).join('; ')}.`,
    );
  }
}

function accessSection(pdf: PdfWriter, accessLog: readonly AccessLogEntry[]) {
  pdf.heading('Who has seen your data');
  const byOthers = accessLog.filter((entry) => entry.who === 'person');
  const signIns = accessLog.filter((entry) => entry.action === 'account.signed_in');
  const failed = accessLog.filter((entry) => entry.action === 'account.sign_in_failed');
  const names = [...new Set(byOthers.map((entry) => entry.displayName ?? ''))].filter(Boolean);
  pdf.paragraph(
    byOthers.length > 0
      ? `${names.join(' and ')} looked at or added to records that concern you ${times(byOthers.length, 'time', 'times')}.`
      : 'Nobody else has looked at your records.',
  );
  pdf.paragraph(
    `You signed in ${times(signIns.length, 'time', 'times')}; ${failed.length === 0 ? 'no sign-in with a wrong password was tried' : `a wrong password was tried ${times(failed.length, 'time', 'times')}`}. Every event, with its time and device, is in access-log.csv.`,
  );
}

/** summary.pdf: a warm, readable overview of the export. Every number comes from packages/core or is a count. */
export async function summaryPdf(
  data: PersonalData,
  accessLog: readonly AccessLogEntry[],
  exportedAt: Date,
): Promise<Buffer> {
  const { instant, day, month } = formatters(data.account.timeZone);
  const appName = data.account.discreetMode ? NEUTRAL_APP_NAME : 'Amend';
  const pdf = new PdfWriter(`Your data in ${appName}, in summary`);
  pdf.title('Your data, in summary');
  pdf.note(`For ${data.account.displayName}, made on ${instant(exportedAt)}.`);
  pdf.paragraph(
    `This is a readable overview of what you have put into ${appName}. Everything in it, and more, is in data.json and in the CSV files beside this summary. README.txt explains each file.`,
  );

  pdf.heading('Your account');
  pdf.paragraph(`Name: ${data.account.displayName}`);
  pdf.paragraph(`E-mail: ${data.account.email}`);
  pdf.paragraph(`Time zone: ${data.account.timeZone}`);
  pdf.paragraph(`With ${appName} since ${instant(data.account.createdAt)}.`);

  pdf.heading('Your recovery space');
  if (data.memberships.length === 0) pdf.paragraph('You have not been in a recovery space.');
  for (const membership of data.memberships) {
    const joined = `You joined a space on ${instant(membership.joinedAt)} as ${ROLE_WORDS[membership.role] ?? 'a partner'}.`;
    const left = membership.leftAt
      ? ` You left on ${instant(membership.leftAt)}${membership.leftWith === 'withdrawn' ? ' and withdrew what you had shared.' : membership.leftWith === 'kept' ? ' and left what you had shared visible as history.' : '.'}`
      : '';
    pdf.paragraph(joined + left);
  }

  checkinSection(pdf, data, day, month);
  questionnaireSection(pdf, data, instant);
  recordsSection(pdf, data, day);
  programSection(pdf, data);
  privateSection(pdf, data);
  accessSection(pdf, accessLog);
  return pdf.finish();
}
