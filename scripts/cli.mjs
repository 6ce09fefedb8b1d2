// `npm run export -- <options>` and `npm run import -- <options>`: runs the prebuilt out/cli/leap.mjs, building it first
// only when it is missing or older than its sources (esbuild, a fraction of a second). Node's compile cache
// keeps V8's compiled code of the bundle between runs, so a small export is mostly Node's own start-up.
// package.json starts the export with --max-semi-space-size=4: an export makes short-lived text at a steady rate,
// and V8 otherwise grows its young generation with the run's length, so peak memory rose with the journal
// (161 -> 223 MB from 10,000 to 50,000 reflections; 140 -> 166 MB with the flag, at the same speed).
import module from 'node:module'
import { pathToFileURL } from 'node:url'
import { buildCli, cliIsStale, cliOutput } from './build-cli.mjs'

module.enableCompileCache?.()
if (cliIsStale()) await buildCli()
const { runFromTerminal } = await import(pathToFileURL(cliOutput()).href)
await runFromTerminal()
