import { LRUCache } from 'lru-cache';
import type { Token } from './analyze.js';
import { SPEAKING_KINDS } from './lexicon.js';
import { isQuestionWord, isYesNo, unglue, WHY_FRAME } from './question-type.js';
import { gluedConjunction } from './stem.js';
import { isStopword } from './stopwords.js';

/** What a conversation remembers of its last answered question. */
export interface Turn {
  /** The question as understood (a follow-up carries its context), for the next follow-up. */
  question: string;
  /** The statement the answer cited first. */
  topId: string;
}

export interface MemoryOptions {
  /** Conversations kept at most (least recently used dropped first). */
  max?: number;
  /** A conversation is forgotten this long after its last answer. */
  ttlMs?: number;
  /** The clock, in milliseconds (tests pass a fake one). */
  now?: () => number;
}

/** Conversation memory: bounded (LRU) and expiring, 10 000 conversations and 10 minutes by default. */
export function createConversationMemory(opts: MemoryOptions = {}): LRUCache<string, Turn> {
  const { max = 10_000, ttlMs = 10 * 60_000, now } = opts;
  return new LRUCache<string, Turn>({ max, ttl: ttlMs, ...(now ? { perf: { now } } : {}) });
}

// Words that point back at the previous answer or question (after normalization: ة->ه, ى->ي, hamzas folded).
const REFERENCES = new Set(
  'that this it those these he she they him them his her its their else another هذا هذه ذلك تلك هيك هاد هادا هادي ده دا دي كذا ذاك هذاك فيه فيها عنه عنها منه منها'.split(
    ' ',
  ),
);
const MARKERS = new Set([
  'and',
  'also',
  'about',
  'what about',
  'how about',
  'و',
  'ف',
  'طيب',
  'طب',
  'وماذا',
  'وشو',
  'وايه',
  'ومين',
]);
/** Verbs of saying, as normalized words (for "who said ...?" questions). */
export const SAID: ReadonlySet<string> = new Set([
  'قال',
  'قالوا',
  'قاله',
  'يقول',
  'said',
  'say',
  'says',
  'صرح',
  'ذكر',
  'حكي',
  'وصف',
  'اكد',
  'اعتبر',
  'تساءل',
  'زعم',
  'ادعي',
  'اضاف',
  'قالها',
  'افاد',
  'اوضح',
  'اعلن',
  // Their plurals, as written or with the alef dropped ("من هم الذين ذكرو عدد القتلى؟"), and the source asked for
  // ("من مصدر حصيلة الضحايا؟", "من المصدر الذي ...").
  'ذكروا',
  'ذكرو',
  'قالو',
  'افادوا',
  'اعلنوا',
  'مصدر',
  'المصدر',
  // Speaking for a body ("من تحدث باسم الوزارة؟", "مين اللي اتكلم باسم الدفاع المدني؟").
  'تحدث',
  'تحدثت',
  'تكلم',
  'تكلمت',
  'اتكلم',
  'تكلمات',
  'reported',
  'announced',
  'claimed',
  'claims',
  'claim',
  'stated',
  'described',
  'asked',
  'called',
  'argued',
  'argues',
  'added',
  'told',
  'warned',
  'insisted',
]);

/** The question opens like a continuation: "and ...", "what about ...", a word with a glued و ("والهجوم"). */
function opensAsContinuation(tokens: readonly Token[], raw: string): boolean {
  const first = tokens[0]?.word ?? '';
  if (/^\s*(and|also|what about|how about)\b/i.test(raw)) return true;
  if (MARKERS.has(first)) return true;
  // "والهجوم الثاني؟", "وكم واحد مات؟", "ومتى؟": a glued "and" before a noun with its article or a question word.
  // So does a glued "and" before a preposition or another function word ("وخلال الاثني عشر شهرا؟", "وفي الهجوم الثاني؟").
  if (first.length > 2 && first.startsWith('و') && isStopword(first.slice(1))) return true;
  if (first.length > 3 && /^و(?:ال|كم|متي|اين|كيف|ليش|لماذا|هل|شو|ايش|وين|فين|امتي)/.test(first)) return true;
  // "وأمريكا؟", "وتونر؟": a glued "and" before a word the lexicon knows (a name, most often).
  return first.length > 3 && first.startsWith('و') && gluedConjunction(first) && (tokens[0]?.concepts.length ?? 0) > 0;
}

/** A question of question and function words alone ("why?", "ليش؟", "and where?"): it asks about nothing by itself. */
export const onlyQuestionWords = (tokens: readonly Token[]) => tokens.length > 0 && tokens.every((t) => t.stop);

/**
 * Whether a question leans on the previous one: no content words of its own ("when?"), or few, and it opens as a
 * continuation or points back ("that", "هيك", "فيه").
 */
export function isFollowUp(tokens: readonly Token[], raw: string, ownUnits: number): boolean {
  if (ownUnits > 3) return false;
  // A bare question word ("when?", "ليش؟", "and where?") only makes sense after the previous question.
  // (A question word may carry a concept of its own, لماذا the reason's: it is still only a question word.)
  if (tokens.length > 0 && (ownUnits === 0 || onlyQuestionWords(tokens))) return true;
  // "for what purpose?", "لأي سبب؟", "وما الهدف؟": a reason or purpose asked of nothing named, as "why?" is.
  const content = tokens.filter((t) => !t.stop);
  if (ownUnits === 1 && content.length === 1 && content[0]?.concepts.some((c) => WHY_FRAME.has(c))) return true;
  return (
    opensAsContinuation(tokens, raw) ||
    tokens.some((t) => REFERENCES.has(t.word)) ||
    (ownUnits <= 1 && pointsThere(tokens) && !isYesNo(tokens.map((t) => unglue(t.word)))) ||
    (ownUnits <= 2 && POSSESSIVE.test(raw))
  );
}

/**
 * "who lives there?", "مين ساكن هناك؟": "there" for the place asked of before; not "is there ...?", "هل هناك ...؟",
 * which ask whether something is at all. Only with one word of its own, and not asking yes or no: "was anyone from ISIS
 * there?" names what it asks about, and the question before's words would draw it to where the camp was bombed, not
 * to where it lies.
 */
function pointsThere(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, i) =>
      (t.word === 'there' && !BE_FORMS.has(tokens[i - 1]?.word ?? '')) ||
      (THERE_AR.has(t.word) && tokens.slice(i + 1).every((x) => x.stop)),
  );
}
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'isnt', 'arent', 'wasnt']);
const THERE_AR: ReadonlySet<string> = new Set(['هناك', 'هنالك', 'هونيك', 'لهناك', 'هنيك']);

/**
 * An Arabic word with "his / her / their" attached ("اسمه", "موقفها", "رأيهم"), read from the text as written:
 * normalized, a final ة looks the same as that ه.
 */
const POSSESSIVE = /(?:^|[^\p{L}])\p{L}{2,}(?:ه|ها|هم|هما|هن)(?![\p{L}\p{M}])/u;

/** "Who said that?" / "مين قال هيك؟": asks for the speaker of the previous answer. */
export function asksWhoSaidThat(tokens: readonly Token[], ownUnits: number): boolean {
  const said = tokens.some((t) => SAID.has(t.word));
  const points = tokens.some((t) => REFERENCES.has(t.word));
  const who = tokens.some((t) => ['who', 'من', 'whom'].includes(unglue(t.word)));
  return said && who && (points || ownUnits === 0);
}

/** Words asking for more of the same ("what else?", "شو كمان؟", "did he add anything?"), normalized. */
const MORE = new Set(
  'else more add adds added another further كمان كمان ايضا برضه برضو بعد اضاف اضافه اضافوا ضاف ضافت ضافو زاد زادت زياده غيره غير'.split(
    ' ',
  ),
);

/**
 * "What else did he say?" / "وشو قال كمان؟": asks for what the previous answer's speaker goes on to say. Nothing but
 * question, saying, pointing and "more" words.
 */
export function asksWhatElse(tokens: readonly Token[]): boolean {
  if (!tokens.some((t) => MORE.has(t.word))) return false;
  return tokens.every(
    (t) => MORE.has(t.word) || SAID.has(t.word) || REFERENCES.has(t.word) || t.stop || t.word.length <= 2,
  );
}

/** Prepositions before a name: "وفي سوريا؟" (and in Syria?) adds a place to the question, it replaces none. */
const BEFORE_ADDED = new Set('في ب بـ من الي علي مع ل in at on from to with for by into'.split(' '));

/**
 * "ماذا تريد روسيا بشأن الأسد؟" then "وأمريكا؟", "and the US?", "what about Saudi Arabia?": a follow-up naming only
 * a country, body or person (besides words of the previous question) asks the previous question of it, in the place
 * of the one of its kind the previous question named. That question's words with the name replaced; undefined for
 * any other follow-up. `kindOf` gives a concept's kind (see CompiledLexicon.kinds).
 */
export function swappedQuestion(
  tokens: readonly Token[],
  previous: readonly Token[],
  kindOf: (concept: string) => string | undefined,
): string | undefined {
  const named = (t: Token) => t.concepts.filter((c) => SPEAKING_KINDS.has(kindOf(c.slice(1)) ?? ''));
  const names = tokens.filter((t) => named(t).length > 0);
  const concepts = new Set(names.flatMap(named));
  if (concepts.size === 0 || tokens.some((t, i) => names.includes(t) && BEFORE_ADDED.has(tokens[i - 1]?.word ?? '')))
    return undefined;
  // Other content words only as the previous question has them ("وأمريكا شو بدها؟" after "شو بدهم الروس؟").
  const inPrevious = (t: Token) =>
    previous.some((p) => p.stem === t.stem || p.concepts.some((c) => t.concepts.includes(c)));
  if (tokens.some((t) => !t.stop && !names.includes(t) && !inPrevious(t))) return undefined;
  // "وأمريكا ليش؟": a question word of its own asks another thing of it.
  const asking = (ts: readonly Token[]) => new Set(ts.map((t) => unglue(t.word)).filter(isQuestionWord));
  const before = asking(previous);
  if ([...asking(tokens)].some((w) => !before.has(w))) return undefined;
  const kinds = new Set([...concepts].map((c) => kindOf(c.slice(1))));
  const replaced = (p: Token) =>
    !p.concepts.some((c) => concepts.has(c)) && p.concepts.some((c) => kinds.has(kindOf(c.slice(1))));
  const at = previous.findIndex(replaced);
  if (at < 0 || previous.some((p) => p.concepts.some((c) => concepts.has(c)))) return undefined;
  const words = names.map((t) => (gluedConjunction(t.word) ? t.word.slice(1) : t.word));
  // The name replaced may be of several words ("الولايات المتحدة"): all of them go.
  let end = at + 1;
  while (end < previous.length && replaced(previous[end] as Token)) end++;
  return [...previous.slice(0, at).map((p) => p.word), ...words, ...previous.slice(end).map((p) => p.word)].join(' ');
}
