// A long list, a page at a time: only the rows near the screen are in the page (the window
// scrolls as for any page), and the next page is asked for when the user nears the end.
// With 10,000 opportunities the Pipeline's list holds a few dozen rows, not 10,000.
import { Loader, Text } from '@mantine/core';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';

export interface VirtualRowsProps<T> {
  readonly items: readonly T[];
  /** Of the whole list: the last item's position says "of N" to screen readers. */
  readonly total: number;
  /** Items side by side in a row (a grid of cards on a wide screen). */
  readonly columns?: number;
  /** A row's height before it is measured, in pixels. */
  readonly estimate: number;
  readonly gap?: number;
  readonly label: string;
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  readonly onMore: () => void;
  readonly itemKey: (item: T) => string;
  readonly render: (item: T) => ReactNode;
}

export function VirtualRows<T>(props: VirtualRowsProps<T>) {
  const columns = Math.max(1, props.columns ?? 1);
  const gap = props.gap ?? 0;
  const rows = Math.ceil(props.items.length / columns);
  const list = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    setTop(list.current ? list.current.getBoundingClientRect().top + window.scrollY : 0);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rows,
    estimateSize: () => props.estimate,
    overscan: 4,
    gap,
    scrollMargin: top,
  });
  const shown = virtualizer.getVirtualItems();
  const lastShown = shown[shown.length - 1]?.index ?? -1;
  const { hasMore, loadingMore, onMore } = props;
  useEffect(() => {
    if (hasMore && !loadingMore && lastShown >= rows - 4) onMore();
  }, [hasMore, loadingMore, lastShown, rows, onMore]);
  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: the rows between the list and its items are divs (a grid each), which a <ul> may not hold */}
      <div
        ref={list}
        role="list"
        aria-label={props.label}
        className="virtual-rows"
        style={{ position: 'relative', height: virtualizer.getTotalSize() }}
      >
        {shown.map((row) => {
          const first = row.index * columns;
          return (
            <div
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                transform: `translateY(${row.start - top}px)`,
                display: 'grid',
                gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
                gap,
              }}
            >
              {props.items.slice(first, first + columns).map((item, i) => (
                // biome-ignore lint/a11y/useSemanticElements: an item of the list above, inside its row
                <div
                  key={props.itemKey(item)}
                  role="listitem"
                  aria-setsize={props.total}
                  aria-posinset={first + i + 1}
                >
                  {props.render(item)}
                </div>
              ))}
            </div>
          );
        })}
      </div>
      <Text size="sm" c="dimmed" aria-live="polite" className="virtual-rows-count">
        {props.loadingMore ? <Loader size="xs" mr="xs" aria-hidden /> : null}
        {props.items.length < props.total
          ? `${props.items.length} of ${props.total} shown; more come as you scroll.`
          : props.total > 1
            ? `All ${props.total} shown.`
            : ''}
      </Text>
    </>
  );
}
