import { indexSql } from './002-search'
import { textTriggers } from './005-trash-and-text'

/**
 * The one-on-one loop: topics jotted between one-on-ones, and the time a person is away or a one-on-one is
 * skipped, so the cadence does not call them overdue.
 *
 * - A talking point is open until it is linked to the reflection it was discussed in (`reflection_id` with
 *   `discussed_at`, both or neither); an open one carries forward to every later one-on-one. `jotted_on` is
 *   the local day it was written down, which "carried from ..." shows.
 * - An away period is a span of local days, both ends included; a skip is one day with its reason.
 * The one-line texts get the triggers of migration 005 and a search index as in 002, and every table a
 * partial index of its trashed rows for the purge.
 */
const tables = /* sql */ `
CREATE TABLE talking_points (
  id             TEXT PRIMARY KEY NOT NULL,
  member_id      TEXT NOT NULL REFERENCES members (id),
  owner          TEXT NOT NULL CHECK (owner IN ('me', 'them')),
  text           TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 2000),
  jotted_on      TEXT NOT NULL CHECK (date(jotted_on) = jotted_on),
  reflection_id  TEXT REFERENCES reflections (id),
  discussed_at   TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  deleted_at     TEXT,
  CHECK ((reflection_id IS NULL) = (discussed_at IS NULL))
) STRICT;
CREATE INDEX talking_points_member ON talking_points (member_id, reflection_id);
CREATE INDEX talking_points_reflection ON talking_points (reflection_id) WHERE reflection_id IS NOT NULL;

CREATE TABLE away_periods (
  id          TEXT PRIMARY KEY NOT NULL,
  member_id   TEXT NOT NULL REFERENCES members (id),
  starts_on   TEXT NOT NULL CHECK (date(starts_on) = starts_on),
  ends_on     TEXT NOT NULL CHECK (date(ends_on) = ends_on),
  note        TEXT CHECK (note IS NULL OR length(note) <= 500),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT,
  CHECK (ends_on >= starts_on)
) STRICT;
CREATE INDEX away_periods_member ON away_periods (member_id, ends_on);

CREATE TABLE one_on_one_skips (
  id          TEXT PRIMARY KEY NOT NULL,
  member_id   TEXT NOT NULL REFERENCES members (id),
  date        TEXT NOT NULL CHECK (date(date) = date),
  reason      TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 500),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;
CREATE INDEX one_on_one_skips_member ON one_on_one_skips (member_id, date);
`

/** Each new table and its one-line text: a trash index, the text triggers and a search index for each. */
const texts = [
  { table: 'talking_points', column: 'text' },
  { table: 'away_periods', column: 'note' },
  { table: 'one_on_one_skips', column: 'reason' }
]

export const oneOnOneLoopSchema = [
  tables,
  ...texts.flatMap(({ table, column }) => [
    `CREATE INDEX ${table}_in_trash ON ${table} (deleted_at) WHERE deleted_at IS NOT NULL;`,
    textTriggers(table, [column]),
    indexSql({ table, columns: [{ name: column, expr: (row) => `${row}.${column}` }] })
  ])
].join('\n')
