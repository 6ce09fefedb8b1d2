import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { TagName } from '../../shared/domain/reflections'
import type { Db } from '../db/open'
import { END_MARKER } from '../export/noteFormat'
import { talkingPointText } from '../journal/feedback'
import { setTags } from '../journal/tags'

/**
 * The shared hostile strings, without NUL: a NUL cannot be written in a markdown file or stored whole by SQLite's
 * text functions, so the journal cannot hold one to export (import refuses it with a reason).
 */
export const hostileStrings = (
  JSON.parse(readFileSync(new URL('./hostile-strings.json', import.meta.url), 'utf8')) as string[]
).filter((text) => !text.includes('\u0000'))

const at = (i: number) => hostileStrings[i % hostileStrings.length]!
const nonBlank = (text: string, fallback: string) => (text.replace(/^ +| +$/g, '') === '' ? fallback : text)

/** Markdown that looks like Leap's own structure, inside the user's text. */
const lookalikes = [
  END_MARKER,
  '<!-- leap:action-items -->',
  '## Action items\n\n- [ ] not an item (owner: me)',
  '---\nid: "x"\n---',
  '- Id: 00000000-0000-4000-8000-000000000000'
]

/**
 * Turns a seeded journal hostile: names, titles, bodies, tags, delegation titles, check-ins and action items
 * from the shared hostile strings (and text that looks like Leap's own markers), talking points open and
 * discussed, one archived person, and a
 * reflection, a delegation and a person in the trash.
 */
export function hostileJournal(db: Db): void {
  db.transaction(() => {
    const ids = (table: string) =>
      db.prepare(`SELECT id FROM ${table} ORDER BY rowid`).pluck().all() as string[]
    ids('members').forEach((id, i) => {
      db.prepare('UPDATE members SET name = ?, notes = ?, strengths = ? WHERE id = ?').run(
        nonBlank(at(i).slice(0, 200), `Person ${i}`),
        `${at(i + 3)}\n\n${lookalikes[i % lookalikes.length]}`,
        at(i + 7),
        id
      )
    })
    const tags = hostileStrings.filter((text) => TagName.safeParse(text).success && text === text.trim())
    ids('reflections').forEach((id, i) => {
      if (i % 3 !== 0) return
      db.prepare('UPDATE reflections SET title = ?, body = ? WHERE id = ?').run(
        at(i),
        `${at(i + 1)}\n\n${lookalikes[i % lookalikes.length]}\n\n${at(i + 2)}`,
        id
      )
      for (const name of [tags[i % tags.length]!, tags[(i + 5) % tags.length]!]) {
        db.prepare(
          `INSERT INTO tags (id, name, created_at, updated_at) VALUES (lower(hex(randomblob(16))), ?, 'x', 'x')
           ON CONFLICT (name) DO NOTHING`
        ).run(name)
        db.prepare(
          'INSERT OR IGNORE INTO reflection_tags (reflection_id, tag_id) SELECT ?, id FROM tags WHERE name = ?'
        ).run(id, name)
      }
    })
    ids('delegations').forEach((id, i) => {
      // Every other one with a prediction and a structured rescue trigger, so the round trip carries them.
      const extra = i % 2 === 0
      db.prepare(
        `UPDATE delegations SET title = ?, why_this_person = ?, success_estimate = ?, expected_struggle = ?,
           rescue_signal = ?, rescue_signal_times = ?, rescue_on = ? WHERE id = ?`
      ).run(
        nonBlank(at(i + 11), `Delegation ${i}`),
        at(i + 13),
        extra ? (i * 17) % 101 : null,
        extra ? at(i + 5) : null,
        extra ? 'blocked' : null,
        extra ? 2 : null,
        extra ? '2027-01-04' : null,
        id
      )
      if (extra) setTags(db, 'delegation', id, ['release', `area ${i % 3}`])
    })
    ids('checkins').forEach((id, i) => {
      db.prepare(
        `UPDATE checkins SET progress = ?, note = ?,
           worked_out = CASE WHEN leader_response IN ('held_back', 'asked_questions') THEN ? END,
           lesson = CASE WHEN leader_response IN ('held_back', 'asked_questions') THEN ? END WHERE id = ?`
      ).run(at(i), lookalikes[i % lookalikes.length], ['yes', 'partly', 'no'][i % 3], at(i + 3), id)
    })
    ids('action_items').forEach((id, i) => {
      db.prepare('UPDATE action_items SET text = ? WHERE id = ?').run(nonBlank(at(i + 17), `Item ${i}`), id)
    })
    // Talking points: an open one per person, and one discussed in every fifth one-on-one.
    const point = db.prepare(
      `INSERT INTO talking_points (id, member_id, owner, text, jotted_on, reflection_id, discussed_at, created_at,
         updated_at) VALUES (lower(hex(randomblob(16))), ?, ?, ?, ?, ?, ?, '2026-03-01T10:00:00.000Z',
         '2026-03-01T10:00:00.000Z')`
    )
    ids('members').forEach((id, i) =>
      point.run(
        id,
        i % 2 ? 'me' : 'them',
        nonBlank(at(i + 19).slice(0, 2000), `Topic ${i}`),
        '2026-02-27',
        null,
        null
      )
    )
    ;(
      db
        .prepare(
          `SELECT id, member_id AS memberId, date FROM reflections WHERE kind = 'one_on_one' ORDER BY rowid`
        )
        .all() as { id: string; memberId: string; date: string }[]
    ).forEach(({ id, memberId, date }, i) => {
      if (i % 5 === 0)
        point.run(memberId, 'me', nonBlank(at(i + 23).slice(0, 2000), `Discussed ${i}`), date, id, date)
    })
    // Time away (with and without a note) and skipped one-on-ones.
    ids('members').forEach((id, i) => {
      if (i % 2 === 0)
        db.prepare(
          `INSERT INTO away_periods (id, member_id, starts_on, ends_on, note, created_at, updated_at)
           VALUES (lower(hex(randomblob(16))), ?, '2026-07-01', '2026-07-14', ?, '2026-03-01T10:00:00.000Z',
             '2026-03-01T10:00:00.000Z')`
        ).run(id, i % 4 === 0 ? null : `Leave ${at(i + 29)}`.slice(0, 500))
      if (i % 3 === 0)
        db.prepare(
          `INSERT INTO one_on_one_skips (id, member_id, date, reason, created_at, updated_at)
           VALUES (lower(hex(randomblob(16))), ?, '2026-08-03', ?, '2026-03-01T10:00:00.000Z',
             '2026-03-01T10:00:00.000Z')`
        ).run(id, `Because ${at(i + 31)}`.slice(0, 500))
    })
    // Growth goals with hostile titles and reasons (and text like Leap's markers).
    ids('goals').forEach((id, i) => {
      db.prepare('UPDATE goals SET title = ?, why = ? WHERE id = ?').run(
        // A title of white space alone exports as an empty heading, which import refuses (not done yet).
        /\S/u.test(at(i + 37).slice(0, 200)) ? at(i + 37).slice(0, 200) : `Goal ${i}`,
        i % 3 === 0 ? null : `${at(i + 41).slice(0, 3000)}\n\n${lookalikes[i % lookalikes.length]}`,
        id
      )
    })
    // Feedback: given praise with every text, and a redirect to deliver with the talking point that carries it.
    const feedback = db.prepare(
      `INSERT INTO feedback (id, member_id, kind, situation, behaviour, impact, response, given_on,
         talking_point_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-03-02T10:00:00.000Z',
         '2026-03-02T10:00:00.000Z')`
    )
    ids('members').forEach((id, i) => {
      const behaviour = nonBlank(
        `${at(i + 37)}\n\n${lookalikes[i % lookalikes.length]}`.slice(0, 4000),
        'Said it'
      )
      feedback.run(
        `${id.slice(0, -4)}f00${i % 10}`,
        id,
        'praise',
        at(i + 41).slice(0, 4000) || null,
        behaviour,
        lookalikes[(i + 1) % lookalikes.length],
        i % 2 ? at(i + 43).slice(0, 4000) || null : null,
        '2026-06-0' + ((i % 9) + 1),
        null
      )
      const pointId = `${id.slice(0, -4)}fe0${i % 10}`
      const redirect = nonBlank(at(i + 47).slice(0, 4000), `Redirect ${i}`)
      point.run(id, 'me', talkingPointText(redirect), '2026-03-02', null, null)
      db.prepare(`UPDATE talking_points SET id = ? WHERE rowid = last_insert_rowid()`).run(pointId)
      feedback.run(
        `${id.slice(0, -4)}fd0${i % 10}`,
        id,
        'redirect',
        null,
        redirect,
        null,
        null,
        null,
        pointId
      )
    })
    // Links from reflections to their person's delegations, so the notes' links are exercised.
    db.prepare(
      `INSERT OR IGNORE INTO reflection_delegations (reflection_id, delegation_id)
       SELECT r.id, (SELECT d.id FROM delegations d WHERE d.member_id = r.member_id ORDER BY d.id LIMIT 1)
       FROM reflections r WHERE r.rowid % 7 = 0 AND EXISTS (SELECT 1 FROM delegations d WHERE d.member_id = r.member_id)`
    ).run()
    const [archived, trashed] = ids('members')
    // Trashed now: a session opened on this journal (the CLI's) purges only what has waited 30 days.
    const stamp = new Date().toISOString()
    db.prepare('UPDATE members SET archived_at = ? WHERE id = ?').run('2026-05-01T10:00:00.000Z', archived)
    db.prepare('UPDATE members SET deleted_at = ? WHERE id = ?').run(stamp, trashed)
    db.prepare('UPDATE reflections SET deleted_at = ? WHERE rowid = 2').run(stamp)
    db.prepare('UPDATE delegations SET deleted_at = ? WHERE rowid = 2').run(stamp)
  })()
}

/** Every file under a folder, relative path -> bytes. */
export function filesIn(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>()
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name)
    if (entry.isFile()) found.set(path.slice(dir.length + 1), readFileSync(path))
  }
  return found
}

/** Every row of every table (the search indexes' own tables too), to prove an operation changed nothing. */
export function journalSnapshot(db: Db): Record<string, unknown[]> {
  const tables = db
    .prepare(
      // Not Leap's bookkeeping of the trash (how long each row has been there, the last purge): every start
      // writes it.
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND name NOT IN ('maintenance_runs', 'trash_ages') ORDER BY name`
    )
    .pluck()
    .all() as string[]
  return Object.fromEntries(
    tables.map((table) => {
      try {
        return [table, db.prepare(`SELECT * FROM "${table}"`).raw().all()]
      } catch {
        return [table, 'virtual']
      }
    })
  )
}
