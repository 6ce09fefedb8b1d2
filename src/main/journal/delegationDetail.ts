import type { DelegationDetail } from '../../shared/domain/delegations'
import type { Db } from '../db/open'
import { listAuthoritySteps } from './authority'
import { listCheckins } from './checkins'
import { getDelegation } from './delegations'

/** A delegation with its check-in timeline and its authority steps: everything its page shows. */
export function getDelegationDetail(db: Db, id: string): DelegationDetail {
  return {
    ...getDelegation(db, id),
    checkins: listCheckins(db, id),
    authoritySteps: listAuthoritySteps(db, id)
  }
}
