import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract'
import type { Envelope } from '../../../shared/ipc/envelope'
import { todayLocal } from './dates'
import { weekStartDay } from './weekStart'

type Read = { [C in Channel]: [C, ChannelInput<C>] }[Channel]

interface Started {
  answer: Promise<unknown>
  answered?: Envelope<unknown>
}
const started = new Map<string, Started>()
const keyOf = (channel: Channel, input: unknown) => `${channel} ${JSON.stringify(input)}`

/** Leap opens on the Team screen. */
const onTeamScreen = ([section, id]: string[]) => section === 'team' && !id

/**
 * What the first screen asks main for: the shell's reads on every screen, and the Team screen's. Each is the
 * very channel and input its hook asks for (startup.spec.ts checks that none is asked twice).
 */
function firstReads(screen: string[]): Read[] {
  const shell: Read[] = [
    ['app.info', {}],
    ['settings.get', {}]
  ]
  if (!onTeamScreen(screen)) return shell
  return [
    ...shell,
    ['members.list', { includeArchived: false, today: todayLocal() }],
    ['members.list', { includeArchived: true, today: todayLocal() }],
    ['sample.status', {}],
    ['reminders.today', { today: todayLocal() }]
  ]
}

/**
 * Asks main for the first screen's data before the rest of the window's code is evaluated (boot.ts): on a
 * slow machine that takes a tenth of a second, in which main answers. Each screen would otherwise ask once
 * drawn, behind the others, and draw twice: empty, then with its data.
 */
export function startFirstReads(screen: string[]): void {
  for (const [channel, input] of firstReads(screen)) start(channel, input)
  if (!onTeamScreen(screen)) return
  // The Team screen's review offer counts weeks from the day Settings say, so it is asked once they have
  // answered. Asked only once drawn, it came a round trip after the list, and its card pushed the list down.
  void started.get(keyOf('settings.get', {}))!.answer.then(
    (envelope) => {
      const settings = envelope as Envelope<ChannelOutput<'settings.get'>>
      if (!settings.ok) return
      const weekStartsOn = weekStartDay(settings.data.preferences.weekStartsOn)
      start('reviews.offer', { today: todayLocal(), weekStartsOn })
    },
    () => {}
  )
}

/**
 * Resolves once every start-up read has been answered, or after `withinMs`: a first frame drawn while some were
 * still on their way drew the Team list alone, and Today's panel then pushed it down as it came.
 */
export async function firstReadsAnswered(withinMs: number): Promise<void> {
  const deadline = new Promise((resolve) => setTimeout(resolve, withinMs))
  // A read answered can start another (the review offer, once Settings are known): look again until none is new.
  for (let seen = -1; seen !== started.size;) {
    seen = started.size
    const answers = Promise.allSettled([...started.values()].map((read) => read.answer))
    if ((await Promise.race([answers.then(() => 'answered'), deadline])) !== 'answered') return
  }
}

function start(channel: Channel, input: unknown): void {
  const ask = window.leap[channel] as (input: unknown) => Promise<Envelope<unknown>>
  const read: Started = { answer: ask(input) }
  read.answer.then(
    (envelope) => (read.answered = envelope as Envelope<unknown>),
    () => {}
  )
  started.set(keyOf(channel, input), read)
}

/**
 * Takes a start-up read of this channel and input, once: its answer, or undefined if there was none. A read
 * that failed is not taken: the call asks again (the journal may have opened since, after a recovery).
 */
export function takeFirstRead<C extends Channel>(
  channel: C,
  input: ChannelInput<C>
): Promise<Envelope<ChannelOutput<C>>> | undefined {
  const read = started.get(keyOf(channel, input))
  started.delete(keyOf(channel, input))
  if (read?.answered?.ok === false) return undefined
  return read?.answer as Promise<Envelope<ChannelOutput<C>>> | undefined
}

/**
 * Takes a start-up read that has already been answered with data, so a query can draw it in its first
 * render; otherwise leaves it to be taken by the call the query then makes.
 */
export function takeAnsweredFirstRead<C extends Channel>(
  channel: C,
  input: ChannelInput<C>
): ChannelOutput<C> | undefined {
  const answered = started.get(keyOf(channel, input))?.answered
  if (!answered?.ok) return undefined
  started.delete(keyOf(channel, input))
  return answered.data as ChannelOutput<C>
}

/** After a write, the start-up answers nobody has taken may be out of date: later calls ask afresh. */
export function forgetFirstReads(): void {
  started.clear()
}
