// Short messages after a change, through @mantine/notifications. Where they appear
// (beside the page, never over it) is set once, in notification-area.tsx.
import { notifications } from '@mantine/notifications';
import { errorText } from './api.js';

export type Tone = 'success' | 'warning' | 'error';

const COLORS: Readonly<Record<Tone, string>> = { success: 'teal', warning: 'orange', error: 'red' };

export interface Note {
  readonly title?: string;
  readonly message: string;
  readonly tone?: Tone;
}

/** Shows a message for a few seconds; errors stay longer and are announced at once. */
export function notify(note: Note): void {
  const tone = note.tone ?? 'success';
  notifications.show({
    ...(note.title ? { title: note.title } : {}),
    message: note.message,
    color: COLORS[tone],
    withBorder: true,
    autoClose: tone === 'error' ? 9000 : 5000,
    role: tone === 'error' ? 'alert' : 'status',
    closeButtonProps: { 'aria-label': 'Dismiss' },
  });
}

/** "Not saved: <what the server said>". */
export function notifyFailure(title: string, error: unknown): void {
  notify({ tone: 'error', title, message: errorText(error) });
}
