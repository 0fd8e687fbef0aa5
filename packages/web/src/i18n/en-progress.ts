import { plural } from './plural';

const gapWork = 'The gap is where the work is.';

// The progress dashboard. Part of en.ts. Every number shown comes from the server.
export const progressMessages = {
  title: 'Your progress',
  loading: 'Loading your progress…',
  weeksInRecovery: plural({
    one: 'This is week 1 of your recovery space.',
    other: 'This is week {count} of your recovery space.',
  }),
  empty: 'No check-ins yet — your first takes about a minute.',
  emptyLink: 'Do this week’s check-in',
  checkInLink: 'This week’s check-in',
  spaceLink: 'Back to your space',
  summaryHeading: 'In short',
  metrics: {
    trust: {
      title: 'Trust',
      noun: 'trust rating',
      gap: `{when} you rated trust {a} and {name} rated it {b}: a gap of {gap}. ${gapWork}`,
      gapNone: '{when} you both rated trust {a}. You are seeing it the same way.',
    },
    closeness: {
      title: 'Closeness',
      noun: 'closeness rating',
      gap: `{when} you rated closeness {a} and {name} rated it {b}: a gap of {gap}. ${gapWork}`,
      gapNone: '{when} you both rated closeness {a}. You are seeing it the same way.',
    },
    communication: {
      title: 'Honest conversations',
      noun: 'weekly count of honest conversations',
      gap: `{when} you counted {a} honest conversations and {name} counted {b}: a gap of {gap}. ${gapWork}`,
      gapNone: '{when} you both counted {a} honest conversations.',
      source:
        'A week with conversations in your conversation log counts the ones you both rated honest; any other week uses your check-in answer.',
    },
  },
  sentence: {
    you: {
      moved: 'Your {noun} has moved from {first} to {latest} over {weeks} weeks.',
      same: 'Your {noun} is {latest}, where it started, over {weeks} weeks.',
      one: 'Your first {noun} is {latest}.',
      none: 'You have not recorded a {noun} yet.',
    },
    partner: {
      moved: '{name}’s {noun} has moved from {first} to {latest} over {weeks} weeks.',
      same: '{name}’s {noun} is {latest}, where it started, over {weeks} weeks.',
      one: '{name}’s first {noun} is {latest}.',
      none: '{name} has not recorded a {noun} yet.',
    },
  },
  when: {
    thisWeek: 'This week',
    weekOf: 'In the week of {date},',
  },
  chart: {
    summary: '{title} each week from {start} to {end}: {parts}.',
    summaryWithBand:
      '{title} each week from {start} to {end}: {parts}, drawn over the range the program guide calls typical.',
    yoursMoved: 'yours from {first} to {latest}',
    yoursOne: 'yours {latest}',
    theirsMoved: '{name}’s from {first} to {latest}',
    theirsOne: '{name}’s {latest}',
    legendHeading: 'Key',
    you: 'You: solid line, round points',
    partner: '{name}: dashed line, square points',
    band: 'What the program guide calls typical: shaded band',
    setback: 'A dip: open triangle',
    line: '{label}: solid line, round points',
  },
  band: {
    label: 'What the program guide calls typical',
    timeframe:
      'The program guide describes this kind of change over {min} to {max} months. It is a rough guide, not a measure of how you are doing.',
  },
  setbacks: {
    heading: 'Dips along the way',
    you: 'Healing is not a straight line: your dip to {value} in the week of {date} is part of the path, not a failure.',
    partner:
      'Healing is not a straight line: {name}’s dip to {value} in the week of {date} is part of the path, not a failure.',
  },
  table: {
    show: 'Show the numbers as a table',
    caption: '{title} each week',
    week: 'Week of',
    you: 'You',
    typical: 'Typical range',
    range: '{low} to {high}',
    none: 'Not recorded',
  },
  relapse: {
    heading: 'Setbacks and incidents',
    none: 'No incidents have been recorded.',
    summary: plural({
      one: '1 incident recorded, {proactive} told before being asked.',
      other: '{count} incidents recorded, {proactive} told before being asked.',
    }),
    lastSeen: plural({
      zero: 'The most recent was this week.',
      one: 'The most recent was 1 week ago.',
      other: 'The most recent was {count} weeks ago.',
    }),
    pathNote:
      'Healing is not a straight line. Being honest about a setback is part of rebuilding trust.',
    tableCaption: 'Incidents by kind',
    kindColumn: 'Kind',
    countColumn: 'Recorded',
    benchmark:
      'The program guide says about {low}–{high}% of couples face a relapse during rebuilding. It is a rough guide, not a verdict on you.',
    link: 'See setbacks and incidents',
  },
  attendance: {
    heading: 'Therapy attendance',
    none: 'No therapy sessions recorded yet — recording one takes a moment.',
    summary: plural({
      one: '1 session so far.',
      other: '{count} sessions so far.',
    }),
    verified: plural({
      zero: 'None has been confirmed by your therapist yet.',
      one: '1 has been confirmed by your therapist.',
      other: '{count} have been confirmed by your therapist.',
    }),
    lineLabel: 'Sessions so far',
    chartSummary: 'Sessions so far each week from {start} to {end}, reaching {latest}.',
    chartSummaryWithBand:
      'Sessions so far each week from {start} to {end}, reaching {latest}, drawn over the range the program guide calls typical.',
    benchmark:
      'The program guide describes about {low} to {high} sessions over 3 to 12 months. It is a rough guide, not a measure of how you are doing.',
    link: 'See therapy sessions',
  },
  questionnaires: {
    heading: 'Your questionnaires',
    private: 'Only you can see these.',
    none: 'You have not completed a questionnaire yet.',
    latest: 'Latest: {total} ({band}) on {date}.',
    latestNoBand: 'Latest: {total} on {date}.',
    notScored: 'Your latest, on {date}, could not be given a total.',
    notYet: 'Not completed yet.',
    responses: plural({
      one: '1 response so far.',
      other: '{count} responses so far.',
    }),
    change: {
      reliable_improvement:
        'Since your first one, your score has changed by more than chance alone would explain, in a good direction.',
      reliable_deterioration:
        'Since your first one, things look harder for you than they did. That is worth noticing kindly, and perhaps talking through with someone you trust.',
      no_reliable_change:
        'Since your first one, your score has not changed by more than chance alone would explain. Change often takes time.',
    },
    link: 'See your questionnaires',
  },
  signs: {
    heading: 'Signs of progress',
    intro:
      'From your own check-ins, your conversations and time together, and your trigger moments if you note them. These are encouragement, not grades: “not yet” is never a failure.',
    status: {
      showing: 'Showing',
      not_yet: 'Not yet',
      not_enough_data: 'Not enough data yet',
    },
    names: {
      openness: 'More openness',
      less_suspicion: 'Less suspicion',
      consistent_honesty: 'Consistent honesty',
      closeness: 'Growing closeness',
      commitment: 'Renewed commitment',
      fewer_triggers: 'Fewer or gentler triggers',
    },
    evidence: {
      conversationsPerWeekLast4Weeks: plural({
        one: 'About {value} honest conversation a week over the last 4 weeks.',
        other: 'About {value} honest conversations a week over the last 4 weeks.',
      }),
      conversationSlopePerWeek:
        'Your weekly count of honest conversations is changing by about {value} a week.',
      proactiveDisclosuresLast12Weeks: plural({
        zero: 'Nothing disclosed of your own accord in the last 12 weeks.',
        one: '{value} thing disclosed of your own accord in the last 12 weeks.',
        other: '{value} things disclosed of your own accord in the last 12 weeks.',
      }),
      discoveredIncidentsLast12Weeks: plural({
        zero: 'Nothing discovered in the last 12 weeks.',
        one: '{value} thing discovered in the last 12 weeks.',
        other: '{value} things discovered in the last 12 weeks.',
      }),
      discoveredIncidentsLast8Weeks: plural({
        zero: 'Nothing discovered in the last 8 weeks.',
        one: '{value} thing discovered in the last 8 weeks.',
        other: '{value} things discovered in the last 8 weeks.',
      }),
      lieIncidentsLast8Weeks: plural({
        zero: 'No lies recorded in the last 8 weeks.',
        one: '{value} lie recorded in the last 8 weeks.',
        other: '{value} lies recorded in the last 8 weeks.',
      }),
      toldBeforeAskedLast8Weeks: plural({
        zero: 'Nothing told before it was asked in the last 8 weeks.',
        one: '{value} thing told before it was asked in the last 8 weeks.',
        other: '{value} things told before they were asked in the last 8 weeks.',
      }),
      ratedWeeksLast8Weeks: 'You gave a rating in {value} of the last 8 weeks.',
      checkInWeeksLast8Weeks: 'You checked in {value} of the last 8 weeks.',
      latestTrust: 'Your latest trust rating is {value}.',
      trustSlopePerWeek: 'Your trust ratings are changing by about {value} a week.',
      closenessMeanLast4Weeks: 'Your closeness ratings average {value} over the last 4 weeks.',
      closenessSlopePerWeek: 'Your closeness ratings are changing by about {value} a week.',
      connectionMomentsLast4Weeks: plural({
        zero: 'No appreciations or time together logged in the last 4 weeks.',
        one: '{value} appreciation or time together in the last 4 weeks.',
        other: '{value} appreciations and times together in the last 4 weeks.',
      }),
      triggersLast4Weeks: plural({
        zero: 'No trigger moments noted in the last 4 weeks.',
        one: '{value} trigger moment noted in the last 4 weeks.',
        other: '{value} trigger moments noted in the last 4 weeks.',
      }),
      triggersPrevious4Weeks: plural({
        zero: 'None in the 4 weeks before.',
        one: '{value} in the 4 weeks before.',
        other: '{value} in the 4 weeks before.',
      }),
      triggerIntensityLast4Weeks: 'Their strength averaged {value} of 5 lately.',
      triggerIntensityPrevious4Weeks: 'It averaged {value} of 5 in the 4 weeks before.',
    },
  },
} as const;
