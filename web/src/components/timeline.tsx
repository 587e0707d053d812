// The timeline of an opportunity on a date axis, with the next window shaded.
import { Paper, Text } from '@mantine/core';
import { useLayoutEffect, useRef, useState } from 'react';
import type { EventView, StepView } from '../api.js';
import { addDays, daysBetween, shortDay } from '../dates.js';
import { eventLabel } from '../labels.js';

const KIND: Readonly<Record<string, string>> = {
  talked: 'connection',
  reply: 'connection',
  meeting: 'interview',
  interview: 'interview',
  offer: 'decision',
  rejected: 'decision',
  withdrawn: 'decision',
};

const SHORT: Readonly<Record<string, string>> = {
  voicemail: 'Voicemail',
  'no-answer': 'No answer',
  email: 'E-mail',
  message: 'Message',
  'thank-you-call': 'Thank-you call',
  'thank-you-note': 'Note sent',
  callback: 'Call back',
  hold: 'Held',
  revive: 'Revived',
};

function ticks(start: string, span: number): string[] {
  const count = Math.min(6, Math.max(2, span));
  const every = Math.max(1, Math.round(span / count));
  const out: string[] = [];
  for (let d = 0; d <= span; d += every) out.push(addDays(start, d));
  return out;
}

/** The height of a row of event labels, in pixels. */
const LABEL_ROW = 16;
/** The least room between two labels of a row. */
const GAP = 6;

interface LabelRows {
  readonly rows: number;
  readonly labels: readonly { left: number; row: number }[];
}

/**
 * Places the event labels of the axis by their measured widths: each centred under its dot
 * (kept inside the timeline), on the first row where it touches no other label.
 * @example placeLabels([{ centre: 50, width: 60 }, { centre: 60, width: 60 }], { from: 0, to: 300 }) // rows 0 and 1
 */
export function placeLabels(
  labels: readonly { centre: number; width: number }[],
  room: { from: number; to: number },
): LabelRows {
  const ends: number[] = [];
  const placed = labels.map(({ centre, width }) => {
    const left = Math.max(room.from, Math.min(room.to - width, centre - width / 2));
    let row = ends.findIndex((end) => end + GAP <= left);
    if (row < 0) {
      row = ends.length;
      ends.push(0);
    }
    ends[row] = left + width;
    return { left, row };
  });
  return { rows: Math.max(2, ends.length), labels: placed };
}

// Measures the labels after each layout and whenever the axis changes width.
function useLabelRows(axis: { current: HTMLDivElement | null }, key: string): LabelRows | null {
  const [layout, setLayout] = useState<LabelRows | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the events' key says when to measure again
  useLayoutEffect(() => {
    const element = axis.current;
    if (!element) return;
    const measure = () => {
      const width = element.clientWidth;
      const margin = Number.parseFloat(getComputedStyle(element).marginLeft) || 0;
      const dots = [...element.querySelectorAll<HTMLElement>('.timeline-dot')];
      const labels = [...element.querySelectorAll<HTMLElement>('.timeline-dot-label')].map(
        (label, i) => ({
          centre: (dots[i]?.offsetLeft ?? 0) + (dots[i]?.offsetWidth ?? 0) / 2,
          width: label.offsetWidth,
        }),
      );
      const next = placeLabels(labels, { from: -margin + 4, to: width + margin - 4 });
      setLayout((old) => (JSON.stringify(old) === JSON.stringify(next) ? old : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [axis, key]);
  return layout;
}

export function TimelineAxis(props: {
  events: readonly EventView[];
  next: readonly StepView[];
  today: string;
}) {
  const dates = [
    props.today,
    ...props.events.map((e) => e.date),
    ...props.next.flatMap((s) => [s.dueOn, s.dueBy]),
  ];
  const sorted = [...dates].sort();
  const start = addDays(sorted[0] ?? props.today, -1);
  const end = addDays(sorted[sorted.length - 1] ?? props.today, 2);
  const span = Math.max(1, daysBetween(start, end));
  const at = (date: string, extra = 0) => `${((daysBetween(start, date) + extra) / span) * 100}%`;
  const step = props.next[0];
  const events = [...props.events].sort((a, b) =>
    (a.date + (a.at ?? '')).localeCompare(b.date + (b.at ?? '')),
  );
  const summary = `Timeline: ${events.length} events${events[0] ? ` since ${shortDay(events[0].date)}` : ''}${
    step
      ? `; next: ${step.label}, ${shortDay(step.dueOn)}${step.dueBy !== step.dueOn ? ` to ${shortDay(step.dueBy)}` : ''}`
      : ''
  }.`;
  const axis = useRef<HTMLDivElement>(null);
  const layout = useLabelRows(axis, events.map((e) => `${e.id}:${e.date}:${e.type}`).join());
  return (
    <Paper
      withBorder
      radius="lg"
      p="md"
      className="timeline"
      component="section"
      aria-label="Timeline"
    >
      <div className="timeline-scroll">
        <div className="timeline-inner" role="img" aria-label={summary}>
          <div
            className="timeline-axis"
            ref={axis}
            style={layout ? { height: 62 + layout.rows * LABEL_ROW + 6 } : undefined}
          >
            <div className="timeline-line" />
            {props.next.slice(0, 1).map((s) => (
              <div
                key={`${s.action}-${s.dueOn}`}
                className="timeline-window"
                data-overdue={s.overdue || undefined}
                style={{ left: at(s.dueOn), width: `calc(${at(s.dueBy, 1)} - ${at(s.dueOn)})` }}
                title={`${s.label}: ${shortDay(s.dueOn)} – ${shortDay(s.dueBy)}`}
              />
            ))}
            <div className="timeline-today" style={{ left: at(props.today, 0.5) }}>
              <span className="timeline-today-label">Today</span>
            </div>
            {events.map((e, i) => (
              <div key={e.id}>
                <span
                  className="timeline-dot"
                  data-kind={KIND[e.type] ?? 'other'}
                  style={{ left: at(e.date, 0.5) }}
                />
                <span
                  className="timeline-dot-label"
                  data-placed={layout?.labels[i] ? true : undefined}
                  style={
                    layout?.labels[i]
                      ? { left: layout.labels[i].left, top: 62 + layout.labels[i].row * LABEL_ROW }
                      : { left: at(e.date, 0.5) }
                  }
                >
                  {/* "Thank-you call (voicemail)" says more than the short word. */}
                  {eventLabel(e.type, e.note) !== eventLabel(e.type)
                    ? eventLabel(e.type, e.note)
                    : (SHORT[e.type] ?? eventLabel(e.type))}
                </span>
              </div>
            ))}
          </div>
          <div className="timeline-ticks">
            {ticks(start, span).map((d) => (
              <span key={d} className="timeline-tick" style={{ left: at(d, 0.5) }}>
                {shortDay(d)}
              </span>
            ))}
          </div>
        </div>
      </div>
      {step ? (
        <Text size="sm" c="dimmed" mt="xs">
          Shaded: the window for {step.label.toLowerCase()}.
        </Text>
      ) : null}
    </Paper>
  );
}
