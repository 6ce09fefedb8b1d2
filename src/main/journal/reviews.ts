import { addDays, format, parseISO, startOfWeek, type Day } from 'date-fns'
import { RESPONSE_LABELS } from '../../shared/domain/delegationVocabulary'
import type { ReviewedCheckin, ReviewOffer, ReviewQuery } from '../../shared/domain/reviews'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import type { ChannelHandlers } from '../ipc/handlers'
import { todayLocal } from './localDay'
import { createReflection } from './reflections'
import { now } from './rows'
import { formatDayForTitle } from '../../shared/domain/titles'

/**
 * The week a review looks back on: the one that ended last, or this one from its fifth day, when most of it
 * has happened (Friday, for a week that starts on Monday).
 */
export function reviewedWeek({ today, weekStartsOn }: ReviewQuery): string {
  const start = startOfWeek(addDays(parseISO(today), -4), { weekStartsOn: weekStartsOn as Day })
  return format(start, 'yyyy-MM-dd')
}

const weekEnd = (week: string) => format(addDays(parseISO(week), 6), 'yyyy-MM-dd')

function weekCheckins(db: Db, week: string) {
  return sql(
    db,
    `SELECT c.id AS checkinId, d.id AS delegationId, d.title, m.name AS memberName, c.date, c.signal,
       c.leader_response AS leaderResponse, c.note
     FROM checkins c JOIN delegations d ON d.id = c.delegation_id JOIN members m ON m.id = d.member_id
     WHERE c.date BETWEEN ? AND ? AND c.deleted_at IS NULL AND d.deleted_at IS NULL AND m.deleted_at IS NULL
     ORDER BY c.date, c.created_at`
  ).all(week, weekEnd(week)) as ReviewedCheckin[]
}

const intervened = (checkin: ReviewedCheckin) =>
  checkin.leaderResponse === 'stepped_in' || checkin.leaderResponse === 'took_back'

function reviewOf(db: Db, week: string): string | null {
  return (
    (sql(db, `SELECT id FROM reflections WHERE review_week = ? AND deleted_at IS NULL`).pluck().get(week) as
      string | undefined) ?? null
  )
}

export function reviewOffer(db: Db, query: ReviewQuery): ReviewOffer {
  const week = reviewedWeek(query)
  const checkins = weekCheckins(db, week)
  const reviewId = reviewOf(db, week)
  const dismissed =
    sql(db, `SELECT 1 FROM offers_dismissed WHERE offer = 'letting_go_review' AND week = ?`).get(week) !==
    undefined
  return {
    week,
    offered: checkins.length > 0 && reviewId === null && !dismissed,
    reviewId,
    checkinCount: checkins.length,
    interventions: checkins.filter(intervened)
  }
}

function reviewBody(interventions: readonly ReviewedCheckin[]): string {
  const lines = interventions.map(
    (c) =>
      `- ${formatDayForTitle(c.date)}: ${RESPONSE_LABELS[c.leaderResponse].toLowerCase()} on **${c.title}** (${c.memberName})${c.note ? `: ${c.note}` : ''}`
  )
  return [
    '## Where I stepped in or took it back',
    '',
    ...(lines.length > 0 ? lines : ['- Nowhere: every check-in this week left the decision with them.']),
    '',
    '## What could I have let go?',
    '',
    '',
    '## What will I leave with them next week?',
    ''
  ].join('\n')
}

/** The review of a week: written once, with the week's interventions in it; opened again after that. */
export function startReview(db: Db, week: string, today = todayLocal()): { reflectionId: string } {
  const existing = reviewOf(db, week)
  if (existing) return { reflectionId: existing }
  // Dated the day it is written, within the week it looks back on.
  const date = [week, today, weekEnd(week)].sort()[1]!
  const { reflection } = createReflection(db, {
    kind: 'general',
    date,
    title: `Letting go, week of ${formatDayForTitle(week)}`,
    body: reviewBody(weekCheckins(db, week).filter(intervened))
  })
  sql(db, `UPDATE reflections SET review_week = ? WHERE id = ?`).run(week, reflection.id)
  return { reflectionId: reflection.id }
}

export function dismissReview(db: Db, week: string): Record<string, never> {
  sql(db, `INSERT OR IGNORE INTO offers_dismissed (offer, week, at) VALUES ('letting_go_review', ?, ?)`).run(
    week,
    now()
  )
  return {}
}

export const reviewsHandlers: ChannelHandlers<'reviews.offer' | 'reviews.start' | 'reviews.dismiss'> = {
  'reviews.offer': ({ journal }, input) => reviewOffer(journal.db, input),
  'reviews.start': ({ journal }, { week }) => startReview(journal.db, week),
  'reviews.dismiss': ({ journal }, { week }) => dismissReview(journal.db, week)
}
