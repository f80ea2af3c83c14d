import escapeHtml from 'escape-html';

/** Telegram's limit on one message's text (and on an inline result's message_text). */
export const MAX_MESSAGE_LENGTH = 4096;

/** Unicode FIRST STRONG ISOLATE / POP DIRECTIONAL ISOLATE: keep a mixed-direction piece from reordering its line. */
export const FSI = '\u2068';
export const PDI = '\u2069';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/**
 * Escapes any text for Telegram's HTML parse mode. Telegram knows only &lt; &gt; &amp; &quot; and numeric entities;
 * escape-html emits exactly those (' becomes &#39;). Lone surrogates (not valid UTF-8) become U+FFFD and control
 * characters other than tab and newline are dropped, so no input can make Telegram reject the message.
 */
export function esc(text: string): string {
  return escapeHtml(text.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, ''));
}

/** Whether `text` shows anything once escaped (control characters are dropped). */
export function isBlank(text: string): boolean {
  return esc(text).trim() === '';
}

/** Escapes `text` and wraps it in FSI…PDI, for a dynamic piece embedded in a line of the other direction. */
export function isolate(text: string): string {
  return `${FSI}${esc(text)}${PDI}`;
}

/** Whether `text` contains Arabic letters. */
export function hasArabic(text: string): boolean {
  return /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/.test(text);
}

const BLOCK_SEPARATOR = '\n\n';

/**
 * Packs HTML blocks (each one valid on its own) into as few messages as fit in `limit` characters, breaking only
 * between blocks. A block longer than `limit` on its own is cut with {@link splitHtml}.
 */
export function packMessages(blocks: readonly string[], limit = MAX_MESSAGE_LENGTH): string[] {
  const messages: string[] = [];
  let current = '';
  for (const block of blocks) {
    for (const part of block.length > limit ? splitHtml(block, limit) : [block]) {
      if (current === '') current = part;
      else if (current.length + BLOCK_SEPARATOR.length + part.length <= limit) current += BLOCK_SEPARATOR + part;
      else {
        messages.push(current);
        current = part;
      }
    }
  }
  if (current !== '') messages.push(current);
  return messages;
}

const TOKEN = /<[^>]*>|&[^;\s<>&]*;|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g;

interface OpenTag {
  name: string;
  open: string;
}
interface State {
  length: number;
  stack: readonly OpenTag[];
  hasText: boolean;
}

const closing = (stack: readonly OpenTag[]) =>
  stack
    .map((t) => `</${t.name}>`)
    .reverse()
    .join('');

function step(stack: readonly OpenTag[], token: string): readonly OpenTag[] {
  if (!token.startsWith('<')) return stack;
  if (token.startsWith('</')) return stack.slice(0, -1);
  const name = /^<([a-z-]+)/i.exec(token)?.[1] ?? '';
  return [...stack, { name, open: token }];
}

/**
 * Cuts one valid HTML fragment (our own output: well-nested tags, escaped text) into pieces of at most `limit`
 * characters. A cut never falls inside a tag or an entity; tags open at a cut are closed there and reopened in the
 * next piece; cuts prefer whitespace; every piece carries some visible text (whitespace-only pieces are dropped).
 */
export function splitHtml(html: string, limit = MAX_MESSAGE_LENGTH): string[] {
  const tokens = html.match(TOKEN) ?? [];
  const pieces: string[] = [];
  let start = 0;
  let reopen: readonly OpenTag[] = [];
  while (start < tokens.length) {
    const prefix = reopen.map((t) => t.open).join('');
    const states: State[] = [{ length: prefix.length, stack: reopen, hasText: false }];
    let end = start;
    let lastSpace = -1;
    for (; end < tokens.length; end++) {
      const token = tokens[end] as string;
      const prev = states[states.length - 1] as State;
      const stack = step(prev.stack, token);
      const isText = !token.startsWith('<');
      // A closing tag never adds to the cost (its length was already counted as pending); text or an opening tag may.
      if (prev.length + token.length + closing(stack).length > limit && prev.hasText && !token.startsWith('</')) break;
      states.push({ length: prev.length + token.length, stack, hasText: prev.hasText || isText });
      if (/^\s$/.test(token)) lastSpace = end + 1;
    }
    let cut = end;
    if (end < tokens.length) {
      const preferred = lastSpace - start;
      if (lastSpace > start && (states[preferred]?.length ?? 0) > limit / 2) cut = lastSpace;
      // Do not leave a just-opened tag empty at the end of a piece.
      while (cut > start + 1 && (tokens[cut - 1] as string).match(/^<[^/]/) && states[cut - 1 - start]?.hasText) cut--;
    }
    const state = states[cut - start] as State;
    const body = tokens.slice(start, cut);
    // A piece of nothing but whitespace would be an empty message to Telegram.
    if (body.some((t) => !t.startsWith('<') && !/^\s$/.test(t)))
      pieces.push(prefix + body.join('') + closing(state.stack));
    start = cut;
    reopen = state.stack;
  }
  return pieces;
}
