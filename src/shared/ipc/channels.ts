/**
 * The names of every call the renderer may make. Kept apart from the schemas so the preload can build
 * `window.leap` without bundling zod; contract.ts must give each name its schemas, and the compiler checks
 * that the two agree in both directions.
 */
export const channels = [
  'app.info',
  'members.create',
  'members.update',
  'members.list',
  'members.get',
  'members.archive',
  'members.delete',
  'members.restore',

  'backups.list',
  'backups.create',
  'backups.restore',
  'backups.showInFolder',
  'recovery.status',
  'recovery.startFresh'
] as const

export type Channel = (typeof channels)[number]
