/** One row of the benchmark's output: the app's timings beside its baseline's, measured in the same run. */
export interface BenchRow {
  name: string
  reflections: number
  iterations: number
  p50_ms: number
  p95_ms: number
  baseline_p50_ms: number
  baseline_p95_ms: number
  /** The app's median over the baseline's. */
  ratio: number
  /** The app's 95th percentile over the baseline's: where a target is about the slow cases. */
  p95_ratio: number
}

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!
}
export const round = (ms: number) => Math.round(ms * 1000) / 1000
const ratioOf = (app: number, baseline: number) => Math.round((app / baseline) * 100) / 100

export function benchRow(name: string, reflections: number, app: number[], baseline: number[]): BenchRow {
  const [p50, p95, baseP50, baseP95] = [
    percentile(app, 0.5),
    percentile(app, 0.95),
    percentile(baseline, 0.5),
    percentile(baseline, 0.95)
  ]
  return {
    name,
    reflections,
    iterations: app.length,
    p50_ms: round(p50),
    p95_ms: round(p95),
    baseline_p50_ms: round(baseP50),
    baseline_p95_ms: round(baseP95),
    ratio: ratioOf(p50, baseP50),
    p95_ratio: ratioOf(p95, baseP95)
  }
}

/** The row's one-line summary on stderr while the benchmark runs. */
export const describeRow = (row: BenchRow) =>
  `${row.name} @${row.reflections}: p50 ${row.p50_ms} ms, p95 ${row.p95_ms} ms, ratio ${row.ratio} (p95 ${row.p95_ratio})`
