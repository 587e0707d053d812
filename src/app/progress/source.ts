import { isSource, SOURCES, type Source } from '../../core/progress/words.js';
import { refuse } from '../result.js';
import { optionalLine, quote } from '../validate.js';

/** Where an opportunity came from, as typed: one of SOURCES, any case; blank or null is unknown. */
export function optionalSource(field: string, value: string | null | undefined): Source | null {
  const text = optionalLine(field, value);
  if (text === null) return null;
  const source = text.toLowerCase();
  if (!isSource(source)) {
    refuse(
      'invalid-input',
      `${field}: ${quote(text)} is not a source; use one of ${SOURCES.join(', ')} (or "" for unknown)`,
      field,
    );
  }
  return source;
}

/** A stored source, or null for an unknown or unreadable one. */
export function storedSource(value: string | null): Source | null {
  return value !== null && isSource(value) ? value : null;
}
