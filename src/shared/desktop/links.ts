/**
 * What a link in the user's own text (a reflection's markdown, a delegation's notes) may do. Only https and
 * mailto leave the app, in the system's browser or mail client; anything else (a relative path such as
 * `notes.md`, file:, http:, javascript:, the app's own pages) stays inert, with the reason as its tooltip.
 * Shared by the renderer (how the preview draws a link) and main (what navigation and window.open may do).
 */
export type LinkTarget = { kind: 'external'; url: string } | { kind: 'inert'; reason: string }

export const INERT_LINK_REASON =
  'Leap opens only web (https) and email (mailto) links. Links to files or other pages do not open from a journal.'

export function linkTarget(href: string | undefined | null): LinkTarget {
  try {
    const url = new URL(href ?? '')
    if (
      (url.protocol === 'https:' && url.hostname !== '') ||
      (url.protocol === 'mailto:' && url.pathname !== '')
    ) {
      return { kind: 'external', url: url.href }
    }
  } catch {
    // Not an absolute URL: a relative path, a bare word, an empty href.
  }
  return { kind: 'inert', reason: INERT_LINK_REASON }
}
