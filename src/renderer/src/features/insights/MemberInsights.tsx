import { useState } from 'react'
import type { InsightBucket } from '../../../../shared/domain/insights'
import { AuthorityPanel } from './AuthorityPanel'
import { FeedbackPanel } from './FeedbackPanel'
import { BucketSwitch } from './InsightsPage'
import { ChartPatterns } from './InsightPanel'
import { MoodPanel } from './MoodPanel'
import { OutcomesPanel } from './OutcomesPanel'
import { RhythmPanel } from './RhythmPanel'
import { StancePanel } from './StancePanel'
import './insights.css'

/** The insights about one person, for their page: the same panels as Insights, narrowed to them. */
export function MemberInsights({ memberId }: { memberId: string }) {
  const [bucket, setBucket] = useState<InsightBucket>('month')
  return (
    <section className="member-insights" aria-labelledby="member-insights-title">
      <ChartPatterns />
      <header className="member-insights__header">
        <h2 id="member-insights-title">Insights</h2>
        <BucketSwitch bucket={bucket} onChange={setBucket} />
      </header>
      <div className="insights__pair">
        <StancePanel bucket={bucket} memberId={memberId} />
        <MoodPanel bucket={bucket} memberId={memberId} />
      </div>
      <div className="insights__pair">
        <RhythmPanel memberId={memberId} />
        <OutcomesPanel memberId={memberId} />
      </div>
      <AuthorityPanel memberId={memberId} />
      <FeedbackPanel bucket={bucket} memberId={memberId} />
    </section>
  )
}
