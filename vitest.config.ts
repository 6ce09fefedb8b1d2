import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Each test file opens its own journals in its own temp folder, so files can run in parallel.
    pool: 'forks'
  }
})
