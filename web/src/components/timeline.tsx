// The timeline of an opportunity on a date axis, with the next window shaded.
import { Paper, Text } from '@mantine/core';
import type { EventView, StepView } from '../api.js';
import { addDays, daysBetween, shortDay } from '../dates.js';
import { eventLabel } from '../words.js';

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
  // Labels of events close together alternate between two rows.
  let lastPosition = -Infinity;
  let row = 0;
  const placed = events.map((e) => {
    const position = daysBetween(start, e.date) / span;
    row = position - lastPosition < 0.12 ? 1 - row : 0;
    lastPosition = position;
    return { e, row };
  });
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
          <div className="timeline-axis">
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
            {placed.map(({ e, row }) => (
              <div key={e.id}>
                <span
                  className="timeline-dot"
                  data-kind={KIND[e.type] ?? 'other'}
                  style={{ left: at(e.date, 0.5) }}
                />
                <span
                  className="timeline-dot-label"
                  data-row={row}
                  style={{ left: at(e.date, 0.5) }}
                >
                  {SHORT[e.type] ?? eventLabel(e.type)}
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
