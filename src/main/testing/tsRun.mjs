// Runs one exported function of a TypeScript module in a process of its own and prints what it returns as
// JSON: the fault tests use it to act as another user, or inside a mount namespace of their own.
// Run with Node 24: node --experimental-transform-types tsRun.mjs <module.ts> <export> [json argument]
import './tsHooks.mjs'

const [modulePath, name, argument] = process.argv.slice(2)
const module = await import(modulePath)
const result = await module[name](argument === undefined ? undefined : JSON.parse(argument))
// Exit once the answer is written (an answer over the pipe's 64 KB was cut off by an exit straight after
// the write), and not later: an open stdin would keep the process alive.
process.stdout.write(`${JSON.stringify(result ?? null)}\n`, () => process.exit(0))
