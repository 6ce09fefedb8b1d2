import { DEFAULT_CADENCE_DAYS } from '../../shared/domain/cadence'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { newId, nextStamp, now } from '../journal/rows'
import { sameText } from './compare'
import { teamRowProblem, type ParsedTeamRow } from './csv'
import { nameKey } from './people'
import { EMPTY_PERSON, writePerson } from './write'
import type { PersonFields } from '../export/rows'

type Member = Pick<PersonFields, 'name' | 'role' | 'team' | 'email' | 'startDate' | 'cadenceDays'> & {
  id: string
  updatedAt: string
}

const COLUMNS = {
  role: 'role',
  team: 'team',
  email: 'email',
  startDate: 'start_date',
  cadenceDays: 'cadence_days'
} as const

/**
 * The rows of a team spreadsheet against the journal's people: a row is the person with the same email, else
 * the one person with the same name (case and accents ignored); it updates only the columns the file has, and
 * a person not found is created. A second row for the same person is skipped.
 */
export function planTeamRows(db: Db, rows: readonly ParsedTeamRow[]) {
  const members = sql(
    db,
    `SELECT id, name, role, team, email, start_date AS startDate, cadence_days AS cadenceDays, updated_at AS updatedAt
     FROM members WHERE deleted_at IS NULL`
  ).all() as Member[]
  const byEmail = new Map(members.filter((m) => m.email).map((m) => [m.email!.toLowerCase(), m]))
  const byName = new Map<string, Member[]>()
  for (const member of members)
    byName.set(nameKey(member.name), [...(byName.get(nameKey(member.name)) ?? []), member])
  const seen = new Map<string, string>()
  return rows.map((row) => {
    const skip = (reason: string) => ({ row, outcome: 'skip' as const, reason, write: null })
    const problem = teamRowProblem(row)
    if (problem) return skip(problem)
    const keys = [
      row.fields.email ? `email:${row.fields.email.toLowerCase()}` : null,
      `name:${nameKey(row.name)}`
    ]
    const earlier = keys.map((key) => key && seen.get(key)).find(Boolean)
    if (earlier) return skip(`The same person as ${earlier}.`)
    for (const key of keys) if (key) seen.set(key, row.path)
    const sameName = byName.get(nameKey(row.name)) ?? []
    const match =
      (row.fields.email && byEmail.get(row.fields.email.toLowerCase())) ||
      (sameName.length === 1 ? sameName[0] : null)
    const reason = row.notes.length ? row.notes.join(' ') : null
    if (!match && sameName.length > 1) {
      return skip(`More than one person is named ${row.name}: add their email to tell them apart.`)
    }
    if (!match) {
      const write = (db: Db) => {
        const stamp = now()
        writePerson(
          db,
          { ...EMPTY_PERSON, cadenceDays: DEFAULT_CADENCE_DAYS, ...row.fields, id: newId(), name: row.name },
          { created: stamp, updated: stamp },
          true
        )
      }
      return { row, outcome: 'create' as const, reason, write }
    }
    const fields = Object.entries(row.fields).filter(
      ([key, value]) => !sameText(String(match[key as keyof Member] ?? ''), String(value ?? ''))
    ) as [keyof typeof COLUMNS, unknown][]
    if (fields.length === 0) return { row, outcome: 'unchanged' as const, reason, write: null }
    const write = (db: Db) => {
      const assignments = fields.map(([key]) => `${COLUMNS[key]} = @${key}`).join(', ')
      sql(db, `UPDATE members SET ${assignments}, updated_at = @updated WHERE id = @id`).run({
        ...Object.fromEntries(fields),
        id: match.id,
        updated: nextStamp(match.updatedAt)
      })
    }
    return { row, outcome: 'update' as const, reason, write }
  })
}
