import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { buildCli } from './scripts/build-cli.mjs'
import { viteConstantsPure } from './scripts/pure-constants.mjs'
import { dataFlow } from './scripts/data-flow'

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve('src/main/index.ts') } }
    },
    // The terminal commands (out/cli/leap.mjs), which the app runs for `Leap --export`: built with main.
    plugins: [{ name: 'leap-cli', closeBundle: () => buildCli(resolve('.')) }]
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // A sandboxed preload cannot load ES modules or sibling chunks: one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false }
      }
    }
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      // Smaller to parse at every launch; source maps keep stack traces readable.
      minify: true,
      sourcemap: true,
      // The chunk graph, so the benchmark can report what each screen loads (scripts/lib/bench-bundles.ts).
      manifest: true,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } }
    },
    // The window builds only the schemas its forms use: the contract's data flow comes without its schemas
    // (scripts/data-flow.ts), and the domain files' unused constants are dropped (scripts/pure-constants.mjs).
    plugins: [dataFlow(), viteConstantsPure, react()]
  }
})
