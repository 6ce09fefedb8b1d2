/**
 * The words of reflections as people read them (kinds, the mood and stance scales, the coaching prompts). Kept
 * free of zod so any screen can import them cheaply.
 */

export const REFLECTION_KINDS = ['one_on_one', 'general'] as const
export const REFLECTION_KIND_LABELS: Record<(typeof REFLECTION_KINDS)[number], string> = {
  one_on_one: 'One-on-one',
  general: 'General'
}

/** The member's mood as the leader saw it, 1 (low) to 5 (high). */
export const MOOD_LABELS = ['Very low', 'Low', 'Okay', 'Good', 'Great'] as const
/** 1 = I managed (told, directed, fixed) ... 5 = I led (asked, trusted, let them own it). */
export const STANCE_LABELS = [
  'I managed: told, directed, fixed',
  'Mostly managed',
  'Mixed',
  'Mostly led',
  'I led: asked, trusted, let them own it'
] as const

export const COACHING_PROMPTS = [
  'What’s on your mind?',
  'And what else?',
  'What’s the real challenge here for you?',
  'What do you want?',
  'How can I help?',
  'If you’re saying yes to this, what are you saying no to?',
  'What was most useful for you?'
] as const
