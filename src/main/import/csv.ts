import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { basename } from 'node:path'
import { parse } from 'csv-parse/sync'
import { z } from 'zod'
import { LeapError } from '../../shared/ipc/envelope'
import { dayOf, sqliteLength, unstorable } from './checks'
import type { ImportRead } from './importFolder'
import { nameKey } from './people'
import { MAX_FILE_BYTES } from './readFolder'

/** One person from a row of a team spreadsheet: only the columns the file has are set. */
export interface ParsedTeamRow {
  type: 'teamRow'
  path: string
  id: string
  name: string
  fields: Partial<{
    role: string | null
    team: string | null
    email: string | null
    startDate: string | null
    cadenceDays: number
  }>
  /** What was left out of the row, for the preview. */
  notes: string[]
}

type Column = 'name' | 'firstName' | 'lastName' | 'role' | 'team' | 'email' | 'startDate' | 'cadenceDays'

/** Header spellings, compared without case, accents, spaces or punctuation ("E-mail", "Start date", "1:1 cadence"). */
const HEADERS: Record<Column, string[]> = {
  name: ['name', 'fullname', 'person', 'member', 'employee', 'teammember', 'displayname'],
  firstName: ['firstname', 'givenname', 'forename'],
  lastName: ['lastname', 'surname', 'familyname'],
  role: ['role', 'title', 'jobtitle', 'position', 'job'],
  team: ['team', 'department', 'dept', 'group', 'squad', 'unit'],
  email: ['email', 'mail', 'emailaddress', 'workemail'],
  startDate: ['startdate', 'start', 'started', 'joined', 'joindate', 'hiredate', 'hired', 'datestarted'],
  cadenceDays: [
    'cadence',
    'cadencedays',
    'oneononecadence',
    '11cadence',
    'frequency',
    'every',
    'meetingcadence'
  ]
}
const headerKey = (text: string) => nameKey(text).replace(/[^\p{L}\p{N}]/gu, '')

/** A team spreadsheet saved as CSV (comma, semicolon or tab): one person per row after a header row. */
export function readCsv(path: string): ImportRead {
  const text = readCsvFile(path)
  let rows: string[][]
  try {
    rows = parse(text, {
      bom: true,
      delimiter: [',', ';', '\t'],
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true
    }) as string[][]
  } catch (error) {
    throw new LeapError(
      'invalid_input',
      `${basename(path)} is not a CSV file Leap can read: ${(error as Error).message}`
    )
  }
  const [header, ...body] = rows
  const columns = new Map<Column, number>()
  header?.forEach((cell, index) => {
    const key = headerKey(cell)
    const column = (Object.keys(HEADERS) as Column[]).find((c) => HEADERS[c].includes(key))
    if (column && !columns.has(column)) columns.set(column, index)
  })
  if (!columns.has('name') && !columns.has('firstName')) {
    throw new LeapError(
      'invalid_input',
      `${basename(path)} has no column of names. Its first row should name the columns: name, role, team, email, start date, cadence.`
    )
  }
  const file = basename(path)
  const entities = body.map((cells, i) => rowOf(cells, columns, `${file}, row ${i + 2}`))
  return { source: 'csv', location: path, entities, problems: [] }
}

function readCsvFile(path: string): string {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new LeapError(
      code === 'ENOENT' ? 'not_found' : 'invalid_input',
      code === 'ENOENT'
        ? `${path} does not exist.`
        : code === 'ELOOP'
          ? `${path} is a link: Leap does not follow links.`
          : `Leap could not open ${path} (${code}).`
    )
  }
  try {
    const stat = fstatSync(fd)
    if (stat.isDirectory()) throw new LeapError('invalid_input', `${path} is a folder, not a CSV file.`)
    if (!stat.isFile()) throw new LeapError('invalid_input', `${path} is not a regular file.`)
    if (stat.size > MAX_FILE_BYTES)
      throw new LeapError(
        'invalid_input',
        `${basename(path)} is over ${MAX_FILE_BYTES / 1024 / 1024} MB: too large for a team list.`
      )
    const buffer = Buffer.alloc(stat.size)
    let length = 0
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length))
    } catch {
      throw new LeapError(
        'invalid_input',
        `${basename(path)} is not UTF-8 text: save it as "CSV UTF-8" and import again.`
      )
    }
  } finally {
    closeSync(fd)
  }
}

const Email = z.email()

function rowOf(cells: string[], columns: ReadonlyMap<Column, number>, path: string): ParsedTeamRow {
  const cell = (column: Column) => {
    const index = columns.get(column)
    return index === undefined ? undefined : (cells[index] ?? '')
  }
  const name = cell('name') ?? [cell('firstName'), cell('lastName')].filter((part) => part).join(' ')
  const row: ParsedTeamRow = { type: 'teamRow', path, id: path, name, fields: {}, notes: [] }
  for (const column of ['role', 'team'] as const) {
    const value = cell(column)
    if (value !== undefined) row.fields[column] = value === '' ? null : value
  }
  const email = cell('email')
  if (email !== undefined) {
    if (email === '' || Email.safeParse(email).success) row.fields.email = email === '' ? null : email
    else row.notes.push(`"${email}" is not an email address: left out.`)
  }
  const start = cell('startDate')
  if (start !== undefined) {
    const day = start === '' ? null : dayOf(start)
    if (start === '' || day) row.fields.startDate = day
    else row.notes.push(`"${start}" is not a day like 2026-11-27: the start date was left out.`)
  }
  const cadence = cell('cadenceDays')
  if (cadence !== undefined && cadence !== '') {
    const days = cadenceDays(cadence)
    if (days) row.fields.cadenceDays = days
    else
      row.notes.push(
        `"${cadence}" is not a cadence Leap understands (a number of days, "weekly", "monthly"): left out.`
      )
  }
  return row
}

/** "14", "14 days", "2 weeks", "weekly", "biweekly", "monthly" -> days between one-on-ones. */
export function cadenceDays(text: string): number | null {
  const value = text.trim().toLowerCase()
  const named: Record<string, number> = {
    weekly: 7,
    biweekly: 14,
    fortnightly: 14,
    monthly: 30,
    quarterly: 91
  }
  if (named[value]) return named[value]
  const match = /^(\d+)\s*(d|days?|w|weeks?|m|months?)?$/u.exec(value)
  if (!match) return null
  const unit = match[2]?.[0] ?? 'd'
  const days = Number(match[1]) * (unit === 'w' ? 7 : unit === 'm' ? 30 : 1)
  return days >= 1 && days <= 365 ? days : null
}

/** Why a row cannot be imported, or null. */
export function teamRowProblem(row: ParsedTeamRow): string | null {
  const length = sqliteLength(row.name)
  if (length < 1) return 'The row has no name.'
  if (length > 200) return 'The name is over 200 characters.'
  if (unstorable([row.name, ...Object.values(row.fields)]) !== null)
    return 'It holds a NUL character or broken Unicode.'
  return null
}
