// The calendar of "Call back on…": holidays and days off marked, said in words to screen readers.
// Loaded on first use: @mantine/dates and dayjs are not part of Today's first JavaScript.
import '@mantine/dates/styles.css';
import { DatePicker } from '@mantine/dates';
import type { BusinessDaysView } from '../api.js';
import { dayOff, dayOffInWords, mantineWeekend } from '../business-days.js';
import { fullDay } from '../dates.js';

export function CallbackPicker(props: {
  readonly today: string;
  readonly date: string;
  readonly days: BusinessDaysView | undefined;
  readonly onChange: (date: string) => void;
}) {
  return (
    <DatePicker
      className="callback-picker"
      aria-labelledby="callback-label"
      value={props.date}
      defaultDate={props.date}
      minDate={props.today}
      ariaLabels={{
        previousMonth: 'Previous month',
        nextMonth: 'Next month',
        previousYear: 'Previous year',
        nextYear: 'Next year',
        previousDecade: 'Previous decade',
        nextDecade: 'Next decade',
      }}
      onChange={(value) => value && props.onChange(value)}
      {...(props.days ? { weekendDays: mantineWeekend(props.days) } : {})}
      getDayAriaLabel={(day) => {
        const why = props.days ? dayOff(day, props.days) : null;
        return why ? `${fullDay(day)}, ${dayOffInWords(why)}` : fullDay(day);
      }}
      getDayProps={(day) => {
        const why = props.days ? dayOff(day, props.days) : null;
        return why?.kind === 'holiday'
          ? { title: why.name, 'data-holiday': true }
          : why?.kind === 'day-off'
            ? { title: 'Your day off', 'data-day-off': true }
            : {};
      }}
      renderDay={(day) => {
        const why = props.days ? dayOff(day, props.days) : null;
        return (
          <span className="picker-day">
            {Number(day.slice(8, 10))}
            {why && why.kind !== 'weekend' ? (
              <span className="picker-day-mark" aria-hidden />
            ) : null}
          </span>
        );
      }}
    />
  );
}
