import { spawnSync } from 'node:child_process'
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildCli, cliIsStale } from '../../../scripts/build-cli.mjs'
import { seedJournal } from '../../../scripts/lib/seed'
import { journalPathIn } from '../config/paths'
import { closeJournal, openJournal } from '../db/open'
import { createReflection } from '../journal/reflections'
import { NOBODY, canReproduceFaults, whyFaultsSkipped } from '../testing/elsewhere'
import { tempDir } from '../testing/tempJournal'
import { parseCommand, UsageError } from './args'
import { terminalCommandOf } from './appArgs'
import { runCli } from './run'

const folder = tempDir('leap-cli-')
const cliScript = join(import.meta.dirname, '../../../scripts/cli.mjs')
if (!canReproduceFaults) console.log(`the export into a folder another account owns: ${whyFaultsSkipped}`)
afterAll(() => folder.cleanup())
const dataDir = join(folder.dir, 'data')
const journal = openJournal(journalPathIn(dataDir))
seedJournal(journal.db, { reflections: 12, seed: 3 })
closeJournal(journal)

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(args, {
    env,
    defaultDataDir: '',
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text)
  })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

describe('the terminal commands', () => {
  it('parse a command and its options strictly, and name what is wrong', async () => {
    expect(parseCommand(['export', '--out', 'x', '--tag', 'a', '--tag', 'b', '--obsidian'])).toEqual({
      command: 'export',
      options: { out: 'x', tag: ['a', 'b'], obsidian: true }
    })
    expect(parseCommand([])).toEqual({ command: 'help', options: {} })
    expect(parseCommand(['export', '--out', 'x', '--help'])).toEqual({ command: 'help', options: {} })
    const help = (await run([])).stdout
    expect(help).toMatch(/leap export[\s\S]*leap import/)
    expect(() => parseCommand(['exprot'])).toThrow(new UsageError('Leap has no command "exprot".\n' + help))
    expect(() => parseCommand(['export', '--colour'])).toThrow(
      /^leap export has no option --colour\.\nUsage: leap export/
    )
    expect(() => parseCommand(['export', '--out'])).toThrow(/^--out needs a value\.\n/)
    expect(() => parseCommand(['export', 'notes'])).toThrow(
      /^leap export takes options only \(each starts with --\), not "notes"\.\n/
    )
    expect(() => parseCommand(['export', '--obsidian=yes'])).toThrow(
      /^--obsidian takes no value: write --obsidian or --no-obsidian\.\n/
    )
    // The last of two would win silently: Bo's reflections alone, when Ana's were asked for too.
    expect(() => parseCommand(['export', '--out', 'x', '--member', 'Ana', '--member', 'Bo'])).toThrow(
      /^--member is given more than once: give it once\.\nUsage: leap export/
    )
    expect(() => parseCommand(['export', '--out', 'x', '--obsidian', '--no-obsidian'])).toThrow(
      /^--obsidian is given more than once/
    )
  })

  it('export the journal, print the summary as JSON and exit 0', async () => {
    const out = join(folder.dir, 'out')
    const result = await run(['export', '--data-dir', dataDir, '--out', out, '--no-exported-at'])
    expect(result.code, result.stderr).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ folder: out, total: 12, updated: 0, skipped: [] })
    expect(readdirSync(join(out, 'Reflections'), { recursive: true }).length).toBeGreaterThan(12)
  })

  it('take the journal folder from LEAP_DATA_DIR, and say in one sentence what is missing or wrong', async () => {
    const out = join(folder.dir, 'env-out')
    expect((await run(['export', '--out', out], { LEAP_DATA_DIR: dataDir })).code).toBe(0)
    expect(await run(['export', '--data-dir', dataDir])).toMatchObject({
      code: 1,
      stderr: 'Give the folder to export into: --out <folder>'
    })
    expect(await run(['export', '--out', out])).toMatchObject({
      code: 1,
      stderr: 'Give the journal folder: --data-dir <folder> (or set LEAP_DATA_DIR)'
    })
    expect(await run(['export', '--data-dir', dataDir, '--out', out, '--from', '2026-02-30'])).toMatchObject({
      code: 1,
      stderr: '--from: Use a date like 2026-11-27.'
    })
    expect((await run(['export', '--data-dir', dataDir, '--out', out, '--tag', ''])).stderr).toBe(
      '--tag: A tag cannot be empty.'
    )
    // A tag typed wrong exported nothing and said nothing; a known one matches in any case.
    const typo = join(folder.dir, 'typo-out')
    expect(await run(['export', '--data-dir', dataDir, '--out', typo, '--tag', 'nosuchtag'])).toMatchObject({
      code: 1,
      stderr: '--tag: this journal has no tag "nosuchtag".'
    })
    expect(existsSync(typo)).toBe(false)
    const taggedDir = join(folder.dir, 'tagged')
    cpSync(dataDir, taggedDir, { recursive: true })
    const seeded = openJournal(journalPathIn(taggedDir))
    createReflection(seeded.db, { kind: 'general', date: '2026-06-01', title: 'Tagged', tags: ['Hiring'] })
    closeJournal(seeded)
    const tagged = await run(['export', '--data-dir', taggedDir, '--out', typo, '--tag', 'HIRING'])
    expect(tagged.code, tagged.stderr).toBe(0)
    expect(JSON.parse(tagged.stdout)).toMatchObject({ total: 1 })
    expect(
      (
        await run([
          'export',
          '--data-dir',
          dataDir,
          '--out',
          out,
          '--from',
          '2026-06-30',
          '--to',
          '2026-06-01'
        ])
      ).stderr
    ).toBe('--to: The start date must not be after the end date.')
    // What to type, not the window's words ("Choose keep both, skip or overwrite.").
    expect((await run(['export', '--data-dir', dataDir, '--out', out, '--on-conflict', 'both'])).stderr).toBe(
      '--on-conflict takes keep-both, skip or overwrite.'
    )
    expect((await run(['export', '--data-dir', dataDir, '--out', out, '--layout', 'flat'])).stderr).toBe(
      '--layout takes per-reflection or per-member.'
    )
    expect((await run(['export', '--data-dir', join(folder.dir, 'none'), '--out', out])).stderr).toMatch(
      /^There is no Leap journal at /
    )
  })

  it('say in words when the folder to export into cannot be made, and write nothing', async () => {
    const file = join(folder.dir, 'a-file')
    writeFileSync(file, 'not a folder')
    expect(await run(['export', '--data-dir', dataDir, '--out', file])).toMatchObject({
      code: 1,
      stderr: `${file} is a file, not a folder. Choose a folder.`
    })
    expect(await run(['export', '--data-dir', dataDir, '--out', join(file, 'notes')])).toMatchObject({
      code: 1,
      stderr: `${join(file, 'notes')} cannot be a folder: a part of it is a file. Choose a folder.`
    })
    const long = join(folder.dir, 'n'.repeat(300))
    expect(await run(['export', '--data-dir', dataDir, '--out', long])).toMatchObject({
      code: 1,
      stderr: `${long} is too long a name for this disk. Choose a shorter one.`
    })
  })

  it.skipIf(!canReproduceFaults)(
    'say in words when the account may not make the folder to export into',
    async () => {
      // As `nobody`, with a journal of its own, exporting into a folder of root's that it may only read.
      chmodSync(folder.dir, 0o755)
      const theirs = join(folder.dir, 'nobody')
      cpSync(dataDir, theirs, { recursive: true })
      for (const path of [theirs, ...readdirSync(theirs).map((name) => join(theirs, name))])
        chownSync(path, NOBODY.uid, NOBODY.gid)
      const roots = join(folder.dir, 'roots')
      mkdirSync(roots, { mode: 0o755 })
      if (cliIsStale()) await buildCli()
      const out = join(roots, 'notes')
      const child = spawnSync(process.execPath, [cliScript, 'export', '--data-dir', theirs, '--out', out], {
        encoding: 'utf8',
        ...NOBODY
      })
      expect(child.status, child.stderr).toBe(1)
      expect(child.stderr).toBe(
        `The export did not start: Leap is not allowed to use the folder ${out} (its owner or permissions ` +
          'have changed). Nothing was written. Give your user account read and write access to it, then try again.\n'
      )
      expect(readdirSync(roots)).toEqual([])
    }
  )

  it.skipIf(!canReproduceFaults)(
    'say in words when the folder to export into is on a read-only or full disk, and leave no folder made for it',
    async () => {
      if (cliIsStale()) await buildCli()
      // A disk of its own in a mount namespace of its own (as root), gone with the process.
      const disk = join(folder.dir, 'small-disk')
      mkdirSync(disk)
      const exportOn = (mountOptions: string, out: string) =>
        spawnSync(
          'unshare',
          [
            '--mount',
            '--propagation',
            'private',
            'sh',
            '-c',
            `mount -t tmpfs -o ${mountOptions} tmpfs "$0" && "$1" "$2" export --data-dir "$3" --out "$4"; s=$?; ls -A "$0"; exit $s`,
            disk,
            process.execPath,
            cliScript,
            dataDir,
            out
          ],
          { encoding: 'utf8' }
        )
      const readOnly = exportOn('ro,size=1m', join(disk, 'sub', 'notes'))
      expect(readOnly.status).toBe(1)
      expect(readOnly.stderr).toBe(
        `The export did not start: the folder ${join(disk, 'sub')} can only be read (a read-only disk, folder or ` +
          'file). Nothing was written. Make it writable, or move it to a disk you can write to, then try again.\n'
      )
      // The 12 reflections need more than 16 KB: the export stops, and the folders it made go again.
      const full = exportOn('size=16k', join(disk, 'a', 'b', 'notes'))
      expect(full.status).toBe(1)
      expect(full.stderr).toMatch(/^The export stopped: the disk that holds the folder .* is full\./)
      expect(full.stdout).toBe('')
    }
  )

  it.skipIf(!canReproduceFaults)(
    'say in words when the account may not read the journal, not that there is none',
    async () => {
      // As `nobody`: a journal of root's in a folder of root's, readable by all, then by root alone.
      chmodSync(folder.dir, 0o755)
      const roots = join(folder.dir, 'roots-journal')
      cpSync(dataDir, roots, { recursive: true })
      chmodSync(roots, 0o755)
      const journalFile = journalPathIn(roots)
      if (cliIsStale()) await buildCli()
      const exportAs = () =>
        spawnSync(
          process.execPath,
          [cliScript, 'export', '--data-dir', roots, '--out', join(folder.dir, 'nobody-out')],
          { encoding: 'utf8', ...NOBODY }
        ).stderr
      const sentence =
        `The export did not start: Leap is not allowed to use your journal (${journalFile}) (its owner or ` +
        'permissions have changed). Nothing was written. Give your user account read and write access to it, then try again.\n'
      chmodSync(journalFile, 0o644)
      expect(exportAs()).toBe(sentence)
      chmodSync(journalFile, 0o600)
      expect(exportAs()).toBe(sentence)
      // A folder the account may not look into hides the journal: that is not "There is no Leap journal".
      chmodSync(roots, 0o700)
      expect(exportAs()).toBe(
        `The export did not start: Leap is not allowed to use the folder ${roots} (its owner or permissions ` +
          'have changed). Nothing was written. Give your user account read and write access to it, then try again.\n'
      )
    }
  )

  it('find --member by name as import does: any case, accents and spacing, however the name was composed', async () => {
    // The seeded team has a Hana Nguyễn: each spelling exports what her id does.
    const out = join(folder.dir, 'member-out')
    const exported = async (member: string) => {
      const result = await run(['export', '--data-dir', dataDir, '--out', out, '--member', member])
      expect(result.code, `${member}: ${result.stderr}`).toBe(0)
      return (JSON.parse(result.stdout) as { total: number }).total
    }
    const journal = openJournal(journalPathIn(dataDir))
    const id = journal.db.prepare("SELECT id FROM members WHERE name = 'Hana Nguyễn'").pluck().get() as string
    closeJournal(journal)
    const total = await exported(id)
    for (const typed of ['Hana Nguyễn'.normalize('NFD'), '  hana   nguyen ', 'HANA NGUYỄN'])
      expect(await exported(typed), typed).toBe(total)
    // A part of a name is not a match, but the names holding it are offered.
    const memberIs = async (member: string) =>
      (await run(['export', '--data-dir', dataDir, '--out', folder.dir, '--member', member])).stderr
    expect(await memberIs('Hana N')).toBe('No one named "Hana N". Did you mean "Hana Nguyễn"?')
    expect(await memberIs('Zebedee')).toBe('No one named "Zebedee".')
  })

  it('are what the installed app runs for `Leap --export` and `Leap --import`, packaged and from a folder', () => {
    expect(terminalCommandOf(['/opt/Leap/leap', '--export', '--out', '/tmp/x'], false)).toEqual([
      'export',
      '--out',
      '/tmp/x'
    ])
    expect(terminalCommandOf(['electron', '.', '--data-dir', 'd', '--export', '--out', 'o'], true)).toEqual([
      'export',
      '--data-dir',
      'd',
      '--out',
      'o'
    ])
    expect(terminalCommandOf(['/opt/Leap/leap', '--import', '--from', '/tmp/notes'], false)).toEqual([
      'import',
      '--from',
      '/tmp/notes'
    ])
    expect(terminalCommandOf(['/opt/Leap/leap', '--data-dir', 'd'], false)).toBeNull()
  })

  it('run prebuilt JavaScript from `npm run export` (scripts/cli.mjs), with the same result', () => {
    const out = join(folder.dir, 'process-out')
    const child = spawnSync(
      process.execPath,
      [join(import.meta.dirname, '../../../scripts/cli.mjs'), 'export', '--data-dir', dataDir, '--out', out],
      { encoding: 'utf8' }
    )
    expect(child.status, child.stderr).toBe(0)
    expect(JSON.parse(child.stdout)).toMatchObject({ folder: out, total: 12 })
    const bad = spawnSync(
      process.execPath,
      [join(import.meta.dirname, '../../../scripts/cli.mjs'), 'export'],
      {
        encoding: 'utf8'
      }
    )
    expect({ status: bad.status, stderr: bad.stderr }).toEqual({
      status: 1,
      stderr: 'Give the folder to export into: --out <folder>\n'
    })
  })
})
