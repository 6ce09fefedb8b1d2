import { describe, expect, it } from 'vitest'
import { Lines } from './lines'

describe('Lines', () => {
  it('gives back the lines joined by newlines, whatever their characters and however many', () => {
    const lines = new Lines()
    // Past the first buffer's 16 KB, with characters of 1 to 4 bytes of UTF-8 (an emoji is two UTF-16 units).
    const added = Array.from({ length: 3000 }, (_, i) => `- [${i} Zoë 日本 🙂](<../2026/${i}.md>)`)
    for (const line of added) lines.add(line)
    expect(lines.take()).toBe(added.join('\n'))
  })

  it('is empty after take, and empty gives an empty text', () => {
    const lines = new Lines()
    expect(lines.take()).toBe('')
    lines.add('- first person')
    lines.take()
    lines.add('- second person')
    expect(lines.take()).toBe('- second person')
  })
})
