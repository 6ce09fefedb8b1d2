import type { SnippetPart } from '../../shared/domain/search'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { HIGHLIGHT_MAX_BYTES, LOCATE_CHARS, markLocated, termPattern, termsOf } from './locate'
import { MARK_END, MARK_START, SNIPPET_CHARS, snippetOf } from './snippet'

/** What the snippets of one kind need to know of it (search.ts's table of kinds). */
export interface Searched {
  fts: string
  table: string
  /** The indexed column a hit shows as its title, if any: its snippet prefers another column on a tie. */
  titleColumn: number | null
}

/**
 * The snippets of one page of hits. Work is proportional to what is shown, whatever one entry holds
 * (docs/RELIABILITY.md F11): FTS5's highlight() takes time that grows faster than the matches in an entry (a
 * 5 MB reflection with "the" in every sentence took a minute), so an entry with any indexed text longer
 * than HIGHLIGHT_MAX_BYTES is read once, the first LOCATE_CHARS characters of its long texts only, and
 * marked by locate.ts; every other hit is highlighted by FTS5 in one pass.
 */
export function snippetsFor(
  db: Db,
  kind: Searched,
  match: string,
  rids: number[]
): Map<number, SnippetPart[]> {
  const long = new Set(longRows(db, kind, rids))
  const snippets = highlighted(
    db,
    kind,
    match,
    rids.filter((rid) => !long.has(rid))
  )
  if (long.size === 0) return snippets
  const pattern = termPattern(termsOf(match))
  const read = sourceStatement(db, kind)
  for (const rid of long) {
    const columns = (read.get(rid) as (string | null)[] | undefined) ?? []
    const marked = columns.map((text) =>
      text && pattern ? markLocated(text, pattern, MARK_START, MARK_END, LOCATE_CHARS - SNIPPET_CHARS) : text
    )
    snippets.set(rid, snippetOf(marked, kind.titleColumn))
  }
  return snippets
}

/**
 * The page's entries with an indexed text too long to highlight. octet_length() of a column reads its size
 * from the row's header, without loading the text.
 */
function longRows(db: Db, { fts, table }: Searched, rids: number[]): number[] {
  const sizes = columnsOf(db, fts).map((name) => `octet_length("${name}") > ${HIGHLIGHT_MAX_BYTES}`)
  return sql(
    db,
    `SELECT rid FROM ${table}_search_source
     WHERE rid IN (SELECT value FROM json_each(@rids)) AND (${sizes.join(' OR ')})`
  )
    .pluck()
    .all({ rids: JSON.stringify(rids) }) as number[]
}

/** One entry's indexed texts as locate.ts reads them: long ones cut to their first LOCATE_CHARS characters. */
function sourceStatement(db: Db, { fts, table }: Searched) {
  const columns = columnsOf(db, fts).map(
    (name) =>
      `CASE WHEN octet_length("${name}") > ${HIGHLIGHT_MAX_BYTES} THEN substr("${name}", 1, ${LOCATE_CHARS}) ELSE "${name}" END`
  )
  return sql(db, `SELECT ${columns.join(', ')} FROM ${table}_search_source WHERE rid = ?`).raw()
}

/**
 * The highlighted columns of the other hits, in one pass over the index. A statement per hit (MATCH ... AND
 * rowid = ?) set the query up again each time, which cost more than the highlighting: here FTS5 walks the
 * matches between the page's lowest and highest rowid (at most the ranking window), and the `+rowid IN`
 * filter, which the `+` keeps from becoming an index constraint, lets only the page's rows reach
 * highlight(). The CASTs matter: better-sqlite3 binds a JS number as a REAL, which FTS5 does not take as a
 * rowid bound.
 */
function highlighted(db: Db, { fts, titleColumn }: Searched, match: string, rids: number[]) {
  const snippets = new Map<number, SnippetPart[]>()
  if (rids.length === 0) return snippets
  const columns = columnsOf(db, fts).map((_, i) => `highlight(${fts}, ${i}, '${MARK_START}', '${MARK_END}')`)
  const rows = sql(
    db,
    `SELECT rowid, ${columns.join(', ')} FROM ${fts}
     WHERE ${fts} MATCH @match AND rowid >= CAST(@low AS INTEGER) AND rowid <= CAST(@high AS INTEGER)
       AND +rowid IN (SELECT value FROM json_each(@rids))`
  )
    .raw()
    .all({ match, low: Math.min(...rids), high: Math.max(...rids), rids: JSON.stringify(rids) }) as [
    number,
    ...(string | null)[]
  ][]
  for (const [rid, ...texts] of rows) snippets.set(rid, snippetOf(texts, titleColumn))
  return snippets
}

const columnNames = new Map<string, string[]>()

/** An index's column names, in order (the same in every journal: migration 2 made them). */
function columnsOf(db: Db, fts: string): string[] {
  let names = columnNames.get(fts)
  if (!names) {
    names = sql(db, 'SELECT name FROM pragma_table_info(?)').pluck().all(fts) as string[]
    columnNames.set(fts, names)
  }
  return names
}
