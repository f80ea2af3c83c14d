/**
 * Sentence splitting for Arabic (and English) news text. A sentence ends at `.`, `!`, `?` or `؟` (one or more,
 * so an ellipsis counts), optionally followed by closing quotes or brackets, when whitespace or the end follows.
 * Dots glued to the next word (`السلطة..يقول`) and decimals do not end a sentence.
 */
const BOUNDARY = /[.!?؟]+["'”’»)\]]*(?=\s|$)/gu;

/** Splits one paragraph into its sentences, each trimmed and verbatim otherwise. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(BOUNDARY)) {
    const end = (m.index ?? 0) + m[0].length;
    const piece = paragraph.slice(start, end).trim();
    if (piece) out.push(piece);
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Splits an article into paragraphs: one per non-empty line. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}
