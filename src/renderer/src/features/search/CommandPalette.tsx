import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { Search } from 'lucide-react'
import { SEARCH_KINDS, type SearchHit, type SearchKind } from '../../../../shared/domain/search'
import { Dialog } from '../../components/Dialog'
import { VirtualList } from '../../components/VirtualList'
import { navigate } from '../../lib/router'
import { formatDay } from '../../lib/dates'
import { useMembers } from '../members/hooks'
import { useSampleTeam } from '../sample/hooks'
import { commands, memberCommands, sampleTeamCommands, type PaletteCommand } from './commands'
import { matchCommands } from './match'
import { mergePages, useSearch, type SearchFilters } from './hooks'
import { setPaletteOpen, usePaletteOpen } from './palette-store'
import { routeFor } from './routes'
import './search.css'

const kindLabels: Record<SearchKind, string> = {
  member: 'Members',
  reflection: 'Reflections',
  delegation: 'Delegations',
  checkin: 'Check-ins',
  action_item: 'Action items',
  talking_point: 'Talking points',
  away_period: 'Time away',
  skip: 'Skipped one-on-ones',
  goal: 'Growth goals',
  feedback: 'Feedback'
}

type Row =
  | { type: 'heading'; key: string; label: string }
  | { type: 'command'; key: string; command: PaletteCommand }
  | { type: 'hit'; key: string; hit: SearchHit }
  | { type: 'more'; key: string; kind: SearchKind }

const isOption = (row: Row | undefined) => row !== undefined && row.type !== 'heading'
const MAX_COMMANDS_WHILE_SEARCHING = 6

/** Ctrl/Cmd+K from anywhere: search the whole journal, or run a command. */
export function CommandPalette() {
  const open = usePaletteOpen()
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        setPaletteOpen(true)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <Dialog title="Search and commands" open={open} onClose={() => setPaletteOpen(false)} wide closesQuietly>
      {open && <Palette close={() => setPaletteOpen(false)} />}
    </Dialog>
  )
}

function Palette({ close }: { close: () => void }) {
  const [filters, setFilters] = useState<SearchFilters>({
    text: '',
    kind: null,
    memberId: null,
    from: '',
    to: ''
  })
  const deferred = useDeferredValue(filters)
  const members = useMembers(true)
  const sample = useSampleTeam()
  const search = useSearch(deferred)
  const [active, setActive] = useState(0)
  const listId = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  // The dialog focuses its first control when it opens; the search field is where typing belongs.
  useEffect(() => {
    const frame = requestAnimationFrame(() => inputRef.current?.focus())
    return () => cancelAnimationFrame(frame)
  }, [])

  const everyTime = useMemo(
    () => [...commands, ...sampleTeamCommands(sample.data?.present)],
    [sample.data?.present]
  )
  const withPeople = useMemo(
    () => [...everyTime, ...memberCommands(members.data ?? [])],
    [everyTime, members.data]
  )
  const typed = deferred.text.trim()
  // Apart from the rows, so the search's answer arriving does not match every command again.
  const matching = useMemo(
    () =>
      deferred.kind ? [] : typed ? matchCommands(withPeople, typed, MAX_COMMANDS_WHILE_SEARCHING) : everyTime,
    [deferred.kind, typed, withPeople, everyTime]
  )

  const rows = useMemo(() => {
    const found: Row[] = []
    if (matching.length > 0) {
      found.push({ type: 'heading', key: 'h.commands', label: 'Commands' })
      // Keys say what a row is: a person's "Go to" command and the same person found by search are two rows,
      // and two rows with one key left a stale row drawn over the list.
      for (const command of matching) found.push({ type: 'command', key: `command.${command.id}`, command })
    }
    if (typed && search.data) {
      for (const group of mergePages(search.data.pages)) {
        found.push({ type: 'heading', key: `h.${group.kind}`, label: kindLabels[group.kind] })
        for (const hit of group.hits) found.push({ type: 'hit', key: `hit.${group.kind}.${hit.id}`, hit })
        if (group.hasMore && !deferred.kind)
          found.push({ type: 'more', key: `more.${group.kind}`, kind: group.kind })
      }
    }
    return found
  }, [matching, typed, deferred.kind, search.data])

  const activeIndex = isOption(rows[active]) ? active : rows.findIndex(isOption)
  const update = (patch: Partial<SearchFilters>) => {
    setFilters((current) => ({ ...current, ...patch }))
    setActive(0)
  }

  const choose = (row: Row | undefined) => {
    if (!row || row.type === 'heading') return
    if (row.type === 'more') return update({ kind: row.kind })
    close()
    if (row.type === 'command') row.command.run()
    else navigate(routeFor(row.hit))
  }

  const move = (step: number) => {
    for (let i = activeIndex + step; i >= 0 && i < rows.length; i += step)
      if (isOption(rows[i])) return setActive(i)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      move(event.key === 'ArrowDown' ? 1 : -1)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      choose(rows[activeIndex])
    }
  }

  const optionId = (index: number) => `${listId}-${index}`
  const searching = deferred.text.trim().length > 0
  const nothingFound = searching && !search.isFetching && !rows.some((row) => row.type === 'hit')

  return (
    <div className="palette">
      <div className="palette__input">
        <Search size={18} aria-hidden />
        <input
          ref={inputRef}
          role="combobox"
          aria-label="Search or run a command"
          aria-expanded={rows.length > 0}
          aria-controls={listId}
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-autocomplete="list"
          placeholder="Search reflections, people, delegations… or type a command"
          value={filters.text}
          onChange={(event) => update({ text: event.target.value })}
          onKeyDown={onKeyDown}
        />
      </div>
      <div className="palette__filters">
        <label>
          <span>Show</span>
          <select
            value={filters.kind ?? ''}
            onChange={(event) => update({ kind: (event.target.value || null) as SearchKind | null })}
          >
            <option value="">Everything</option>
            {SEARCH_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabels[kind]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Member</span>
          <select
            value={filters.memberId ?? ''}
            onChange={(event) => update({ memberId: event.target.value || null })}
          >
            <option value="">Anyone</option>
            {(members.data ?? []).map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        </label>
        {/* The dates wrap together: "To" never starts a line on its own. */}
        <span className="palette__dates">
          <label>
            <span>From</span>
            <input
              type="date"
              value={filters.from}
              onChange={(event) => update({ from: event.target.value })}
            />
          </label>
          <label>
            <span>To</span>
            <input type="date" value={filters.to} onChange={(event) => update({ to: event.target.value })} />
          </label>
        </span>
      </div>
      {search.error && (
        <p className="palette__message" role="alert">
          {search.error.message}
        </p>
      )}
      {nothingFound && (
        <p className="palette__message">
          {/* Commands may still match: say that the journal has nothing, not that nothing matches at all. */}
          {rows.length > 0 ? 'No entries match' : 'Nothing matches'} “{deferred.text.trim()}”.
        </p>
      )}
      <VirtualList
        id={listId}
        role="listbox"
        aria-label="Results"
        className="palette__list"
        items={rows}
        activeIndex={activeIndex}
        getKey={(row) => row.key}
        estimateSize={(row) => (row.type === 'hit' ? 64 : row.type === 'heading' ? 30 : 40)}
        onEndReached={
          search.hasNextPage && !search.isFetchingNextPage ? () => void search.fetchNextPage() : undefined
        }
        renderItem={(row, index) =>
          row.type === 'heading' ? (
            <div className="palette__heading">{row.label}</div>
          ) : (
            <div
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className="palette__option"
              onMouseMove={() => index !== activeIndex && setActive(index)}
              onClick={() => choose(row)}
            >
              <OptionContent row={row} />
            </div>
          )
        }
      />
      <footer className="palette__hint" aria-hidden>
        <kbd>↑</kbd> <kbd>↓</kbd> to move · <kbd>Enter</kbd> to open · <kbd>Esc</kbd> to close
      </footer>
    </div>
  )
}

function OptionContent({ row }: { row: Exclude<Row, { type: 'heading' }> }) {
  if (row.type === 'command')
    return (
      <span className="palette__command">
        {row.command.label}
        {row.command.shortcut && <kbd>{row.command.shortcut}</kbd>}
      </span>
    )
  if (row.type === 'more')
    return <span className="palette__more">Show all {kindLabels[row.kind].toLowerCase()}</span>
  const { hit } = row
  const meta = [
    hit.memberName && hit.kind !== 'member' ? hit.memberName : null,
    hit.date ? formatDay(hit.date) : null
  ]
  const marked = hit.snippet.map((part, i) =>
    part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>
  )
  // A match in the title alone (a person found by name, with no role): the title carries the marks, once.
  const onlyTitle = hit.snippet.map((part) => part.text).join('') === hit.title
  return (
    <span className="palette__hit">
      <span className="palette__hit-title">
        {onlyTitle ? <span>{marked}</span> : hit.title}
        <span className="palette__hit-meta">{meta.filter(Boolean).join(' · ')}</span>
      </span>
      {!onlyTitle && <span className="palette__snippet">{marked}</span>}
    </span>
  )
}
