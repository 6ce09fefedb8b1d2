import { authorityLevel } from '../../../../shared/domain/delegationVocabulary'

/** A level as people say it, "3 · Consult", with its meaning on hover. */
export function LevelBadge({ level }: { level: number }) {
  const { name, meaning } = authorityLevel(level)
  return (
    <span className={`level-badge level-badge--${level}`} title={meaning}>
      {level} · {name}
    </span>
  )
}
