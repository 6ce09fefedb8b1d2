import type { Packet, PacketQuery } from '../../shared/domain/packets'
import type { LeaderResponse } from '../../shared/domain/delegationVocabulary'
import { scorePrediction } from '../../shared/domain/predictions'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { interventionCounts } from './interventions'
import { getMember } from './members'
import { excerptOf } from './rows'

const PASSAGE_CHARS = 280

/**
 * The review packet: what a performance review for one person and one period is written from, read from the
 * journal as it is (nothing in the trash). A delegation belongs to the period when it was under way in it.
 */
export function reviewPacket(db: Db, { memberId, from, to }: PacketQuery): Packet {
  const member = getMember(db, memberId)
  const params = { memberId, from, to }
  const delegations = sql(
    db,
    `SELECT d.id, d.title, d.status, d.authority_level AS level, d.outcome, d.lessons, d.completed_on AS completedOn,
       (SELECT json_group_array(json_object('from', from_level, 'to', to_level, 'on', changed_on, 'reason', reason))
        FROM (SELECT * FROM authority_changes a WHERE a.delegation_id = d.id AND a.deleted_at IS NULL
          AND a.from_level IS NOT NULL AND a.to_level > a.from_level AND a.changed_on BETWEEN @from AND @to
          ORDER BY a.changed_on)) AS raisedJson
     FROM delegations d
     WHERE d.member_id = @memberId AND d.deleted_at IS NULL AND d.status <> 'planned'
       AND coalesce(d.started_on, substr(d.created_at, 1, 10)) <= @to
       AND (d.completed_on IS NULL OR d.completed_on >= @from)
     ORDER BY coalesce(d.started_on, d.created_at), d.title COLLATE NOCASE`
  ).all(params) as (Omit<Packet['delegations'][number], 'raised'> & { raisedJson: string })[]
  const responses = sql(
    db,
    `SELECT c.leader_response AS response, count(*) AS total FROM checkins c JOIN delegations d ON d.id = c.delegation_id
     WHERE d.member_id = @memberId AND c.deleted_at IS NULL AND d.deleted_at IS NULL
       AND c.date BETWEEN @from AND @to GROUP BY c.leader_response`
  ).all(params) as { response: LeaderResponse; total: number }[]
  const lessons = sql(
    db,
    `SELECT c.id AS checkinId, d.id AS delegationId, d.title, c.date, c.worked_out AS workedOut, c.lesson
     FROM checkins c JOIN delegations d ON d.id = c.delegation_id
     WHERE d.member_id = @memberId AND c.deleted_at IS NULL AND d.deleted_at IS NULL
       AND c.worked_out IS NOT NULL AND c.date BETWEEN @from AND @to
     ORDER BY c.date`
  ).all(params) as Packet['lessons']
  const predictions = sql(
    db,
    `SELECT id AS delegationId, title, success_estimate AS successEstimate, status, completed_on AS completedOn
     FROM delegations WHERE member_id = @memberId AND deleted_at IS NULL AND success_estimate IS NOT NULL
       AND status IN ('done', 'handed_back') AND completed_on BETWEEN @from AND @to ORDER BY completed_on`
  ).all(params) as Omit<Packet['predictions'][number], 'verdict'>[]
  const reflections = sql(
    db,
    `SELECT id, date, title, body, mood, stance FROM reflections
     WHERE member_id = @memberId AND deleted_at IS NULL AND date BETWEEN @from AND @to ORDER BY date, created_at`
  ).all(params) as {
    id: string
    date: string
    title: string
    body: string
    mood: number | null
    stance: number | null
  }[]
  const actionItemsDone = sql(
    db,
    `SELECT id, text, owner, substr(closed_at, 1, 10) AS doneOn FROM action_items
     WHERE member_id = @memberId AND deleted_at IS NULL AND status = 'done'
       AND substr(closed_at, 1, 10) BETWEEN @from AND @to ORDER BY closed_at`
  ).all(params) as Packet['actionItemsDone']
  const feedbackGiven = sql(
    db,
    `SELECT id, kind, given_on AS givenOn, situation, behaviour, impact, response FROM feedback
     WHERE member_id = @memberId AND deleted_at IS NULL AND given_on BETWEEN @from AND @to
     ORDER BY given_on, created_at`
  ).all(params) as Packet['feedbackGiven']
  return {
    member: { id: member.id, name: member.name, role: member.role },
    from,
    to,
    delegations: delegations.map(({ raisedJson, ...delegation }) => ({
      ...delegation,
      raised: JSON.parse(raisedJson) as Packet['delegations'][number]['raised']
    })),
    interventions: interventionCounts(Object.fromEntries(responses.map((r) => [r.response, r.total]))),
    lessons,
    predictions: predictions.map((prediction) => ({
      ...prediction,
      verdict: scorePrediction(prediction.successEstimate, prediction.status) ?? 'as_expected'
    })),
    mood: halves(reflections.map((r) => r.mood)),
    stance: halves(reflections.map((r) => r.stance)),
    actionItemsDone,
    reflections: reflections.map(({ id, date, title, body }) => ({
      id,
      date,
      title,
      passage: excerptOf(body.split(/\n\s*\n/u).find((part) => part.trim() !== '') ?? '', PASSAGE_CHARS)
    })),
    feedbackGiven
  }
}

/** The ratings of a period in order, as the means of its first and second half: the trend in two numbers. */
function halves(ratings: readonly (number | null)[]): Packet['mood'] {
  const given = ratings.filter((rating): rating is number => rating !== null)
  const mean = (list: number[]) =>
    list.length === 0 ? null : Math.round((list.reduce((sum, r) => sum + r, 0) / list.length) * 10) / 10
  const middle = Math.ceil(given.length / 2)
  return {
    count: given.length,
    firstHalf: mean(given.slice(0, middle)),
    secondHalf: mean(given.slice(middle))
  }
}
