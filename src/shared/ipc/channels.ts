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
  'members.timeline',
  'oneOnOnes.prepare',
  'reflections.create',
  'reflections.update',
  'reflections.get',
  'reflections.list',
  'reflections.delete',
  'reflections.restore',
  'tags.list',
  'actionItems.create',
  'actionItems.update',
  'actionItems.list',
  'actionItems.delete',
  'actionItems.restore',
  'trash.list',
  'delegations.create',
  'delegations.update',
  'delegations.list',
  'delegations.get',
  'delegations.changeLevel',
  'delegations.close',
  'delegations.delete',
  'delegations.restore',
  'delegations.ladder',
  'delegations.interventions',
  'checkins.create',
  'search.query',
  'insights.stance',
  'insights.authority',
  'insights.rhythm',
  'insights.outcomes',
  'insights.mood'
] as const

export type Channel = (typeof channels)[number]
