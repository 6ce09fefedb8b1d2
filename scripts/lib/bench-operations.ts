import Database from 'better-sqlite3'
import { closeJournal, openJournal, type Db } from '../../src/main/db/open'
import { sql } from '../../src/main/db/statements'
import { listMembers } from '../../src/main/journal/members'
import { memberTimeline } from '../../src/main/journal/members'
import { prepareOneOnOne } from '../../src/main/journal/oneOnOnes'
import { lettingGoRecord } from '../../src/main/journal/lettingGo'
import { reviewOffer } from '../../src/main/journal/reviews'
import { search } from '../../src/main/search/search'
import { createReflection } from '../../src/main/journal/reflections'
import { MAX_BODY_CHARS } from '../../src/shared/domain/reflections'
import { exportAll } from './bench-export'
import { cliExportAll, cliExportTen } from './bench-cli'
import { importAll } from './bench-import'
import { packetOperation } from './bench-packets'
import { authorityInsights } from '../../src/main/insights/authority'
import { moodTrend } from '../../src/main/insights/mood'
import { delegationOutcomes } from '../../src/main/insights/outcomes'
import { goalInsights } from '../../src/main/insights/goals'
import { listGoals } from '../../src/main/journal/goals'
import { rhythmInsights } from '../../src/main/insights/rhythm'
import { stanceTrend } from '../../src/main/insights/stance'
import { todayView } from '../../src/main/reminders/today'
import { feedbackSummary, listFeedback } from '../../src/main/journal/feedback'

export interface BenchContext {
  /** The seeded journal file. */
  path: string
  /** The app's connection, opened as the app opens it. */
  db: Db
  /** A plain better-sqlite3 connection to the same file, for baselines. */
  raw: Db
}

/**
 * One row of the benchmark: what the app does, and the plainest better-sqlite3 code that returns the same
 * rows, measured interleaved. `iterations` defaults to 200. Add an operation by adding an entry.
 */
export interface BenchOperation {
  name: string
  iterations?: (reflections: number) => number
  app: (context: BenchContext, iteration: number) => unknown
  baseline: (context: BenchContext, iteration: number) => unknown
  /** Untimed, before each measured call (e.g. let the disk settle after writing files). */
  before?: (context: BenchContext) => void
  /** Run each side once, untimed, before measuring (default true). */
  warmUp?: boolean
  /** More figures for the row, read once its runs are done (e.g. peak memory). */
  extra?: () => Record<string, number>
}

// Words from the seed's vocabulary, cycled so no single posting list decides the figures.
const oneWord = ['delegation', 'feedback', 'roadmap', 'incident', 'mentor', 'budget']
const twoWords = ['trust feedback', 'team roadmap', 'incident postmortem', 'career growth', 'scope risk']
const prefixes = ['dele', 'feed', 'road', 'inci', 'ment', 'budg']
const at = <T>(list: readonly T[], i: number) => list[i % list.length]!
const quoted = (text: string) =>
  text
    .split(' ')
    .map((word) => `"${word}"`)
    .join(' ')

/**
 * A baseline's statement, prepared once per connection by the cache the app's own statements use
 * (db/statements.ts), so both sides are measured running SQL, not compiling it.
 */
const plain = sql

/** The plainest FTS5 search: every match ranked by bm25, the best 50 with snippets. */
const plainSearch = (raw: Db, match: string) =>
  plain(
    raw,
    `SELECT r.id, r.title, snippet(reflections_fts, -1, '[', ']', '…', 16) AS snippet
     FROM reflections_fts JOIN reflections r ON r.rowid = reflections_fts.rowid
     WHERE reflections_fts MATCH ? ORDER BY rank LIMIT 50`
  ).all(match)

const memberIds = new WeakMap<Db, string[]>()
/** The seeded members in turn, so no single person's history decides the figures. */
function memberAt(raw: Db, i: number): string {
  let ids = memberIds.get(raw)
  if (!ids) {
    ids = raw.prepare('SELECT id FROM members WHERE deleted_at IS NULL ORDER BY id').pluck().all() as string[]
    memberIds.set(raw, ids)
  }
  return at(ids, i)
}

/** What says whether a person is due: their last skipped one-on-one and their time away since the last one. */
const dueColumns = `(SELECT max(s.date) FROM one_on_one_skips s WHERE s.member_id = m.id AND s.deleted_at IS NULL)
    AS last_skipped,
  (SELECT json_group_array(json_object('startsOn', w.starts_on, 'endsOn', w.ends_on)) FROM away_periods w
    WHERE w.member_id = m.id AND w.deleted_at IS NULL AND w.ends_on >= coalesce((SELECT max(r.date) FROM reflections r
      WHERE r.member_id = m.id AND r.kind = 'one_on_one' AND r.deleted_at IS NULL), '')) AS away`

const appSearch = (db: Db, text: string) => search(db, { text, kinds: ['reflection'], limit: 50 })

export const operations: BenchOperation[] = [
  {
    name: 'journal.open',
    iterations: (reflections) => (reflections > 20_000 ? 5 : 10),
    app: ({ path }) => closeJournal(openJournal(path)),
    // The same connection settings the app needs; the app also inspects the file read-only first (openJournal).
    baseline: ({ path }) => {
      const db = new Database(path)
      db.pragma('journal_mode = WAL')
      db.pragma('synchronous = FULL')
      db.pragma('foreign_keys = ON')
      db.pragma('busy_timeout = 5000')
      db.pragma('user_version', { simple: true })
      db.close()
    }
  },
  {
    name: 'members.list',
    app: ({ db }) => listMembers(db, {}),
    baseline: ({ raw }) =>
      plain(
        raw,
        `SELECT m.*, (SELECT max(r.date) FROM reflections r WHERE r.member_id = m.id AND r.kind = 'one_on_one'
             AND r.deleted_at IS NULL) AS last_one_on_one, ${dueColumns}
           FROM members m WHERE m.deleted_at IS NULL AND m.archived_at IS NULL ORDER BY m.name COLLATE NOCASE`
      ).all()
  },
  {
    name: 'member.timeline_page',
    app: ({ db, raw }, i) => memberTimeline(db, { memberId: memberAt(raw, i) }),
    baseline: ({ raw }, i) =>
      plain(
        raw,
        `SELECT * FROM (
             SELECT 'reflection' AS kind, id, date, title, substr(body, 1, 600) AS body, mood, stance
               FROM reflections WHERE member_id = @member AND deleted_at IS NULL
             UNION ALL
             SELECT 'checkin', c.id, c.date, d.title, c.progress, NULL, NULL
               FROM checkins c JOIN delegations d ON d.id = c.delegation_id
               WHERE d.member_id = @member AND c.deleted_at IS NULL AND d.deleted_at IS NULL
             UNION ALL
             SELECT 'action_item', id, substr(created_at, 1, 10), NULL, text, NULL, NULL
               FROM action_items WHERE member_id = @member AND deleted_at IS NULL
             UNION ALL
             SELECT 'talking_point', t.id, t.jotted_on, t.owner, t.text, r.deleted_at, t.reflection_id
               FROM talking_points t LEFT JOIN reflections r ON r.id = t.reflection_id
               WHERE t.member_id = @member AND t.deleted_at IS NULL
             UNION ALL
             SELECT 'away', id, starts_on, ends_on, note, NULL, NULL
               FROM away_periods WHERE member_id = @member AND deleted_at IS NULL
             UNION ALL
             SELECT 'skip', id, date, NULL, reason, NULL, NULL
               FROM one_on_one_skips WHERE member_id = @member AND deleted_at IS NULL
             UNION ALL
             SELECT 'goal', id, substr(created_at, 1, 10), title, NULL, status, NULL
               FROM goals WHERE member_id = @member AND deleted_at IS NULL)
           ORDER BY date DESC, id DESC LIMIT 51`
      ).all({ member: memberAt(raw, i) })
  },
  {
    name: 'goals.list',
    app: ({ db, raw }, i) => listGoals(db, memberAt(raw, i)),
    // A person's goals (theirs only while they are not in the trash), then the delegations and the feedback
    // pointing at them: three plain reads.
    baseline: ({ raw }, i) => {
      const member = memberAt(raw, i)
      return [
        plain(
          raw,
          `SELECT g.* FROM goals g JOIN members m ON m.id = g.member_id AND m.deleted_at IS NULL
           WHERE g.member_id = ? AND g.deleted_at IS NULL
           ORDER BY CASE g.status WHEN 'active' THEN 0 WHEN 'achieved' THEN 1 ELSE 2 END, g.created_at`
        ).all(member),
        plain(
          raw,
          `SELECT d.goal_id, d.id, d.title, d.authority_level, d.status FROM delegations d
           JOIN goals g ON g.id = d.goal_id WHERE g.member_id = ? AND d.deleted_at IS NULL`
        ).all(member),
        plain(
          raw,
          `SELECT f.goal_id, f.id, f.kind, f.behaviour, f.given_on FROM feedback f
           JOIN goals g ON g.id = f.goal_id WHERE g.member_id = ? AND f.deleted_at IS NULL`
        ).all(member)
      ]
    }
  },
  {
    name: 'feedback.member_page',
    // A fifth of a millisecond a call: 200 runs left the ratio to the machine's noise (1.21 to 1.45).
    iterations: () => 2000,
    // The person's page: their feedback (to deliver first, then newest) and the 90-day count with the nudge.
    app: ({ db, raw }, i) => {
      const memberId = memberAt(raw, i)
      return [listFeedback(db, memberId), feedbackSummary(db, { memberId, today: '2026-06-30' })]
    },
    // The same answers bare: the list (of a person not in the trash), the counts of the 90 days, what is to
    // deliver, the last praise, and the first day the journal knew them.
    baseline: ({ raw }, i) => {
      const memberId = memberAt(raw, i)
      return [
        plain(
          raw,
          `SELECT * FROM feedback WHERE member_id = ? AND deleted_at IS NULL
             ORDER BY given_on IS NOT NULL, given_on DESC, created_at DESC`
        ).all(memberId),
        plain(
          raw,
          `SELECT kind, count(*) FROM feedback
             WHERE member_id = ? AND deleted_at IS NULL AND given_on > '2026-04-01' GROUP BY kind`
        ).all(memberId),
        plain(
          raw,
          `SELECT count(*) FROM feedback WHERE member_id = ? AND given_on IS NULL AND deleted_at IS NULL`
        ).get(memberId),
        plain(
          raw,
          `SELECT max(given_on) FROM feedback WHERE member_id = ? AND kind = 'praise' AND deleted_at IS NULL`
        ).get(memberId),
        plain(raw, `SELECT created_at, deleted_at FROM members WHERE id = ?`).get(memberId),
        plain(raw, `SELECT min(date) FROM reflections WHERE member_id = ? AND deleted_at IS NULL`).get(
          memberId
        )
      ]
    }
  },
  {
    name: 'one_on_one.prepare',
    app: ({ db, raw }, i) => prepareOneOnOne(db, { memberId: memberAt(raw, i) }),
    // The queries bare: the same rows in the same order (the person with the day of the last one-on-one and
    // what says whether they are due, their open talking points, the days open action items came from, open
    // action items by due date, active delegations with their last check-in and every check-in's day and
    // response, the last one-on-one).
    baseline: ({ raw }, i) => {
      const memberId = memberAt(raw, i)
      return [
        plain(
          raw,
          `SELECT m.*, (SELECT max(r.date) FROM reflections r WHERE r.member_id = m.id AND r.kind = 'one_on_one'
             AND r.deleted_at IS NULL) AS last_one_on_one, ${dueColumns}
           FROM members m WHERE m.id = ? AND m.deleted_at IS NULL`
        ).get(memberId),
        plain(
          raw,
          `SELECT t.* FROM talking_points t LEFT JOIN reflections r ON r.id = t.reflection_id
           WHERE t.member_id = ? AND t.deleted_at IS NULL AND (t.reflection_id IS NULL OR r.deleted_at IS NOT NULL)
           ORDER BY t.jotted_on, t.created_at, t.id`
        ).all(memberId),
        plain(
          raw,
          `SELECT a.id, r.date FROM action_items a JOIN reflections r ON r.id = a.reflection_id
           WHERE a.member_id = ? AND a.status = 'open' AND a.deleted_at IS NULL`
        ).all(memberId),
        plain(
          raw,
          `SELECT a.*, m.name AS member_name FROM action_items a JOIN members m ON m.id = a.member_id
           WHERE a.member_id = ? AND a.status = 'open' AND a.deleted_at IS NULL
           ORDER BY a.due_date IS NULL, a.due_date, a.created_at DESC`
        ).all(memberId),
        plain(
          raw,
          `SELECT d.*, c.date AS last_checkin, c.signal, c.leader_response,
             (SELECT group_concat(date || ' ' || leader_response || ' ' || signal, ',' ORDER BY date DESC, created_at DESC)
              FROM checkins WHERE delegation_id = d.id AND deleted_at IS NULL) AS checkins
           FROM delegations d
           LEFT JOIN checkins c ON c.id = (SELECT id FROM checkins WHERE delegation_id = d.id AND deleted_at IS NULL
             ORDER BY date DESC, created_at DESC LIMIT 1)
           WHERE d.member_id = ? AND d.status = 'active' AND d.deleted_at IS NULL
           ORDER BY d.due_date IS NULL, d.due_date, d.title COLLATE NOCASE`
        ).all(memberId),
        plain(
          raw,
          `SELECT id, date, title, mood, stance FROM reflections WHERE member_id = ? AND kind = 'one_on_one'
           AND deleted_at IS NULL ORDER BY date DESC, created_at DESC LIMIT 1`
        ).get(memberId)
      ]
    }
  },
  {
    name: 'search.one_word',
    app: ({ db }, i) => appSearch(db, `${at(oneWord, i)} `),
    baseline: ({ raw }, i) => plainSearch(raw, quoted(at(oneWord, i)))
  },
  {
    name: 'search.two_words',
    app: ({ db }, i) => appSearch(db, `${at(twoWords, i)} `),
    baseline: ({ raw }, i) => plainSearch(raw, quoted(at(twoWords, i)))
  },
  {
    name: 'search.prefix',
    app: ({ db }, i) => appSearch(db, at(prefixes, i)),
    baseline: ({ raw }, i) => plainSearch(raw, `${quoted(at(prefixes, i))}*`)
  },
  exportAll,
  cliExportAll,
  cliExportTen,
  importAll,
  ...insightOperations(),
  ...lettingGoOperations(),
  dueToday(),
  packetOperation(memberAt),
  hugeEntrySearch()
]

/** Whether letting go worked, per person; and the weekly review's offer, read at every Team screen. */
function lettingGoOperations(): BenchOperation[] {
  return [
    {
      name: 'delegations.letting_go',
      app: ({ db, raw }, i) => lettingGoRecord(db, memberAt(raw, i)),
      baseline: ({ raw }, i) => {
        const memberId = memberAt(raw, i)
        return [
          plain(
            raw,
            `SELECT c.id, d.id, d.title, c.date, c.worked_out, c.lesson
             FROM checkins c JOIN delegations d ON d.id = c.delegation_id
             WHERE d.member_id = ? AND c.deleted_at IS NULL AND d.deleted_at IS NULL
               AND c.leader_response IN ('held_back', 'asked_questions')
             ORDER BY c.date DESC, c.created_at DESC`
          ).all(memberId),
          plain(
            raw,
            `SELECT id, title, success_estimate, status, completed_on FROM delegations
             WHERE member_id = ? AND deleted_at IS NULL AND success_estimate IS NOT NULL
               AND status IN ('done', 'handed_back') ORDER BY completed_on DESC, created_at DESC`
          ).all(memberId)
        ]
      }
    },
    {
      name: 'reviews.offer',
      // The seeded journal's last week, which holds check-ins.
      app: ({ db }) => reviewOffer(db, { today: '2026-06-30', weekStartsOn: 1 }),
      baseline: ({ raw }) => [
        plain(
          raw,
          `SELECT c.id, d.id, d.title, m.name, c.date, c.signal, c.leader_response, c.note
           FROM checkins c JOIN delegations d ON d.id = c.delegation_id JOIN members m ON m.id = d.member_id
           WHERE c.date BETWEEN '2026-06-22' AND '2026-06-28' AND c.deleted_at IS NULL AND d.deleted_at IS NULL
             AND m.deleted_at IS NULL ORDER BY c.date, c.created_at`
        ).all(),
        plain(
          raw,
          `SELECT id FROM reflections WHERE review_week = '2026-06-22' AND deleted_at IS NULL`
        ).get(),
        plain(
          raw,
          `SELECT 1 FROM offers_dismissed WHERE offer = 'letting_go_review' AND week = '2026-06-22'`
        ).get()
      ]
    }
  ]
}

/**
 * What is due today (the Team screen's Today, and the daily reminder's check). Baseline: each person's last
 * one-on-one and open action items, each active delegation's last check-in, my five action items due latest and
 * how many are due, in plain GROUP BYs, without the cadence and rhythm arithmetic.
 */
function dueToday(): BenchOperation {
  const today = '2026-06-30'
  return {
    name: 'reminders.today',
    // Its baseline reads every reflection (tens of milliseconds): 60 runs give a steady median.
    iterations: () => 60,
    app: ({ db }) => todayView(db, { today }),
    baseline: ({ raw }) => [
      plain(
        raw,
        `SELECT member_id, max(date) FROM reflections
         WHERE kind = 'one_on_one' AND deleted_at IS NULL AND date <= ? GROUP BY member_id`
      ).all(today),
      plain(
        raw,
        `SELECT member_id, count(*) FROM action_items WHERE status = 'open' AND deleted_at IS NULL
         GROUP BY member_id`
      ).all(),
      plain(
        raw,
        `SELECT d.id, max(c.date) FROM delegations d LEFT JOIN checkins c ON c.delegation_id = d.id
           AND c.deleted_at IS NULL AND c.date <= ?
         WHERE d.status = 'active' AND d.deleted_at IS NULL GROUP BY d.id`
      ).all(today),
      plain(
        raw,
        `SELECT id, text, due_date FROM action_items
         WHERE owner = 'me' AND status = 'open' AND deleted_at IS NULL AND due_date <= ?
         ORDER BY due_date DESC LIMIT 5`
      ).all(today),
      plain(
        raw,
        `SELECT count(*) FROM action_items
         WHERE owner = 'me' AND status = 'open' AND deleted_at IS NULL AND due_date <= ?`
      ).get(today)
    ]
  }
}

/**
 * Any query on a journal that also holds one reflection of 5 million characters (the longest Leap takes,
 * say a pasted document), in which every searched word occurs thousands of times: the snippets must cost
 * what is shown, not what one entry holds. The entry is written by the warm-up, untimed, after every other
 * row has run. Baseline: the same plain FTS5 query ranked by bm25 without snippets (with snippet() it takes
 * seconds on such an entry): the cost of finding, before showing.
 */
function hugeEntrySearch(): BenchOperation {
  const queries = [...oneWord.map((word) => `${word} `), ...prefixes, ...twoWords.map((words) => `${words} `)]
  const matchOf = (query: string) => (query.endsWith(' ') ? quoted(query.trim()) : `${quoted(query)}*`)
  const written = new WeakSet<Db>()
  const withHugeEntry = (db: Db) => {
    if (written.has(db)) return
    written.add(db)
    const sentence = `${[...oneWord, ...twoWords].join(', ')}: the ${prefixes.join(' ')} of it all. `
    const body = sentence.repeat(Math.floor(MAX_BODY_CHARS / sentence.length))
    createReflection(db, { kind: 'general', date: '2026-06-30', title: 'A pasted document', body })
  }
  return {
    name: 'search.huge_entry',
    iterations: () => 60,
    app: ({ db }, i) => {
      withHugeEntry(db)
      return appSearch(db, at(queries, i))
    },
    baseline: ({ raw }, i) =>
      plain(
        raw,
        `SELECT r.id, r.title FROM reflections_fts JOIN reflections r ON r.rowid = reflections_fts.rowid
         WHERE reflections_fts MATCH ? ORDER BY rank LIMIT 50`
      ).all(matchOf(at(queries, i)))
  }
}

/**
 * One row per Insights panel, for the whole team (the widest query), monthly over a year where a
 * trend has periods. Baselines: the same figures from one plain GROUP BY over the same rows, without the
 * per-person split or the trash of people.
 */
function insightOperations(): BenchOperation[] {
  // The seeded journal's last day (seed.ts's default), so the windows hold a full year and quarter of entries.
  const today = '2026-06-30'
  const year = { today, weekStartsOn: 1, bucket: 'month', periods: 12 } as const
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`
  const quarterAgo = '2026-04-02'
  return [
    {
      name: 'insights.stance',
      app: ({ db }) => stanceTrend(db, year),
      baseline: ({ raw }) => [
        plain(
          raw,
          `SELECT strftime('%Y-%m', date) AS month, avg(stance) FROM reflections
             WHERE date BETWEEN ? AND ? AND stance IS NOT NULL AND deleted_at IS NULL GROUP BY month`
        ).all(yearAgo, today),
        plain(
          raw,
          `SELECT strftime('%Y-%m', date) AS month, leader_response, count(*) FROM checkins
             WHERE date BETWEEN ? AND ? AND deleted_at IS NULL GROUP BY month, leader_response`
        ).all(yearAgo, today)
      ]
    },
    {
      name: 'insights.mood',
      app: ({ db }) => moodTrend(db, year),
      baseline: ({ raw }) =>
        plain(
          raw,
          `SELECT strftime('%Y-%m', date) AS month, avg(mood) FROM reflections
             WHERE date BETWEEN ? AND ? AND mood IS NOT NULL AND deleted_at IS NULL GROUP BY month`
        ).all(yearAgo, today)
    },
    {
      name: 'insights.authority',
      app: ({ db }) => authorityInsights(db, { today }),
      baseline: ({ raw }) =>
        plain(
          raw,
          `SELECT d.member_id, a.* FROM authority_changes a JOIN delegations d ON d.id = a.delegation_id
             WHERE a.deleted_at IS NULL ORDER BY a.changed_on`
        ).all()
    },
    {
      name: 'insights.rhythm',
      app: ({ db }) => rhythmInsights(db, { today }),
      // One-on-ones, skips and time away per person; main counts away days per person in plain code.
      baseline: ({ raw }) => [
        plain(
          raw,
          `SELECT member_id, count(DISTINCT date), max(date) FROM reflections
             WHERE kind = 'one_on_one' AND deleted_at IS NULL AND date >= ? GROUP BY member_id`
        ).all(quarterAgo),
        plain(
          raw,
          `SELECT member_id, date FROM one_on_one_skips WHERE deleted_at IS NULL AND date <= ? ORDER BY date`
        ).all(today),
        plain(raw, `SELECT id, created_at FROM members`).all(),
        plain(
          raw,
          `SELECT member_id, starts_on, ends_on FROM away_periods WHERE deleted_at IS NULL
             ORDER BY member_id, starts_on`
        ).all()
      ]
    },
    {
      name: 'insights.outcomes',
      app: ({ db }) => delegationOutcomes(db, {}),
      baseline: ({ raw }) =>
        plain(
          raw,
          `SELECT member_id, authority_level, status, count(*) FROM delegations
             WHERE status IN ('done', 'handed_back', 'cancelled') AND deleted_at IS NULL
             GROUP BY member_id, authority_level, status`
        ).all()
    },
    {
      name: 'insights.goals',
      app: ({ db }) => goalInsights(db, {}),
      baseline: ({ raw }) =>
        plain(
          raw,
          `SELECT m.id, m.name, g.id, g.title, g.status, count(d.id) FROM members m
             LEFT JOIN goals g ON g.member_id = m.id AND g.status IN ('active', 'achieved') AND g.deleted_at IS NULL
             LEFT JOIN delegations d ON d.goal_id = g.id AND d.deleted_at IS NULL
             WHERE m.deleted_at IS NULL AND m.archived_at IS NULL GROUP BY m.id, g.id`
        ).all()
    }
  ]
}
