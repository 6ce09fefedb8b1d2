import { defineConfig } from 'vitest/config'
import { dataFlow } from './scripts/data-flow'

export default defineConfig({
  // The window's code imports the contract's data flow from the build (see electron.vite.config.ts).
  plugins: [dataFlow()],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Each test file opens its own journals in its own temp folder, so files can run in parallel.
    pool: 'forks'
  }
})
