import { dirname } from 'node:path'
import type { Packet, PacketQuery } from '../../shared/domain/packets'
import { LeapError } from '../../shared/ipc/envelope'
import { packetMarkdown } from '../export/packet'
import { withFaults } from '../faults/faults'
import { writePrivateFileWhole } from '../files/private'
import { reviewPacket } from '../journal/packets'
import type { MaintenanceContext } from './maintenance'

/** "Review packet - Ana Lima - 2026-06-01 to 2026-11-30.pdf": what the save dialog offers. */
const fileName = (packet: Packet, extension: 'md' | 'pdf') =>
  `Review packet - ${packet.member.name.replace(/[/\\:*?"<>|]/gu, '-')} - ${packet.from} to ${packet.to}.${extension}`

async function saveWhere(
  { session, platform }: MaintenanceContext,
  query: PacketQuery,
  kind: 'markdown' | 'pdf',
  content: (packet: Packet) => Promise<string | Uint8Array> | string
): Promise<{ path: string | null }> {
  if (!session.journal) throw new LeapError('journal_unavailable', 'No journal is open.')
  const packet = reviewPacket(session.journal.db, query)
  const path = await platform.chooseSaveFile(fileName(packet, kind === 'pdf' ? 'pdf' : 'md'), kind)
  if (path === null) return { path: null }
  const data = await content(packet)
  await withFaults(
    () => writePrivateFileWhole(path, data),
    {
      outcome: 'The review packet was not saved',
      where: dirname(path),
      after: 'Nothing was written there.'
    },
    { folder: dirname(path) }
  )
  return { path }
}

/** packets.saveMarkdown: the packet as one markdown file where the person chooses. */
export const saveMarkdownChannel = (context: MaintenanceContext, query: PacketQuery) =>
  saveWhere(context, query, 'markdown', packetMarkdown)

/** packets.savePdf: the page on screen (the packet), printed to PDF by the window, where the person chooses. */
export const savePdfChannel = (context: MaintenanceContext, query: PacketQuery) =>
  saveWhere(context, query, 'pdf', () => context.platform.printToPdf())
