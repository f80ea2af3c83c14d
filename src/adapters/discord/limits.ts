/** Discord's documented message and embed limits, counted in UTF-16 code units (never more than Discord counts). */
export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  authorName: 256,
  total: 6000,
} as const;

const ELLIPSIS = '…';
/** Zero-width space: Discord rejects empty embed texts, and this is the conventional visible-nothing filler. */
export const BLANK = '\u200b';

/**
 * Cuts `text` to at most `max` UTF-16 code units, ending with an ellipsis when it was cut,
 * and never splitting a surrogate pair. `max` below 1 yields an empty string.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  let cut = max - ELLIPSIS.length;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${text.slice(0, Math.max(0, cut))}${ELLIPSIS}`;
}

/** `text` when it has something visible, else `fallback`: Discord rejects blank names, values and descriptions. */
export function nonBlank(text: string, fallback: string = BLANK): string {
  return text.trim() === '' ? fallback : text;
}

/** A plain-text message body that always fits Discord's 2000-character content limit. */
export function fitContent(text: string): string {
  return truncate(nonBlank(text), LIMITS.content);
}
