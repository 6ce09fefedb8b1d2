import { Suspense } from 'react'
import { onDemand } from '../lib/onDemand'
import './markdown-view.css'

const MarkdownRenderer = onDemand(() => import('./MarkdownRenderer').then((m) => m.MarkdownRenderer))

/**
 * Markdown the leader wrote, shown as formatted text (links and images guarded in `MarkdownRenderer`). Its
 * code (react-markdown) loads on demand; until it has, the text shows as written.
 */
export function MarkdownView({ children }: { children: string }) {
  return (
    <Suspense fallback={<p className="markdown-source">{children}</p>}>
      <MarkdownRenderer>{children}</MarkdownRenderer>
    </Suspense>
  )
}
