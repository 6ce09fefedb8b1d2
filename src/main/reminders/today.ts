import { checkinDue } from '../../shared/domain/checkinBudget'
import {
  TODAY_ACTION_ITEMS,
  type DueActionItem,
  type DueCheckin,
  type TodayQuery,
  type TodayView
} from '../../shared/domain/reminders'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { cadenceDue, type AwaySpan } from '../../shared/domain/cadence'

interface MemberRow {
  memberId: string
  name: string
  cadenceDays: number
  lastOneOnOne: string | null
  lastSkipped: string | null
  awayJson: string
  addedOn: string
  openActionItems: number
}

interface DelegationRow extends DueCheckin {
  authorityLevel: number
  checkinEveryDays: number | null
  startedOn: string | null
  dueDate: string | null
  lastCheckinOn: string | null
}

/**
 * When a person's one-on-one is due, by the rule the Team list uses (shared/domain/cadence.ts): the cadence
 * since the last one-on-one or skip, days away not counted; null while they are away. Archived people are not
 * reminded of.
 */
export function dueOn(member: MemberRow, today: string): string | null {
  const due = cadenceDue({ ...member, away: JSON.parse(member.awayJson) as AwaySpan[] }, today)
  return due.awayUntil === null ? due.dueOn : null
}

export function todayView(db: Db, { today }: TodayQuery): TodayView {
  const members = sql(
    db,
    `SELECT m.id AS memberId, m.name, m.cadence_days AS cadenceDays, substr(m.created_at, 1, 10) AS addedOn,
       (SELECT max(r.date) FROM reflections r WHERE r.member_id = m.id AND r.kind = 'one_on_one'
         AND r.deleted_at IS NULL AND r.date <= @today) AS lastOneOnOne,
       (SELECT max(s.date) FROM one_on_one_skips s WHERE s.member_id = m.id AND s.deleted_at IS NULL
         AND s.date <= @today) AS lastSkipped,
       (SELECT json_group_array(json_object('startsOn', starts_on, 'endsOn', ends_on)) FROM away_periods p
         WHERE p.member_id = m.id AND p.deleted_at IS NULL) AS awayJson,
       (SELECT count(*) FROM action_items a WHERE a.member_id = m.id AND a.status = 'open'
         AND a.deleted_at IS NULL) AS openActionItems
     FROM members m WHERE m.deleted_at IS NULL AND m.archived_at IS NULL
     ORDER BY m.name COLLATE NOCASE, m.created_at`
  ).all({ today }) as MemberRow[]
  const delegations = sql(
    db,
    `SELECT d.id AS delegationId, d.member_id AS memberId, m.name AS memberName, d.title,
       d.authority_level AS authorityLevel, d.checkin_every_days AS checkinEveryDays,
       d.started_on AS startedOn, d.due_date AS dueDate,
       (SELECT max(c.date) FROM checkins c WHERE c.delegation_id = d.id AND c.deleted_at IS NULL
         AND c.date <= @today) AS lastCheckinOn
     FROM delegations d JOIN members m ON m.id = d.member_id
     WHERE d.status = 'active' AND d.deleted_at IS NULL AND m.deleted_at IS NULL AND m.archived_at IS NULL
     ORDER BY m.name COLLATE NOCASE, d.title COLLATE NOCASE`
  ).all({ today }) as DelegationRow[]
  // Items of people in the trash are left out by id, so the count reads the due index alone (no row, no join).
  const mineDue = `a.owner = 'me' AND a.status = 'open' AND a.deleted_at IS NULL AND a.due_date <= @today
     AND (a.member_id IS NULL OR a.member_id NOT IN (SELECT id FROM members WHERE deleted_at IS NOT NULL))`
  const actionItems = sql(
    db,
    `SELECT a.id, a.member_id AS memberId, m.name AS memberName, a.text, a.due_date AS dueDate
     FROM action_items a LEFT JOIN members m ON m.id = a.member_id WHERE ${mineDue}
     ORDER BY a.due_date DESC, a.created_at DESC LIMIT ${TODAY_ACTION_ITEMS}`
  ).all({ today }) as DueActionItem[]
  const actionItemsDue = sql(db, `SELECT count(*) FROM action_items a WHERE ${mineDue}`)
    .pluck()
    .get({ today }) as number

  const checkinsDue: DueCheckin[] = delegations
    .filter((delegation) => checkinDue(delegation, today))
    .map(({ delegationId, memberId, memberName, title }) => ({ delegationId, memberId, memberName, title }))
  return {
    today,
    oneOnOnes: members
      .map((member) => ({ member, on: dueOn(member, today) }))
      .filter((entry): entry is { member: MemberRow; on: string } => entry.on !== null && entry.on <= today)
      .map(({ member: { memberId, name, lastOneOnOne, openActionItems }, on }) => ({
        memberId,
        name,
        dueOn: on,
        lastOneOnOne,
        openActionItems,
        checkinsDue: checkinsDue.filter((due) => due.memberId === memberId)
      }))
      // The conversation put off longest leads; the sort is stable, so a day's ties keep the name order.
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
    checkinsDue,
    actionItems,
    actionItemsDue
  }
}
