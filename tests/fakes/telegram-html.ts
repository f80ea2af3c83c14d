/**
 * Telegram's HTML parse mode, as a validator for tests (https://core.telegram.org/bots/api#html-style).
 *
 * Accepts only the tags Telegram supports, properly nested, with no blockquote inside a blockquote and no formatting
 * inside code; accepts only &lt; &gt; &amp; &quot; and numeric entities. It is a little stricter than Telegram,
 * which would pass a stray `&` or `>` through as text: those must be escaped here. Strings must be valid UTF-16
 * (Telegram rejects text that is not valid UTF-8), and the parsed text must be non-empty and at most 4096 chars.
 */

export type HtmlCheck = { ok: true; text: string } | { ok: false; error: string };

const TAGS = new Set([
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'span',
  'tg-spoiler',
  'a',
  'tg-emoji',
  'code',
  'pre',
  'blockquote',
  'tg-time',
]);
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const byteOffset = (s: string, i: number) => Buffer.byteLength(s.slice(0, i), 'utf8');

function decodeEntity(body: string): string | null {
  if (body in NAMED) return NAMED[body] ?? null;
  const m = /^#(?:x([0-9a-f]{1,6})|([0-9]{1,7}))$/i.exec(body);
  if (!m) return null;
  const code = m[1] !== undefined ? Number.parseInt(m[1], 16) : Number(m[2]);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}

/** Parses Telegram HTML: the plain text it would show, or Telegram's "can't parse entities" reason. */
export function parseTelegramHtml(html: string, maxLength = 4096): HtmlCheck {
  if (LONE_SURROGATE.test(html)) return { ok: false, error: 'strings must be encoded in UTF-8' };
  const fail = (reason: string): HtmlCheck => ({ ok: false, error: `can't parse entities: ${reason}` });
  const stack: Array<{ name: string; at: number }> = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const ch = html[i] as string;
    if (ch === '&') {
      const end = html.indexOf(';', i);
      const decoded = end === -1 || end - i > 12 ? null : decodeEntity(html.slice(i + 1, end));
      if (decoded === null) return fail(`Unsupported HTML entity at byte offset ${byteOffset(html, i)}`);
      text += decoded;
      i = end + 1;
      continue;
    }
    if (ch === '>') return fail(`Unexpected ">" at byte offset ${byteOffset(html, i)}`);
    if (ch !== '<') {
      text += ch;
      i++;
      continue;
    }
    const close = html.indexOf('>', i);
    if (close === -1) return fail(`Unclosed start tag at byte offset ${byteOffset(html, i)}`);
    const tag = html.slice(i + 1, close);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim().toLowerCase();
      const open = stack.pop();
      if (open === undefined) return fail(`Unexpected end tag at byte offset ${byteOffset(html, i)}`);
      if (open.name !== name) {
        return fail(
          `Unmatched end tag at byte offset ${byteOffset(html, i)}, expected "</${open.name}>", found "</${name}>"`,
        );
      }
    } else {
      const m = /^([a-z][a-z-]*)((?:\s+[a-z-]+(?:\s*=\s*(?:"[^"<]*"|'[^'<]*'|[^\s"'<>]+))?)*)\s*$/i.exec(tag);
      const name = m?.[1]?.toLowerCase() ?? '';
      if (!m || !TAGS.has(name)) return fail(`Unsupported start tag "${name}" at byte offset ${byteOffset(html, i)}`);
      const attrs = m[2] ?? '';
      if (name === 'span' && !/class\s*=\s*["']?tg-spoiler/.test(attrs)) {
        return fail(`Tag "span" must have class "tg-spoiler" at byte offset ${byteOffset(html, i)}`);
      }
      if (name === 'blockquote' && stack.some((t) => t.name === 'blockquote')) {
        return fail(`Nested blockquote is not allowed at byte offset ${byteOffset(html, i)}`);
      }
      const parent = stack[stack.length - 1];
      if (parent !== undefined && (parent.name === 'code' || (parent.name === 'pre' && name !== 'code'))) {
        return fail(`Entities inside "${parent.name}" are not allowed at byte offset ${byteOffset(html, i)}`);
      }
      stack.push({ name, at: i });
    }
    i = close + 1;
  }
  const open = stack.pop();
  if (open !== undefined) return fail(`Can't find end tag corresponding to start tag "${open.name}"`);
  if (text.trim() === '') return { ok: false, error: 'message text is empty' };
  if (text.length > maxLength) return { ok: false, error: 'message is too long' };
  return { ok: true, text };
}
