// `npm run export -- <options>` and `npm run import -- <options>`: runs the prebuilt out/cli/leap.mjs, building it first
// only when it is missing or older than its sources (esbuild, a fraction of a second). Node's compile cache
// keeps V8's compiled code of the bundle between runs, so a small export is mostly Node's own start-up.
import module from 'node:module'
import { pathToFileURL } from 'node:url'
import { buildCli, cliIsStale, cliOutput } from './build-cli.mjs'

module.enableCompileCache?.()
if (cliIsStale()) await buildCli()
const { runFromTerminal } = await import(pathToFileURL(cliOutput()).href)
await runFromTerminal()
