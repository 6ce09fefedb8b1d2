import { Suspense } from 'react'
import { onDemand } from '../../lib/onDemand'

const ReactMarkdown = onDemand(() => import('react-markdown').then((m) => m.default))

/**
 * Markdown the leader wrote, shown as formatted text. Without rehype-raw, react-markdown shows raw HTML as
 * the literal text it is, never as markup, and drops unsafe link protocols: a pasted `<script>` or
 * `<img onerror>` stays words on the page. Its code loads on demand; until it has, the text shows as written.
 */
export function MarkdownText({ children }: { children: string }) {
  return (
    <Suspense fallback={<p className="markdown-source">{children}</p>}>
      <ReactMarkdown>{children}</ReactMarkdown>
    </Suspense>
  )
}

export function Markdown({ children }: { children: string }) {
  return (
    <div className="markdown">
      <MarkdownText>{children}</MarkdownText>
    </div>
  )
}
