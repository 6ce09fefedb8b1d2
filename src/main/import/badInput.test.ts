import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { END_MARKER } from '../export/noteFormat'
import { hostileStrings, journalSnapshot } from '../testing/hostileJournal'
import { tempDir, tempJournal } from '../testing/tempJournal'
import { applyImport, previewImport, readMarkdown } from './importFolder'
import { MAX_FILE_BYTES } from './readFolder'

let journal: ReturnType<typeof tempJournal>
let notes: ReturnType<typeof tempDir>
beforeEach(() => {
  journal = tempJournal()
  notes = tempDir('leap-bad-notes-')
})
afterEach(() => {
  journal.cleanup()
  notes.cleanup()
})

const write = (path: string, content: string | Buffer) => {
  mkdirSync(join(notes.dir, path, '..'), { recursive: true })
  writeFileSync(join(notes.dir, path), content)
}
const reflectionNote = (id: string, title: string) =>
  `---\ntitle: "${title}"\ndate: "2026-01-02"\nmember: null\nkind: "general"\nid: "${id}"\n---\n\nBody\n\n${END_MARKER}\n`

describe('bad input: each file listed with its reason, nothing written for it, the rest imported', () => {
  it('binary, huge, not UTF-8, broken YAML, unclosed properties, empty, links, FIFOs, hidden and odd names', () => {
    write('good.md', 'A good note.')
    write('a..b.md', 'Dots inside a name are fine.')
    write('binary.md', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]))
    write('huge.md', Buffer.alloc(MAX_FILE_BYTES + 1, 'a'))
    write('latin1.md', Buffer.from('caf\xe9', 'latin1'))
    write('utf16.md', Buffer.from('\ufeffhello', 'utf16le'))
    write('broken-yaml.md', '---\ntitle: [unclosed\n---\nBody')
    write('unclosed.md', '---\ntitle: x\nBody without an end')
    write('duplicate-key.md', '---\ntitle: a\ntitle: b\n---\nBody')
    write('not-a-map.md', '---\n- a\n- b\n---\nBody')
    write('empty.md', '  \n')
    write('picture.png', 'not a note')
    write('.hidden.md', 'hidden')
    write('..dots.md', 'also hidden')
    write('notes/deep.md', 'In a folder.')
    symlinkSync('/etc/passwd', join(notes.dir, 'link.md'))
    symlinkSync(join(notes.dir, 'notes'), join(notes.dir, 'linked-folder'))
    execFileSync('mkfifo', [join(notes.dir, 'pipe.md')])

    const read = readMarkdown(notes.dir)
    const reasons = Object.fromEntries(read.problems.map((p) => [p.path, p.reason]))
    expect(reasons).toEqual({
      '..dots.md': 'Hidden, so not read.',
      '.hidden.md': 'Hidden, so not read.',
      'binary.md': 'A binary file, not text (it holds NUL bytes).',
      'broken-yaml.md': expect.stringMatching(
        /^Its properties \(the front matter at the top\) are not valid YAML: .*\(line \d+\)\.$/
      ),
      'duplicate-key.md': expect.stringMatching(/not valid YAML: duplicated mapping key/),
      'empty.md': 'The file is empty.',
      'huge.md': 'Too large to import (10.0 MB; the limit is 10 MB a file).',
      'latin1.md': 'Not UTF-8 text. Save it as UTF-8 in your editor and import again.',
      'link.md': 'A link: Leap does not follow links.',
      'linked-folder': 'A link: Leap does not follow links.',
      'not-a-map.md': 'Its properties (the front matter at the top) are not a list of "name: value" lines.',
      'picture.png': 'Not a markdown (.md) file.',
      'pipe.md': 'Not a regular file.',
      'unclosed.md': 'Its properties (the front matter at the top) are never closed with ---.',
      'utf16.md': 'A binary file, not text (it holds NUL bytes).'
    })
    const result = applyImport(journal.db, read)
    expect(result.counts).toEqual({ create: 3, update: 0, unchanged: 0, skip: 15 })
    expect(journal.db.prepare('SELECT title FROM reflections ORDER BY title').pluck().all()).toEqual([
      'a..b',
      'deep',
      'good'
    ])
  })

  it('duplicate ids: the same content counts once; different content is skipped in every file', () => {
    const same = '0b8c5b7e-55b5-4c2b-9f0a-6c1f9d0f3a11'
    const clash = '7d6b1f0e-1c1a-4f53-9a53-7b0d2f7ad8a2'
    write('a/one.md', reflectionNote(same, 'Same'))
    write('b/one.md', reflectionNote(same, 'Same'))
    write('a/two.md', reflectionNote(clash, 'Mine'))
    write('b/two.md', reflectionNote(clash, 'Theirs'))
    const { entries } = previewImport(journal.db, readMarkdown(notes.dir))
    expect(entries.map(({ path, outcome, reason }) => [path, outcome, reason])).toEqual([
      ['b/one.md', 'skip', 'The same as a/one.md, imported from there.'],
      ['a/two.md', 'skip', expect.stringMatching(/^b\/two.md has the same id with different content/)],
      ['b/two.md', 'skip', expect.stringMatching(/^a\/two.md has the same id with different content/)],
      ['a/one.md', 'create', null]
    ])
  })

  it('a name with .. or / in a property stays a name: nothing is read or written outside the folder', () => {
    write('note.md', '---\nperson: "../../etc/passwd"\ntitle: "../../x"\n---\nBody')
    const result = applyImport(journal.db, readMarkdown(notes.dir))
    expect(result.counts.create).toBe(1)
    expect(journal.db.prepare('SELECT name FROM members').pluck().all()).toEqual(['../../etc/passwd'])
  })
})

describe('the parser, fuzzed with the shared hostile strings as property values, names and bodies', () => {
  const hostile = fc.constantFrom(...hostileStrings, '\u0000nul', '\uD800', '---', '<!-- leap:end -->')
  const value = fc.oneof(
    hostile,
    fc.string(),
    fc.integer(),
    fc.constant(null),
    fc.array(hostile, { maxLength: 3 })
  )
  const key = fc.constantFrom(
    'title',
    'date',
    'person',
    'member',
    'mood',
    'tags',
    'kind',
    'id',
    'stance',
    'created'
  )
  const fileName = fc.oneof(hostile, fc.string({ minLength: 1, maxLength: 40 }))

  it('never throws, lists every file once, and writes only rows the journal accepts', () => {
    let run = 0
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fileName, fc.dictionary(key, value, { maxKeys: 5 }), hostile), {
          minLength: 1,
          maxLength: 4
        }),
        fc.boolean(),
        (files, asYamlText) => {
          const dir = join(notes.dir, `run-${(run += 1)}`)
          mkdirSync(dir)
          let written = 0
          files.forEach(([name, fields, body], i) => {
            // A name the file system refuses is not a file a user could have: try the next one.
            const safe = `${i} ${name}`.replaceAll('/', '_').replaceAll('\u0000', '_').slice(0, 200)
            const yaml = asYamlText
              ? Object.entries(fields)
                  .map(([k, v]) => `${k}: ${String(v)}`)
                  .join('\n')
              : Object.entries(fields)
                  .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
                  .join('\n')
            try {
              writeFileSync(join(dir, `${safe}.md`), `---\n${yaml}\n---\n${body}`)
              written += 1
            } catch {
              // ENAMETOOLONG and friends
            }
          })
          const read = readMarkdown(dir)
          const before = journalSnapshot(journal.db)
          const preview = previewImport(journal.db, read)
          expect(journalSnapshot(journal.db)).toEqual(before)
          const result = applyImport(journal.db, read)
          const paths = new Set(result.entries.map((entry) => entry.path))
          expect(paths.size).toBe(written)
          expect(result.counts).toEqual(preview.counts)
          for (const entry of result.entries) if (entry.outcome === 'skip') expect(entry.reason).toBeTruthy()
          expect(journal.db.pragma('foreign_key_check')).toEqual([])
        }
      ),
      { seed: 19, numRuns: 150 }
    )
    expect(journal.db.pragma('integrity_check', { simple: true })).toBe('ok')
  }, 120_000)
})
