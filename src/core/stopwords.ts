import { wordSet } from './normalize.js';

/**
 * Function words that carry no topic. Question words are here too: the question type is read before they are
 * dropped (see question-type.ts). Written in ordinary spelling, normalized once at load.
 */
const ARABIC = `
من لمن الى إلى الي عن على علي في فى مع ب ل ك و ف ثم او أو ام أم بل لا لم لن ما ماذا متى اين أين كيف كم هل لماذا لما
اي أي أية اية اى التي الذي الذين اللذين اللتين اللاتي اللواتي هذا هذه هذان ذلك تلك هؤلاء اولئك هناك هنا
هو هي هم هما هن انا أنا نحن انت أنت انتم أنتم له لها لهم لنا لي لك به بها بهم فيه فيها فيهم منه منها منهم عنه عنها عنهم
عليه عليها عليهم اليه إليه اليها إليها اليهم إليهم كان كانت كانوا يكون تكون قد لقد ان إن أن انه إنه أنه انها إنها أنها
كل بعض غير سوى حتى اذا إذا لو لكن لكنه ولكن بين عند عندما حين حيث بعد قبل خلال ذات ذو
يا ايها أيها اما أما الا إلا مثل كما ايضا أيضا فقط جدا هكذا الان الآن ليس ليست سوف س
قال قالت قالوا يقول يقولون تقول ذكر ذكرت اضاف أضاف اضافت أضافت أضافوا وفق حسب بحسب
المقال الخبر النص المقاله الكاتب ماذا شيء شي
كان كانت كانوا صار صارت صاروا يوجد توجد يوجدون هل احد إحدى أحد بشكل نوع عدد كمية انو إنو انه ايه اي شي
هو هي مازال ما زال لازال عليه عليها لدى لديه لديها عندهم عنده ماهو ماهي وهل فهل ألا اليس أليس
فيما بما بماذا عما مما ممن عمن مم عم ع يخص تخص ضمن اللتي اللذي اللذى إما اما ام ولا وما وماذا ومن وكيف وكم ومتى وأين وهل فما ولماذا
منذ وفقا وفق رغم برغم بالرغم مجرد ثمة ثمه فعلا حقا أثناء اثناء إبان ابان طوال طيلة عقب إثر اثر جراء نحو
يفعل تفعل يفعلون يفعلوا فعل فعلت فعلوا يسوي يسوو يسووا تسوي سوى سوت أسوي اسوي نسوي سويت سوينا عملت عملوا
عادة عادةً غالبا غالباً أحيانا احيانا
لأي ولأي بأي وبأي
مرة مرات المرات
بالنسبة وبالنسبة بخصوص وبخصوص بشأن وبشأن
`;

const ENGLISH = `
a an the of to in on at by for with from about as into over under and or but not no nor so if then than that this these those though
is are was were be been being am do does did done doing have has had having will would shall should can could may might must
i me my we us our you your he him his she her it its they them their what which who whom whose when where why how
there here also just only very too any some all each every both either neither other such own same more most much many
according article say says said tell told text news story report reports reported please know does did according
s t d ll re ve m got get gets getting kind sort type number amount exactly actually really happen happened happens
anyone anybody someone somebody something anything whether per via while still ever even yet already
anywhere somewhere nah yeah yes ok okay else within after before during since until
usually typically normally generally sometimes
make makes made making regarding concerning
out up off
`;

export const ARABIC_STOPWORDS: ReadonlySet<string> = wordSet(ARABIC);
export const ENGLISH_STOPWORDS: ReadonlySet<string> = wordSet(ENGLISH);

/** True when the (normalized) word carries no topic in its language. */
export function isStopword(word: string): boolean {
  return ARABIC_STOPWORDS.has(word) || ENGLISH_STOPWORDS.has(word);
}

/**
 * Weak words: they frame a question rather than name its topic ("what do they think about", "where is it
 * located", "ما رأي", "ما دور"). They still match, but count for little in the coverage that decides abstention.
 */
const WEAK = `
think thinks believe believes believed view views opinion opinions position stance describe describes mention mentions talk talks explain
role mean means located location situated place give gave given provide provided one total overall
times toward towards perspective attitude feel feels matter related
راي رأي اراء آراء موقف يري يرون تري تنظر ينظر نظره يصف وصف يتحدث تحدث دور يعني معني واحد مجموع اجمالي
يعتقد تعتقد يعتقدون يظن تظن يظنون زعم يزعم تزعم مزاعم ادعاء claim claims claimed
يبلغ تبلغ بلغ بلغت
مره مرات تعرض تعرضت يتعرض تتعرض بالضبط بالظبط بالتحديد تحديدا
بسبب بفعل
ممكن يمكن بالامكان possible possibly
جهه الجهه جهات الجهات تجري وراء حجم المكان توقيت خطوه الخطوه
حصل يحصل حصلت تحصل حدث يحدث حدثت جرى جرت يجري وقع وقعت
يعمل يعملوا يعملون تعمل تعملوا
سياسي سياسيه السياسي السياسيه political
نوع انواع طبيعه kind sort type شكل اشكال form forms
near nearby قرب بالقرب قريب قريبا
جدوى جدواه جدواها usefulness point
مكان موقع برأي براي حول تجاه حيال ازاء إزاء حسب بحسب قول كلام موجود موجودة موجودين موجودون
أمر الأمر حقيقة الحقيقة الشي الشيء الملف ملف قصة القصة موضوع الموضوع فكرة نطاق جغرافي الجغرافي
داخل محيط المحيط المحيطة وجود كبير يبدي تبدي يبدون يشكل تشكل يطرح يطرحه تطرح يطرحون ورد وردت يصفه تصفه يصفون يصفونه
قام قامت يقوم تقوم قاموا
stand stands quoted quote piece mentioned around besides now lately behavior behaviour
ضد
`;
const WEAK_WORDS: ReadonlySet<string> = wordSet(WEAK);

/** True for a framing word that counts for little (see WEAK). */
export function isWeak(word: string): boolean {
  return WEAK_WORDS.has(word);
}
