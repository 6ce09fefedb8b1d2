/**
 * The contract's schemas the window's forms check with, in a file of their own: fetched the first time a form
 * checks, or when the window is idle after start-up (formResolver.ts). Building zod schemas was a tenth of a
 * cold start's CPU, and no form is open at start. The domain files these come from must not be imported by
 * the first screen's code for anything else (their vocabulary lives in zod-free files for that reason), or the
 * schemas are built at start again.
 */
export {
  AuthorityChangeInput,
  CheckinCreate,
  CheckinUpdate,
  DelegationClose,
  DelegationCreate
} from '../../../shared/domain/delegations'
export { FeedbackCreate, FeedbackUpdate } from '../../../shared/domain/feedback'
export { GoalCreate } from '../../../shared/domain/goals'
export { AwayCreate, SkipCreate } from '../../../shared/domain/leave'
export { MemberFields } from '../../../shared/domain/members'
export { TagName } from '../../../shared/domain/reflections'
