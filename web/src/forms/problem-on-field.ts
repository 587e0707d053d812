// The one way a refusal of the server reaches a form: on the field it names, when
// the form has that field (the form's values use the API's names, `contact.email`),
// otherwise as the form's own message.
import { ApiError, errorText, fieldText } from '../api.js';

interface FormWithErrors {
  getValues(): unknown;
  setFieldError(path: string, error: string): void;
}

function has(values: unknown, path: string): boolean {
  let at: unknown = values;
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null || !(key in at)) return false;
    at = (at as Record<string, unknown>)[key];
  }
  return true;
}

/**
 * Puts `error` on its field and returns null, or returns the text to show above
 * the buttons. `aliases` names a form field for an API field the form holds under
 * another name (`addDaysOff` for the day-off input).
 */
export function problemOnField(
  form: FormWithErrors,
  error: unknown,
  aliases: Readonly<Record<string, string>> = {},
): string | null {
  if (error instanceof ApiError && error.field) {
    const path = aliases[error.field] ?? error.field;
    if (has(form.getValues(), path)) {
      // Under its field the message needs no name: the label says which field it is.
      form.setFieldError(path, fieldText(error));
      return null;
    }
  }
  return errorText(error);
}
