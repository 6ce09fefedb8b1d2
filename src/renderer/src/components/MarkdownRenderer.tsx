import type { ComponentProps } from 'react'
import ReactMarkdown from 'react-markdown'
import { linkTarget } from '../../../shared/desktop/links'

/**
 * A link in the leader's own text. https and mailto open outside Leap (a new window is refused by main, which
 * hands the URL to the system's browser or mail app); anything else, such as `[notes](notes.md)`, stays in
 * place as text that looks like a link and says in its tooltip why it does not open, so a click never takes
 * the window away from the journal.
 */
function MarkdownLink({ href, children }: ComponentProps<'a'>) {
  const target = linkTarget(href)
  if (target.kind === 'external') {
    return (
      <a
        href={target.url}
        className="markdown__link"
        target="_blank"
        rel="noreferrer noopener"
        title={target.url}
      >
        {children}
      </a>
    )
  }
  return (
    <a role="link" aria-disabled="true" tabIndex={0} className="markdown__inert-link" title={target.reason}>
      {children}
    </a>
  )
}

export const REMOTE_IMAGE_REASON =
  'Leap does not load images from the internet or from files: a journal makes no network requests.'

/**
 * An image in markdown (`![alt](https://...)`) would be fetched as the page draws it: a request the leader
 * never chose (and how a tracking pixel works); the page issued that request in the harness although the CSP
 * refuses it. So the image is shown as its description instead and never requested.
 */
function MarkdownImage({ alt, src }: ComponentProps<'img'>) {
  return (
    <span
      className="markdown__image"
      role="img"
      aria-label={alt || 'Image'}
      title={`${REMOTE_IMAGE_REASON} (${String(src ?? '')})`}
    >
      {alt || 'Image'}
    </span>
  )
}

const components = { a: MarkdownLink, img: MarkdownImage }

/**
 * Markdown the leader wrote, shown as formatted text. Without rehype-raw, react-markdown shows raw HTML as
 * the literal text it is, never as markup, and drops unsafe link protocols: a pasted `<script>` or
 * `<img onerror>` stays words on the page. Loaded on demand through `MarkdownView`.
 */
export function MarkdownRenderer({ children }: { children: string }) {
  return <ReactMarkdown components={components}>{children}</ReactMarkdown>
}
