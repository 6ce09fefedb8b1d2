import { column, indexSql } from './002-search'
import { textTriggers } from './005-trash-and-text'

/**
 * Feedback and growth goals, the evidence a leader gathers all year (README, "The one-on-one loop"):
 * - a growth goal per person: a title, why it matters to them, and where it stands; a delegation can serve
 *   one ("why this person"), and feedback can speak to one;
 * - feedback, praise or redirect, written as situation, behaviour and impact, with the person's response.
 *   Feedback still to deliver has no `given_on`; it becomes a talking point for the next one-on-one
 *   (`talking_point_id`), and is given once delivered, on the day it was. Given feedback has its day.
 * Every text the leader writes gets the triggers of migration 005 and a search index as in 002, and every
 * table a partial index of its trashed rows for the purge.
 */
const tables = /* sql */ `
CREATE TABLE goals (
  id          TEXT PRIMARY KEY NOT NULL,
  member_id   TEXT NOT NULL REFERENCES members (id),
  title       TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  why         TEXT CHECK (why IS NULL OR length(why) <= 4000),
  status      TEXT NOT NULL CHECK (status IN ('active', 'achieved', 'dropped')),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;
CREATE INDEX goals_member ON goals (member_id, status);

ALTER TABLE delegations ADD COLUMN goal_id TEXT REFERENCES goals (id);
CREATE INDEX delegations_goal ON delegations (goal_id) WHERE goal_id IS NOT NULL;

CREATE TABLE feedback (
  id                TEXT PRIMARY KEY NOT NULL,
  member_id         TEXT NOT NULL REFERENCES members (id),
  kind              TEXT NOT NULL CHECK (kind IN ('praise', 'redirect')),
  situation         TEXT CHECK (situation IS NULL OR length(situation) <= 4000),
  behaviour         TEXT NOT NULL CHECK (length(trim(behaviour)) BETWEEN 1 AND 4000),
  impact            TEXT CHECK (impact IS NULL OR length(impact) <= 4000),
  response          TEXT CHECK (response IS NULL OR length(response) <= 4000),
  given_on          TEXT CHECK (given_on IS NULL OR date(given_on) = given_on),
  talking_point_id  TEXT REFERENCES talking_points (id),
  goal_id           TEXT REFERENCES goals (id),
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  deleted_at        TEXT
) STRICT;
CREATE INDEX feedback_member ON feedback (member_id, given_on);
CREATE INDEX feedback_goal ON feedback (goal_id) WHERE goal_id IS NOT NULL;
CREATE INDEX feedback_talking_point ON feedback (talking_point_id) WHERE talking_point_id IS NOT NULL;
`

const texts = [
  { table: 'goals', columns: ['title', 'why'] },
  { table: 'feedback', columns: ['situation', 'behaviour', 'impact', 'response'] }
]

export const feedbackAndGoalsSchema = [
  tables,
  ...texts.flatMap(({ table, columns }) => [
    `CREATE INDEX ${table}_in_trash ON ${table} (deleted_at) WHERE deleted_at IS NOT NULL;`,
    textTriggers(table, columns),
    indexSql({ table, columns: columns.map(column) })
  ])
].join('\n')
