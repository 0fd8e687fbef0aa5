import {
  DomainError,
  type FhirBundle,
  fhirCollection,
  forgivenessLevelOf,
  forgivenessObservation,
  inPeriod,
  type LocalDate,
  parseLocalDate,
  periodSummary,
  weeklyObservation,
} from '@amend/core';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import { recordViews } from '../privacy/access-recording.js';
import { type ChartSeries, PdfWriter } from '../privacy/pdf-writer.js';
import { completedResponsesAsFhir } from '../questionnaires/service.js';
import { asSpaceContextOf, therapistCoupleContext, visibleMembers } from './context.js';
import { assembleCoupleView, type CoupleMetricView } from './couple-view.js';
import { sessionsOfCoupleUnlogged } from './sessions.js';

const METRIC_TITLES = {
  trust: 'Trust (1–10)',
  closeness: 'Closeness (1–10)',
  communication: 'Honest conversations a week',
} as const;

const number = (value: number | null) =>
  value === null ? '–' : new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(value);

function period(from: string, to: string): { from: LocalDate; to: LocalDate } {
  const start = parseLocalDate(from);
  const end = parseLocalDate(to);
  if (!start || !end || start > end) {
    throw new DomainError('VALIDATION_FAILED', 'Choose a period that ends after it starts.', [
      { field: 'from', message: 'Use dates like 2026-03-14, the start before the end.' },
    ]);
  }
  return { from: start, to: end };
}

function metricSection(
  pdf: PdfWriter,
  metric: CoupleMetricView,
  from: LocalDate,
  to: LocalDate,
): void {
  const title = METRIC_TITLES[metric.id];
  pdf.heading(title);
  if (metric.partners.length === 0) {
    pdf.paragraph('No partner shares these check-ins with you.');
    return;
  }
  const weeks = [
    ...new Set(
      metric.partners.flatMap((p) =>
        p.weekly.filter((w) => inPeriod(w.weekStart, from, to)).map((w) => w.weekStart),
      ),
    ),
  ].sort();
  for (const partner of metric.partners) {
    const summary = periodSummary(partner.weekly, from, to);
    pdf.paragraph(
      summary.weeks === 0
        ? `${partner.displayName}: no check-ins in this period.`
        : `${partner.displayName}: from ${number(summary.first)} to ${number(summary.latest)} over ${summary.weeks} week${summary.weeks === 1 ? '' : 's'}.`,
    );
  }
  const band = metric.band.find((entry) => entry.weekStart === weeks.at(-1));
  if (band) {
    pdf.note(
      `What the program guide calls typical at the end of the period: ${number(band.low)}–${number(band.high)}. A guide's figure, not a verdict.`,
    );
  }
  if (weeks.length >= 2) {
    const position = (week: LocalDate) => weeks.indexOf(week) / (weeks.length - 1);
    const series: ChartSeries[] = metric.partners.slice(0, 2).map((partner, index) => ({
      label: partner.displayName,
      dashed: index === 1,
      points: partner.weekly
        .filter((w) => inPeriod(w.weekStart, from, to))
        .map((w): [number, number] => [position(w.weekStart), w.value]),
    }));
    pdf.chart(
      series,
      metric.scale,
      [weeks[0] ?? '', weeks.at(-1) ?? ''],
      `${title}, week by week, for ${metric.partners.map((p) => p.displayName).join(' and ')}.`,
    );
  }
  pdf.table(
    ['Week of', ...metric.partners.map((p) => p.displayName)],
    weeks.map((week) => [
      week,
      ...metric.partners.map((p) =>
        number(p.weekly.find((w) => w.weekStart === week)?.value ?? null),
      ),
    ]),
  );
}

/**
 * A progress report of one couple over a period, as a tagged PDF with charts: each partner's
 * measures within what they share now, questionnaires, incidents and the sessions in the period.
 * Each partner whose records it shows gets an access-log event.
 */
export async function coupleReportPdf(
  deps: AppDeps,
  therapistUserId: string,
  coupleId: string,
  range: { from: string; to: string },
  origin: RequestOrigin,
): Promise<Buffer> {
  const { from, to } = period(range.from, range.to);
  const context = await therapistCoupleContext(deps, therapistUserId, coupleId, 'open');
  const [view, sessions] = await Promise.all([
    assembleCoupleView(deps, context),
    sessionsOfCoupleUnlogged(deps, context),
  ]);
  const names = view.partners.map((p) => p.displayName).join(' and ');
  const pdf = new PdfWriter(`Progress report: ${names}`);
  pdf.title(`Progress report: ${names}`);
  pdf.paragraph(`From ${from} to ${to}. Week ${view.weeksInRecovery} of recovery now.`);
  pdf.note(
    'Prepared from what each partner shares with you in Amend. The program guide’s figures are shown as what it calls typical, never as a verdict on a couple.',
  );
  pdf.heading('What each partner shares');
  for (const partner of view.partners) {
    pdf.paragraph(
      partner.consent.length === 0
        ? `${partner.displayName} shares nothing at the moment.`
        : `${partner.displayName} shares: ${partner.consent.join(', ').replaceAll('_', ' ')}.`,
    );
  }
  for (const metric of view.metrics) metricSection(pdf, metric, from, to);
  pdf.heading('Questionnaires');
  if (view.questionnaires.length === 0) pdf.paragraph('No partner shares questionnaires with you.');
  for (const partner of view.questionnaires) {
    const rows = partner.instruments.flatMap((instrument) =>
      instrument.responses
        .filter((r) => inPeriod(r.completedAt.slice(0, 10) as LocalDate, from, to))
        .map((r) => [instrument.title, r.completedAt.slice(0, 10), number(r.total), r.band ?? '–']),
    );
    pdf.paragraph(`${partner.displayName}: ${rows.length} completed in this period.`);
    if (rows.length > 0) pdf.table(['Questionnaire', 'Date', 'Score', 'Band'], rows);
  }
  pdf.heading('Sessions');
  const held = sessions.filter((s) => inPeriod(s.heldOn as LocalDate, from, to));
  const verified = held.filter((s) => s.verification === 'verified').length;
  pdf.paragraph(
    `${held.length} session${held.length === 1 ? '' : 's'} in this period, ${verified} verified by you.`,
  );
  if (view.relapse) {
    pdf.heading('Incidents');
    pdf.paragraph(
      `${view.relapse.total} incident${view.relapse.total === 1 ? '' : 's'} on record in all.`,
    );
  }
  const forgiveness = view.observations.filter(
    (o) => o.kind === 'forgiveness' && inPeriod(o.observedOn as LocalDate, from, to),
  );
  if (forgiveness.length > 0) {
    pdf.heading('Your assessments of forgiveness');
    pdf.table(
      ['Date', 'Partner', 'Level'],
      forgiveness.map((o) => [
        o.observedOn,
        view.partners.find((p) => p.memberId === o.aboutMemberId)?.displayName ?? '–',
        forgivenessLevelOf(o.value) ?? '–',
      ]),
    );
  }
  const shown = [
    ...new Set([
      ...visibleMembers(context, 'metrics'),
      ...visibleMembers(context, 'questionnaires'),
      ...visibleMembers(context, 'agreements_incidents'),
    ]),
  ].map((member) => member.userId);
  await recordViews(
    deps,
    therapistUserId,
    shown.length > 0 ? [{ coupleId, ownerIds: [...new Set(shown)] }] : [],
    'therapist_report',
    origin,
  );
  return pdf.finish();
}

/**
 * One partner's questionnaire responses and weekly check-ins (each only with that partner's
 * consent to it) and the therapist's own observations of them, as a FHIR R4 collection Bundle
 * without a Patient resource.
 */
export async function partnerFhirExport(
  deps: AppDeps,
  therapistUserId: string,
  coupleId: string,
  memberId: string,
  origin: RequestOrigin,
): Promise<FhirBundle> {
  const context = await therapistCoupleContext(deps, therapistUserId, coupleId, 'open');
  const member = context.members.find((candidate) => candidate.memberId === memberId);
  if (!member) throw new DomainError('NOT_FOUND', 'That partner is not in this couple.');
  const shares = (category: 'metrics' | 'questionnaires') =>
    visibleMembers(context, category).some((visible) => visible.memberId === memberId);
  const sharesMetrics = shares('metrics');
  const sharesQuestionnaires = shares('questionnaires');
  const [view, responses] = await Promise.all([
    assembleCoupleView(deps, context),
    sharesQuestionnaires
      ? completedResponsesAsFhir(deps, asSpaceContextOf(context, member, [member]), {
          kind: 'therapist',
          therapistUserId,
        })
      : Promise.resolve([]),
  ]);
  const observations = sharesMetrics
    ? view.metrics.flatMap((metric) =>
        (metric.partners.find((p) => p.memberId === memberId)?.weekly ?? []).map((week) =>
          weeklyObservation(newId(), metric.id, week.weekStart, week.value),
        ),
      )
    : [];
  const assessments = view.observations.flatMap((o) => {
    const level = forgivenessLevelOf(o.value);
    return o.kind === 'forgiveness' && o.aboutMemberId === memberId && level
      ? [forgivenessObservation(o.id, o.observedOn as LocalDate, level)]
      : [];
  });
  if (sharesMetrics || sharesQuestionnaires) {
    await recordViews(
      deps,
      therapistUserId,
      [{ coupleId, ownerIds: [member.userId] }],
      'therapist_fhir_export',
      origin,
    );
  }
  return fhirCollection([...responses, ...observations, ...assessments], deps.now());
}
