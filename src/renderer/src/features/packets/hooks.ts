import { useLeapQuery } from '../../lib/query'

export const usePacket = (memberId: string, from: string, to: string) =>
  useLeapQuery('packets.get', from && to && from <= to ? { memberId, from, to } : null)
