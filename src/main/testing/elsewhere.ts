import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { join } from 'node:path'
import type * as Scenarios from './faultScenarios'

/**
 * The fault tests reproduce a user's bad day on the real file system: a small disk that fills up (tmpfs),
 * a read-only mount, a journal another account owns. Root ignores permissions and only root may mount, so
 * each scenario runs in a process of its own: as `nobody`, or as root in a mount namespace of its own
 * (`unshare --mount`), whose mounts vanish with it, whatever happens to the test.
 */
export const canReproduceFaults = process.platform === 'linux' && process.getuid?.() === 0
export const whyFaultsSkipped =
  'needs Linux and root, to mount a small disk and to act as another user; skipped here'

export const NOBODY = { uid: 65534, gid: 65534 }

type ScenarioName = {
  [K in keyof typeof Scenarios]: (typeof Scenarios)[K] extends (...args: never[]) => unknown ? K : never
}[keyof typeof Scenarios]

export interface ElsewhereOptions {
  as?: 'nobody'
  /** A mount namespace of its own (as root), so the scenario may mount small or read-only disks. */
  ownMounts?: boolean
  /** Answers the scenario's checkpoint() calls (the test changes the world, then the scenario goes on). */
  onCheckpoint?: (data: unknown) => Promise<void> | void
  /** Hears the scenario's note() calls, which do not wait for an answer. */
  onNote?: (data: unknown) => void
}

const runner = join(import.meta.dirname, 'tsRun.mjs')
const scenarios = join(import.meta.dirname, 'faultScenarios.ts')

/**
 * Runs a scenario of faultScenarios.ts in another process and returns what it returned. `kill()` SIGKILLs
 * it; the promise then rejects.
 */
export function runElsewhere<T>(name: ScenarioName, argument: unknown, options: ElsewhereOptions = {}) {
  return startElsewhere<T>(name, argument, options).result
}

export function startElsewhere<T>(name: ScenarioName, argument: unknown, options: ElsewhereOptions = {}) {
  const node = [process.execPath, '--experimental-transform-types', '--no-warnings', runner, scenarios, name]
  const command = options.ownMounts ? ['unshare', '--mount', '--propagation', 'private', ...node] : node
  const child = spawn(command[0]!, [...command.slice(1), JSON.stringify(argument)], {
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(options.as === 'nobody' ? NOBODY : {})
  })
  let errors = ''
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  const result = new Promise<T>((resolve, reject) => {
    let answer: string | undefined
    const lines = createInterface({ input: child.stdout })
    lines.on('line', (line) => {
      const message = JSON.parse(line) as { checkpoint?: unknown; note?: unknown }
      if (message && typeof message === 'object' && 'note' in message) options.onNote?.(message.note)
      else if (message && typeof message === 'object' && 'checkpoint' in message) {
        void Promise.resolve(options.onCheckpoint?.(message.checkpoint)).then(
          () => child.stdin.write('go\n'),
          (error: unknown) => {
            child.kill()
            reject(error as Error)
          }
        )
      } else answer = line
    })
    child.on('error', reject)
    child.on('close', (code, signal) => {
      if (code === 0 && answer !== undefined) resolve(JSON.parse(answer) as T)
      else reject(new Error(`${name} failed (${signal ?? `exit ${code}`}): ${errors}`))
    })
  })
  return { result, kill: () => child.kill('SIGKILL') }
}
