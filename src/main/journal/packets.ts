import type { Packet, PacketQuery } from '../../shared/domain/packets'
import type { LeaderResponse } from '../../shared/domain/delegationVocabulary'
import { scorePrediction } from '../../shared/domain/predictions'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import { interventionCounts } from './interventions'
import { getMember } from './members'
import { excerptOf } from './rows'

const PASSAGE_CHARS = 280
const HEAD_CHARS = 8 * PASSAGE_CHARS

/**
 * The review packet: what a performance review for one person and one period is written from, read from the
 * journal as it is (nothing in the trash). A delegation belongs to the period when it was under way in it.
 */
export function reviewPacket(db: Db, { memberId, from, to }: PacketQuery): Packet {
  const member = getMember(db, memberId)
  const params = { memberId, from, to }
  const delegations = sql(
    db,
    `SELECT d.id, d.title, d.status, d.authority_level AS level, d.outcome, d.lessons, d.completed_on AS completedOn
     FROM delegations d
     WHERE d.member_id = @memberId AND d.deleted_at IS NULL AND d.status <> 'planned'
       AND coalesce(d.started_on, substr(d.created_at, 1, 10)) <= @to
       AND (d.completed_on IS NULL OR d.completed_on >= @from)
     ORDER BY coalesce(d.started_on, d.created_at), d.title COLLATE NOCASE`
  ).all(params) as Omit<Packet['delegations'][number], 'raised'>[]
  const raises = sql(
    db,
    `SELECT a.delegation_id AS delegationId, a.from_level AS "from", a.to_level AS "to", a.changed_on AS "on", a.reason
     FROM authority_changes a JOIN delegations d ON d.id = a.delegation_id
     WHERE d.member_id = @memberId AND a.deleted_at IS NULL AND a.from_level IS NOT NULL
       AND a.to_level > a.from_level AND a.changed_on BETWEEN @from AND @to
     ORDER BY a.changed_on, a.created_at`
  ).all(params) as ({ delegationId: string } & Packet['delegations'][number]['raised'][number])[]
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
    // The passage is cut at PASSAGE_CHARS: the head of a body holds it, without copying every long body.
    `SELECT id, date, title, substr(body, 1, ${HEAD_CHARS}) AS head, mood, stance FROM reflections
     WHERE member_id = @memberId AND deleted_at IS NULL AND date BETWEEN @from AND @to ORDER BY date, created_at`
  ).all(params) as {
    id: string
    date: string
    title: string
    head: string
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
    delegations: delegations.map((delegation) => ({
      ...delegation,
      raised: raises
        .filter((raise) => raise.delegationId === delegation.id)
        .map(({ delegationId: _, ...raise }) => raise)
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
    reflections: reflections.map(({ id, date, title, head }) => ({
      id,
      date,
      title,
      passage: excerptOf(firstParagraph(head), PASSAGE_CHARS)
    })),
    goals: packetGoals(db, params),
    feedbackGiven
  }
}

function firstParagraph(text: string): string {
  const trimmed = text.trimStart()
  const end = trimmed.search(/\n\s*\n/u)
  return end === -1 ? trimmed : trimmed.slice(0, end)
}

/**
 * Goals active or achieved in the period: set by its end, and not achieved before it began. No day of
 * achieving is kept, so an achieved goal whose last change came before the period is taken as achieved then.
 */
function packetGoals(db: Db, params: PacketQuery): Packet['goals'] {
  return (
    sql(
      db,
      `SELECT g.id, g.title, g.why, g.status,
         (SELECT json_group_array(json_object('id', id, 'title', title, 'authorityLevel', authority_level,
             'status', status))
           FROM (SELECT d.id, d.title, d.authority_level, d.status FROM delegations d
             WHERE d.goal_id = g.id AND d.deleted_at IS NULL ORDER BY d.created_at, d.id)) AS delegationsJson
       FROM goals g
       WHERE g.member_id = @memberId AND g.deleted_at IS NULL AND substr(g.created_at, 1, 10) <= @to
         AND (g.status = 'active' OR (g.status = 'achieved' AND substr(g.updated_at, 1, 10) >= @from))
       ORDER BY g.status = 'achieved', g.created_at, g.id`
    ).all(params) as (Omit<Packet['goals'][number], 'delegations'> & { delegationsJson: string })[]
  ).map(({ delegationsJson, ...goal }) => ({
    ...goal,
    delegations: JSON.parse(delegationsJson) as Packet['goals'][number]['delegations']
  }))
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
