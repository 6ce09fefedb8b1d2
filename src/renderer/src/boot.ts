// Imported first by main.tsx, so it runs before the rest of the window's code is evaluated.
import { startFirstReads } from './lib/firstReads'
import { currentPath, segmentsOf } from './lib/router'

startFirstReads(segmentsOf(currentPath()))
