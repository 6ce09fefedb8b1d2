import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { rendererRoot } from '../../e2e/support/appPage'

/** What one part of the renderer makes the window load: its JavaScript and CSS, as built and gzipped. */
export interface BundleRow {
  part: string
  /** Where it shows. */
  shows: string
  files: string[]
  js_kb: number
  css_kb: number
  gzip_kb: number
}

interface Chunk {
  file: string
  imports?: string[]
  css?: string[]
}

/** The parts the window loads, by their entry in the build's manifest; the first screen loads only the first. */
const parts: { part: string; entry: string; shows: string }[] = [
  { part: 'first_screen', entry: 'index.html', shows: 'start-up and every screen not below' },
  { part: 'insights', entry: 'src/features/insights/InsightsPage.tsx', shows: 'Insights' },
  {
    part: 'person_insights',
    entry: 'src/features/insights/MemberInsights.tsx',
    shows: "a person's page, under their profile"
  },
  { part: 'editor', entry: 'src/components/MarkdownEditor.tsx', shows: 'a one-on-one or a reflection' },
  {
    part: 'markdown',
    entry: 'src/components/MarkdownRenderer.tsx',
    shows: 'the preview, a delegation’s texts'
  },
  { part: 'form_schemas', entry: 'src/lib/formSchemas.ts', shows: 'a form checking what was typed' }
]

const kb = (bytes: number) => Math.round(bytes / 100) / 10

/**
 * Sizes per part of the renderer from the last build (electron-vite build writes out/renderer/.vite/manifest.json):
 * each part counts the files it loads beyond the first screen's.
 */
export function rendererBundles(): BundleRow[] {
  const manifestPath = join(rendererRoot, '.vite/manifest.json')
  if (!existsSync(manifestPath)) return []
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, Chunk>
  const keyOf = (entry: string) => Object.keys(manifest).find((key) => key.endsWith(entry))
  const filesOf = (key: string, seen = new Set<string>()): Set<string> => {
    const chunk = manifest[key]
    if (!chunk || seen.has(chunk.file)) return seen
    seen.add(chunk.file)
    chunk.css?.forEach((file) => seen.add(file))
    chunk.imports?.forEach((imported) => filesOf(imported, seen))
    return seen
  }
  const firstScreen = filesOf('index.html')
  return parts.flatMap(({ part, entry, shows }) => {
    const key = keyOf(entry)
    if (!key) return []
    const files = [...filesOf(key)].filter((file) => part === 'first_screen' || !firstScreen.has(file))
    const bytes = files.map((file) => readFileSync(join(rendererRoot, file)))
    const size = (extension: string) =>
      kb(bytes.filter((_, i) => files[i]!.endsWith(extension)).reduce((sum, data) => sum + data.length, 0))
    return [
      {
        part,
        shows,
        files,
        js_kb: size('.js'),
        css_kb: size('.css'),
        gzip_kb: kb(bytes.reduce((sum, data) => sum + gzipSync(data).length, 0))
      }
    ]
  })
}
