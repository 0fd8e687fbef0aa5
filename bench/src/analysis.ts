import {
  addDays,
  aggregateWeekly,
  attendanceSeries,
  type DatedValue,
  detectSetbacks,
  type LocalDate,
  monthsBetween,
  perceptionGap,
  relapseSummary,
  seededRandom,
  signsOfProgress,
  trendOf,
  typicalBand,
  weekStartOf,
} from '@amend/core';

/** All six metrics for one couple with five years of daily data, as the dashboard computes them. */
export function benchAnalysis(runs = 200) {
  const random = seededRandom(5);
  const start = '2021-01-04' as LocalDate;
  const days = 5 * 365;
  const daily = (base: number) =>
    Array.from(
      { length: days },
      (_, day): DatedValue => ({
        date: addDays(start, day),
        value: Math.max(
          1,
          Math.min(10, Math.round(base + (day / days) * 4 + (random() - 0.5) * 3)),
        ),
      }),
    );
  const series = {
    aTrust: daily(3),
    bTrust: daily(6),
    aClose: daily(4),
    bClose: daily(5),
    aTalk: daily(1),
    bTalk: daily(1),
  };
  const today = addDays(start, days);
  const incidents = Array.from({ length: 12 }, (_, i) => ({
    date: addDays(start, i * 150),
    kind: 'contact' as const,
    disclosure: i % 2 ? ('proactive' as const) : ('discovered' as const),
  }));
  const sessions = Array.from({ length: 60 }, (_, i) => addDays(start, i * 30));

  const once = () => {
    const weekly = Object.fromEntries(
      Object.entries(series).map(([key, points]) => [key, aggregateWeekly(points)]),
    );
    for (const key of Object.keys(weekly)) {
      const values = weekly[key] ?? [];
      trendOf(values);
      detectSetbacks(values);
    }
    perceptionGap(weekly.aTrust ?? [], weekly.bTrust ?? []);
    perceptionGap(weekly.aClose ?? [], weekly.bClose ?? []);
    for (const week of (weekly.aTrust ?? []).map((point) => point.weekStart)) {
      typicalBand('trust', monthsBetween(start, week));
    }
    relapseSummary(incidents, today);
    attendanceSeries(sessions, start, today);
    signsOfProgress({
      today,
      trust: weekly.aTrust ?? [],
      closeness: weekly.aClose ?? [],
      honestConversations: weekly.aTalk ?? [],
      incidents,
      checkInWeeks: (weekly.aTrust ?? []).map((point) => weekStartOf(point.weekStart)),
    });
  };
  for (let i = 0; i < 20; i += 1) once(); // warm-up
  const timings: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const begin = performance.now();
    once();
    timings.push(performance.now() - begin);
  }
  timings.sort((a, b) => a - b);
  return {
    medianMs: timings[Math.floor(runs / 2)] ?? 0,
    p95Ms: timings[Math.floor(runs * 0.95)] ?? 0,
    dailyPointsPerSeries: days,
  };
}
