import { useState, type ReactNode } from 'react'

export type Sample = 'solid' | 'dashed' | 'hatch' | 'dots' | 'outline'

/** How a series looks in the key: a line or a swatch, so no series is told apart by colour alone. */
function SampleMark({ sample }: { sample: Sample }) {
  if (sample === 'solid' || sample === 'dashed')
    return (
      <svg width="28" height="10" aria-hidden>
        <line x1="0" y1="5" x2="28" y2="5" className={`insight-key__line insight-key__line--${sample}`} />
        {sample === 'solid' ? (
          <circle cx="14" cy="5" r="3.5" className="insight-key__dot" />
        ) : (
          <rect x="10.5" y="1.5" width="7" height="7" className="insight-key__dot" />
        )}
      </svg>
    )
  return (
    <svg width="14" height="14" aria-hidden>
      <rect
        x="0.5"
        y="0.5"
        width="13"
        height="13"
        fill={swatchFill[sample]}
        className="insight-key__swatch"
      />
    </svg>
  )
}
const swatchFill: Record<'hatch' | 'dots' | 'outline', string> = {
  hatch: 'url(#insight-hatch)',
  dots: 'url(#insight-dots)',
  outline: 'none'
}

export function Key({ items }: { items: { label: string; sample?: Sample }[] }) {
  return (
    <ul className="insight-key" aria-label="Key">
      {items.map(({ label, sample }) => (
        <li key={label}>
          {sample && <SampleMark sample={sample} />}
          {label}
        </li>
      ))}
    </ul>
  )
}

/**
 * The SVG patterns bars use besides colour (hatched: handed back or expected; dotted: cancelled). Defined
 * once per page; every chart and key refers to them by id.
 */
export function ChartPatterns() {
  return (
    <svg width="0" height="0" className="insight-patterns" aria-hidden focusable="false">
      <defs>
        <pattern
          id="insight-hatch"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" className="insight-pattern__ground" />
          <line x1="0" y1="0" x2="0" y2="6" className="insight-pattern__ink" strokeWidth="3" />
        </pattern>
        <pattern id="insight-dots" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" className="insight-pattern__ground" />
          <circle cx="3" cy="3" r="1.4" className="insight-pattern__ink insight-pattern__ink--fill" />
        </pattern>
      </defs>
    </svg>
  )
}

interface InsightPanelProps {
  id: string
  title: string
  /** The sentence a screen reader announces for the chart, shown to everyone. */
  summary: ReactNode
  /** When set, there is too little to draw: say what to record to see more. */
  empty?: ReactNode
  keyItems?: { label: string; sample?: Sample }[]
  chart?: ReactNode
  /** The figures as a table whose rows link to the entries behind them (keyboard and screen readers). */
  figures?: ReactNode
  children?: ReactNode
}

/**
 * The figures behind a chart, drawn once opened: on a ten-year journal a table can hold thousands of rows,
 * which the panel should not build for a person who never opens it.
 */
function Figures({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false)
  return (
    <details className="insight__figures" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Figures and entries</summary>
      {open && children}
    </details>
  )
}

/** One panel: title, a text summary, the chart (pointer shortcut), the figures with links, and notes. */
export function InsightPanel({
  id,
  title,
  summary,
  empty,
  keyItems,
  chart,
  figures,
  children
}: InsightPanelProps) {
  return (
    <section className="card insight" aria-labelledby={`${id}-title`} data-panel={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="insight__summary" id={`${id}-summary`}>
        {summary}
      </p>
      {empty ? (
        <p className="insight__empty">{empty}</p>
      ) : (
        <>
          {keyItems && <Key items={keyItems} />}
          {chart && (
            <div className="insight__chart" role="img" aria-labelledby={`${id}-summary`}>
              {chart}
            </div>
          )}
          {children}
          {figures && <Figures>{figures}</Figures>}
        </>
      )}
    </section>
  )
}
