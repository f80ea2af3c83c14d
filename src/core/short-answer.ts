import type { QuestionType } from './question-type.js';
import type { Lang, Statement } from './types.js';

const AR_COUNT = /(\d+)\s+(\S+)(?:\s+(آخر|آخرين|أخرى))?(?:\s+(على الأقل))?/u;
const EN_COUNT = /\b((?:at least|more than|about|nearly|around|some)\s+)?(\d+)\s+((?:more\s+)?[A-Za-z]+)/;
const AR_WHEN =
  /(يوم\s+\S+|(?:اليوم\s+)?(?:الخميس|الثلثاء|الثلاثاء|الاثنين|الأربعاء|الجمعة|السبت|الأحد)|الشهر الماضي|\(\d+[^)]*\d{4}\))/u;
const EN_WHEN =
  /\b((?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s*\([^)]*\))?|last month|\d{1,2} [A-Z][a-z]+ \d{4})/;

const clean = (s: string) => s.replace(/[()"«»]/g, '').trim();

/**
 * A direct short answer taken from the cited statement (a number with its noun, a day or date, a speaker), in the
 * question's language, or null when the question does not ask for one or the statement has none.
 */
export function shortAnswer(type: QuestionType, lang: Lang, st: Statement, asksSpeaker: boolean): string | null {
  const english = lang === 'en' ? st.translation : undefined;
  if (asksSpeaker) return lang === 'en' ? st.speaker.en : st.speaker.ar;
  if (type === 'count') {
    if (english) {
      const m = english.match(EN_COUNT);
      if (m) return clean(`${m[1] ?? ''}${m[2]} ${m[3]}`);
    } else if (lang === 'ar') {
      const m = st.text.match(AR_COUNT);
      if (m) return clean([m[1], m[2], m[3], m[4]].filter(Boolean).join(' '));
    }
  }
  if (type === 'when') {
    const m = english ? english.match(EN_WHEN) : lang === 'ar' ? st.text.match(AR_WHEN) : null;
    if (m?.[1]) return clean(m[1]);
  }
  return null;
}
