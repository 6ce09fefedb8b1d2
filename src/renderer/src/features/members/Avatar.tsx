import { UserRound } from 'lucide-react'
import { initials } from './initials'

/** A person's initials in a circle, or a neutral figure when their name has no letter to show. */
export function Avatar({ name, large = false }: { name: string; large?: boolean }) {
  return (
    <span className={large ? 'avatar avatar--large' : 'avatar'} aria-hidden>
      {initials(name) ?? <UserRound size={large ? 26 : 18} />}
    </span>
  )
}
