import { normalize } from './normalize.js';

/**
 * Function words that carry no topic. Question words are here too: the question type is read before they are
 * dropped (see question-type.ts). Written in ordinary spelling, normalized once at load.
 */
const ARABIC = `
من الى إلى الي عن على علي في فى مع ب ل ك و ف ثم او أو ام أم بل لا لم لن ما ماذا متى اين أين كيف كم هل لماذا لما
اي أي أية اية اى التي الذي الذين اللذين اللتين اللاتي اللواتي هذا هذه هذان ذلك تلك هؤلاء اولئك هناك هنا
هو هي هم هما هن انا أنا نحن انت أنت انتم أنتم له لها لهم لنا لي لك به بها بهم فيه فيها فيهم منه منها منهم عنه عنها عنهم
عليه عليها عليهم اليه إليه اليها إليها اليهم إليهم كان كانت كانوا يكون تكون قد لقد ان إن أن انه إنه أنه انها إنها أنها
كل بعض غير سوى حتى اذا إذا لو لكن لكنه ولكن بين عند عندما حين حيث بعد قبل خلال ذات ذو
يا ايها أيها اما أما الا إلا مثل كما ايضا أيضا فقط جدا هكذا الان الآن ليس ليست سوف س
قال قالت قالوا يقول يقولون تقول ذكر ذكرت اضاف أضاف اضافت أضافت أضافوا وفق حسب بحسب
المقال الخبر النص المقاله الكاتب ماذا شيء شي
`;

const ENGLISH = `
a an the of to in on at by for with from about as into over under and or but not no nor so if then than that this these those
is are was were be been being am do does did done doing have has had having will would shall should can could may might must
i me my we us our you your he him his she her it its they them their what which who whom whose when where why how
there here also just only very too any some all each every both either neither other such own same more most much many
according article say says said tell told text news story report reports reported please know does did according
`;

const build = (text: string) => new Set(text.split(/\s+/).filter(Boolean).map(normalize));

export const ARABIC_STOPWORDS: ReadonlySet<string> = build(ARABIC);
export const ENGLISH_STOPWORDS: ReadonlySet<string> = build(ENGLISH);

/** True when the (normalized) word carries no topic in its language. */
export function isStopword(word: string): boolean {
  return ARABIC_STOPWORDS.has(word) || ENGLISH_STOPWORDS.has(word);
}
