import { type ChunkStatement, type GrowthCalendar, growthSql, WEEKS } from './growth-sql.js';

/**
 * The rest of what the dashboard reads, thinner than the check-ins but never empty (an empty
 * table would let any plan pass): every eight weeks a conversation one partner logged with both
 * partners' ratings, an appreciation, time together planned and kept, and a trigger moment of the
 * hurt partner; a disclosure of something else every half year; and one agreement (proposed by
 * the involved partner, accepted by the hurt one) that both mark every eight weeks.
 */
export function togetherStatements(calendar: GrowthCalendar): ChunkStatement[] {
  const { id, weekStart, at, couples } = growthSql(calendar);
  const everyEighthWeek = `generate_series(2, ${WEEKS - 1}, 8) AS week`;
  const other = (week: string) => `CASE WHEN ${week} / 8 % 2 = 0 THEN hurt_id ELSE involved_id END`;
  const agreement = id(`'g' || n`, `${calendar.startMs} + n`);
  return [
    {
      sql: `INSERT INTO conversations (couple_id, id, logged_by, held_on, minutes, topic, source,
         created_at)
       SELECT couple_id, ${id(`'v' || n || '.' || week`, 'pg_temp.growth_ms(x.at)')},
         ${other('week')}, ${weekStart('week')} + 5, 30 + week % 4 * 15,
         'What we are each still afraid of', 'logged', x.at
       FROM ${couples}, ${everyEighthWeek},
         LATERAL (SELECT ${at('week', `interval '5 days 21 hours'`)} AS at) AS x
       ORDER BY week, n`,
    },
    {
      sql: `INSERT INTO conversation_ratings (couple_id, conversation_id, user_id, version, honest,
         heard, note, note_visibility, created_at)
       SELECT couple_id, ${id(`'v' || n || '.' || week`, 'pg_temp.growth_ms(x.at)')}, r.user_id,
         1, 3 + (n + week + r.who) % 3, 2 + (n + week) % 4, NULL, 'private',
         x.at + (r.who + 1) * interval '1 hour'
       FROM ${couples}, ${everyEighthWeek},
         LATERAL (VALUES (0, hurt_id), (1, involved_id)) AS r(who, user_id),
         LATERAL (SELECT ${at('week', `interval '5 days 21 hours'`)} AS at) AS x
       ORDER BY week, n, r.who`,
    },
    {
      sql: `INSERT INTO appreciations (couple_id, id, sent_by, text, created_at)
       SELECT couple_id, ${id(`'p' || n || '.' || week`, 'pg_temp.growth_ms(x.at)')},
         ${other('week + 8')}, 'Thank you for staying with the hard conversation on Sunday.', x.at
       FROM ${couples}, ${everyEighthWeek},
         LATERAL (SELECT ${at('week', `interval '6 days 9 hours'`)} AS at) AS x
       ORDER BY week, n`,
    },
    {
      sql: `INSERT INTO time_together (couple_id, id, planned_by, kind, title, planned_for,
         happened_on, created_at, updated_at)
       SELECT couple_id, ${id(`'w' || n || '.' || week`, 'pg_temp.growth_ms(x.at)')},
         ${other('week')}, (ARRAY['walk', 'meal', 'date', 'call'])[week / 8 % 4 + 1],
         'An evening for the two of us', ${weekStart('week')} + 6,
         CASE WHEN (n + week) % 5 <> 0 THEN ${weekStart('week')} + 6 END, x.at, x.at
       FROM ${couples}, ${everyEighthWeek},
         LATERAL (SELECT ${at('week', `interval '1 day 20 hours'`)} AS at) AS x
       ORDER BY week, n`,
    },
    {
      sql: `INSERT INTO trigger_moments (couple_id, id, user_id, occurred_at, intensity, category,
         helped, visibility, created_at)
       SELECT couple_id, ${id(`'m' || n || '.' || week`, 'pg_temp.growth_ms(x.at)')}, hurt_id,
         x.at, 1 + (n + week) % 5,
         (ARRAY['place', 'phone_or_message', 'memory', 'late_or_unreachable'])[(n + week) % 4 + 1],
         ARRAY['breathing'], 'private', x.at
       FROM ${couples}, generate_series(4, ${WEEKS - 1}, 8) AS week,
         LATERAL (SELECT ${at('week', `interval '2 days 22 hours'`)} AS at) AS x
       ORDER BY week, n`,
    },
    {
      sql: `INSERT INTO disclosures (couple_id, id, user_id, topic, occurred_on, text, created_at)
       SELECT couple_id, ${id(`'d' || n || '.' || week`, 'pg_temp.growth_ms(x.at)')},
         involved_id, 'something_else', ${weekStart('week')} + 1,
         'Something I had not told you yet, so that you hear it from me.', x.at
       FROM ${couples}, generate_series(10, ${WEEKS - 1}, 26) AS week,
         LATERAL (SELECT ${at('week', `interval '3 days 20 hours'`)} AS at) AS x
       ORDER BY week, n`,
    },
    {
      sql: `INSERT INTO agreements (couple_id, id, proposed_by, created_at)
       SELECT couple_id, ${agreement}, involved_id, ${at('1', `interval '12 hours'`)}
       FROM ${couples}`,
    },
    {
      sql: `INSERT INTO agreement_versions (couple_id, agreement_id, version, change_kind, title,
         practice, category, review_on, sunset_steps, steps_taken, proposed_by, created_at)
       SELECT couple_id, ${agreement}, 1, 'first', 'Phones open to each other',
         'Either of us may look at the other''s phone when asked, without a fuss.',
         'devices_passwords', ${weekStart('13')}, ARRAY[]::text[], 0, involved_id,
         ${at('1', `interval '12 hours'`)}
       FROM ${couples}`,
    },
    {
      sql: `INSERT INTO agreement_events (couple_id, agreement_id, seq, type, version, actor_id,
         created_at)
       SELECT couple_id, ${agreement}, e.seq, e.type, 1, e.actor,
         ${at('1', `interval '12 hours'`)} + e.seq * interval '1 hour'
       FROM ${couples},
         LATERAL (VALUES (1, 'proposed', involved_id), (2, 'accepted', hurt_id)) AS e(seq, type, actor)`,
    },
    {
      sql: `INSERT INTO agreement_holding (couple_id, agreement_id, user_id, week_start, mark,
         created_at, updated_at)
       SELECT couple_id, ${agreement}, h.user_id, ${weekStart('week')},
         CASE WHEN (n + week + h.who) % 9 = 0 THEN 'not_held' WHEN (n + week) % 7 = 0
           THEN 'not_sure' ELSE 'held' END, x.at, x.at
       FROM ${couples}, generate_series(2, ${WEEKS - 1}, 8) AS week,
         LATERAL (VALUES (0, hurt_id), (1, involved_id)) AS h(who, user_id),
         LATERAL (SELECT ${at('week', `interval '6 days 19 hours'`)} AS at) AS x
       ORDER BY week, n, h.who`,
    },
  ];
}
