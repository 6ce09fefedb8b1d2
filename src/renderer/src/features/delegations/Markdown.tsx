import { MarkdownView } from '../../components/MarkdownView'

/** Markdown the leader wrote about a delegation (responsibility, outcome, lessons), shown as formatted text. */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="markdown">
      <MarkdownView>{children}</MarkdownView>
    </div>
  )
}
