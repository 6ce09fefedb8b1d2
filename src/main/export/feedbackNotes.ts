import type { FeedbackKind } from '../../shared/domain/feedback'
import { escapeText, labelledSection, type SectionOut } from './noteFormat'

/** A piece of feedback as a person's note holds it. */
export interface ExportFeedback {
  id: string
  kind: FeedbackKind
  situation: string | null
  behaviour: string
  impact: string | null
  response: string | null
  /** null: still to deliver. */
  givenOn: string | null
  goalId: string | null
  createdAt: string
  updatedAt: string
}

/** The feedback of a person, given ones oldest first and those to deliver last, as JSON for the export's row. */
export const feedbackJson = (
  memberId: string
) => `(SELECT json_group_array(json_object('id', id, 'kind', kind,
     'situation', situation, 'behaviour', behaviour, 'impact', impact, 'response', response,
     'givenOn', given_on, 'goalId', goal_id, 'createdAt', created_at, 'updatedAt', updated_at))
   FROM (SELECT * FROM feedback f WHERE f.member_id = ${memberId} AND f.deleted_at IS NULL
         ORDER BY f.given_on IS NULL, f.given_on, f.created_at, f.id)) AS feedbackJson`

const KIND_HEADINGS: Record<FeedbackKind, string> = { praise: 'Praise', redirect: 'Redirect' }

/**
 * "## Feedback", then each piece under `### 2026-11-20: Praise` (or `### To deliver: Redirect`): the behaviour,
 * then the situation, impact and their response, each labelled. Ids, days and times ride in the marker.
 */
export function feedbackSections(feedback: readonly ExportFeedback[]): SectionOut[] {
  if (feedback.length === 0) return []
  return [
    { key: 'feedback-log', content: '## Feedback\n' },
    ...feedback.flatMap(({ situation, behaviour, impact, response, ...entry }) => [
      {
        key: 'feedback',
        data: {
          id: entry.id,
          kind: entry.kind,
          given: entry.givenOn,
          ...(entry.goalId === null ? {} : { goal: entry.goalId }),
          created: entry.createdAt,
          updated: entry.updatedAt
        },
        content: `### ${entry.givenOn ?? 'To deliver'}: ${KIND_HEADINGS[entry.kind]}\n\n${escapeText(behaviour.trimEnd())}\n`
      },
      ...labelledSection('feedback-situation', 'Situation', situation),
      ...labelledSection('feedback-impact', 'Impact', impact),
      ...labelledSection('feedback-response', 'Their response', response)
    ])
  ]
}
