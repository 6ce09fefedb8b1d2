import type { ReflectionList } from '../../../../shared/domain/reflections'
import { useLeapMutation, useLeapPages, useLeapQuery } from '../../lib/query'

export const useReflection = (id: string | null) => useLeapQuery('reflections.get', id ? { id } : null)

/** The journal, newest first, in pages loaded as the list scrolls. */
export const useReflectionPages = (filters: ReflectionList) =>
  useLeapPages('reflections.list', filters, { cursor: 'after', next: (page) => page.next })

export const useTags = () => useLeapQuery('reflections.tags', {})

export const useDeleteReflection = () => useLeapMutation('reflections.delete')
export const useRestoreReflection = () => useLeapMutation('reflections.restore')
