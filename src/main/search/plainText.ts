/**
 * Markdown's syntax taken out of a column's highlighted text, so a search result reads as prose ("notes",
 * not "[notes](notes.md)"). It runs on highlight()'s output: the match marks (U+0002, U+0003) pass through,
 * so what is highlighted stays exactly what matched. A mark inside a link's address goes with the address.
 */
const MARK = '\u0002\u0003'
const rules: [RegExp, string][] = [
  // Images and links: their text stays, their address goes; autolinks keep the address as their text.
  [/!?\[([^\]\n]*)\]\([^)\n]*\)/gu, '$1'],
  [/<((?:https?:|mailto:)[^>\s]*)>/gu, '$1'],
  // At the start of a line: headings, quotes, list bullets and task boxes, numbered items.
  [
    new RegExp(
      `^[ \\t]*(?:#{1,6}[ \\t]+|>[ \\t]?|[-*+][ \\t]+(?:\\[[ xX]\\][ \\t]+)?|\\d{1,9}[.)][ \\t]+)`,
      'gmu'
    ),
    ''
  ],
  // Emphasis, strike-through and code marks around words; a lone * or _ inside a word (snake_case) stays.
  [/(\*\*|__|~~|`+)/gu, ''],
  [new RegExp(`(^|[\\s(${MARK}])[*_](?=[^\\s*_])`, 'gmu'), '$1'],
  [new RegExp(`([^\\s*_])[*_](?=$|[\\s.,;:!?)${MARK}])`, 'gmu'), '$1']
]

export function plainMarkdown(highlighted: string): string {
  return rules.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), highlighted)
}
