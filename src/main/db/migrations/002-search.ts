/**
 * Full-text search (FTS5), one index per kind of entry, kept in sync by triggers so that every writer (the
 * journal functions of any domain, an import, a restore) keeps it right without knowing it exists.
 *
 * - External content: each index reads its text from a view of the live rows (`<table>_search_source`), so
 *   the text is stored once (the journal's largest cost is reflection bodies) and snippet() still works.
 *   Rows in the trash are not in the index: soft delete removes them, restore puts them back.
 * - `unicode61 remove_diacritics 2`: "cafe" finds "Café", "naive" finds "naïve".
 * - prefix='2 3 4': typing-as-you-search queries ("del*") read one prefix doclist instead of merging every
 *   term that starts with it.
 * This file is a released migration: the search queries (main/search/) name these tables, never import them.
 * See ARCHITECTURE.md ("Search") for the figures behind these choices.
 */
export interface SearchedTable {
  table: string
  /** Indexed columns: name in the index, and the SQL expression over a row alias that gives its text. */
  columns: { name: string; expr: (row: string) => string }[]
}

const column = (name: string) => ({ name, expr: (row: string) => `${row}.${name}` })

const searchedTables: SearchedTable[] = [
  { table: 'reflections', columns: [column('title'), column('body')] },
  {
    table: 'members',
    columns: ['name', 'role', 'team', 'email', 'strengths', 'growth_areas', 'aspirations', 'notes'].map(
      column
    )
  },
  {
    table: 'delegations',
    columns: [
      column('title'),
      column('responsibility'),
      column('why_this_person'),
      // A JSON array of strings in the table; in the index, one item a line, without brackets and quotes,
      // so snippets read as text. (Triggers cannot call json_each, so plain string functions do it.)
      {
        name: 'success_criteria',
        expr: (row) => `replace(trim(${row}.success_criteria, '[]"'), '","', char(10))`
      },
      column('resources'),
      column('constraints_text'),
      column('rescue_trigger'),
      column('outcome'),
      column('lessons')
    ]
  },
  { table: 'checkins', columns: [column('progress'), column('struggles'), column('note')] },
  { table: 'action_items', columns: [column('text')] }
]

export function indexSql({ table, columns }: SearchedTable): string {
  const fts = `${table}_fts`
  const source = `${table}_search_source`
  const names = columns.map((c) => c.name).join(', ')
  const values = (row: string) => columns.map((c) => c.expr(row)).join(', ')
  return `
CREATE VIEW ${source} AS
  SELECT t.rowid AS rid, ${columns.map((c) => `${c.expr('t')} AS ${c.name}`).join(', ')}
  FROM ${table} t WHERE t.deleted_at IS NULL;
CREATE VIRTUAL TABLE ${fts} USING fts5(${names},
  content='${source}', content_rowid='rid', tokenize='unicode61 remove_diacritics 2', prefix='2 3 4');
CREATE TRIGGER ${table}_fts_insert AFTER INSERT ON ${table} WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO ${fts} (rowid, ${names}) VALUES (new.rowid, ${values('new')});
END;
CREATE TRIGGER ${table}_fts_delete AFTER DELETE ON ${table} WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO ${fts} (${fts}, rowid, ${names}) VALUES ('delete', old.rowid, ${values('old')});
END;
CREATE TRIGGER ${table}_fts_update AFTER UPDATE OF ${names}, deleted_at ON ${table} BEGIN
  INSERT INTO ${fts} (${fts}, rowid, ${names}) SELECT 'delete', old.rowid, ${values('old')} WHERE old.deleted_at IS NULL;
  INSERT INTO ${fts} (rowid, ${names}) SELECT new.rowid, ${values('new')} WHERE new.deleted_at IS NULL;
END;
INSERT INTO ${fts} (${fts}) VALUES ('rebuild');
`
}

export const searchSchema = searchedTables.map(indexSql).join('\n')
