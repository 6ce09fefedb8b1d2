import { useLeapQuery } from '../lib/query'

/** The app's name and version, where the journal is, and why it could not be opened, if it could not. */
export const useAppInfo = () => useLeapQuery('app.info', {})
