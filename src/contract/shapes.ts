import * as z from 'zod';

// The building blocks of the contract's schemas.

export const text = z.string();
/** A field an edit can clear: `null` or `""`. */
export const clearable = z.string().nullable();
export const nullableText = z.string().nullable();
export const isoDate = z.string().describe('YYYY-MM-DD');
export const count = z.number().int();

/** An answer's object: its known fields, and maybe more (a view may gain a field first). */
export function open<T extends z.core.$ZodLooseShape>(shape: T): z.ZodObject<T> {
  // Typed as a plain object: an index signature would not match the views' interfaces.
  return z.looseObject(shape) as unknown as z.ZodObject<T>;
}

/** The views' lists are read-only. */
export const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();
