import { useState } from 'react'
import type { InsightBucket } from '../../../../shared/domain/insights'
import { RadioGroup } from '../../components/RadioGroup'
import { AuthorityPanel } from './AuthorityPanel'
import { FeedbackPanel } from './FeedbackPanel'
import { ChartPatterns } from './InsightPanel'
import { GoalsPanel } from './GoalsPanel'
import { MoodPanel } from './MoodPanel'
import { OutcomesPanel } from './OutcomesPanel'
import { RhythmPanel } from './RhythmPanel'
import { StancePanel } from './StancePanel'
import './insights.css'

/** Weekly or monthly: the trends' periods. */
export function BucketSwitch({
  bucket,
  onChange
}: {
  bucket: InsightBucket
  onChange: (bucket: InsightBucket) => void
}) {
  return (
    <RadioGroup
      legend="Group trends by"
      hideLegend
      look="segmented"
      options={[
        { value: 'week', label: 'Weekly' },
        { value: 'month', label: 'Monthly' }
      ]}
      value={bucket}
      onChange={(value) => value && onChange(value)}
    />
  )
}

/** Insights: am I leading or managing? The patterns in the leader's own journal, one panel per question. */
export function InsightsPage() {
  const [bucket, setBucket] = useState<InsightBucket>('week')
  return (
    <div className="page insights">
      <ChartPatterns />
      <header className="page__header">
        <div>
          <h1>Insights</h1>
          <p className="page__subtitle">Am I leading or managing? What your own journal shows.</p>
        </div>
        <div className="page__actions">
          <BucketSwitch bucket={bucket} onChange={setBucket} />
        </div>
      </header>
      <StancePanel bucket={bucket} />
      <div className="insights__pair">
        <RhythmPanel />
        <MoodPanel bucket={bucket} />
      </div>
      <AuthorityPanel />
      <OutcomesPanel />
      <GoalsPanel />
      <FeedbackPanel bucket={bucket} />
    </div>
  )
}
