import ReactMarkdown from 'react-markdown'

/**
 * Markdown the leader wrote, shown as formatted text. Without rehype-raw, react-markdown shows raw HTML as
 * the literal text it is, never as markup, and drops unsafe link protocols: a pasted `<script>` or
 * `<img onerror>` stays words on the page.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown>{children}</ReactMarkdown>
    </div>
  )
}
