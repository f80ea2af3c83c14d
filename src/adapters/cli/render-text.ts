import type { Answer } from '../../core/types.js';

/** Renders an Answer for a terminal: the answer, the short answer, then each citation with where and who. */
export function renderText(a: Answer): string {
  const en = a.language === 'en';
  const lines = [a.answer];
  if (a.short) lines.push('', `${en ? 'Short answer' : 'الجواب المختصر'}: ${a.short}`);
  if (a.citations.length > 0) {
    lines.push('', en ? 'Sources in the article:' : 'المصادر في المقال:');
    for (const c of a.citations) {
      const where = en ? `paragraph ${c.paragraph}, ${c.speaker}` : `الفقرة ${c.paragraph}، ${c.speaker}`;
      lines.push(`  [${c.id}] (${where})`, `    ${c.text}`);
      if (en && c.translation) lines.push(`    ${c.translation}`);
    }
    lines.push('', `${en ? 'Confidence' : 'الثقة'}: ${Math.round(a.confidence * 100)}%`);
  }
  if (a.suggestions.length > 0) {
    lines.push('', en ? 'You could ask:' : 'يمكنك أن تسأل:');
    for (const s of a.suggestions) lines.push(`  - ${s}`);
  }
  return lines.join('\n');
}
