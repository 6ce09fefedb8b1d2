import type { Plugin } from 'vite'
import { contract } from '../src/shared/ipc/contract'

const MODULE = 'virtual:data-flow'

/**
 * `import dataFlow from 'virtual:data-flow'`: what each channel reads or writes, taken from the contract when
 * the window is built. The window needs only that of the contract (a write refreshes the queries that read what
 * it wrote); importing the contract itself built every channel's schemas at start: 10-20 ms of the about
 * 210 ms of CPU the Team screen's cold start takes (the benchmark's 50,000-reflection journal).
 */
export function dataFlow(): Plugin {
  const flow = Object.fromEntries(
    Object.entries(contract).map(([channel, spec]) => [
      channel,
      'reads' in spec ? { reads: spec.reads } : { writes: spec.writes }
    ])
  )
  return {
    name: 'data-flow',
    resolveId: (id) => (id === MODULE ? `\0${MODULE}` : null),
    load: (id) => (id === `\0${MODULE}` ? `export default ${JSON.stringify(flow)}` : null)
  }
}
