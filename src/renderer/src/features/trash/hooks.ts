import { useLeapQuery } from '../../lib/query'

export const useTrash = () => useLeapQuery('trash.list', {})
