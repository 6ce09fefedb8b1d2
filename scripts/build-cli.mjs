// Builds Leap's terminal commands (src/main/cli/main.ts) into one ES module, out/cli/leap.mjs, that Node runs
// as it is: `npm run export` and the installed app's `Leap --export` both run this file, so neither compiles
// TypeScript at run time. Everything is bundled but better-sqlite3 (a native module, resolved from
// node_modules beside it, also inside the app's asar archive).
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { esbuildConstantsPure } from './pure-constants.mjs'

const repo = join(import.meta.dirname, '..')
export const cliOutput = (root = repo) => join(root, 'out/cli/leap.mjs')
/** What the built file was made from, beside it: the sources it bundles, this script and the installed packages. */
const inputsOf = (root) => `${cliOutput(root)}.inputs.json`

/** `root`: the repository (electron.vite.config.ts passes it: its bundled copy of this file lives elsewhere). */
export async function buildCli(root = repo) {
  // Loaded here, not at the top: a run that finds the build fresh should not pay for loading esbuild.
  const { build } = await import('esbuild')
  const { outputFiles, metafile } = await build({
    absWorkingDir: root,
    metafile: true,
    entryPoints: [join(root, 'src/main/cli/main.ts')],
    outfile: cliOutput(root),
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['better-sqlite3'],
    // Bundled CommonJS (js-yaml) may call require(); give the module one.
    banner: {
      js: "import { createRequire as __leapRequire } from 'node:module'; const require = __leapRequire(import.meta.url);"
    },
    minify: true,
    plugins: [zodSchemasOnly(root), esbuildConstantsPure],
    logLevel: 'warning'
  })
  // Written aside and renamed into place: a CLI started meanwhile (a parallel test) reads the old file or the new.
  const output = cliOutput(root)
  const partial = `${output}.${process.pid}.partial`
  mkdirSync(dirname(output), { recursive: true })
  // Packages change with their lock file, so it stands for the hundreds of files bundled from node_modules.
  const inputs = [
    ...Object.keys(metafile.inputs).filter((path) => path.startsWith('src/')),
    'scripts/build-cli.mjs',
    'scripts/pure-constants.mjs',
    ...['node_modules/.package-lock.json'].filter((path) => existsSync(join(root, path)))
  ]
  writeFileSync(inputsOf(root), JSON.stringify(inputs))
  writeFileSync(partial, outputFiles[0].contents)
  renameSync(partial, output)
}

/**
 * `import { z } from 'zod'` brings every part of zod (locales, JSON Schema, codecs): loading it cost a small
 * export about 70 ms of CPU, most of its start-up. The CLI gets a `z` made of zod's schema builders, `z.iso`
 * and the English messages only, which is all the contract uses; a use of anything else fails the CLI's tests.
 */
const zodSchemasOnly = (root) => ({
  name: 'zod-schemas-only',
  setup(build) {
    const zod = join(root, 'node_modules/zod/v4')
    const flat = [
      `import { config } from ${JSON.stringify(join(zod, 'core/index.js'))}`,
      `import en from ${JSON.stringify(join(zod, 'locales/en.js'))}`,
      'config(en())',
      `export * from ${JSON.stringify(join(zod, 'classic/schemas.js'))}`,
      `export * as iso from ${JSON.stringify(join(zod, 'classic/iso.js'))}`
    ].join('\n')
    build.onResolve({ filter: /^zod$/ }, () => ({ path: 'zod', namespace: 'zod-schemas-only' }))
    build.onResolve({ filter: /^zod-flat$/ }, () => ({ path: 'zod-flat', namespace: 'zod-schemas-only' }))
    build.onLoad({ filter: /.*/, namespace: 'zod-schemas-only' }, ({ path }) => ({
      contents: path === 'zod' ? "export * as z from 'zod-flat'" : flat,
      resolveDir: root
    }))
  }
})

/**
 * True when the built file is missing or older than anything it was made from. Only what it bundles is looked
 * at (not every file under src/, tests included): `npm run export` pays for this check on every run.
 */
export function cliIsStale(root = repo) {
  let built
  let inputs
  try {
    built = statSync(cliOutput(root)).mtimeMs
    inputs = JSON.parse(readFileSync(inputsOf(root), 'utf8'))
  } catch {
    return true
  }
  return inputs.some((path) => {
    try {
      return statSync(join(root, path)).mtimeMs > built
    } catch {
      return true
    }
  })
}

if (import.meta.main) await buildCli()
