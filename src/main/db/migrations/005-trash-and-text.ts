/**
 * Two rules a wrong clock or a stray character must not break (docs/RELIABILITY.md F6, F10).
 *
 * How long each row has been in the trash, counted by Leap itself rather than read off its deletion stamp:
 * a row trashed while the computer's clock read 2001 must not be emptied at the next start, and a clock a
 * year ahead must not empty the trash. `trashed_at` is the stamp the row was trashed with: a row restored
 * and trashed again starts over. See trash/purge.ts. A partial index of each table's trashed rows lets the
 * purge at every start read the trash, not every row (a second on a journal of 50,000 reflections).
 *
 * The one-line texts (names, titles, tags, action items, emails, roles, teams, reasons) refuse NUL and
 * control characters other than tab, line feed and carriage return, as the IPC door does
 * (shared/domain/text.ts): a NUL made length() in their CHECKs stop short, so the door and the table
 * disagreed. Triggers, because SQLite cannot add a CHECK to a table without rebuilding it; an update is
 * checked only when it changes the text. Long texts (bodies, notes) are stored exactly as they come: the
 * door refuses the same characters there, and scanning five million characters at every save would cost
 * more than the save.
 */
const oneLineTexts: Record<string, string[]> = {
  members: ['name', 'role', 'team', 'email'],
  delegations: ['title'],
  authority_changes: ['reason'],
  reflections: ['title'],
  tags: ['name'],
  action_items: ['text']
}

const trashed = ['members', 'delegations', 'authority_changes', 'checkins', 'reflections', 'action_items']

const CONTROLS = `'*[' || char(1) || '-' || char(8) || char(11) || char(12) || char(14) || '-' || char(31) || char(127) || '-' || char(159) || ']*'`

/** True for a text that holds NUL (GLOB stops at it; instr does not) or a control character. */
const refused = (value: string) => `(instr(${value}, char(0)) > 0 OR ${value} GLOB ${CONTROLS})`

export function textTriggers(table: string, columns: string[]): string {
  const message = `'Leap keeps no NUL or control characters in ${table}'`
  const onInsert = columns.map((column) => refused(`new.${column}`)).join(' OR ')
  const onUpdate = columns
    .map((column) => `(new.${column} IS NOT old.${column} AND ${refused(`new.${column}`)})`)
    .join(' OR ')
  return `
CREATE TRIGGER ${table}_text_insert BEFORE INSERT ON ${table} WHEN ${onInsert} BEGIN
  SELECT RAISE(ABORT, ${message});
END;
CREATE TRIGGER ${table}_text_update BEFORE UPDATE OF ${columns.join(', ')} ON ${table} WHEN ${onUpdate} BEGIN
  SELECT RAISE(ABORT, ${message});
END;`
}

export const trashAndTextSchema = /* sql */ `
CREATE TABLE trash_ages (
  tbl         TEXT NOT NULL,
  id          TEXT NOT NULL,
  trashed_at  TEXT NOT NULL,
  age_ms      INTEGER NOT NULL CHECK (age_ms >= 0),
  PRIMARY KEY (tbl, id)
) STRICT, WITHOUT ROWID;

-- When the trash was last looked at: the step by which every age grows at the next start.
CREATE TABLE maintenance_runs (
  name  TEXT PRIMARY KEY NOT NULL,
  at    TEXT NOT NULL
) STRICT;
${trashed.map((table) => `CREATE INDEX ${table}_in_trash ON ${table} (deleted_at) WHERE deleted_at IS NOT NULL;`).join('\n')}
${Object.entries(oneLineTexts)
  .map(([table, columns]) => textTriggers(table, columns))
  .join('\n')}
`
