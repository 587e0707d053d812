// The settings, the calendar feed and the morning e-mail.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  api,
  type CalendarAnswer,
  type DigestSettingsInput,
  type DigestSettingsView,
  type SettingsInput,
  type SettingsView,
  type TestMailResult,
} from '../api.js';
import { notifyFailure } from '../notify.js';
import { keys, refreshAll } from '../queries.js';

/** Saves settings; the plan of every opportunity follows them. */
export function useSaveSettings() {
  const client = useQueryClient();
  return useMutation<SettingsView, Error, SettingsInput>({
    mutationFn: (input) => api.saveSettings(input),
    onSuccess: async (view) => {
      client.setQueryData(keys.settings, view);
      await refreshAll(client);
    },
  });
}

/** Turns the calendar feed on or off, or gives it a new address. */
export function useCalendarChange() {
  const client = useQueryClient();
  return useMutation<CalendarAnswer, Error, () => Promise<CalendarAnswer>>({
    mutationFn: (action) => action(),
    onSuccess: (answer) => client.setQueryData(keys.calendar, answer),
    onError: (error) => notifyFailure('Not changed', error),
  });
}

export function useSaveDigest() {
  const client = useQueryClient();
  return useMutation<DigestSettingsView, Error, DigestSettingsInput>({
    mutationFn: (input) => api.saveDigest(input),
    onSuccess: (saved) => client.setQueryData(keys.digest, saved),
  });
}

/** Sends today's e-mail now; the last send shown in Settings follows. */
export function useSendDigest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: api.sendDigest,
    onSuccess: () => client.invalidateQueries({ queryKey: keys.digest }),
    onError: (error) => notifyFailure('Not sent', error),
  });
}

/** Sends a test e-mail with what is on the form, saved or not; nothing is saved. */
export function useTestDigest() {
  return useMutation<TestMailResult, Error, DigestSettingsInput>({
    mutationFn: (input) => api.testDigest(input),
  });
}
