import type { ReactNode } from 'react'

interface EmptyStateProps {
  icon: ReactNode
  title: string
  children: ReactNode
  action?: ReactNode
}

/** What a screen shows before there is anything on it: what this place is for, and the first step. */
export function EmptyState({ icon, title, children, action }: EmptyStateProps) {
  return (
    <section className="empty-state" aria-label={title}>
      <div className="empty-state__icon" aria-hidden>
        {icon}
      </div>
      <h2>{title}</h2>
      <div className="empty-state__text">{children}</div>
      {action}
    </section>
  )
}
