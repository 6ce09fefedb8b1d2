import { useEffect, useRef, type HTMLAttributes, type ReactNode } from 'react'
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
}

/**
 * A list that draws only the rows in view (and a few around), so a list of 50,000 entries costs what a list
 * of 30 does. The scroll container carries the props (role, aria-label...), so it can be a listbox.
 */
export function VirtualList<T>({
  items,
  getKey,
  estimateSize,
  renderItem,
  onEndReached,
  activeIndex,
  ...container
}: VirtualListProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => estimateSize(items[index]!),
    getItemKey: (index) => getKey(items[index]!, index),
    overscan: 6
  })
  const rows = virtualizer.getVirtualItems()
  const lastDrawn = rows.at(-1)?.index ?? -1

  useEffect(() => {
    if (onEndReached && items.length > 0 && lastDrawn >= items.length - 5) onEndReached()
  }, [lastDrawn, items.length, onEndReached])

  useEffect(() => {
    if (activeIndex !== undefined && activeIndex >= 0) virtualizer.scrollToIndex(activeIndex)
  }, [activeIndex, virtualizer])

  return (
    <div ref={scrollRef} {...container} style={{ overflowY: 'auto', ...container.style }}>
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
              transform: `translateY(${row.start}px)`
            }}
          >
            {renderItem(items[row.index]!, row.index)}
          </div>
        ))}
      </div>
    </div>
  )
}
