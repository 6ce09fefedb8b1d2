import { useState } from 'react'
import type { Delegation } from '../../../../shared/domain/delegations'
import { STATUS_LABELS, type DelegationStatus } from '../../../../shared/domain/delegationVocabulary'
import { formatDay } from '../../lib/dates'
import { navigate } from '../../lib/router'
import { CheckinStatus } from './CheckinStatus'
import { LevelBadge } from './LevelBadge'

/**
 * Cards a column draws at first, and how many more each "Show more" adds. The most urgent come first; a
 * column of hundreds (years of finished work) drawn whole took 300-400 ms on every visit and every write.
 */
export const BOARD_CARDS = 30
const MORE_CARDS = 60

/** One status of the board: its count, its cards in order, then the rest on request. */
export function BoardColumn({
  status,
  cards,
  today,
  onCheckIn
}: {
  status: DelegationStatus
  cards: Delegation[]
  today: string
  onCheckIn: (delegation: Delegation) => void
}) {
  const [shown, setShown] = useState(BOARD_CARDS)
  const more = Math.min(MORE_CARDS, cards.length - shown)
  return (
    <section className="board__column" aria-labelledby={`column-${status}`}>
      <h2 id={`column-${status}`} className="board__heading">
        {STATUS_LABELS[status]} <span className="board__count">{cards.length}</span>
      </h2>
      <ul className="board__cards" aria-label={STATUS_LABELS[status]}>
        {cards.slice(0, shown).map((delegation) => (
          <li key={delegation.id} className="board-card">
            <button
              type="button"
              className="board-card__main"
              onClick={() => navigate(`/delegations/${delegation.id}`)}
            >
              <span className="board-card__title">{delegation.title}</span>
              <span className="board-card__who">{delegation.memberName}</span>
              {delegation.goalTitle && (
                <span className="board-card__goal">Serves: {delegation.goalTitle}</span>
              )}
              <LevelBadge level={delegation.authorityLevel} />
              {status === 'active' && <CheckinStatus delegation={delegation} today={today} />}
              {delegation.dueDate && status !== 'done' && (
                <span className="board-card__due">Due {formatDay(delegation.dueDate)}</span>
              )}
            </button>
            {status === 'active' && (
              <button
                type="button"
                className="button button--small board-card__action"
                aria-label={`Check in on ${delegation.title}`}
                onClick={() => onCheckIn(delegation)}
              >
                Check in
              </button>
            )}
          </li>
        ))}
      </ul>
      {more > 0 && (
        <button
          type="button"
          className="button button--ghost board__more"
          aria-label={`Show ${more} more ${STATUS_LABELS[status].toLowerCase()}, of ${cards.length - shown} not shown`}
          onClick={() => setShown(shown + more)}
        >
          Show {more} more
          <span className="board__more-count">{cards.length - shown} not shown</span>
        </button>
      )}
    </section>
  )
}
