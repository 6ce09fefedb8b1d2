// Lets Node 24 run the TypeScript sources as they are (with --experimental-transform-types): the sources
// import siblings without an extension, as the bundler allows, so resolve them to .ts files.
import { registerHooks } from 'node:module'

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context)
    } catch (error) {
      if (!specifier.startsWith('.')) throw error
      for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
        try {
          return nextResolve(candidate, context)
        } catch {
          // try the next spelling
        }
      }
      throw error
    }
  }
})
