CREATE INDEX action_items_member_status ON action_items (member_id, status);

CREATE INDEX action_items_reflection ON action_items (reflection_id);

CREATE INDEX authority_changes_delegation ON authority_changes (delegation_id, changed_on);

CREATE INDEX checkins_delegation ON checkins (delegation_id, date);

CREATE INDEX delegations_member ON delegations (member_id, status);

CREATE INDEX reflection_delegations_delegation ON reflection_delegations (delegation_id);

CREATE INDEX reflection_tags_tag ON reflection_tags (tag_id);

CREATE INDEX reflections_date ON reflections (date);

CREATE INDEX reflections_member_date ON reflections (member_id, date);

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
) STRICT;

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
  deleted_at          TEXT,
  CHECK (due_date IS NULL OR started_on IS NULL OR due_date >= started_on)
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
) STRICT;

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
  deleted_at  TEXT,
  CHECK (kind = 'general' OR member_id IS NOT NULL)
) STRICT;

CREATE TABLE tags (
  id          TEXT PRIMARY KEY NOT NULL,
  name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) BETWEEN 1 AND 60),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
