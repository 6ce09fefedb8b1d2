/**
 * Leaders delegate outcomes, not procedures. This spots a "responsibility" written as step-by-step
 * instructions: several numbered steps, or several lines that start with an order ("Open...", "Send...").
 * A nudge, never a rule: the leader decides.
 */
const NUMBERED_STEP = /^\s*(?:\d+[.)]|step\s+\d+\b)/iu
const IMPERATIVE_START =
  /^\s*(?:[-*•]\s*)?(?:first|then|next|after that|finally|always|never|make sure|ensure|check|open|click|run|send|call|email|update|create|write|ask|tell|go|use|copy|paste|fill|submit|review|schedule|book|add|remove|set|put|do|don't|do not|follow|report|log in|sign)\b/iu

export const STEPS_THRESHOLD = 3

export function readsLikeInstructions(text: string | null | undefined): boolean {
  if (!text) return false
  const lines = text.split(/\r?\n/u).filter((line) => line.trim() !== '')
  const numbered = lines.filter((line) => NUMBERED_STEP.test(line)).length
  const imperatives = lines.filter((line) => IMPERATIVE_START.test(line)).length
  return numbered >= STEPS_THRESHOLD || imperatives >= STEPS_THRESHOLD
}
