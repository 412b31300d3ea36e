/**
 * The ids of a question's parts in the shadow root, in one place: labels, `aria-describedby`, the error
 * summary's links and focus after adding or removing all refer to them. Path ids of item questions
 * contain dots, so elements are found with `getElementById`, never with a CSS selector.
 */

/** The question's control, or one part of it (`-day`, `-plz`, an option's index). */
export const controlId = (fieldId: string, part?: string | number) => (part === undefined ? `f-${fieldId}` : `f-${fieldId}-${part}`);
export const hintId = (fieldId: string) => `f-${fieldId}-hint`;
export const noteId = (fieldId: string) => `f-${fieldId}-note`;
export const errorId = (fieldId: string) => `f-${fieldId}-error`;
/** The character count under a text with a maximum length. */
export const countId = (fieldId: string) => `f-${fieldId}-count`;
/** The position found for a location question. */
export const valueId = (fieldId: string) => `f-${fieldId}-value`;
/** A repeat's "add another" button, where focus goes after an item is removed. */
export const addButtonId = (repeatId: string) => `f-${repeatId}-add`;
