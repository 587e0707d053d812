// An import as the user goes through it: choose a file, see the preview (again
// after each correction), import, start over.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, errorText, type ImportPreview, importApi, MAX_IMPORT_BYTES } from '../../api.js';
import { type Choices, FIRST_CHOICES, type Phase } from '../../components/import-choices.js';
import { notify } from '../../notify.js';
import { refreshAll } from '../../queries.js';

export const size = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const optionsOf = (f: File, c: Choices) => ({
  fileName: f.name,
  format: c.format,
  dateFormat: c.dateFormat,
  duplicates: c.duplicates,
  map: c.map,
  edit: c.edit,
});

export function useImport() {
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [sent, setSent] = useState(0);
  const [choices, setChoices] = useState<Choices>(FIRST_CHOICES);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = phase === 'uploading' || phase === 'checking' || phase === 'importing';

  const check = async (f: File, c: Choices) => {
    setError(null);
    if (f.size > MAX_IMPORT_BYTES) {
      setPreview(null);
      setPhase('idle');
      setError(
        `${f.name} is ${size(f.size)}; an import takes at most ${size(MAX_IMPORT_BYTES)}. Split it.`,
      );
      return;
    }
    setPhase('uploading');
    setSent(0);
    try {
      const shown = await importApi.preview(f, optionsOf(f, c), (share) => {
        setSent(share);
        if (share >= 1) setPhase('checking');
      });
      setPreview(shown);
      setPhase('previewed');
    } catch (e) {
      setPreview(null);
      setPhase('idle');
      setError(errorText(e));
    }
  };

  return {
    file,
    phase,
    sent,
    choices,
    preview,
    error,
    busy,
    choose: (f: File | null) => {
      if (!f || busy) return;
      setFile(f);
      setChoices(FIRST_CHOICES);
      void check(f, FIRST_CHOICES);
    },
    /** Corrects cells of a rejected row ("3:applied=2026-03-04") and checks the file again. */
    correct: (edits: readonly string[]) => {
      const c = { ...choices, edit: [...choices.edit, ...edits] };
      setChoices(c);
      if (file) void check(file, c);
    },
    change: (next: Partial<Choices>) => {
      const c = { ...choices, ...next };
      setChoices(c);
      if (file) void check(file, c);
    },
    confirm: async () => {
      if (!file || !preview) return;
      setPhase('importing');
      setSent(0);
      try {
        const done = await importApi.commit(file, optionsOf(file, choices), preview.token, setSent);
        setPreview(done);
        setPhase('done');
        notify({ message: 'Imported. Today and the pipeline follow.' });
        await refreshAll(client);
      } catch (e) {
        setPhase('previewed');
        if (e instanceof ApiError && e.status === 412) {
          notify({
            tone: 'warning',
            message: 'Your data changed since the preview: here is the new one.',
          });
          await check(file, choices);
        } else setError(errorText(e));
      }
    },
    restart: () => {
      setFile(null);
      setPreview(null);
      setPhase('idle');
      setError(null);
    },
  };
}
