// The shared contract defines every channel's schemas at the top of its domain files (src/shared/domain), beside
// the vocabulary (labels, defaults, small rules) that screens and terminal commands use. Building a zod schema
// is a call, which a bundler must keep in case it does something, so every bundle that took one word from a
// domain file built all of its schemas at start. Both bundles that need few of them (the terminal commands and
// the window's first screen) load domain files through this transform: each top-level constant's value is
// wrapped in an arrow function called at once and marked pure, so it is evaluated in the same order when
// something uses it and dropped when nothing does.
import { readFileSync } from 'node:fs'

/** A domain file of the shared contract, by path (either separator). */
export const DOMAIN_FILE = /[\\/]src[\\/]shared[\\/]domain[\\/][^\\/]+\.ts$/

/** `text` (TypeScript) with each top-level constant's value wrapped as above. */
export async function constantsMarkedPure(text, path) {
  // Loaded here: the TypeScript compiler is large, and most runs of the CLI find their build fresh.
  const { default: ts } = await import('typescript')
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
  const spans = file.statements
    .filter((statement) => ts.isVariableStatement(statement))
    .flatMap((statement) => statement.declarationList.declarations)
    .flatMap(({ initializer }) => (initializer ? [[initializer.getStart(file), initializer.end]] : []))
  let contents = text
  for (const [start, end] of spans.reverse()) {
    contents = `${contents.slice(0, start)}/* @__PURE__ */ (() => (${contents.slice(start, end)}))()${contents.slice(end)}`
  }
  return contents
}

/** The transform as an esbuild plugin (the terminal commands' build). */
export const esbuildConstantsPure = {
  name: 'constants-pure',
  setup(build) {
    build.onLoad({ filter: DOMAIN_FILE }, async ({ path }) => ({
      contents: await constantsMarkedPure(readFileSync(path, 'utf8'), path),
      loader: 'ts'
    }))
  }
}

/** The transform as a Vite plugin (the window's build), ahead of the TypeScript compiler. */
export const viteConstantsPure = {
  name: 'constants-pure',
  enforce: 'pre',
  async transform(code, id) {
    return DOMAIN_FILE.test(id) ? { code: await constantsMarkedPure(code, id), map: null } : null
  }
}
