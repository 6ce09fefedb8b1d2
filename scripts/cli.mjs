// `npm run export -- <options>` and `npm run import -- <options>`: runs the prebuilt out/cli/leap.mjs, building it first
// only when it is missing or older than its sources (esbuild, a fraction of a second). Node's compile cache
// keeps V8's compiled code of the bundle between runs, so a small export is mostly Node's own start-up.
// package.json starts the export with --max-semi-space-size=4: an export makes short-lived text at a steady rate,
// and V8 otherwise grows its young generation with the run's length, so peak memory rose with the journal
// (161 -> 223 MB from 10,000 to 50,000 reflections; 140 -> 166 MB with the flag, at the same speed).
// --v8-pool-size=1: V8's background work (concurrent marking, compiling) on one thread, not four. What still grew
// with the journal was mostly memory malloc had freed but the threads' arenas kept (it went with
// MALLOC_ARENA_MAX=1): peak 103 -> 101 MB at 10,000 reflections and 111 -> 106 MB at 50,000, at the same speed
// (medians of 9 and 5 alternating runs).
import module from 'node:module'
import { pathToFileURL } from 'node:url'
import { buildCli, cliIsStale, cliOutput } from './build-cli.mjs'

module.enableCompileCache?.()
if (cliIsStale()) await buildCli()
const { runFromTerminal } = await import(pathToFileURL(cliOutput()).href)
await runFromTerminal()
