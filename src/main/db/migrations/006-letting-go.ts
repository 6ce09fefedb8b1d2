import { CHECKIN_SIGNALS } from '../../../shared/domain/delegationVocabulary'
import { column, indexSql, searchedTables } from './002-search'

/**
 * Letting go, measured (README, "Delegating with Leap"):
 * - a prediction at hand-off, private to the leader: how likely success is, and where they expect the person
 *   to struggle; scored against the outcome at close;
 * - the rescue trigger made structured, so Leap can tell when it fires: a day, or a signal seen a number of
 *   times, or the leader ticking the written trigger as happened;
 * - "did they work it out?": on a check-in where the leader held back or asked questions, the answer given
 *   later, and the lesson in the person's words;
 * - the weekly letting-go review, a general reflection about one week (its first day, by the leader's week),
 *   one a week, offered once a week;
 *   `offers_dismissed` remembers a week the leader said no to, in the journal, so a restore keeps it true.
 * - tags on delegations (the tags reflections use), so a new delegation in the same area shows past lessons.
 * The two new texts the leader writes are searched like the others: their indexes are built again with them.
 */
const signals = CHECKIN_SIGNALS.map((signal) => `'${signal}'`).join(', ')

function reindex(table: string, extra: string): string {
  const searched = searchedTables.find((entry) => entry.table === table)
  if (!searched) throw new Error(`No search index for ${table}`)
  return `
DROP TRIGGER ${table}_fts_insert;
DROP TRIGGER ${table}_fts_delete;
DROP TRIGGER ${table}_fts_update;
DROP TABLE ${table}_fts;
DROP VIEW ${table}_search_source;
${indexSql({ table, columns: [...searched.columns, column(extra)] })}`
}

export const lettingGoSchema = /* sql */ `
ALTER TABLE delegations ADD COLUMN success_estimate INTEGER
  CHECK (success_estimate IS NULL OR success_estimate BETWEEN 0 AND 100);
ALTER TABLE delegations ADD COLUMN expected_struggle TEXT;
ALTER TABLE delegations ADD COLUMN rescue_on TEXT CHECK (rescue_on IS NULL OR date(rescue_on) = rescue_on);
ALTER TABLE delegations ADD COLUMN rescue_signal TEXT CHECK (rescue_signal IS NULL OR rescue_signal IN (${signals}));
ALTER TABLE delegations ADD COLUMN rescue_signal_times INTEGER
  CHECK (rescue_signal_times IS NULL OR rescue_signal_times BETWEEN 1 AND 20);
ALTER TABLE delegations ADD COLUMN rescue_happened_on TEXT
  CHECK (rescue_happened_on IS NULL OR date(rescue_happened_on) = rescue_happened_on);

ALTER TABLE checkins ADD COLUMN worked_out TEXT CHECK (worked_out IS NULL OR worked_out IN ('yes', 'partly', 'no'));
ALTER TABLE checkins ADD COLUMN lesson TEXT;

ALTER TABLE reflections ADD COLUMN review_week TEXT
  CHECK (review_week IS NULL OR (date(review_week) = review_week AND kind = 'general'));
CREATE UNIQUE INDEX reflections_review_week ON reflections (review_week)
  WHERE review_week IS NOT NULL AND deleted_at IS NULL;

CREATE TABLE delegation_tags (
  delegation_id  TEXT NOT NULL REFERENCES delegations (id),
  tag_id         TEXT NOT NULL REFERENCES tags (id),
  PRIMARY KEY (delegation_id, tag_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX delegation_tags_by_tag ON delegation_tags (tag_id);

CREATE TABLE offers_dismissed (
  offer  TEXT NOT NULL CHECK (offer IN ('letting_go_review')),
  week   TEXT NOT NULL CHECK (date(week) = week),
  at     TEXT NOT NULL,
  PRIMARY KEY (offer, week)
) STRICT, WITHOUT ROWID;
${reindex('delegations', 'expected_struggle')}
${reindex('checkins', 'lesson')}
`
