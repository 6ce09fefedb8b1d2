/// <reference types="vite/client" />
import type { LeapApi } from '../../shared/ipc/bridge'

declare global {
  interface Window {
    /** Installed by the preload (or the e2e harness): the only way to reach the journal. */
    readonly leap: LeapApi
  }
}
