export function electronPackageDir(): string
export function findElectronBinary(): string | null
