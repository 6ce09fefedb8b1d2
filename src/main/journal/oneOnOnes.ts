import type { CheckinSignal, LeaderResponse } from '../../shared/domain/delegationVocabulary'
import { LETTING_GO_RESPONSES } from '../../shared/domain/delegationVocabulary'
import { checkinBudget, checkinDue } from '../../shared/domain/checkinBudget'
import { enactedAuthority } from '../../shared/domain/enactedAuthority'
import { carriedFrom, type OneOnOnePrep, type OneOnOnePrepQuery } from '../../shared/domain/oneOnOnes'
import { rescueFired, type RescueTrigger } from '../../shared/domain/rescueTrigger'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import type { ChannelHandlers } from '../ipc/handlers'
import { listActionItems } from './actionItems'
import { localDayOf, todayLocal } from './localDay'
import { getMember } from './members'
import { listTalkingPoints } from './talkingPoints'

/**
 * One query per panel of the 1:1 view: talking points (first), open action items, active delegations, the
 * last reflection.
 */
export function prepareOneOnOne(
  db: Db,
  { memberId, excludeReflectionId }: OneOnOnePrepQuery,
  today = todayLocal()
): OneOnOnePrep {
  const member = getMember(db, memberId)
  const delegations = sql(
    db,
    `SELECT d.id, d.title, d.authority_level AS authorityLevel, d.checkin_every_days AS checkinEveryDays,
       d.started_on AS startedOn, d.due_date AS dueDate, d.rescue_trigger AS rescueTrigger,
       d.rescue_on AS rescueOn, d.rescue_signal AS rescueSignal, d.rescue_signal_times AS rescueSignalTimes,
       d.rescue_happened_on AS rescueHappenedOn,
       c.id AS lastId, c.date AS lastDate, c.signal AS lastSignal, c.leader_response AS lastResponse,
       c.worked_out AS lastWorkedOut,
       (SELECT group_concat(date || ' ' || leader_response || ' ' || signal, ',' ORDER BY date DESC, created_at DESC)
        FROM checkins WHERE delegation_id = d.id AND deleted_at IS NULL) AS checkins
     FROM delegations d
     LEFT JOIN checkins c ON c.id = (
       SELECT id FROM checkins WHERE delegation_id = d.id AND deleted_at IS NULL ORDER BY date DESC, created_at DESC LIMIT 1)
     WHERE d.member_id = ? AND d.deleted_at IS NULL AND d.status = 'active'
     ORDER BY d.due_date IS NULL, d.due_date, d.title COLLATE NOCASE`
  ).all(memberId) as (Omit<
    OneOnOnePrep['activeDelegations'][number],
    'lastCheckin' | 'enacted' | 'budget' | 'checkinDue' | 'rescue' | 'openQuestion'
  > &
    RescueTrigger & {
      lastId: string | null
      lastDate: string | null
      lastSignal: string | null
      lastResponse: LeaderResponse | null
      lastWorkedOut: string | null
      checkins: string | null
    })[]
  const lastReflection = sql(
    db,
    `SELECT id, date, title, mood, stance FROM reflections
     WHERE member_id = ? AND kind = 'one_on_one' AND deleted_at IS NULL AND id IS NOT ?
     ORDER BY date DESC, created_at DESC LIMIT 1`
  ).get(memberId, excludeReflectionId ?? null) as OneOnOnePrep['lastReflection'] | undefined
  const lastDay = lastReflection?.date ?? null
  const reflectionDays = new Map(
    (
      sql(
        db,
        `SELECT a.id, r.date FROM action_items a JOIN reflections r ON r.id = a.reflection_id
         WHERE a.member_id = ? AND a.status = 'open' AND a.deleted_at IS NULL`
      ).all(memberId) as { id: string; date: string }[]
    ).map(({ id, date }) => [id, date])
  )
  return {
    member,
    talkingPoints: listTalkingPoints(db, {
      memberId,
      ...(excludeReflectionId ? { discussedIn: excludeReflectionId } : {})
    }).map((point) => ({
      ...point,
      carriedFrom: point.reflectionId === null ? carriedFrom(point.jottedOn, lastDay) : null
    })),
    openActionItems: listActionItems(db, { memberId, status: 'open' }).map((item) => ({
      ...item,
      carriedFrom:
        item.reflectionId === excludeReflectionId
          ? null
          : carriedFrom(reflectionDays.get(item.id) ?? localDayOf(item.createdAt), lastDay)
    })),
    activeDelegations: delegations.map(
      ({
        lastId,
        lastDate,
        lastSignal,
        lastResponse,
        lastWorkedOut,
        checkins,
        rescueTrigger,
        rescueOn,
        rescueSignal,
        rescueSignalTimes,
        rescueHappenedOn,
        ...delegation
      }) => {
        // Newest first: "<day> <response> <signal>" each.
        const said = (checkins?.split(',') ?? []).map(
          (entry) => entry.split(' ') as [string, LeaderResponse, CheckinSignal]
        )
        const trigger = { rescueTrigger, rescueOn, rescueSignal, rescueSignalTimes, rescueHappenedOn }
        const letGo =
          lastResponse !== null && (LETTING_GO_RESPONSES as readonly string[]).includes(lastResponse)
        return {
          ...delegation,
          lastCheckin: lastDate
            ? { date: lastDate, signal: lastSignal!, leaderResponse: lastResponse! }
            : null,
          enacted: enactedAuthority(
            delegation.authorityLevel,
            said.map(([, response]) => response)
          ),
          budget: checkinBudget(
            delegation.authorityLevel,
            delegation.checkinEveryDays,
            said.map(([day]) => day),
            today
          ),
          checkinDue: checkinDue({ ...delegation, lastCheckinOn: lastDate }, today),
          rescue: rescueFired(
            trigger,
            said.map(([, , signal]) => signal),
            today
          ),
          openQuestion:
            lastId && lastDate && letGo && lastWorkedOut === null
              ? { checkinId: lastId, date: lastDate, leaderResponse: lastResponse }
              : null
        }
      }
    ),
    lastReflection: lastReflection ?? null
  }
}

export const oneOnOnesHandlers: ChannelHandlers<'oneOnOnes.prepare'> = {
  'oneOnOnes.prepare': ({ journal }, input) => prepareOneOnOne(journal.db, input)
}
