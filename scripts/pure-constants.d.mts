import type { Plugin as EsbuildPlugin } from 'esbuild'
import type { Plugin as VitePlugin } from 'vite'

export const DOMAIN_FILE: RegExp
export function constantsMarkedPure(text: string, path: string): Promise<string>
export const esbuildConstantsPure: EsbuildPlugin
export const viteConstantsPure: VitePlugin
