// One formatter for every count: toLocaleString builds a new one per call, thousands of times per screen.
const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 })

/** "1 day", "3 open action items", "1,200 reflections": the count in the user's locale and the word to go with it. */
export const plural = (count: number, one: string, many = `${one}s`) =>
  `${whole.format(count)} ${count === 1 ? one : many}`
