import { normalize, wordSet, words } from './normalize.js';

/**
 * What people type to a bot that is not a question about the article: a greeting, thanks, a goodbye, a call for
 * help; and the one question about the article as a whole ("what is it about?"), which its first sentence answers.
 * Every list is written in ordinary spelling and normalized once at load.
 */

export type SmallTalk = 'greeting' | 'thanks' | 'bye' | 'help';

const CUES: ReadonlyArray<[SmallTalk, ReadonlySet<string>]> = [
  [
    'greeting',
    wordSet(`hi hello hey hiya heya howdy greetings salam salaam marhaba ahlan hala morning evening afternoon
      مرحبا مرحبتين مراحب اهلا أهلا أهلين اهلين هلا هلو هاي السلام سلام صباح مساء`),
  ],
  [
    'thanks',
    wordSet(`thanks thank thx ty cheers merci shukran shokran
      شكرا شكراً مشكور مشكورة مشكورين يسلمو يسلموا تسلم تسلمي ممنون ممنونك يعطيك`),
  ],
  ['bye', wordSet('bye goodbye farewell ciao باي وداعا السلامه')],
  ['help', wordSet('help start مساعده ساعدني المساعده ابدا')],
];

/** Words that may stand with a cue in a message of small talk ("good morning", "thank you very much", "السلام عليكم"). */
const WITH = wordSet(`good day there you u very much so a lot alot all again bot sanad dear friend
  me please and ok okay oh well
  عليكم ورحمة الله وبركاته الخير النور الفل عليك لك لكم يا سند جزيلا جزيل الشكر كثير كتير اخي اخوي حبيبي مع
  العافيه الف تمام طيب و انا ممكن تساعدني`);

/** A message's words as small-talk.ts reads them: normalized, lower-case (normalize lower-cases Latin). */
export const messageWords = (text: string): string[] => words(normalize(text));

/** The kind of small talk a message (its words, see messageWords) is, or null when it holds anything else. */
export function smallTalkOf(ws: readonly string[]): SmallTalk | null {
  if (ws.length === 0 || ws.length > 8) return null;
  let kind: SmallTalk | null = null;
  for (const w of ws) {
    const cue = CUES.find(([, set]) => set.has(w));
    if (cue) kind ??= cue[0];
    else if (!WITH.has(w)) return null;
  }
  return kind;
}

/** Words that ask what the article as a whole says ("what is it about?", "لخص المقال", "شو القصة؟"). */
const GIST_CUES =
  wordSet(`about story news summary summarize summarise summarized sum gist topic subject overview main tldr
  happened happening going title headline
  عنوان العنوان عنوانه
  موضوع موضوعه يتحدث تتحدث يتكلم بيتكلم يحكي بيحكي يدور تدور لخص لخصلي ملخص تلخيص خلاصه باختصار فكره الفكره
  الرئيسيه صار حصل حدث جرى يصير القصه الحكايه السالفه`);
/** Words that may stand with a gist cue: the article itself and the words of asking. */
const GIST_WITH = wordSet(`article story news piece text report it this up point idea on
  المقال المقاله الخبر النص التقرير الموضوع هذا هذه ده دا دي هاد هاذا هيدا هيدي ايش شو ايه وش شنو واش اش ماذا ما عن عم
  في من هو هي عليه إيه`);

/** Words for the article itself. */
const ARTICLE = wordSet('article story news piece text report المقال المقاله الخبر النص التقرير');

/**
 * The message (its words, see messageWords) asks what the article is about, nothing more: every word is a gist cue, a word for the article, or a
 * function word, and one is a cue. Within a conversation "what happened?" may ask about the last answer's subject:
 * there the message must name the article.
 */
export function asksGist(ws: readonly string[], isStop: (w: string) => boolean, inConversation: boolean): boolean {
  if (ws.length === 0 || ws.length > 10) return false;
  let cue = false;
  let article = false;
  for (const w of ws) {
    // A glued و / ف ("وشو القصة"): the word without it.
    const bare = /^[وف]\p{L}{3}/u.test(w) ? w.slice(1) : w;
    if (GIST_CUES.has(w) || GIST_CUES.has(bare)) cue = true;
    else if (!GIST_WITH.has(w) && !isStop(w)) return false;
    if (ARTICLE.has(w) || ARTICLE.has(bare)) article = true;
  }
  return cue && (article || !inConversation);
}
