export function electronPackageDir(): string
export function electronExecutable(env?: NodeJS.ProcessEnv): {
  path: string
  problem: null | 'missing' | 'not-executable'
}
export function findElectronBinary(): string | null
