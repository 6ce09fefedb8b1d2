import type { Random } from './random'

/**
 * Text with the shape of real writing: a core of everyday and leadership words, and a long tail of rarer
 * words (made from syllables) drawn with a Zipf distribution, so some words are in most entries and most
 * words are in few: the mix that decides how fast full-text search is.
 */
const core = `the a to and of in that it is for on with as was we they this but be have at not what
about so if she he her his them their our my me i you how when more just also one could would should
because then there time week team work project plan feedback goal meeting customer release review design
decision owner ownership trust delegation delegate authority support resources coaching question asked
struggle struggled learn learned growth career promotion deadline scope risk blocked progress priority
priorities conflict stakeholder roadmap launch incident postmortem hiring interview onboarding mentor
mentoring confidence initiative estimate budget quality testing migration architecture documentation
strategy expectation expectations clarity outcome lessons retrospective energy motivation burnout workload
balance recognition praise difficult conversation honest listen listened held back stepped took decide
decided agree consult advise inquire tell sell café naïve résumé rôle coöperation façade déjà entrepreneur
payments checkout platform mobile api database performance latency dashboard metrics quarter okr`
  .split(/\s+/)
  .filter(Boolean)

const syllables = `ka lo mi ne ru sa te vi po da re li mo nu ta be ci fo gu ha je ko lu ma ni pe qui ro su
tu ve xa yo ze bra cle dri fla gro pli stu tra ven mar sol ter lin dor kel`.split(/\s+/)

export interface Vocabulary {
  word: () => string
}

export function createVocabulary(random: Random, tailSize = 20_000): Vocabulary {
  const tail = new Set<string>()
  while (tail.size < tailSize) {
    const parts = random.int(2, 4)
    tail.add(Array.from({ length: parts }, () => random.pick(syllables)).join(''))
  }
  const words = [...core, ...tail]
  // Zipf (s = 1): cumulative weights 1/rank, sampled by binary search.
  const cumulative: number[] = []
  let total = 0
  for (let rank = 1; rank <= words.length; rank += 1) cumulative.push((total += 1 / rank))
  return {
    word: () => {
      const target = random.next() * total
      let low = 0
      let high = cumulative.length - 1
      while (low < high) {
        const mid = (low + high) >> 1
        if (cumulative[mid]! < target) low = mid + 1
        else high = mid
      }
      return words[low]!
    }
  }
}

export function sentence(random: Random, vocabulary: Vocabulary, words = random.int(6, 20)): string {
  const text = Array.from({ length: words }, () => vocabulary.word()).join(' ')
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`
}

/** A markdown body of about `words` words in paragraphs, sometimes under the coaching headings. */
export function body(random: Random, vocabulary: Vocabulary, words: number): string {
  const paragraphs: string[] = []
  let written = 0
  while (written < words) {
    if (random.next() < 0.15) paragraphs.push(`## ${random.pick(headings)}`)
    const sentences: string[] = []
    for (let i = random.int(2, 6); i > 0 && written < words; i -= 1) {
      const length = Math.min(random.int(6, 20), words - written)
      sentences.push(sentence(random, vocabulary, Math.max(1, length)))
      written += length
    }
    paragraphs.push(sentences.join(' '))
  }
  return paragraphs.join('\n\n')
}

const headings = [
  "What's on your mind?",
  'And what else?',
  "What's the real challenge here for you?",
  'What do you want?',
  'How can I help?',
  'What was most useful for you?'
]
