/** Builds a WHERE clause from optional filters: a filter whose values are not all given adds nothing. */
export function whereClause(always: readonly string[] = []) {
  const clauses = [...always]
  const params: Record<string, unknown> = {}
  return {
    /** Adds `clause`, which names each key of `values` as `@key`, when every value is defined. */
    filter(clause: string, values: Record<string, unknown>) {
      if (Object.values(values).some((value) => value === undefined)) return
      clauses.push(clause)
      Object.assign(params, values)
    },
    params,
    get sql() {
      return clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : ''
    }
  }
}
