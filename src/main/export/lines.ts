/**
 * Lines of text kept as UTF-8 outside V8's heap until taken, joined. A person's note links every reflection of
 * theirs and is written after them: held as strings, those lines lived long enough to be moved to V8's old
 * generation, which then grew with the journal, and the export's peak memory with it. One instance serves a
 * whole export: a buffer per person outlived the young generation too, its memory freed only with the old one.
 */
export class Lines {
  private bytes = Buffer.allocUnsafe(16 * 1024)
  private used = 0

  add(line: string): void {
    // A UTF-16 unit takes at most 3 bytes of UTF-8; one more for the newline before it.
    const most = this.used + 3 * line.length + 1
    if (most > this.bytes.length) this.grow(most)
    if (this.used > 0) this.bytes[this.used++] = 0x0a
    this.used += this.bytes.write(line, this.used)
  }

  /** The lines joined by newlines ('' for none); the buffer is then empty again. */
  take(): string {
    const text = this.bytes.toString('utf8', 0, this.used)
    this.used = 0
    return text
  }

  private grow(size: number): void {
    const bigger = Buffer.allocUnsafe(Math.max(size, 2 * this.bytes.length))
    this.bytes.copy(bigger, 0, 0, this.used)
    this.bytes = bigger
  }
}
