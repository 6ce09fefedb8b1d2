import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type HTMLAttributes,
  type ReactNode,
  type RefObject
} from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'

interface VirtualListProps<T> extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  items: readonly T[]
  getKey: (item: T, index: number) => string
  /** A first guess of a row's height; rows are measured once drawn. */
  estimateSize: (item: T) => number
  renderItem: (item: T, index: number) => ReactNode
  /** Called when the last rows come into view: load the next page. */
  onEndReached?: () => void
  /** Kept in view, for lists driven by the keyboard. */
  activeIndex?: number
  /** Scrolls with the page it is on (its nearest scrolling ancestor) instead of in a box of its own. */
  scrollsWithPage?: boolean
}

/**
 * A list that draws only the rows in view (and a few around), so a list of 50,000 entries costs what a list
 * of 30 does. The container carries the props (role, aria-label...), so it can be a listbox or a list.
 */
export function VirtualList<T>({
  items,
  getKey,
  estimateSize,
  renderItem,
  onEndReached,
  activeIndex,
  scrollsWithPage = false,
  ...container
}: VirtualListProps<T>) {
  const listRef = useRef<HTMLDivElement>(null)
  const page = usePageScroll(listRef, scrollsWithPage)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => (scrollsWithPage ? (page?.element ?? null) : listRef.current),
    scrollMargin: page?.offset ?? 0,
    estimateSize: (index) => estimateSize(items[index]!),
    getItemKey: (index) => getKey(items[index]!, index),
    overscan: 6,
    // A list on its page takes the window's height until its page is measured: the first frame with data
    // draws its rows, instead of an empty list and then the rows a frame or two later.
    ...(scrollsWithPage && { initialRect: { width: 0, height: window.innerHeight } })
  })
  // Until its page is measured (in a layout effect, before the first paint), a list on a page does not know
  // how far down it starts: it would draw rows for a whole window, most of them only to remove them at once.
  const rows = page === undefined ? [] : virtualizer.getVirtualItems()
  const lastDrawn = rows.at(-1)?.index ?? -1

  useEffect(() => {
    if (onEndReached && items.length > 0 && lastDrawn >= items.length - 5) onEndReached()
  }, [lastDrawn, items.length, onEndReached])

  useEffect(() => {
    if (activeIndex !== undefined && activeIndex >= 0) virtualizer.scrollToIndex(activeIndex)
  }, [activeIndex, virtualizer])

  return (
    <div
      ref={listRef}
      {...container}
      style={{ overflowY: scrollsWithPage ? undefined : 'auto', ...container.style }}
    >
      <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {rows.map((row) => (
          <div
            key={row.key}
            role="presentation"
            data-index={row.index}
            ref={virtualizer.measureElement}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${row.start - (page?.offset ?? 0)}px)`
            }}
          >
            {renderItem(items[row.index]!, row.index)}
          </div>
        ))}
      </div>
    </div>
  )
}

/**
 * For a list that scrolls with its page: the element that scrolls, and how far down its content the list
 * starts (the virtualizer's scroll margin); `undefined` until measured, `null` for a list that scrolls in a
 * box of its own (or finds nothing scrolling around it). Measured again whenever the page's content changes
 * size, since what is above the list (a filter bar that wraps, a card that grows) moves it.
 */
function usePageScroll(listRef: RefObject<HTMLDivElement | null>, enabled: boolean) {
  const [page, setPage] = useState<{ element: HTMLElement; offset: number } | null | undefined>(
    enabled ? undefined : null
  )
  useLayoutEffect(() => {
    const list = listRef.current
    const element = enabled && list ? scrollingAncestor(list) : null
    if (!list || !element) {
      setPage(null)
      return
    }
    const measure = () => {
      const offset =
        list.getBoundingClientRect().top - element.getBoundingClientRect().top + element.scrollTop
      setPage((current) =>
        current?.element === element && Math.abs(current.offset - offset) < 1 ? current : { element, offset }
      )
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element.firstElementChild ?? element)
    return () => observer.disconnect()
  }, [listRef, enabled])
  return enabled ? page : null
}

function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node)
    if (overflowY === 'auto' || overflowY === 'scroll') return node
  }
  return null
}
