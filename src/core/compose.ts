import type { Ranked } from './rank.js';
import type { SmallTalk } from './small-talk.js';
import { REPORTING } from './speakers.js';
import type { Answer, Citation, Lang, Statement } from './types.js';

/** A citation of the contract, with the speaker in the asker's language. */
export function citationOf(r: Ranked, lang: Lang, topScore: number): Citation {
  const st = r.doc.statement;
  // A statement put first for giving the kind of answer asked may score a little less than one cited after it: the
  // score stays within 0..1 (the contract's range).
  const score = Math.round((topScore > 0 ? Math.min(1, r.score / topScore) * r.coverage : 0) * 1000) / 1000;
  return {
    id: st.id,
    paragraph: st.paragraph,
    section: st.section,
    speaker: lang === 'en' ? st.speaker.en : st.speaker.ar,
    text: st.text,
    ...(st.translation ? { translation: st.translation } : {}),
    score,
  };
}

/** One cited statement as a sentence of the answer, with who says it and where. */
export function attribute(st: Statement, lang: Lang): string {
  if (lang === 'ar') {
    if (st.section === 'comment') {
      return `كتب أحد القراء في تعليق (الفقرة ${st.paragraph}، تعليق قارئ وليس من تقرير المقال): «${st.text}»`;
    }
    if (st.speaker.en === REPORTING.en) return `يذكر المقال (الفقرة ${st.paragraph}): «${st.text}»`;
    return `«${st.text}» — ${st.speaker.ar}، الفقرة ${st.paragraph}.`;
  }
  const said = st.translation ? `"${st.translation}"` : `«${st.text}» (in Arabic; no English translation available)`;
  if (st.section === 'comment') {
    return `A reader commented (paragraph ${st.paragraph}; a reader's comment, not the article's reporting): ${said}`;
  }
  if (st.speaker.en === REPORTING.en) return `The article reports (paragraph ${st.paragraph}): ${said}`;
  return `According to ${st.speaker.en} (paragraph ${st.paragraph}): ${said}`;
}

/** The answer text: the short answer first when there is one, then the best cited statement. */
export function answerText(lang: Lang, short: string | null, cited: Statement[]): string {
  const parts = cited.slice(0, 1).map((st) => attribute(st, lang));
  return short ? `${short}. ${parts.join(' ')}` : parts.join(' ');
}

/** The refusal of the contract: answered false, no citations, suggestions instead. */
export function refusal(lang: Lang, title: string, suggestions: string[], blank: boolean): Answer {
  const answer =
    lang === 'ar'
      ? blank
        ? 'من فضلك اكتب سؤالا عن المقال.'
        : `لا يجيب المقال («${title}») عن هذا السؤال. جرّب أحد الأسئلة المقترحة.`
      : blank
        ? 'Please type a question about the article.'
        : `The article ("${title}") does not answer that. Try one of the suggested questions.`;
  return { answered: false, language: lang, answer, short: null, confidence: 0, citations: [], suggestions };
}

const SMALL_TALK: Record<SmallTalk, { ar: (title: string) => string; en: (title: string) => string }> = {
  greeting: {
    ar: (t) => `أهلاً! أجيب عن الأسئلة حول مقال «${t}»، وأستشهد بجمله نفسها. جرّب أحد الأسئلة المقترحة.`,
    en: (t) =>
      `Hello! I answer questions about the article "${t}", citing its own sentences. Try one of the suggested questions.`,
  },
  thanks: {
    ar: () => 'عفواً! اسألني ما شئت عن المقال.',
    en: () => "You're welcome! Ask me anything else about the article.",
  },
  bye: {
    ar: () => 'مع السلامة! عُد متى شئت بسؤال عن المقال.',
    en: () => 'Goodbye! Come back any time with a question about the article.',
  },
  help: {
    ar: (t) => `اسألني بالعربية أو بالإنجليزية عن مقال «${t}»، وسأجيب بجمل المقال نفسها مع رقم الفقرة ومن قالها. مثلاً:`,
    en: (t) =>
      `Ask me in Arabic or English about the article "${t}"; I answer with its own sentences, their paragraph and who said them. For example:`,
  },
};

/** The reply to small talk (see small-talk.ts): nothing answered from the article, the suggestions instead. */
export function smallTalkReply(lang: Lang, kind: SmallTalk, title: string, suggestions: string[]): Answer {
  const answer = SMALL_TALK[kind][lang](title);
  return { answered: false, language: lang, answer, short: null, confidence: 0, citations: [], suggestions };
}
