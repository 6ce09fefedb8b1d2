CREATE INDEX action_items_done ON action_items (closed_at, id) WHERE status = 'done' AND deleted_at IS NULL;

CREATE INDEX action_items_in_trash ON action_items (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE INDEX action_items_member_open ON action_items (member_id, status) WHERE deleted_at IS NULL;

CREATE INDEX action_items_member_status ON action_items (member_id, status);

CREATE INDEX action_items_mine_due ON action_items (due_date, member_id)
  WHERE owner = 'me' AND status = 'open' AND deleted_at IS NULL;

CREATE INDEX action_items_reflection ON action_items (reflection_id);

CREATE INDEX authority_changes_delegation ON authority_changes (delegation_id, changed_on);

CREATE INDEX authority_changes_in_trash ON authority_changes (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE INDEX away_periods_in_trash ON away_periods (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE INDEX away_periods_member ON away_periods (member_id, ends_on);

CREATE INDEX checkins_delegation ON checkins (delegation_id, date);

CREATE INDEX checkins_in_trash ON checkins (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE INDEX checkins_responses ON checkins (date, delegation_id, leader_response, deleted_at);

CREATE INDEX delegation_tags_by_tag ON delegation_tags (tag_id);

CREATE INDEX delegations_goal ON delegations (goal_id) WHERE goal_id IS NOT NULL;

CREATE INDEX delegations_in_trash ON delegations (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE INDEX delegations_member ON delegations (member_id, status);

CREATE INDEX feedback_goal ON feedback (goal_id) WHERE goal_id IS NOT NULL;

CREATE INDEX feedback_in_trash ON feedback (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE INDEX feedback_member ON feedback (member_id, given_on);

CREATE INDEX feedback_talking_point ON feedback (talking_point_id) WHERE talking_point_id IS NOT NULL;

CREATE INDEX goals_in_trash ON goals (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE INDEX goals_member ON goals (member_id, status);

CREATE INDEX members_in_trash ON members (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE INDEX one_on_one_skips_in_trash ON one_on_one_skips (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE INDEX one_on_one_skips_member ON one_on_one_skips (member_id, date);

CREATE INDEX reflection_delegations_delegation ON reflection_delegations (delegation_id);

CREATE INDEX reflection_tags_tag ON reflection_tags (tag_id);

CREATE INDEX reflections_date ON reflections (date);

CREATE INDEX reflections_in_trash ON reflections (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE INDEX reflections_live_by_member ON reflections (member_id, kind, date, id) WHERE deleted_at IS NULL;

CREATE INDEX reflections_member_date ON reflections (member_id, date);

CREATE INDEX reflections_ratings ON reflections (date, member_id, stance, mood, kind, deleted_at);

CREATE UNIQUE INDEX reflections_review_week ON reflections (review_week)
  WHERE review_week IS NOT NULL AND deleted_at IS NULL;

CREATE INDEX talking_points_in_trash ON talking_points (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE INDEX talking_points_member ON talking_points (member_id, reflection_id);

CREATE INDEX talking_points_reflection ON talking_points (reflection_id) WHERE reflection_id IS NOT NULL;

CREATE TABLE action_items (
  id             TEXT PRIMARY KEY NOT NULL,
  member_id      TEXT REFERENCES members (id),
  reflection_id  TEXT REFERENCES reflections (id),
  owner          TEXT NOT NULL CHECK (owner IN ('me', 'them')),
  text           TEXT NOT NULL CHECK (length(trim(text)) >= 1),
  due_date       TEXT CHECK (due_date IS NULL OR date(due_date) = due_date),
  status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
  closed_at      TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  deleted_at     TEXT
) STRICT;

CREATE VIRTUAL TABLE action_items_fts USING fts5(text,
  content='action_items_search_source', content_rowid='rid', tokenize='unicode61 remove_diacritics 2', prefix='2 3 4');

CREATE TABLE 'action_items_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'action_items_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'action_items_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'action_items_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE authority_changes (
  id             TEXT PRIMARY KEY NOT NULL,
  delegation_id  TEXT NOT NULL REFERENCES delegations (id),
  from_level     INTEGER CHECK (from_level IS NULL OR from_level BETWEEN 1 AND 7),
  to_level       INTEGER NOT NULL CHECK (to_level BETWEEN 1 AND 7),
  reason         TEXT,
  changed_on     TEXT NOT NULL CHECK (date(changed_on) = changed_on),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  deleted_at     TEXT
) STRICT;

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

CREATE VIRTUAL TABLE away_periods_fts USING fts5(note,
  content='away_periods_search_source', content_rowid='rid', tokenize='unicode61 remove_diacritics 2', prefix='2 3 4');

CREATE TABLE 'away_periods_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'away_periods_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'away_periods_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'away_periods_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE checkins (
  id               TEXT PRIMARY KEY NOT NULL,
  delegation_id    TEXT NOT NULL REFERENCES delegations (id),
  date             TEXT NOT NULL CHECK (date(date) = date),
  progress         TEXT,
  signal           TEXT NOT NULL CHECK (signal IN ('on_track', 'at_risk', 'blocked', 'struggling')),
  struggles        TEXT,
  leader_response  TEXT NOT NULL
                   CHECK (leader_response IN ('held_back', 'asked_questions', 'provided_resources', 'stepped_in', 'took_back')),
  note             TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  deleted_at       TEXT
, worked_out TEXT CHECK (worked_out IS NULL OR worked_out IN ('yes', 'partly', 'no')), lesson TEXT) STRICT;

CREATE VIRTUAL TABLE checkins_fts USING fts5(progress, struggles, note, lesson,
  content='checkins_search_source', content_rowid='rid', tokenize='unicode61 remove_diacritics 2', prefix='2 3 4');

CREATE TABLE 'checkins_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'checkins_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'checkins_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'checkins_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE delegation_tags (
  delegation_id  TEXT NOT NULL REFERENCES delegations (id),
  tag_id         TEXT NOT NULL REFERENCES tags (id),
  PRIMARY KEY (delegation_id, tag_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE delegations (
  id                  TEXT PRIMARY KEY NOT NULL,
  member_id           TEXT NOT NULL REFERENCES members (id),
  title               TEXT NOT NULL CHECK (length(trim(title)) >= 1),
  responsibility      TEXT,
  why_this_person     TEXT,
  success_criteria    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(success_criteria) AND json_type(success_criteria) = 'array'),
  authority_level     INTEGER NOT NULL CHECK (authority_level BETWEEN 1 AND 7),
  resources           TEXT,
  constraints_text    TEXT,
  rescue_trigger      TEXT,
  checkin_every_days  INTEGER CHECK (checkin_every_days IS NULL OR checkin_every_days BETWEEN 1 AND 365),
  due_date            TEXT CHECK (due_date IS NULL OR date(due_date) = due_date),
  status              TEXT NOT NULL DEFAULT 'planned'
                      CHECK (status IN ('planned', 'active', 'done', 'handed_back', 'cancelled')),
  outcome             TEXT,
  lessons             TEXT,
  started_on          TEXT CHECK (started_on IS NULL OR date(started_on) = started_on),
  completed_on        TEXT CHECK (completed_on IS NULL OR date(completed_on) = completed_on),
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  deleted_at          TEXT, success_estimate INTEGER
  CHECK (success_estimate IS NULL OR success_estimate BETWEEN 0 AND 100), expected_struggle TEXT, rescue_on TEXT CHECK (rescue_on IS NULL OR date(rescue_on) = rescue_on), rescue_signal TEXT CHECK (rescue_signal IS NULL OR rescue_signal IN ('on_track', 'at_risk', 'blocked', 'struggling')), rescue_signal_times INTEGER
  CHECK (rescue_signal_times IS NULL OR rescue_signal_times BETWEEN 1 AND 20), rescue_happened_on TEXT
  CHECK (rescue_happened_on IS NULL OR date(rescue_happened_on) = rescue_happened_on), goal_id TEXT REFERENCES goals (id),
  CHECK (due_date IS NULL OR started_on IS NULL OR due_date >= started_on)
) STRICT;

CREATE VIRTUAL TABLE delegations_fts USING fts5(title, responsibility, why_this_person, success_criteria, resources, constraints_text, rescue_trigger, outcome, lessons, expected_struggle,
  content='delegations_search_source', content_rowid='rid', tokenize='unicode61 remove_diacritics 2', prefix='2 3 4');

CREATE TABLE 'delegations_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'delegations_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'delegations_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'delegations_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

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

CREATE VIRTUAL TABLE feedback_fts USING fts5(situation, behaviour, impact, response,
  content='feedback_search_source', content_rowid='rid', tokenize='unicode61 remove_diacritics 2', prefix='2 3 4');

CREATE TABLE 'feedback_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'feedback_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'feedback_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'feedback_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

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

CREATE VIRTUAL TABLE goals_fts USING fts5(title, why,
  content='goals_search_source', content_rowid='rid', tokenize='unicode61 remove_diacritics 2', prefix='2 3 4');

CREATE TABLE 'goals_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'goals_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'goals_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'goals_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE maintenance_runs (
  name  TEXT PRIMARY KEY NOT NULL,
  at    TEXT NOT NULL
) STRICT;

CREATE TABLE members (
  id            TEXT PRIMARY KEY NOT NULL,
  name          TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
  role          TEXT,
  team          TEXT,
  email         TEXT,
  start_date    TEXT CHECK (start_date IS NULL OR date(start_date) = start_date),
  strengths     TEXT,
  growth_areas  TEXT,
  aspirations   TEXT,
  notes         TEXT,
  cadence_days  INTEGER NOT NULL DEFAULT 14 CHECK (cadence_days BETWEEN 1 AND 365),
  archived_at   TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
, sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1))) STRICT;

CREATE VIRTUAL TABLE members_fts USING fts5(name, role, team, email, strengths, growth_areas, aspirations, notes,
  content='members_search_source', content_rowid='rid', tokenize='unicode61 remove_diacritics 2', prefix='2 3 4');

CREATE TABLE 'members_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'members_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'members_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'members_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE offers_dismissed (
  offer  TEXT NOT NULL CHECK (offer IN ('letting_go_review')),
  week   TEXT NOT NULL CHECK (date(week) = week),
  at     TEXT NOT NULL,
  PRIMARY KEY (offer, week)
) STRICT, WITHOUT ROWID;

CREATE TABLE one_on_one_skips (
  id          TEXT PRIMARY KEY NOT NULL,
  member_id   TEXT NOT NULL REFERENCES members (id),
  date        TEXT NOT NULL CHECK (date(date) = date),
  reason      TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 500),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;

CREATE VIRTUAL TABLE one_on_one_skips_fts USING fts5(reason,
  content='one_on_one_skips_search_source', content_rowid='rid', tokenize='unicode61 remove_diacritics 2', prefix='2 3 4');

CREATE TABLE 'one_on_one_skips_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'one_on_one_skips_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'one_on_one_skips_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'one_on_one_skips_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE reflection_delegations (
  reflection_id  TEXT NOT NULL REFERENCES reflections (id),
  delegation_id  TEXT NOT NULL REFERENCES delegations (id),
  PRIMARY KEY (reflection_id, delegation_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE reflection_tags (
  reflection_id  TEXT NOT NULL REFERENCES reflections (id),
  tag_id         TEXT NOT NULL REFERENCES tags (id),
  PRIMARY KEY (reflection_id, tag_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE reflections (
  id          TEXT PRIMARY KEY NOT NULL,
  member_id   TEXT REFERENCES members (id),
  kind        TEXT NOT NULL CHECK (kind IN ('one_on_one', 'general')),
  date        TEXT NOT NULL CHECK (date(date) = date),
  title       TEXT NOT NULL,
  body        TEXT NOT NULL DEFAULT '',
  mood        INTEGER CHECK (mood IS NULL OR mood BETWEEN 1 AND 5),
  stance      INTEGER CHECK (stance IS NULL OR stance BETWEEN 1 AND 5),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT, review_week TEXT
  CHECK (review_week IS NULL OR (date(review_week) = review_week AND kind = 'general')),
  CHECK (kind = 'general' OR member_id IS NOT NULL)
) STRICT;

CREATE VIRTUAL TABLE reflections_fts USING fts5(title, body,
  content='reflections_search_source', content_rowid='rid', tokenize='unicode61 remove_diacritics 2', prefix='2 3 4');

CREATE TABLE 'reflections_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'reflections_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'reflections_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'reflections_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE tags (
  id          TEXT PRIMARY KEY NOT NULL,
  name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) BETWEEN 1 AND 60),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

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

CREATE VIRTUAL TABLE talking_points_fts USING fts5(text,
  content='talking_points_search_source', content_rowid='rid', tokenize='unicode61 remove_diacritics 2', prefix='2 3 4');

CREATE TABLE 'talking_points_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'talking_points_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'talking_points_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'talking_points_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE trash_ages (
  tbl         TEXT NOT NULL,
  id          TEXT NOT NULL,
  trashed_at  TEXT NOT NULL,
  age_ms      INTEGER NOT NULL CHECK (age_ms >= 0),
  PRIMARY KEY (tbl, id)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER action_items_fts_delete AFTER DELETE ON action_items WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO action_items_fts (action_items_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;

CREATE TRIGGER action_items_fts_insert AFTER INSERT ON action_items WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO action_items_fts (rowid, text) VALUES (new.rowid, new.text);
END;

CREATE TRIGGER action_items_fts_update AFTER UPDATE OF text, deleted_at ON action_items BEGIN
  INSERT INTO action_items_fts (action_items_fts, rowid, text) SELECT 'delete', old.rowid, old.text WHERE old.deleted_at IS NULL;
  INSERT INTO action_items_fts (rowid, text) SELECT new.rowid, new.text WHERE new.deleted_at IS NULL;
END;

CREATE TRIGGER action_items_text_insert BEFORE INSERT ON action_items WHEN (instr(new.text, char(0)) > 0 OR new.text GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*') BEGIN
  SELECT RAISE(ABORT, 'Leap keeps no NUL or control characters in action_items');
END;

CREATE TRIGGER action_items_text_update BEFORE UPDATE OF text ON action_items WHEN (new.text IS NOT old.text AND (instr(new.text, char(0)) > 0 OR new.text GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*')) BEGIN
  SELECT RAISE(ABORT, 'Leap keeps no NUL or control characters in action_items');
END;

CREATE TRIGGER authority_changes_text_insert BEFORE INSERT ON authority_changes WHEN (instr(new.reason, char(0)) > 0 OR new.reason GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*') BEGIN
  SELECT RAISE(ABORT, 'Leap keeps no NUL or control characters in authority_changes');
END;

CREATE TRIGGER authority_changes_text_update BEFORE UPDATE OF reason ON authority_changes WHEN (new.reason IS NOT old.reason AND (instr(new.reason, char(0)) > 0 OR new.reason GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*')) BEGIN
  SELECT RAISE(ABORT, 'Leap keeps no NUL or control characters in authority_changes');
END;

CREATE TRIGGER away_periods_fts_delete AFTER DELETE ON away_periods WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO away_periods_fts (away_periods_fts, rowid, note) VALUES ('delete', old.rowid, old.note);
END;

CREATE TRIGGER away_periods_fts_insert AFTER INSERT ON away_periods WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO away_periods_fts (rowid, note) VALUES (new.rowid, new.note);
END;

CREATE TRIGGER away_periods_fts_update AFTER UPDATE OF note, deleted_at ON away_periods BEGIN
  INSERT INTO away_periods_fts (away_periods_fts, rowid, note) SELECT 'delete', old.rowid, old.note WHERE old.deleted_at IS NULL;
  INSERT INTO away_periods_fts (rowid, note) SELECT new.rowid, new.note WHERE new.deleted_at IS NULL;
END;

CREATE TRIGGER away_periods_text_insert BEFORE INSERT ON away_periods WHEN (instr(new.note, char(0)) > 0 OR new.note GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*') BEGIN
  SELECT RAISE(ABORT, 'Leap keeps no NUL or control characters in away_periods');
END;

CREATE TRIGGER away_periods_text_update BEFORE UPDATE OF note ON away_periods WHEN (new.note IS NOT old.note AND (instr(new.note, char(0)) > 0 OR new.note GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*')) BEGIN
  SELECT RAISE(ABORT, 'Leap keeps no NUL or control characters in away_periods');
END;

CREATE TRIGGER checkins_fts_delete AFTER DELETE ON checkins WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO checkins_fts (checkins_fts, rowid, progress, struggles, note, lesson) VALUES ('delete', old.rowid, old.progress, old.struggles, old.note, old.lesson);
END;

CREATE TRIGGER checkins_fts_insert AFTER INSERT ON checkins WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO checkins_fts (rowid, progress, struggles, note, lesson) VALUES (new.rowid, new.progress, new.struggles, new.note, new.lesson);
END;

CREATE TRIGGER checkins_fts_update AFTER UPDATE OF progress, struggles, note, lesson, deleted_at ON checkins BEGIN
  INSERT INTO checkins_fts (checkins_fts, rowid, progress, struggles, note, lesson) SELECT 'delete', old.rowid, old.progress, old.struggles, old.note, old.lesson WHERE old.deleted_at IS NULL;
  INSERT INTO checkins_fts (rowid, progress, struggles, note, lesson) SELECT new.rowid, new.progress, new.struggles, new.note, new.lesson WHERE new.deleted_at IS NULL;
END;

CREATE TRIGGER delegations_fts_delete AFTER DELETE ON delegations WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO delegations_fts (delegations_fts, rowid, title, responsibility, why_this_person, success_criteria, resources, constraints_text, rescue_trigger, outcome, lessons, expected_struggle) VALUES ('delete', old.rowid, old.title, old.responsibility, old.why_this_person, replace(trim(old.success_criteria, '[]"'), '","', char(10)), old.resources, old.constraints_text, old.rescue_trigger, old.outcome, old.lessons, old.expected_struggle);
END;

CREATE TRIGGER delegations_fts_insert AFTER INSERT ON delegations WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO delegations_fts (rowid, title, responsibility, why_this_person, success_criteria, resources, constraints_text, rescue_trigger, outcome, lessons, expected_struggle) VALUES (new.rowid, new.title, new.responsibility, new.why_this_person, replace(trim(new.success_criteria, '[]"'), '","', char(10)), new.resources, new.constraints_text, new.rescue_trigger, new.outcome, new.lessons, new.expected_struggle);
END;

CREATE TRIGGER delegations_fts_update AFTER UPDATE OF title, responsibility, why_this_person, success_criteria, resources, constraints_text, rescue_trigger, outcome, lessons, expected_struggle, deleted_at ON delegations BEGIN
  INSERT INTO delegations_fts (delegations_fts, rowid, title, responsibility, why_this_person, success_criteria, resources, constraints_text, rescue_trigger, outcome, lessons, expected_struggle) SELECT 'delete', old.rowid, old.title, old.responsibility, old.why_this_person, replace(trim(old.success_criteria, '[]"'), '","', char(10)), old.resources, old.constraints_text, old.rescue_trigger, old.outcome, old.lessons, old.expected_struggle WHERE old.deleted_at IS NULL;
  INSERT INTO delegations_fts (rowid, title, responsibility, why_this_person, success_criteria, resources, constraints_text, rescue_trigger, outcome, lessons, expected_struggle) SELECT new.rowid, new.title, new.responsibility, new.why_this_person, replace(trim(new.success_criteria, '[]"'), '","', char(10)), new.resources, new.constraints_text, new.rescue_trigger, new.outcome, new.lessons, new.expected_struggle WHERE new.deleted_at IS NULL;
END;

CREATE TRIGGER delegations_text_insert BEFORE INSERT ON delegations WHEN (instr(new.title, char(0)) > 0 OR new.title GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*') BEGIN
  SELECT RAISE(ABORT, 'Leap keeps no NUL or control characters in delegations');
END;

CREATE TRIGGER delegations_text_update BEFORE UPDATE OF title ON delegations WHEN (new.title IS NOT old.title AND (instr(new.title, char(0)) > 0 OR new.title GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*')) BEGIN
  SELECT RAISE(ABORT, 'Leap keeps no NUL or control characters in delegations');
END;

CREATE TRIGGER feedback_fts_delete AFTER DELETE ON feedback WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO feedback_fts (feedback_fts, rowid, situation, behaviour, impact, response) VALUES ('delete', old.rowid, old.situation, old.behaviour, old.impact, old.response);
END;

CREATE TRIGGER feedback_fts_insert AFTER INSERT ON feedback WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO feedback_fts (rowid, situation, behaviour, impact, response) VALUES (new.rowid, new.situation, new.behaviour, new.impact, new.response);
END;

CREATE TRIGGER feedback_fts_update AFTER UPDATE OF situation, behaviour, impact, response, deleted_at ON feedback BEGIN
  INSERT INTO feedback_fts (feedback_fts, rowid, situation, behaviour, impact, response) SELECT 'delete', old.rowid, old.situation, old.behaviour, old.impact, old.response WHERE old.deleted_at IS NULL;
  INSERT INTO feedback_fts (rowid, situation, behaviour, impact, response) SELECT new.rowid, new.situation, new.behaviour, new.impact, new.response WHERE new.deleted_at IS NULL;
END;

CREATE TRIGGER feedback_text_insert BEFORE INSERT ON feedback WHEN (instr(new.situation, char(0)) > 0 OR new.situation GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*') OR (instr(new.behaviour, char(0)) > 0 OR new.behaviour GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*') OR (instr(new.impact, char(0)) > 0 OR new.impact GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*') OR (instr(new.response, char(0)) > 0 OR new.response GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*') BEGIN
  SELECT RAISE(ABORT, 'Leap keeps no NUL or control characters in feedback');
END;

CREATE TRIGGER feedback_text_update BEFORE UPDATE OF situation, behaviour, impact, response ON feedback WHEN (new.situation IS NOT old.situation AND (instr(new.situation, char(0)) > 0 OR new.situation GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*')) OR (new.behaviour IS NOT old.behaviour AND (instr(new.behaviour, char(0)) > 0 OR new.behaviour GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*')) OR (new.impact IS NOT old.impact AND (instr(new.impact, char(0)) > 0 OR new.impact GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*')) OR (new.response IS NOT old.response AND (instr(new.response, char(0)) > 0 OR new.response GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*')) BEGIN
  SELECT RAISE(ABORT, 'Leap keeps no NUL or control characters in feedback');
END;

CREATE TRIGGER goals_fts_delete AFTER DELETE ON goals WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO goals_fts (goals_fts, rowid, title, why) VALUES ('delete', old.rowid, old.title, old.why);
END;

CREATE TRIGGER goals_fts_insert AFTER INSERT ON goals WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO goals_fts (rowid, title, why) VALUES (new.rowid, new.title, new.why);
END;

CREATE TRIGGER goals_fts_update AFTER UPDATE OF title, why, deleted_at ON goals BEGIN
  INSERT INTO goals_fts (goals_fts, rowid, title, why) SELECT 'delete', old.rowid, old.title, old.why WHERE old.deleted_at IS NULL;
  INSERT INTO goals_fts (rowid, title, why) SELECT new.rowid, new.title, new.why WHERE new.deleted_at IS NULL;
END;

CREATE TRIGGER goals_text_insert BEFORE INSERT ON goals WHEN (instr(new.title, char(0)) > 0 OR new.title GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*') OR (instr(new.why, char(0)) > 0 OR new.why GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*') BEGIN
  SELECT RAISE(ABORT, 'Leap keeps no NUL or control characters in goals');
END;

CREATE TRIGGER goals_text_update BEFORE UPDATE OF title, why ON goals WHEN (new.title IS NOT old.title AND (instr(new.title, char(0)) > 0 OR new.title GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*')) OR (new.why IS NOT old.why AND (instr(new.why, char(0)) > 0 OR new.why GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*')) BEGIN
  SELECT RAISE(ABORT, 'Leap keeps no NUL or control characters in goals');
END;

CREATE TRIGGER members_fts_delete AFTER DELETE ON members WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO members_fts (members_fts, rowid, name, role, team, email, strengths, growth_areas, aspirations, notes) VALUES ('delete', old.rowid, old.name, old.role, old.team, old.email, old.strengths, old.growth_areas, old.aspirations, old.notes);
END;

CREATE TRIGGER members_fts_insert AFTER INSERT ON members WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO members_fts (rowid, name, role, team, email, strengths, growth_areas, aspirations, notes) VALUES (new.rowid, new.name, new.role, new.team, new.email, new.strengths, new.growth_areas, new.aspirations, new.notes);
END;

CREATE TRIGGER members_fts_update AFTER UPDATE OF name, role, team, email, strengths, growth_areas, aspirations, notes, deleted_at ON members BEGIN
  INSERT INTO members_fts (members_fts, rowid, name, role, team, email, strengths, growth_areas, aspirations, notes) SELECT 'delete', old.rowid, old.name, old.role, old.team, old.email, old.strengths, old.growth_areas, old.aspirations, old.notes WHERE old.deleted_at IS NULL;
  INSERT INTO members_fts (rowid, name, role, team, email, strengths, growth_areas, aspirations, notes) SELECT new.rowid, new.name, new.role, new.team, new.email, new.strengths, new.growth_areas, new.aspirations, new.notes WHERE new.deleted_at IS NULL;
END;

CREATE TRIGGER members_text_insert BEFORE INSERT ON members WHEN (instr(new.name, char(0)) > 0 OR new.name GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*') OR (instr(new.role, char(0)) > 0 OR new.role GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*') OR (instr(new.team, char(0)) > 0 OR new.team GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*') OR (instr(new.email, char(0)) > 0 OR new.email GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*') BEGIN
  SELECT RAISE(ABORT, 'Leap keeps no NUL or control characters in members');
END;

CREATE TRIGGER members_text_update BEFORE UPDATE OF name, role, team, email ON members WHEN (new.name IS NOT old.name AND (instr(new.name, char(0)) > 0 OR new.name GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*')) OR (new.role IS NOT old.role AND (instr(new.role, char(0)) > 0 OR new.role GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*')) OR (new.team IS NOT old.team AND (instr(new.team, char(0)) > 0 OR new.team GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*')) OR (new.email IS NOT old.email AND (instr(new.email, char(0)) > 0 OR new.email GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*')) BEGIN
  SELECT RAISE(ABORT, 'Leap keeps no NUL or control characters in members');
END;

CREATE TRIGGER one_on_one_skips_fts_delete AFTER DELETE ON one_on_one_skips WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO one_on_one_skips_fts (one_on_one_skips_fts, rowid, reason) VALUES ('delete', old.rowid, old.reason);
END;

CREATE TRIGGER one_on_one_skips_fts_insert AFTER INSERT ON one_on_one_skips WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO one_on_one_skips_fts (rowid, reason) VALUES (new.rowid, new.reason);
END;

CREATE TRIGGER one_on_one_skips_fts_update AFTER UPDATE OF reason, deleted_at ON one_on_one_skips BEGIN
  INSERT INTO one_on_one_skips_fts (one_on_one_skips_fts, rowid, reason) SELECT 'delete', old.rowid, old.reason WHERE old.deleted_at IS NULL;
  INSERT INTO one_on_one_skips_fts (rowid, reason) SELECT new.rowid, new.reason WHERE new.deleted_at IS NULL;
END;

CREATE TRIGGER one_on_one_skips_text_insert BEFORE INSERT ON one_on_one_skips WHEN (instr(new.reason, char(0)) > 0 OR new.reason GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*') BEGIN
  SELECT RAISE(ABORT, 'Leap keeps no NUL or control characters in one_on_one_skips');
END;

CREATE TRIGGER one_on_one_skips_text_update BEFORE UPDATE OF reason ON one_on_one_skips WHEN (new.reason IS NOT old.reason AND (instr(new.reason, char(0)) > 0 OR new.reason GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*')) BEGIN
  SELECT RAISE(ABORT, 'Leap keeps no NUL or control characters in one_on_one_skips');
END;

CREATE TRIGGER reflections_fts_delete AFTER DELETE ON reflections WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO reflections_fts (reflections_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;

CREATE TRIGGER reflections_fts_insert AFTER INSERT ON reflections WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO reflections_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;

CREATE TRIGGER reflections_fts_update AFTER UPDATE OF title, body, deleted_at ON reflections BEGIN
  INSERT INTO reflections_fts (reflections_fts, rowid, title, body) SELECT 'delete', old.rowid, old.title, old.body WHERE old.deleted_at IS NULL;
  INSERT INTO reflections_fts (rowid, title, body) SELECT new.rowid, new.title, new.body WHERE new.deleted_at IS NULL;
END;

CREATE TRIGGER reflections_text_insert BEFORE INSERT ON reflections WHEN (instr(new.title, char(0)) > 0 OR new.title GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*') BEGIN
  SELECT RAISE(ABORT, 'Leap keeps no NUL or control characters in reflections');
END;

CREATE TRIGGER reflections_text_update BEFORE UPDATE OF title ON reflections WHEN (new.title IS NOT old.title AND (instr(new.title, char(0)) > 0 OR new.title GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*')) BEGIN
  SELECT RAISE(ABORT, 'Leap keeps no NUL or control characters in reflections');
END;

CREATE TRIGGER tags_text_insert BEFORE INSERT ON tags WHEN (instr(new.name, char(0)) > 0 OR new.name GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*') BEGIN
  SELECT RAISE(ABORT, 'Leap keeps no NUL or control characters in tags');
END;

CREATE TRIGGER tags_text_update BEFORE UPDATE OF name ON tags WHEN (new.name IS NOT old.name AND (instr(new.name, char(0)) > 0 OR new.name GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*')) BEGIN
  SELECT RAISE(ABORT, 'Leap keeps no NUL or control characters in tags');
END;

CREATE TRIGGER talking_points_fts_delete AFTER DELETE ON talking_points WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO talking_points_fts (talking_points_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;

CREATE TRIGGER talking_points_fts_insert AFTER INSERT ON talking_points WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO talking_points_fts (rowid, text) VALUES (new.rowid, new.text);
END;

CREATE TRIGGER talking_points_fts_update AFTER UPDATE OF text, deleted_at ON talking_points BEGIN
  INSERT INTO talking_points_fts (talking_points_fts, rowid, text) SELECT 'delete', old.rowid, old.text WHERE old.deleted_at IS NULL;
  INSERT INTO talking_points_fts (rowid, text) SELECT new.rowid, new.text WHERE new.deleted_at IS NULL;
END;

CREATE TRIGGER talking_points_text_insert BEFORE INSERT ON talking_points WHEN (instr(new.text, char(0)) > 0 OR new.text GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*') BEGIN
  SELECT RAISE(ABORT, 'Leap keeps no NUL or control characters in talking_points');
END;

CREATE TRIGGER talking_points_text_update BEFORE UPDATE OF text ON talking_points WHEN (new.text IS NOT old.text AND (instr(new.text, char(0)) > 0 OR new.text GLOB '*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*')) BEGIN
  SELECT RAISE(ABORT, 'Leap keeps no NUL or control characters in talking_points');
END;

CREATE VIEW action_items_search_source AS
  SELECT t.rowid AS rid, t.text AS text
  FROM action_items t WHERE t.deleted_at IS NULL;

CREATE VIEW away_periods_search_source AS
  SELECT t.rowid AS rid, t.note AS note
  FROM away_periods t WHERE t.deleted_at IS NULL;

CREATE VIEW checkins_search_source AS
  SELECT t.rowid AS rid, t.progress AS progress, t.struggles AS struggles, t.note AS note, t.lesson AS lesson
  FROM checkins t WHERE t.deleted_at IS NULL;

CREATE VIEW delegations_search_source AS
  SELECT t.rowid AS rid, t.title AS title, t.responsibility AS responsibility, t.why_this_person AS why_this_person, replace(trim(t.success_criteria, '[]"'), '","', char(10)) AS success_criteria, t.resources AS resources, t.constraints_text AS constraints_text, t.rescue_trigger AS rescue_trigger, t.outcome AS outcome, t.lessons AS lessons, t.expected_struggle AS expected_struggle
  FROM delegations t WHERE t.deleted_at IS NULL;

CREATE VIEW feedback_search_source AS
  SELECT t.rowid AS rid, t.situation AS situation, t.behaviour AS behaviour, t.impact AS impact, t.response AS response
  FROM feedback t WHERE t.deleted_at IS NULL;

CREATE VIEW goals_search_source AS
  SELECT t.rowid AS rid, t.title AS title, t.why AS why
  FROM goals t WHERE t.deleted_at IS NULL;

CREATE VIEW members_search_source AS
  SELECT t.rowid AS rid, t.name AS name, t.role AS role, t.team AS team, t.email AS email, t.strengths AS strengths, t.growth_areas AS growth_areas, t.aspirations AS aspirations, t.notes AS notes
  FROM members t WHERE t.deleted_at IS NULL;

CREATE VIEW one_on_one_skips_search_source AS
  SELECT t.rowid AS rid, t.reason AS reason
  FROM one_on_one_skips t WHERE t.deleted_at IS NULL;

CREATE VIEW reflections_search_source AS
  SELECT t.rowid AS rid, t.title AS title, t.body AS body
  FROM reflections t WHERE t.deleted_at IS NULL;

CREATE VIEW talking_points_search_source AS
  SELECT t.rowid AS rid, t.text AS text
  FROM talking_points t WHERE t.deleted_at IS NULL;
