// A long list, a page at a time: only the rows near the screen are in the page (the window
// scrolls as for any page; the rows off screen are an empty space above and below), and the
// next page is asked for when the user nears the end. With 10,000 opportunities the
// Pipeline's list holds a few dozen rows, not 10,000.
import { Loader, Text } from '@mantine/core';
import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import {
  type ReactNode,
  type RefObject,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';

/** What a long list needs to know of its pages. */
export interface Paged {
  readonly total: number;
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  readonly onMore: () => void;
}

export interface WindowRows<E extends HTMLElement> {
  readonly ref: RefObject<E | null>;
  /** The rows in the page now. */
  readonly rows: readonly VirtualItem[];
  /** The room of the rows above and below them, in pixels. */
  readonly before: number;
  readonly after: number;
  /** Pass as `ref` of each row, with `data-index` its index: rows are measured as drawn. */
  readonly measure: (row: Element | null) => void;
}

/**
 * Where the element starts in the document, kept up to date: whatever changes the page's size
 * (a list above it growing, as the columns of the board stacked on a phone, a banner, the
 * window's width) moves it, and the page's size is watched.
 */
function useDocumentTop(ref: RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      const now = ref.current ? ref.current.getBoundingClientRect().top + window.scrollY : 0;
      setTop((before) => (Math.abs(before - now) < 0.5 ? before : now));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [ref]);
  return top;
}

/** The rows of `count` near the window's view; at the last few, the next page is asked for. */
export function useWindowRows<E extends HTMLElement>(
  count: number,
  estimate: number,
  paged: Paged,
  gap = 0,
): WindowRows<E> {
  const ref = useRef<E>(null);
  const top = useDocumentTop(ref);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => estimate,
    overscan: 4,
    gap,
    scrollMargin: top,
  });
  const rows = virtualizer.getVirtualItems();
  const lastShown = rows[rows.length - 1]?.index ?? -1;
  const { hasMore, loadingMore, onMore } = paged;
  // A list whose end is above the screen (the user jumped past it, by the scroll bar or a key,
  // to a column further down on a phone) waits for the user to come back to its end: loading
  // it would push down what the user went to read. Scrolled through, its end loads as always.
  const end = top + virtualizer.getTotalSize();
  const scrolled = virtualizer.scrollOffset ?? 0;
  useEffect(() => {
    if (hasMore && !loadingMore && lastShown >= count - 4 && end >= scrolled) onMore();
  }, [hasMore, loadingMore, lastShown, count, onMore, end, scrolled]);
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    ref,
    rows,
    before: first ? first.start - top : 0,
    after: last ? Math.max(0, virtualizer.getTotalSize() - (last.end - top)) : 0,
    measure: virtualizer.measureElement,
  };
}

/** "60 of 150 shown; more come as you scroll." */
export function PagedCount(props: { shown: number } & Paged) {
  return (
    <Text size="sm" c="dimmed" aria-live="polite" className="virtual-rows-count">
      {props.loadingMore ? <Loader size="xs" mr="xs" aria-hidden /> : null}
      {props.shown < props.total
        ? `${props.shown} of ${props.total} shown; more come as you scroll.`
        : props.total > 1
          ? `All ${props.total} shown.`
          : ''}
    </Text>
  );
}

export interface VirtualRowsProps<T> extends Paged {
  readonly items: readonly T[];
  /** Items side by side in a row (a grid of cards on a wide screen). */
  readonly columns?: number;
  /** A row's height before it is measured, in pixels. */
  readonly estimate: number;
  readonly gap?: number;
  readonly label: string;
  readonly itemKey: (item: T) => string;
  readonly render: (item: T) => ReactNode;
}

/** A list of cards, `columns` to a row. */
export function VirtualRows<T>(props: VirtualRowsProps<T>) {
  const columns = Math.max(1, props.columns ?? 1);
  const gap = props.gap ?? 0;
  const near = useWindowRows<HTMLDivElement>(
    Math.ceil(props.items.length / columns),
    props.estimate,
    props,
    gap,
  );
  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: the rows between the list and its items are divs (a grid each), which a <ul> may not hold */}
      <div
        ref={near.ref}
        role="list"
        aria-label={props.label}
        className="virtual-rows"
        style={{ paddingTop: near.before, paddingBottom: near.after }}
      >
        {near.rows.map((row) => {
          const first = row.index * columns;
          return (
            <div
              key={row.key}
              data-index={row.index}
              ref={near.measure}
              style={{
                display: 'grid',
                gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
                gap,
                marginBottom: gap,
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
      <PagedCount shown={props.items.length} {...props} />
    </>
  );
}
