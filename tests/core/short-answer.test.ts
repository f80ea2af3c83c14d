import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { createEngine } from '../../src/core/engine.js';
import { type CompiledLexicon, compileLexicon } from '../../src/core/lexicon.js';
import { unitKinds } from '../../src/core/measures.js';
import { questionType } from '../../src/core/question-type.js';
import {
  asksHowLong,
  attributeSpeakers,
  givesDuration,
  givesLength,
  givesTime,
  hasQuantity,
  heldRole,
  locationsOf,
  namesSomeone,
  shortAnswer,
} from '../../src/core/short-answer.js';
import type { Statement } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { plainEngine } from '../helpers/plain-engine.js';

let lex: CompiledLexicon;
beforeAll(async () => {
  lex = compileLexicon((await loadKnowledge('knowledge')).lexicon);
});

/** A sentence of some other plain article: no translation, no names the lexicon knows. */
const sentence = (text: string): Statement => ({
  id: 'p1s1',
  paragraph: 1,
  section: 'article',
  speaker: { en: 'the article (reporting)', ar: 'نص المقال' },
  text,
});
/** The same, as sentence `id` of paragraph `paragraph` (for the attribution of a whole article). */
const st = (id: string, paragraph: number, text: string): Statement => ({ ...sentence(text), id, paragraph });
/** Who each of these plain-article statements is attributed to (see attributeSpeakers), in Arabic. */
const speakersOf = (...statements: Statement[]) => attributeSpeakers(statements, lex).map((s) => s.speaker.ar);
const short = (text: string, question: string) => {
  const tokens = analyze(question, lex);
  const type = questionType(tokens.map((t) => t.word));
  return shortAnswer(sentence(text), { type, lang: 'ar', asksSpeaker: false, tokens, lex });
};

describe('short answers read from a plain article', () => {
  it.each([
    ['وقال مدرب الفريق مراد بوزيد إن لاعبيه أظهروا شخصية قوية.', 'من مدرب الفريق؟', 'مراد بوزيد'],
    ['وأدار اللقاء الحكم الدولي كريم بن عيسى بمساعدة طاقم تحكيم.', 'ما اسم الحكم الدولي؟', 'كريم بن عيسى'],
    [
      'وقالت كاتبة الدولة المكلفة بالتنمية القروية، سعاد العلوي، إن التوزيع سيبدأ قريبا.',
      'ما اسم كاتبة الدولة؟',
      'سعاد العلوي',
    ],
  ])('a name the lexicon does not know, after its title: %s', (text, question, name) => {
    expect(short(text, question)).toBe(name);
  });

  it('reads a quantity written in words, and the number with its scale word', () => {
    expect(short('بعد أشغال توسعة استمرت قرابة ثلاث سنوات.', 'كم دامت أعمال التوسعة؟')).toBe('قرابة ثلاث سنوات');
    expect(short('تضم المكتبة أكثر من 40 ألف كتاب إلكتروني و300 جهاز حاسوب.', 'كم جهاز حاسوب في المكتبة؟')).toBe(
      '300 جهاز حاسوب',
    );
    expect(hasQuantity('بعد أشغال توسعة استمرت قرابة ثلاث سنوات.', lex)).toBe(true);
    expect(hasQuantity('افتتح الوزير الميناء يوم السبت (14 يوليو 2016).', lex)).toBe(false);
    // A number of a year's shape counts the noun after it; after "عام" or before a month it is a year.
    expect(hasQuantity('يضم السجن حاليا أكثر من 2100 سجين.', lex)).toBe(true);
    expect(hasQuantity('بني السجن عام 1978 في ضواحي المدينة.', lex)).toBe(false);
    expect(hasQuantity('وقعت الحادثة في مارس 2022 بعد الظهر.', lex)).toBe(false);
    expect(short('شفر البرنامج نحو 1800 خادم وجهاز حاسوب في أقل من ساعتين.', 'كم خادما شفر البرنامج؟')).toBe(
      'نحو 1800 خادم',
    );
    // A number inside a mixed word counts too.
    expect(hasQuantity('The loan is worth US$3 million.', lex)).toBe(true);
  });

  it('reads dinars and dirhams as money, and "the new price" as the one it became', () => {
    const text = 'وسيرتفع سعر لتر البنزين من 9 دنانير إلى 13.5 دينارا اعتبارا من الأول من نوفمبر.';
    expect(short(text, 'ما الثمن الجديد للتر البنزين؟')).toBe('13.5 دينارا');
    expect(short('وخُفّض سعر تذكرة الدخول إلى 5 دنانير.', 'كم سعر التذكرة؟')).toBe('5 دنانير');
    expect(short('وسيرتفع سعر اللتر من 9 دولارات إلى 13 دولارا.', 'ما السعر الجديد للتر؟')).toBe('13 دولارا');
    expect(unitKinds('دنانير')).toContain('money');
    expect(unitKinds('بدراهم')).toContain('money');
  });

  it('answers "until when?" with how long it lasts, and "when?" with no span of it', () => {
    const text = 'وأعلنت الوزارة إغلاق المتحف أمام الزوار لمدة أسبوعين على الأقل لإجراء جرد شامل.';
    expect(short(text, 'إلى متى سيبقى المتحف مغلقا؟')).toBe('لمدة أسبوعين على الأقل');
    expect(short(text, 'متى أغلق المتحف؟')).toBeNull();
    expect(short('وأوضح أن مخزون المياه على متنها يكفي لأسبوع واحد فقط.', 'حتى متى تكفي المياه؟')).toBe('لأسبوع واحد');
    expect(givesDuration('وأوضح أن مخزون الوقود لا يكفي لأكثر من أربعة أيام.')).toBe(true);
    expect(givesDuration('وقال المدير إن العمل مستمر.')).toBe(false);
  });

  it('answers "how long?" with a length of time, not another number of the sentence', () => {
    const boat = 'ويزن القارب 300 كيلوغرام، وقد عبر المضيق خلال 40 دقيقة فقط.';
    expect(short(boat, 'كم من الوقت استغرق عبور المضيق؟')).toBe('خلال 40 دقيقة');
    expect(short('واستمر الاجتماع قرابة خمس ساعات ونصف الساعة بحضور 30 نائبا.', 'كم دام الاجتماع؟')).toBe(
      'قرابة خمس ساعات ونصف الساعة',
    );
    expect(short('وقال إنهم انتظروا أكثر من ساعتين قبل وصول 3 سيارات إسعاف.', 'شكد انتظروا الإسعاف؟')).toBe(
      'أكثر من ساعتين',
    );
    // One span, a part of one, a span within which, up to a part of a period.
    expect(short('وقال إن القطار الجديد يوفر ساعة كاملة على الركاب يوميا.', 'كم من الوقت يوفر القطار؟')).toBe(
      'ساعة كاملة',
    );
    expect(short('واضطر الركاب إلى الانتظار أكثر من نصف ساعة.', 'كم من الوقت انتظر الركاب؟')).toBe('أكثر من نصف ساعة');
    expect(
      short(
        'وتبقى المنطقة تحت المراقبة خلال الأيام الثلاثة المقبلة.',
        'كم المدة التي ستبقى فيها المنطقة تحت المراقبة؟',
      ),
    ).toBe('خلال الأيام الثلاثة المقبلة');
    expect(short('ويتوقع أن تستمر الأزمة حتى نهاية الربع الثالث من العام، وفق الخبراء.', 'كم ستستمر الأزمة؟')).toBe(
      'حتى نهاية الربع الثالث من العام',
    );
    // "ما المدة ...؟", "ما مهلة ...؟" ask it too; one span after a word of duration answers.
    const ban = 'وقررت البلدية وقف البناء في الحي لمدة شهر على الأقل، وفرض غرامة قدرها 500 دينار.';
    expect(short(ban, 'ما مدة وقف البناء في الحي؟')).toBe('لمدة شهر على الأقل');
    expect(givesLength(ban)).toBe(true);
    const prices = 'وتوقع المجلس أن تبقى الأسعار مرتفعة حتى صيف العام المقبل على الأقل.';
    expect(short(prices, 'كم من الوقت ستبقى الأسعار مرتفعة؟')).toBe('حتى صيف العام المقبل');
    expect(givesLength(prices)).toBe(true);
    expect(givesLength('وأغلقت المدرسة يوم السبت.')).toBe(false);
    // Not how long: a count of people who stayed, or what is expected ("يُنتظر أن").
    const asks = (q: string) => asksHowLong(analyze(q, lex));
    expect(['قديش لازم يضل المريض تحت المراقبة؟', 'كم يوما دامت الرحلة؟', 'كم المدة المتبقية؟'].map(asks)).toEqual([
      true,
      false,
      true,
    ]);
    expect(asks('ما المهلة الممنوحة للجنة؟')).toBe(true);
    expect(asks('كم شخصا بقي في المستشفى؟')).toBe(false);
    expect(asks('كم ينتظر أن يبلغ الإنتاج؟')).toBe(false);
  });

  it('reads a span with its tanween written after the alef, as news mostly writes it ("قبل 11 عاماً")', () => {
    expect(short('وذكر التقرير أن آخر عملية صيانة شاملة للجسر أُجريت قبل 11 عاماً.', 'متى خضع الجسر لآخر صيانة؟')).toBe(
      'قبل 11 عاماً',
    );
    expect(givesTime('أُجريت الصيانة قبل 11 عاماً.')).toBe(true);
  });

  it('reads a number word behind a glued preposition, and leaves "لست" (I am not) alone', () => {
    expect(hasQuantity('وقال إن الأهالي تقدموا بثلاث شكاوى خلال العام الماضي.', lex)).toBe(true);
    expect(short('وتجاوزت الحرارة 48 درجة لسبعة أيام متتالية.', 'كم يوما ظلت الحرارة مرتفعة؟')).toBe(
      'لسبعة أيام متتالية',
    );
    expect(hasQuantity('وقال المدير: لست متأكدا من الموعد.', lex)).toBe(false);
  });

  it('does not count people or things with an amount in units', () => {
    const land = 'ويقول سكان هذه القرى إن الأراضي المشمولة بالامتياز تبلغ مساحتها قرابة 4500 هكتار.';
    expect(short(land, 'كم يبلغ عدد سكان هذه القرى؟')).toBeNull();
    expect(short('وقال الأطباء إن الحملة استمرت أسبوعين في القرى النائية.', 'كم طبيبا شارك في الحملة؟')).toBeNull();
    // Where the sentence also counts them, that count is the answer.
    expect(short('وأصيب 23 شخصا بجروح، ودمرت النيران 40 هكتارا من الغابات.', 'كم عدد المصابين؟')).toBe('23 شخصا');
    // An amount asked is given in its units ("كم يوما"), and "how many times" counts no thing.
    expect(short('وستستمر أعمال الصيانة نحو عشرة أيام.', 'كم يوما ستستمر الصيانة؟')).toBe('نحو عشرة أيام');
  });

  it('answers when with a span within which something is due, unless an ordinal counts within it', () => {
    expect(short('وشكلت الوزارة لجنة فنية، على أن ترفع تقريرها خلال أسبوعين.', 'متى ترفع اللجنة تقريرها؟')).toBe(
      'خلال أسبوعين',
    );
    expect(short('وهي زيارته الثالثة خلال 12 شهرا.', 'متى كانت زيارته الأولى؟')).toBeNull();
    // A span of one counted with "واحد", and a span with the article, its count and "next".
    expect(short('ويجب أن تصرف التعويضات خلال شهر واحد على الأكثر.', 'متى تصرف التعويضات؟')).toBe('خلال شهر واحد');
    expect(short('ويستعد الفريق لأول زراعة كبد خلال الأشهر الستة المقبلة.', 'متى أول زراعة كبد؟')).toBe(
      'خلال الأشهر الستة المقبلة',
    );
    // Without "واحد", "خلال عام" is followed by its year.
    expect(short('وستفتتح المحطة خلال عام 2027.', 'متى ستفتتح المحطة؟')).toBe('عام 2027');
  });

  it('names a body by the definite words after its indefinite noun', () => {
    expect(short('ونفذ الأعمال ائتلاف يضم مؤسسة النور للمقاولات ومؤسسة أوروبية.', 'من تولى تنفيذ الأعمال؟')).toBe(
      'مؤسسة النور للمقاولات',
    );
  });

  it('answers which sea with the sea the sentence names, or the range it closes', () => {
    expect(
      short(
        'ويخشى الطرفان احتكاكا في سوريا أو صداما من البلطيق إلى البحر الأسود.',
        'في أي بحر يخشى وقوع احتكاك عسكري؟',
      ),
    ).toBe('من البلطيق إلى البحر الأسود');
  });

  it('answers what kind of thing with the words that qualify it, not with a verb after it', () => {
    expect(short('ويستخدم الجيش طائرات مسيرة صغيرة في المراقبة.', 'ما نوع الطائرات التي يستخدمها الجيش؟')).toBe(
      'طائرات مسيرة صغيرة',
    );
    expect(short('وتريد موسكو تسوية تبقي على الرئيس.', 'ما نوع التسوية التي تريدها موسكو؟')).toBeNull();
    // A name is not cut in two at the qualifier's last word.
    expect(short('وقصفت روسيا جماعات مسلحة تدعمها الولايات المتحدة هناك.', 'اي جماعات قصفتها روسيا؟')).toBe(
      'جماعات مسلحة تدعمها الولايات المتحدة',
    );
  });

  it('reads a dual noun as a quantity of its own, and a half or quarter of a scale word', () => {
    expect(
      short('وحكم على ثلاثة متهمين آخرين، بينهم طالب، بالسجن سنتين لكل منهم.', 'الطالب اتحكم عليه بكام سنة؟'),
    ).toBe('سنتين');
    expect(hasQuantity('واستمر الإضراب يومين.', lex)).toBe(true);
    expect(short('وقدمت المنظمة نصف مليون جرعة من اللقاح.', 'كم جرعة قدمت المنظمة؟')).toBe('نصف مليون جرعة');
    // With the article, a dual names a time ("في السنتين الأخيرتين"), not a count.
    expect(hasQuantity('وتراجعت النسبة في السنتين الأخيرتين.', lex)).toBe(false);
  });

  it('reads the amount a measure question asks for, next to the measure or to what it measures', () => {
    const text = 'تراجع محصول الحبوب هذا الموسم بنسبة 42 في المئة، بعدما بلغ عمر السد 58 عاما.';
    expect(short(text, 'ما نسبة تراجع المحصول؟')).toBe('42 في المئة');
    expect(short(text, 'ما عمر السد؟')).toBe('58 عاما');
    expect(short('وبلغت كلفة المشروع ثلاثة مليارات درهم، ويضم 12 مبنى.', 'ما حجم كلفة المشروع؟')).toBe(
      'ثلاثة مليارات درهم',
    );
  });

  it.each([
    // A number joined after a scale word goes on with its own scale and noun.
    ['وبلغ المحصول 4 ملايين و200 ألف طن هذا الموسم.', 'كم طنا من القمح حصد؟', '4 ملايين و200 ألف طن'],
    ['وبلغ المحصول 4 ملايين و200 ألف طن هذا الموسم.', 'كم بلغ المحصول؟', '4 ملايين و200 ألف طن'],
    // A participle in the plural after the counted noun is its adjective.
    ['وشكل المحافظ لجنة تحقيق تضم خمسة خبراء مستقلين.', 'كم خبيرا تضم لجنة التحقيق؟', 'خمسة خبراء مستقلين'],
    // Within a span.
    ['وتتوقع الفرق الوصول إلى كل الأحياء خلال 48 ساعة.', 'كم ساعة تحتاج الفرق للوصول إلى الأحياء؟', 'خلال 48 ساعة'],
    ['وتقدم اللجنة تقريرها في غضون ثلاثين يوما.', 'كم يوما أمام اللجنة لتقديم تقريرها؟', 'في غضون ثلاثين يوما'],
    // The hundreds written as one word.
    ['ويستقبل المتحف أكثر من ثلاثمئة ألف زائر.', 'كم زائرا يستقبل المتحف؟', 'أكثر من ثلاثمئة ألف زائر'],
    // A scale after a number in words; a range to its second number's noun; "approximately" after it.
    ['وخصصت الوزارة ثمانية ملايين دينار لصيانة الطريق.', 'شحال عطات الوزارة ديال الفلوس؟', 'ثمانية ملايين دينار'],
    ['وتكلف حماية الدفيئة الواحدة بين 600 و900 دولار.', 'كم تكلف حماية الدفيئة؟', 'بين 600 و900 دولار'],
    ['ويمتد السوق على طول 400 متر تقريبا.', 'كم طول السوق؟', '400 متر تقريبا'],
    // Not exceeding, with its negation (without it the answer says the opposite); "no fewer than" with its "ما".
    ['وأشار إلى أن موازنة المؤسسة لا تتجاوز 400 مليون دينار.', 'ما حجم موازنة المؤسسة؟', 'لا تتجاوز 400 مليون دينار'],
    ['وتضم سجلاتها ما لا يقل عن 90 طفلاً.', 'كم عدد الأطفال في السجلات؟', 'ما لا يقل عن 90 طفلاً'],
    // "about" with a glued "to".
    ['ويدين المصرف بالمبالغ لنحو 18 ألف مزارع.', 'كم عدد المزارعين الذين لم يحصلوا على أموالهم؟', 'نحو 18 ألف مزارع'],
    ['واستمر الانقطاع في بعضها ثماني عشرة ساعة متواصلة.', 'كم ساعة استمر الانقطاع؟', 'ثماني عشرة ساعة متواصلة'],
    ['وأحالت الوزارة أربعة عشر موظفا إلى التحقيق.', 'كم موظفا أحيل إلى التحقيق؟', 'أربعة عشر موظفا'],
    ['ويتقدم للامتحان 85 ألف طالب وطالبة.', 'كم عدد الطلاب؟', '85 ألف طالب وطالبة'],
    ['وتراجع المستوى بأكثر من 30 مترا.', 'بكم تراجع المستوى؟', 'بأكثر من 30 مترا'],
    ['وأمام الدفاع مهلة ثلاثين يوما للاستئناف.', 'ما المهلة المتاحة للدفاع؟', 'ثلاثين يوما'],
    ['وارتفعت الحرارة إلى 47 درجة مئوية.', 'إلى أي حد ارتفعت الحرارة؟', '47 درجة مئوية'],
    // The counted noun's adjective of relation; not a verb, preposition or object after it.
    ['واستخدمت 9 قاطرات بحرية لتحرير السفينة.', 'كم قاطرة استخدمت؟', '9 قاطرات بحرية'],
    ['وعبر 63 مهاجراً قبالة السواحل.', 'كم مهاجرا عبر؟', '63 مهاجراً'],
    // Exceeding, a range, "at least", "out of" are part of the amount.
    ['وامتدت الطوابير لمسافة تجاوزت 15 كيلومتراً.', 'إلى أي مسافة امتدت الطوابير؟', 'تجاوزت 15 كيلومتراً'],
    ['وقد يستغرق الترميم ما بين ستة وتسعة أشهر.', 'كم قد يستغرق الترميم؟', 'ما بين ستة وتسعة أشهر'],
    ['وسيبقى الجسر مغلقا مدة لا تقل عن ستة أسابيع.', 'كم سيبقى الجسر مغلقا؟', 'لا تقل عن ستة أسابيع'],
    ['وتوقفت 140 معصرة من أصل 450 عن العمل.', 'كم معصرة توقفت عن العمل؟', '140 معصرة من أصل 450'],
    // Since when: the quantity after "منذ"; what it became: of "from ... to ...", the second.
    ['ويعمل النجار البالغ 52 عاما سائقا منذ 25 عاما.', 'منذ كم سنة يعمل النجار سائقا؟', 'منذ 25 عاما'],
    ['وارتفع سعر الكيلوغرام من 18 دينارا إلى 27 دينارا.', 'بكم أصبح يباع الكيلوغرام؟', '27 دينارا'],
    ['وسترتفع رسوم الساعة من 60 دينارا إلى 75 دينارا.', 'كم ستصبح رسوم الساعة بعد الزيادة؟', '75 دينارا'],
    // A billion and the millions after it, in one amount; a cost in cents.
    ['وتقدر كلفة التوسعة بمليار و200 مليون دولار.', 'كم ستكلف التوسعة؟', 'بمليار و200 مليون دولار'],
    ['وتبلغ تكلفة المتر المكعب نحو 62 سنتاً.', 'كم يكلف المتر المكعب؟', 'نحو 62 سنتاً'],
    // A rate, a half of a dual's unit, a place on the scale.
    ['ويدفع أصحاب السيارات 1200 دينار سنويا.', 'كم يدفع أصحاب السيارات؟', '1200 دينار سنويا'],
    ['وقالت إنها تأخرت عن عملها ساعتين ونصف الساعة.', 'كم تأخرت عن عملها؟', 'ساعتين ونصف الساعة'],
    ['وانخفضت الحرارة إلى أربع درجات تحت الصفر ليلا.', 'إلى أي درجة انخفضت الحرارة؟', 'أربع درجات تحت الصفر'],
    // The number of the people asked about, not of the accidents the question names too; and the other way round.
    ['وشهد الطريق 47 حادثاً خلال العام الماضي، أسفرت عن وفاة 9 أشخاص.', 'كم شخصا توفي في حوادث الطريق؟', '9 أشخاص'],
    ['وشهد الطريق 47 حادثاً خلال العام الماضي، أسفرت عن وفاة 9 أشخاص.', 'كم حادثا شهد الطريق؟', '47 حادثاً'],
  ])('reads the whole number and its noun: %s', (text, question, answer) => {
    expect(short(text, question)).toBe(answer);
  });

  it.each([
    ['وعادت الكهرباء فجر الأربعاء إلى الأحياء.', 'متى عادت الكهرباء؟', 'فجر الأربعاء'],
    // An hour in figures; the date a day falls on; a month's other name of two words.
    [
      'وانطلق الصاروخ عند الساعة 5:42 صباحا بالتوقيت المحلي.',
      'الصاروخ طلع الساعة كام؟',
      'عند الساعة 5:42 صباحا بالتوقيت المحلي',
    ],
    [
      'وأعلن المجلس يوم الخميس الماضي، الموافق 12 أيلول/سبتمبر، رفع الرسوم.',
      'متى أعلن المجلس رفع الرسوم؟',
      'يوم الخميس الماضي، الموافق 12 أيلول/سبتمبر',
    ],
    ['وتنشر البيانات المفصلة في الأول من ديسمبر/كانون الأول.', 'متى تنشر البيانات؟', 'في الأول من ديسمبر/كانون الأول'],
    // A day, then its hour.
    [
      'ويعتزم السائقون الاعتصام يوم الخميس المقبل عند الساعة العاشرة صباحاً أمام المحافظة.',
      'متى يعتصم السائقون؟',
      'يوم الخميس المقبل عند الساعة العاشرة صباحاً',
    ],
    [
      'وتزور اللجنة الموقع صباح الأحد، الساعة التاسعة والنصف.',
      'في أي ساعة تزور اللجنة الموقع؟',
      'صباح الأحد، الساعة التاسعة والنصف',
    ],
    // An hour with the day it falls on, and the clock it is told by; a month with its other name.
    [
      'وداهمت القوات الموقع عند الساعة الثالثة من فجر السبت.',
      'في أي ساعة نفذ الاقتحام؟',
      'عند الساعة الثالثة من فجر السبت',
    ],
    ['وسلم الكأس الساعة السابعة مساءً بتوقيت سيول.', 'في أي ساعة سلم الكأس؟', 'الساعة السابعة مساءً بتوقيت سيول'],
    ['وتبقى الأسعار مرتفعة حتى منتصف مايو/أيار المقبل.', 'إلى متى تبقى الأسعار مرتفعة؟', 'حتى منتصف مايو/أيار المقبل'],
    ['وتنطلق الحملة في أيلول/سبتمبر المقبل.', 'في أي شهر تنطلق الحملة؟', 'في أيلول/سبتمبر المقبل'],
    // About a time, from a date on (with its month's other name), the same day again.
    [
      'وبدأت المياه بالتدفق نحو الساعة السادسة والنصف مساءً.',
      'متى بدأت المياه بالتدفق؟',
      'نحو الساعة السادسة والنصف مساءً',
    ],
    [
      'ويوقف الاتحاد التسليم اعتباراً من الأول من تموز/يوليو.',
      'متى يوقف الاتحاد التسليم؟',
      'اعتباراً من الأول من تموز/يوليو',
    ],
    ['وسلمت الشركة البيانات إلى الهيئة مساء السبت نفسه.', 'متى سلمت الشركة البيانات؟', 'مساء السبت نفسه'],
    ['وتنطلق الامتحانات في الخامس عشر من يونيو.', 'في أي تاريخ تنطلق الامتحانات؟', 'في الخامس عشر من يونيو'],
    ['ويستمر الحر حتى نهاية الأسبوع المقبل.', 'إلى متى يستمر الحر؟', 'حتى نهاية الأسبوع المقبل'],
    ['وترفع اللجنة تقريرها في غضون أسبوعين.', 'متى ترفع اللجنة تقريرها؟', 'في غضون أسبوعين'],
    // Brackets that close as they open are kept, as the sentence writes the date.
    [
      'ويصل الوزير اليوم الخميس (14 يوليو / تموز 2016) إلى موسكو.',
      'متى يصل الوزير؟',
      'اليوم الخميس (14 يوليو / تموز 2016)',
    ],
    // A day with its date in figures; a range of hours; a season of a year.
    ['وكشفت الوزارة عن المرض يوم الأحد 14 أيلول/سبتمبر.', 'متى كشفت الوزارة عن المرض؟', 'يوم الأحد 14 أيلول/سبتمبر'],
    [
      'وتعطلت الخدمات بين الساعة التاسعة والحادية عشرة صباحاً.',
      'متى تعطلت الخدمات؟',
      'بين الساعة التاسعة والحادية عشرة صباحاً',
    ],
    ['وشهدت البلاد آخر موجة في ربيع عام 2022.', 'متى شهدت البلاد آخر موجة؟', 'في ربيع عام 2022'],
    // The preposition saying which side of the time ("منذ", "حتى", "بحلول"), and "المقبل" after a day.
    ['ويعيش السكان بلا كهرباء منذ منتصف ليل السبت.', 'منذ متى يعيش السكان بلا كهرباء؟', 'منذ منتصف ليل السبت'],
    ['وتتوقع الهيئة عودة الحركة بحلول يوم الخميس المقبل.', 'متى تعود الحركة؟', 'بحلول يوم الخميس المقبل'],
    ['وتوقفت الدروس حتى يوم الخميس المقبل.', 'إلى متى توقفت الدروس؟', 'حتى يوم الخميس المقبل'],
    // A day with its date, and a part of the day before a date.
    ['وأغلق السائقون الطرق صباح الأحد التاسع من شباط.', 'متى أغلق السائقون الطرق؟', 'صباح الأحد التاسع من شباط'],
    ['وعثر المربون على أسراب ميتة صباح الثامن من أيار.', 'متى عثروا عليها؟', 'صباح الثامن من أيار'],
    [
      'ويجب تجنب التشغيل بين الساعة الثانية ظهرا والسادسة مساء.',
      'في أي فترة يجب تجنب التشغيل؟',
      'بين الساعة الثانية ظهرا والسادسة مساء',
    ],
    // The "and" glued to the time's preposition or day part is the sentence's, not the time's; a day after يوم is
    // that day, not a span of one.
    ['وفي الشهر الماضي طردت واشنطن اثنين من المسؤولين.', 'متى طردتهم؟', 'في الشهر الماضي'],
    ['وصباح الخميس أغلقت الشرطة الطريق.', 'متى أغلقت الشرطة الطريق؟', 'صباح الخميس'],
    ['وبعد يوم الخميس استؤنفت الرحلات.', 'متى استؤنفت الرحلات؟', 'بعد يوم الخميس'],
    ['وفي فبراير استؤنفت الرحلات.', 'متى استؤنفت الرحلات؟', 'في فبراير'],
    // A day of the month with its month; a part of the day whose tanween is written before its alef.
    ['وسيناقش البرلمان الأزمة يوم 16 مارس/آذار المقبل.', 'متى سيناقش البرلمان الأزمة؟', 'يوم 16 مارس/آذار المقبل'],
    ['وقال إن الفريق عمل حتى العاشرة ليلًا.', 'متى عمل الفريق؟', 'حتى العاشرة ليلًا'],
  ])('reads a time of day, a date in words, a deadline: %s', (text, question, answer) => {
    expect(short(text, question)).toBe(answer);
  });

  it('gives who with the clause that describes them, a verb with their pronoun and its subject', () => {
    const camp = 'قصفوا مرتين معسكرا يضم عائلات أفراد تدعمهم الولايات المتحدة مهمتهم الوحيدة هي ملاحقة التنظيم.';
    expect(short(camp, 'من يقيم في المعسكر؟')).toBe('عائلات أفراد تدعمهم الولايات المتحدة');
    expect(short('قصفت روسيا جماعات مسلحة تدعمها الولايات المتحدة هناك.', 'من قصفت روسيا؟')).toBe(
      'جماعات مسلحة تدعمها الولايات المتحدة',
    );
  });

  it('gives the words qualifying a noun asked "which", past a noun of the تفعيل pattern and without a cut quote', () => {
    // "تنظيم" is no verb that would end the phrase; the quotation marks around a name go with the cut.
    const text = 'يتوجه الوزير إلى موسكو سعيا لتعاون روسي أوثق في الحرب ضد تنظيم "داعش" في سورية.';
    expect(short(text, 'في أي حرب يسعى الوزير إلى تعاون روسي؟')).toBe('الحرب ضد تنظيم داعش');
    expect(short('وجاءت قائمة "التجمع الوطني للخدمات" في المرتبة الثانية.', 'أي قائمة جاءت في المرتبة الثانية؟')).toBe(
      'قائمة التجمع الوطني للخدمات',
    );
  });

  it('chooses, of numbers as near their noun, the one the noun follows and then the one nearer the other words asked', () => {
    // Each number before its noun: the one whose phrase says what is asked.
    const text = 'وشاركت في إخماد الحريق 12 سيارة إطفاء و5 سيارات إسعاف.';
    expect(short(text, 'كم سيارة إسعاف شاركت؟')).toBe('5 سيارات إسعاف');
    expect(short(text, 'كم سيارة إطفاء شاركت؟')).toBe('12 سيارة إطفاء');
    // The noun after one number and before the next counts the first: the samples where the bacteria were found.
    const samples = 'وفحص المختبر 60 عينة من المياه، وعثر على البكتيريا في 22 عينة منها.';
    expect(short(samples, 'في كم عينة عثر على البكتيريا؟')).toBe('22 عينة');
  });

  it('finds a counted role by its name ("كم ممرضا" and "4 آلاف ممرض"), not the first number', () => {
    const text = 'وتتلخص المطالب في رفع الرواتب بنسبة 35 في المئة، وتعيين ما لا يقل عن 4 آلاف ممرض وممرضة لسد العجز.';
    expect(short(text, 'كم ممرضاً تريد النقابة توظيفهم؟')).toBe('ما لا يقل عن 4 آلاف ممرض وممرضة');
  });

  it.each([
    ['واستغرقت أعمال البناء أربع سنوات ونصف.', 'كم سنة استغرقت أعمال البناء؟', 'أربع سنوات ونصف'],
    ['وبلغت درجات الحرارة 41 درجة مئوية ظهر الخميس.', 'إلى كم وصلت درجات الحرارة؟', '41 درجة مئوية'],
    ['وتقدر الخسائر الزراعية بنحو 18 مليون دولار.', 'بكم تقدر الخسائر الزراعية؟', 'نحو 18 مليون دولار'],
    [
      'وشمل الإضراب 142 مستشفى حكومياً في المحافظات.',
      'كم عدد المستشفيات الحكومية التي شملها الإضراب؟',
      '142 مستشفى حكومياً',
    ],
  ])('gives a quantity whole: a half, a unit, "about" glued to ب, a word the question names (%s)', (text, q, want) => {
    expect(short(text, q)).toBe(want);
  });

  it('reads a speed with its "per hour", and a minute of a match as a time', () => {
    expect(short('وهبت رياح قوية بسرعة 65 كيلومترا في الساعة.', 'ما هي سرعة الرياح؟')).toBe('65 كيلومترا في الساعة');
    expect(short('وعادل الفريق النتيجة في الدقيقة 58 من المباراة.', 'في أي دقيقة عادل الفريق النتيجة؟')).toBe(
      'في الدقيقة 58',
    );
  });

  it('reads an hour of the clock, or a range of hours, as a time ("من الخامسة والنصف صباحاً حتى منتصف الليل")', () => {
    expect(short('وأوضح أن القطارات ستعمل من الخامسة والنصف صباحاً حتى منتصف الليل يوميا.', 'متى تعمل القطارات؟')).toBe(
      'من الخامسة والنصف صباحاً حتى منتصف الليل',
    );
    expect(short('وتفتح المكتبة أبوابها من الثامنة صباحا حتى العاشرة مساء.', 'متى تفتح المكتبة؟')).toBe(
      'من الثامنة صباحا حتى العاشرة مساء',
    );
  });

  it('gives a building or a square with what it belongs to, in front of it too ("أمام مبنى الوزارة")', () => {
    const text = 'ونظم عشرات من أولياء الأمور وقفة احتجاجية أمام مبنى الوزارة صباح الخميس.';
    expect(short(text, 'أين نظم الأهالي الوقفة؟')).toBe('أمام مبنى الوزارة');
    expect([...locationsOf(text, lex)]).toContain('#gen_buildings');
    expect(short('وتجمع المحتجون في ساحة التحرير مساء الجمعة.', 'أين تجمع المحتجون؟')).toBe('في ساحة التحرير');
    // "أين" is answered with the preposition placing it; "ما المكان الذي ...؟" asks for the place alone.
    expect(short('وتجمع المحتجون في ساحة التحرير مساء الجمعة.', 'ما المكان الذي تجمع فيه المحتجون؟')).toBe(
      'ساحة التحرير',
    );
  });

  it('gives a place with the place it is in, told right after it ("في مقر الوزارة بالعاصمة عمّان")', () => {
    expect(short('واجتمعت اللجنة في مقر الوزارة بالعاصمة عمّان يوم الأحد.', 'أين اجتمعت اللجنة؟')).toBe(
      'في مقر الوزارة بالعاصمة عمّان',
    );
    expect(short('واحتج السكان أمام مبنى البلدية في مدينة الزرقاء مساء الأحد.', 'أين احتج السكان؟')).toBe(
      'أمام مبنى البلدية في مدينة الزرقاء',
    );
    // Not past the end of its clause.
    expect(short('واحتج السكان أمام مبنى البلدية، في مدينة الزرقاء أيضا.', 'أين احتج السكان؟')).toBe(
      'أمام مبنى البلدية',
    );
  });

  it('gives the phrase a preposition of place opens a word or two before the place, not the place alone', () => {
    expect(short('وأرسلت العينات إلى المختبر المركزي في العاصمة لتحليلها.', 'إلى أين أرسلت العينات؟')).toBe(
      'إلى المختبر المركزي في العاصمة',
    );
    expect(
      short('وعثرت الشرطة على السيارة داخل مستودع قديم في المنطقة الصناعية.', 'أين عثرت الشرطة على السيارة؟'),
    ).toBe('داخل مستودع قديم في المنطقة الصناعية');
    // Not the subject before the preposition placing it.
    expect(short('وتجمع المحتجون في ساحة التحرير مساء الجمعة.', 'أين تجمع المحتجون؟')).toBe('في ساحة التحرير');
  });

  it('does not count the dead with the number a verb of another fate opens ("حتفهم وأصيب 63 آخرون")', () => {
    const text = 'لقي 9 أشخاص على الأقل مصرعهم وأصيب 40 آخرون، فجر الأحد، إثر انهيار مبنى سكني.';
    expect(short(text, 'كم شخصا لقوا حتفهم في انهيار المبنى؟')).toBe('9 أشخاص على الأقل');
    // "فارق الحياة" is dying too.
    expect(short(text, 'كم عدد الذين فارقوا الحياة في انهيار المبنى؟')).toBe('9 أشخاص على الأقل');
    expect(short(text, 'كم شخصا أصيبوا؟')).toBe('40 آخرون');
    // Nor with one whose fate stands before what qualifies it ("وأصيب أكثر من 620 آخرين").
    const quake = 'لقي 52 شخصا على الأقل حتفهم وأصيب أكثر من 300 آخرين جراء زلزال عنيف ضرب المنطقة ليلا.';
    expect(short(quake, 'كم عدد الذين فارقوا الحياة في الزلزال؟')).toBe('52 شخصا على الأقل');
  });

  it('answers who heads something with whom "برئاسة" names', () => {
    const text = 'وقرر المحافظ تشكيل لجنة فنية برئاسة مدير الأشغال المهندس كريم السعدي لمتابعة الإصلاحات.';
    expect(short(text, 'من سيرأس اللجنة الفنية؟')).toBe('مدير الأشغال المهندس كريم السعدي');
    expect(short(text, 'من سيتولى قيادة اللجنة؟')).toBe('مدير الأشغال المهندس كريم السعدي');
  });

  it('gives no country for "which country" from a sentence naming the country only as "البلاد" or "دولة"', () => {
    const text = 'وشارك في الماراثون نحو 6500 عداء من مختلف أنحاء البلاد، إضافة إلى عدائين أجانب.';
    expect(short(text, 'من أي دولة جاء أكبر عدد من المتسابقين الأجانب؟')).toBeNull();
    expect(short('وقالت الشركة إن الطائرتين وصلتا من دولة مجاورة.', 'من أي دولة جاءت الطائرتان؟')).toBeNull();
    expect(short('وقالت الشركة إن الطائرتين وصلتا من اليونان.', 'من أي دولة جاءت الطائرتان؟')).toBe('اليونان');
  });

  it('answers who heads or leads something with the one named its leader ("قائد") too', () => {
    const text = 'وأوضح العقيد منير السالم، قائد مركز عمليات الطوارئ في المحافظة، أن الفرق أخلت 40 منزلا.';
    expect(short(text, 'من يتولى قيادة مركز عمليات الطوارئ؟')).toBe('العقيد منير السالم');
    expect(short(text, 'من يقود مركز العمليات؟')).toBe('العقيد منير السالم');
  });

  it('reads a title\'s place after "في" as the title\'s own, and "who is" a title of a body as asking a name', () => {
    const head = 'وقال مدير الصحة في المحافظة الدكتور ماهر القاسمي إن الحملة بدأت يوم الأحد.';
    expect(short(head, 'من مدير الصحة؟')).toBe('الدكتور ماهر القاسمي');
    // "Who is the minister of the environment and marine wealth?": only a name answers, not the ministry.
    const ministry = 'وأعلنت وزارة البيئة والثروة البحرية في بيان تشكيل لجنة طوارئ لمتابعة الوضع.';
    expect(short(ministry, 'من هو وزير البيئة والثروة البحرية؟')).toBeNull();
  });

  it("reads a title's phrase in apposition before the name with prepositions within it", () => {
    const text = 'وانتقد النائب في البرلمان عن دائرة النخيل، فراس الدباغ، القرار، معلناً أنه سيوجه سؤالاً إلى الوزير.';
    expect(short(text, 'من النائب الذي ينوي مساءلة الوزير؟')).toBe('فراس الدباغ');
  });

  it('answers "when?" with a span before the report told roughly ("قبل أكثر من عامين", "قبل نحو خمسة ملايين سنة")', () => {
    const visit = 'وانتقد النقيب وزارة الصحة، معتبراً أن آخر زيارة تفتيشية للمصنع جرت قبل أكثر من عامين.';
    expect(short(visit, 'متى كانت آخر زيارة تفتيشية للمصنع؟')).toBe('قبل أكثر من عامين');
    const gecko = 'وقالت إن هذه النسبة ترجح أن النوع انفصل عن أسلافه قبل نحو خمسة ملايين سنة.';
    expect(short(gecko, 'متى انفصل النوع عن أسلافه؟')).toBe('قبل نحو خمسة ملايين سنة');
  });

  it('counts rubber boats, steamships and ferries as the boats and ships asked ("كم زورقاً ...؟")', () => {
    const text = 'وأضاف أن فرق الإنقاذ أنقذت 317 شخصاً، مستخدمة 45 قارباً مطاطياً ومروحيتين عسكريتين.';
    expect(short(text, 'كم زورقاً استعانت به فرق الإغاثة؟')).toBe('45 قارباً مطاطياً');
  });

  it('reads the months of the Maghreb ("14 جوان", "جويلية") as months', () => {
    const text = 'أغلقت السلطات تسعة شواطئ في ولاية نابل يوم 14 جوان بعد انتشار قناديل البحر.';
    expect(short(text, 'متى أغلقت الشواطئ؟')).toBe('يوم 14 جوان');
  });

  it('answers "until when?" with the span a verb of lasting gives, or with what it lasts until', () => {
    const closed = 'ودعت الشرطة السائقين إلى طرق بديلة، متوقعة أن يستمر الإغلاق ثلاثة أسابيع على الأقل.';
    expect(short(closed, 'إلى متى يُتوقع أن يبقى الشارع مغلقاً؟')).toBe('ثلاثة أسابيع على الأقل');
    const bridge = 'وأكد البيان أن الجسر سيبقى مغلقاً حتى انتهاء أعمال التدعيم بالكامل.';
    expect(short(bridge, 'حتى متى سيظل الجسر مغلقاً؟')).toBe('حتى انتهاء أعمال التدعيم بالكامل');
    // "في ظل" is "amid", no verb of lasting; "حتى في" is "even in", no end.
    const amid = 'وتعمل الفرق في ظل الأزمة ثلاثة أيام في الأسبوع.';
    expect(short(amid, 'إلى متى ستعمل الفرق؟')).toBeNull();
    const even = 'وقال إن المياه تتجمع في الشارع حتى في الأيام المشمسة.';
    expect(short(even, 'إلى متى ستبقى المياه في الشارع؟')).toBeNull();
  });

  it('reads males as men and females as women, of two quantities told of each', () => {
    const text = 'وارتفع متوسط العمر المتوقع إلى 80 عاما للنساء و74 عاما للرجال.';
    expect(short(text, 'كم سنة يعيش الذكور في المتوسط؟')).toBe('74 عاما');
    expect(short(text, 'كم سنة تعيش الإناث في المتوسط؟')).toBe('80 عاما');
  });

  it('answers when with the time nearest the words asked, of a day or a part of it, not a span after another', () => {
    const text = 'وأوضح المدير، في مؤتمر صحفي عقده مساء الخميس، أن اللجنة اجتمعت للمرة الأولى صباح الاثنين.';
    expect(short(text, 'متى اجتمعت اللجنة أول مرة؟')).toBe('صباح الاثنين');
    expect(short(text, 'متى عقد المدير مؤتمره الصحفي؟')).toBe('مساء الخميس');
    expect(short('وأعلنت البلدية صباح السبت إعادة فتح السوق بعد ثلاثة أيام من الإغلاق.', 'متى أعيد فتح السوق؟')).toBe(
      'صباح السبت',
    );
  });

  it('answers where with the phrase a preposition of place opens, where no place follows a preposition', () => {
    expect(short('وتجمع عشرات الأهالي أمام بوابة المصنع منذ ساعات الصباح.', 'أين تجمع الأهالي؟')).toBe(
      'أمام بوابة المصنع',
    );
    const land = 'وقالت إن الجمعية تملك قطعة أرض على طريق الميناء يمكن تحويلها إلى مأوى.';
    expect(short(land, 'أين تقع أرض الجمعية؟')).toBe('على طريق الميناء');
    // Up to a word that is no longer of it: an indefinite one after the definite ones, a time, a number.
    expect(short('وعلق عشرات السائقين قرب البوابة الرئيسية ازدحاماً خانقاً.', 'أين علق السائقون؟')).toBe(
      'قرب البوابة الرئيسية',
    );
    expect(short('وتجمع المحتجون في الساعة العاشرة صباحاً.', 'أين تجمع المحتجون؟')).toBeNull();
  });

  it('answers who a person of a plain article is, or their post, with the title written before the name', () => {
    const text = 'وقالت رئيسة نقابة أصحاب الشاحنات في المحافظة، سهى الحوراني، إن كل سائق يخسر 120 دولارا.';
    expect(short(text, 'من هي سهى الحوراني؟')).toBe('رئيسة نقابة أصحاب الشاحنات في المحافظة');
    expect(short(text, 'ما منصب الحوراني؟')).toBe('رئيسة نقابة أصحاب الشاحنات في المحافظة');
    // Asked who, with more than the name: not the title.
    expect(short(text, 'من هي سهى الحوراني التي تدافع عن السائقين؟')).not.toBe(
      'رئيسة نقابة أصحاب الشاحنات في المحافظة',
    );
  });

  it('answers "which country" with a named country, not a place read from the text', () => {
    const text = 'ووصلت إلى مطار المحافظة طائرتا إطفاء أرسلتهما قبرص.';
    expect(short(text, 'أي دولة أرسلت طائرات إطفاء؟')).toBe('قبرص');
    // "ما الدولة التي ...؟" asks the same.
    expect(short(text, 'ما الدولة التي أرسلت طائرات إطفاء؟')).toBe('قبرص');
    expect(short(text, 'ما هي الدولة التي أرسلت الطائرات؟')).toBe('قبرص');
  });

  it('gives a name with the rank written before it', () => {
    const text = 'وقال الناطق الرسمي باسم جهاز الحماية المدنية العقيد سامر الحلبي إن الحريق محاصر.';
    expect(short(text, 'من الناطق الرسمي باسم جهاز الحماية المدنية؟')).toBe('العقيد سامر الحلبي');
  });

  it('gives no quantity for "how many X" when the sentence never names X and counts several other things', () => {
    const text = 'وعادت الكهرباء إلى 120 ألف منزل فجر الأربعاء، بعد إصلاح 300 محول.';
    expect(short(text, 'كم عدد المنازل التي عادت إليها الكهرباء؟')).toBe('120 ألف منزل');
    // The sentence counts homes and transformers, not families: no answer rather than another count.
    expect(short(text, 'كم عدد الأسر التي تقدمت بطلبات تعويض؟')).toBeNull();
  });

  it('gives the one quantity of things a sentence has for "how many X", though it names X otherwise', () => {
    // The ranking chose the sentence for the question: its one count is of what is asked, by another word.
    expect(short('كما نزح نحو 85 ألف شخص من القرى الحدودية.', 'كم عدد النازحين من القرى الحدودية؟')).toBe(
      'نحو 85 ألف شخص',
    );
    expect(short('وشمل القرار 14 تشغيلة إنتاج صدرت هذا العام.', 'كم عدد دفعات الإنتاج التي شملها القرار؟')).toBe(
      '14 تشغيلة إنتاج',
    );
    // An amount in units is no count of things.
    expect(short('وتمتد المزارع على 40 هكتارا.', 'كم عدد المزارعين؟')).toBeNull();
    // So for a noun after عدد that the lexicon has no concept of: a price per copy counts no copies.
    expect(short('وتقاضى البائع مبالغ تصل إلى 40 دينارا عن كل خاتم.', 'كم عدد الخواتم التي باعها البائع؟')).toBeNull();
    expect(short('وباع البائع 12 خاتما بسعر 40 دينارا للواحد.', 'كم عدد الخواتم التي باعها البائع؟')).toBe('12 خاتما');
  });

  it('keeps the year written after a date in words ("الثاني عشر من أبريل/نيسان 2025")', () => {
    const text = 'وافتتحت البلدية صباح يوم الأحد الخامس من مايو/أيار 2024 السوق الجديدة.';
    expect(short(text, 'متى افتتحت البلدية السوق؟')).toBe('صباح يوم الأحد الخامس من مايو/أيار 2024');
  });

  it('gives the name after a common noun of place in the place a phrase is in ("في ساحة النصر")', () => {
    const text = 'وتجمع المحتجون أمام مبنى الوزارة في ساحة النصر، مرددين هتافات ضد القرار.';
    expect(short(text, 'أين تجمع المحتجون؟')).toBe('أمام مبنى الوزارة في ساحة النصر');
    // A town the lexicon does not know, after "في", is where the place is.
    const moved = 'ونُقل المصابون إلى المستشفى الإقليمي في تل السمرة لتلقي العلاج.';
    expect(short(moved, 'إلى أين نُقل المصابون؟')).toBe('إلى المستشفى الإقليمي في تل السمرة');
  });

  it('names someone with the calling written before the name ("الصياد إبراهيم موسى")', () => {
    const text = 'وقال الصياد إبراهيم موسى إنه انتشل ثلاثة من الغرقى بقاربه الصغير.';
    expect(short(text, 'من الذي انتشل الغرقى بقاربه؟')).toBe('الصياد إبراهيم موسى');
    const farmer = 'وروى المزارع خالد عيسى أنه انتظر سيارة الإسعاف ساعتين.';
    expect(short(farmer, 'من الذي انتظر سيارة الإسعاف ساعتين؟')).toBe('المزارع خالد عيسى');
  });

  it('gives the counted noun with its adjective ("16 ساعة متواصلة"), not a verb or a phrase after it', () => {
    expect(short('وتوقف العمل في الميناء 16 ساعة متواصلة بسبب العاصفة.', 'كم ساعة توقف العمل في الميناء؟')).toBe(
      '16 ساعة متواصلة',
    );
    expect(short('وأرسلت الحكومة 40 عنصرا متخصصا في الإنقاذ.', 'كم عنصرا أرسلت الحكومة؟')).toBe('40 عنصرا متخصصا');
    expect(short('وقدّم 45 مهندسا تونسيا طلبات للمشاركة.', 'كم مهندسا قدم طلبا؟')).toBe('45 مهندسا تونسيا');
    // A verb, a verbal noun or a phrase after the noun is not its adjective.
    expect(short('وتجمع نحو 300 شخص قدموا من القرى المجاورة.', 'كم شخصا تجمعوا؟')).toBe('نحو 300 شخص');
    expect(short('وتلقت الشركة نحو 4 آلاف طلب تغطية خلال يومين.', 'كم طلبا تلقت الشركة؟')).toBe('نحو 4 آلاف طلب');
    expect(short('ودفع المسافرون 20 دينارا مقابل التذكرة.', 'كم دينارا دفع المسافرون؟')).toBe('20 دينارا');
  });

  it('answers where a body has its seat from "ومقرها" and the place after it, asked for the seat', () => {
    const text = 'ونفت شركة "النورس" للشحن، ومقرها لشبونة، أي تقصير من طاقمها.';
    expect(short(text, 'في أي مدينة يقع مقر شركة الشحن؟')).toBe('لشبونة');
    expect(short(text, 'أين مقر شركة النورس؟')).toBe('لشبونة');
    // The seat is no answer to where anything else is.
    expect(short(text, 'أين غرقت السفينة؟')).toBeNull();
  });

  it("answers who did it with the title and its holder's name", () => {
    const text =
      'افتتح وزير الفلاحة والصيد البحري منير الطرابلسي صباح السبت الماضي الحوض الجديد لميناء الصيد البحري بمدينة المهدية.';
    expect(short(text, 'من افتتح الحوض الجديد؟')).toBe('وزير الفلاحة والصيد البحري منير الطرابلسي');
  });

  it('reads the deed behind a glued preposition ("بهجوم حارس"), and no name in "بشأن" after a title behind one', () => {
    // The question's verb is met in "بهجوم" (ب + هجوم); who did it comes right after.
    expect(short('وندد الاتحاد أمس بهجوم حارس على صحفي أمام المطار.', 'من اعتدى على الصحفي؟')).toBe('حارس');
    // "لوزير النقل" is the minister's title; "بشأن خطة" after it is no name.
    const text =
      'وأضاف بركات أن لجنته ستعقد جلسة استماع يوم الاثنين المقبل لوزير النقل الحالي بشأن خطة استكمال الطريق.';
    expect(short(text, 'ما اسم وزير النقل؟')).toBeNull();
  });

  it('reads a name the lexicon does not know from a common given name, with no title before it', () => {
    expect(short('وأكد محمد العياري أن الأرصفة ضيقة.', 'من أكد أن الأرصفة ضيقة؟')).toBe('محمد العياري');
    expect(short('وأوضح عبد الله الحربي أن الأرصفة ضيقة.', 'من أوضح أن الأرصفة ضيقة؟')).toBe('عبد الله الحربي');
    expect(namesSomeone('وأكد محمد العياري أن الأرصفة ضيقة.', lex)).toBe(true);
    // Everyday words that are also names are not on the list: "hope" here is no one.
    expect(namesSomeone('وعبر السكان عن أمل كبير في المشروع.', lex)).toBe(false);
  });

  it('reads a place the lexicon does not know from the place noun before it, not from an adjective', () => {
    expect(short('أصدرت محكمة الجنايات في مدينة الفيحاء يوم الأحد أحكاما.', 'في أي مدينة صدر الحكم؟')).toBe(
      'مدينة الفيحاء',
    );
    expect(short('انقطع التيار عن أحياء في مدينة وادي النخيل ظهر الثلاثاء.', 'أين انقطع التيار؟')).toBe(
      'في مدينة وادي النخيل',
    );
    // The lexicon knows منطقة as an area; nothing more is read into "صناعية".
    expect([...locationsOf('وتقع الورشة في منطقة صناعية.', lex)]).not.toContain('#~place');
    expect([...locationsOf('في مدينة الفيحاء.', lex)]).toContain('#~place');
    // A paragraph's "and" glued to the preposition: "وفي مدينة ...".
    expect([...locationsOf('وفي مدينة وادي السدر الجنوبية، أغلقت أربع محطات أبوابها.', lex)]).toContain('#~place');
  });

  it('reads who said a plain sentence from the words after its verb of saying', () => {
    const said = (text: string, question: string) => {
      const tokens = analyze(question, lex);
      return shortAnswer(sentence(text), { type: 'who', lang: 'ar', asksSpeaker: true, tokens, lex });
    };
    expect(said('وقال مدرب نادي الأمل مراد بوزيد إن لاعبيه أظهروا شخصية قوية.', 'من قال ذلك؟')).toBe(
      'مدرب نادي الأمل مراد بوزيد',
    );
    expect(said('وأكد الوزير أن المشروع سيكتمل.', 'من أكد ذلك؟')).toBe('الوزير');
    // Nobody named after the verb: the statement's own attribution (the article).
    expect(said('وأضاف أن الأمطار جاءت متأخرة.', 'من قال ذلك؟')).toBe('نص المقال');
  });

  it.each([
    {
      reads: 'up to "that", a name closed by a comma before its title, and a family name in "عبد"',
      texts: [
        'وقالت إدارة المستشفى في بيان إن الطفلتين سلمى وسارة بخير.',
        'وقال الدكتور حازم الشربيني، رئيس قسم جراحة الأطفال، إن العملية نجحت.',
        'وقالت الدكتورة منى عبد الحميد إن التخدير كان صعبا.',
        'ورد الطبيب بأن الفريق لم يعلن انتهاء الخطر.',
      ],
      speakers: [
        'إدارة المستشفى',
        'الدكتور حازم الشربيني، رئيس قسم جراحة الأطفال',
        'الدكتورة منى عبد الحميد',
        'الطبيب',
      ],
    },
    {
      reads: 'a verb in the present, and a body qualified otherwise as no one named before (its object does not)',
      texts: [
        'وقال رئيس جمعية منظمي الرحلات كريم الزعبي إن الرسوم مرتفعة.',
        'وتقول الجمعية التعاونية في القرية إن نحو 80 أسرة تعتمد على الرعي.',
        'ويرى الخبير في السياحة البيئية الأستاذ ليث منصور أن تحديد العدد ضروري.',
        'ونصح الزعبي المرضى بالحجز مسبقا.',
      ],
      speakers: [
        'رئيس جمعية منظمي الرحلات كريم الزعبي',
        'نص المقال',
        'الخبير في السياحة البيئية الأستاذ ليث منصور',
        'رئيس جمعية منظمي الرحلات كريم الزعبي',
      ],
    },
    {
      reads: 'with no verb of saying, before a participle of one ("مؤكدة أن")',
      texts: [
        'وقالت وزيرة البيئة سلمى الخطيب إن المحمية استعادت عافيتها.',
        'في المقابل، دافعت الوزيرة الخطيب عن الرسوم، مؤكدة أن عائداتها ستخصص للمحمية.',
        'وتجمع نحو مئتي شخص أمام المتحف، رافعين لافتات.',
      ],
      speakers: ['وزيرة البيئة سلمى الخطيب', 'وزيرة البيئة سلمى الخطيب', 'نص المقال'],
    },
    {
      reads: 'after the last verb of saying before the name ("انتقدت الجمعية القرار، وقالت رئيستها ...")',
      texts: ['غير أن جمعية حماية المستهلك انتقدت القرار، وقالت رئيستها الدكتورة ريم الحوراني إن الزيادة مجحفة.'],
      speakers: ['رئيستها الدكتورة ريم الحوراني'],
    },
    {
      reads: 'with a kunya for a name ("أبو سليم الحوراني")',
      texts: ['وقال مختار قرية عين الصفصاف أبو سليم الحوراني: "أجدادنا رعوا أغنامهم هنا".'],
      speakers: ['مختار قرية عين الصفصاف أبو سليم الحوراني'],
    },
    {
      reads: 'named by an owner\'s title with a quoted name in it and an honorific ("صاحب شركة "..."، السيد ...")',
      texts: [
        'غير أن صاحب شركة "دروب الصحراء" المنظمة للرحلة، السيد خالد الزعبي، نفى أن تكون شركته قد تلقت أي إشعار.',
        'واعتبر الزعبي أن نشرات الأرصاد "عامة وغير دقيقة".',
      ],
      speakers: [
        'صاحب شركة "دروب الصحراء" المنظمة للرحلة، السيد خالد الزعبي',
        'صاحب شركة "دروب الصحراء" المنظمة للرحلة، السيد خالد الزعبي',
      ],
    },
  ])('reads who speaks $reads', ({ texts, speakers }) => {
    expect(speakersOf(...texts.map((text, i) => st(`p${i + 1}s1`, i + 1, text)))).toEqual(speakers);
  });

  it('attributes each sentence of a plain article to who says it, and a sentence that goes on to the same speaker', () => {
    const [a, b, c, d, e, f, g, h, k] = attributeSpeakers(
      [
        st('p1s1', 1, 'توج نادي الأمل بلقب الكأس.'),
        st('p2s1', 2, 'وقال مدرب نادي الأمل مراد بوزيد إن لاعبيه أظهروا شخصية قوية.'),
        st('p2s2', 2, 'وأضاف أنه يهدي اللقب إلى الجماهير.'),
        st('p3s1', 3, 'وأضاف أن الموسم المقبل سيكون صعبا.'),
        st('p4s1', 4, 'وقال التاجر منير الساحلي إن زبائنه باتوا يشترون أقل.'),
        // After the colon the quote opens: "الناس" is what he says, not who says it.
        st('p4s2', 4, 'وأضاف: "الناس هنا تعودوا على الزيت في كل وجبة".'),
        st('p5s1', 5, 'وقالت رئيسة قسم الطوارئ الدكتورة ليلى منصور إن المستشفى امتلأ.'),
        // "أشارت إلى أن": what follows "to that" is what she said.
        st('p5s2', 5, 'وأشارت إلى أن القسم خصص جناحا إضافيا.'),
        // بتزويد is what she asked for, not part of her name.
        st('p6s1', 6, 'وطالبت منصور بتزويد المستشفى بوحدات دم إضافية.'),
      ],
      lex,
    );
    expect(a?.speaker.ar).toBe('نص المقال');
    expect(b?.speaker).toEqual({ en: 'مدرب نادي الأمل مراد بوزيد', ar: 'مدرب نادي الأمل مراد بوزيد' });
    expect(c?.speaker.ar).toBe('مدرب نادي الأمل مراد بوزيد');
    // Another paragraph: no one to go on from.
    expect(d?.speaker.ar).toBe('نص المقال');
    expect(e?.speaker.ar).toBe('التاجر منير الساحلي');
    expect(f?.speaker.ar).toBe('التاجر منير الساحلي');
    expect([g, h, k].map((x) => x?.speaker.ar)).toEqual(Array(3).fill('رئيسة قسم الطوارئ الدكتورة ليلى منصور'));
  });

  it("reads a name of three whole: a given name, the father's given name (or one with its joiner), the family name", () => {
    const said = speakersOf(
      st('p1s1', 1, 'وقال قائد شرطة المدينة العميد رامي فؤاد الزعبي إن التحقيق مستمر.'),
      st('p2s1', 2, 'وأكدت رئيسة البلدية المهندسة ليلى عبد الرحيم الساعدي أن الطريق سيفتح قريبا.'),
      // Later the family name alone is the one named with it before.
      st('p3s1', 3, 'وأضاف الزعبي أن ثلاثة موقوفين نقلوا إلى النيابة.'),
      st('p4s1', 4, 'وقالت الساعدي إن الأعمال ستنتهي خلال شهر.'),
    );
    expect(said).toEqual([
      'قائد شرطة المدينة العميد رامي فؤاد الزعبي',
      'رئيسة البلدية المهندسة ليلى عبد الرحيم الساعدي',
      'قائد شرطة المدينة العميد رامي فؤاد الزعبي',
      'رئيسة البلدية المهندسة ليلى عبد الرحيم الساعدي',
    ]);
  });

  it('gives a sentence opening with its verb and naming no one after it the speaker before it (the subject is dropped)', () => {
    const said = speakersOf(
      st('p1s1', 1, 'بدوره، رأى الخبير الاقتصادي الدكتور يوسف الحارثي أن النزاع يعكس فجوة في التخطيط.'),
      st('p1s2', 1, 'واقترح تخصيص نسبة من عائدات المحطة لصندوق تنمية.'),
      st('p1s3', 1, 'وأوصى بإشراك السكان في القرار.'),
      // "إلى" after the verb is no article before a subject.
      st('p1s4', 1, 'ودعا إلى إقامة سواتر ترابية لحماية القرى.'),
      // Someone else named after the verb speaks for himself.
      st('p1s5', 1, 'ونصحت الدكتورة هالة يوسف المرضى بالراحة.'),
      // Not across paragraphs, and not a sentence that does not open with the verb.
      st('p2s1', 2, 'واقترح تأجيل المشروع.'),
      st('p3s1', 3, 'وقال مدرب نادي الأمل مراد بوزيد إن العمل مستمر.'),
      st('p3s2', 3, 'والمشروع اقترح قبل عامين.'),
    );
    expect(said).toEqual([
      'الخبير الاقتصادي الدكتور يوسف الحارثي',
      'الخبير الاقتصادي الدكتور يوسف الحارثي',
      'الخبير الاقتصادي الدكتور يوسف الحارثي',
      'الخبير الاقتصادي الدكتور يوسف الحارثي',
      'الدكتورة هالة يوسف',
      'نص المقال',
      'مدرب نادي الأمل مراد بوزيد',
      'نص المقال',
    ]);
  });

  it('gives a body speaking after its verb ("وردّت الوزارة") itself, not someone named before with its word in a title', () => {
    const said = speakersOf(
      st('p1s1', 1, 'وقالت مدربة الفريق في وزارة التربية سلمى العمري إن الطلاب عملوا بجد.'),
      st('p2s1', 2, 'وردّت الوزارة في بيان بأن الميزانية ارتفعت هذا العام.'),
      // A title alone is still whoever was named with it before.
      st('p3s1', 3, 'وأكدت العمري أن الفريق سيشارك مجددا.'),
    );
    expect(said).toEqual([
      'مدربة الفريق في وزارة التربية سلمى العمري',
      'الوزارة',
      'مدربة الفريق في وزارة التربية سلمى العمري',
    ]);
  });

  it("keeps a speaker's title set off by commas after the name, for the sentences that go on with that speaker", () => {
    const said = speakersOf(
      st('p1s1', 1, 'وقال المهندس سامر الخطيب، رئيس فريق التفتيش في هيئة الطرق، إن الشقوق خطيرة.'),
      st('p1s2', 1, 'وأوضح الخطيب: "لم يكن أمامنا خيار سوى التوصية بالإغلاق".'),
      // No title after the comma: the name alone.
      st('p2s1', 2, 'وقال المهندس فادي منصور، مضيفا أن العمل سيستمر، إن الطريق مغلق.'),
    );
    expect(said).toEqual([
      'المهندس سامر الخطيب، رئيس فريق التفتيش في هيئة الطرق',
      'المهندس سامر الخطيب، رئيس فريق التفتيش في هيئة الطرق',
      'المهندس فادي منصور',
    ]);
  });

  it('answers "who said ...?" of a sentence quoting no one with who did what was asked, not the article', () => {
    const question = 'مين اللي حكى مع اللاعبين بالتلفون؟';
    const tokens = analyze(question, lex);
    const text = 'وهنأ وزير الرياضة الدكتور سامر الحداد اللاعبين في اتصال هاتفي مساء الأحد.';
    const type = questionType(tokens.map((t) => t.word));
    expect(shortAnswer(sentence(text), { type, lang: 'ar', asksSpeaker: true, tokens, lex })).toBe(
      'الدكتور سامر الحداد',
    );
  });

  it('gives who did it with the officials it is said of ("مسؤولان في وزارة الصحة")', () => {
    const text = 'وقال مسؤولان في وزارة الصحة إن الحريق أدى إلى مقتل 12 شخصا.';
    expect(short(text, 'من قال إن الحريق أدى إلى مقتل 12 شخصا؟')).toBe('مسؤولان في وزارة الصحة');
  });

  it('answers "which official ...?" with the one the sentence names with a title', () => {
    const text = 'وقال وزير الزراعة سامي الحداد في مؤتمر صحفي عقده في العاصمة إن المحصول تجاوز 4 ملايين طن.';
    expect(short(text, 'من المسؤول الذي عرض أرقام الحصاد على الصحفيين؟')).toBe('وزير الزراعة سامي الحداد');
  });

  it('attributes a sentence to the one "أما" sets first when a verb of saying follows with its ف, not to a topic', () => {
    const [a, b] = speakersOf(
      st('p1s1', 1, 'أما الرئيس التنفيذي للشركة، المهندس كريم العبدلي، فقد نفى أن تكون الشركة قد تجاوزت حدود الترخيص.'),
      st('p2s1', 2, 'أما بخصوص مصدر العدوى، فقد رجحت التحقيقات أن يكون المرض قد انتقل عبر قطيع مهرب.'),
    );
    expect(a).toBe('الرئيس التنفيذي للشركة، المهندس كريم العبدلي');
    expect(b).toBe('نص المقال');
  });

  it('carries the speaker on past whom it was told to, between the verb and "that"', () => {
    const [, b, c] = speakersOf(
      st('p1s1', 1, 'وقال مدير الدفاع المدني العميد سامر الخطيب إن فرقه تلقت أول نداء مساء السبت.'),
      st('p1s2', 1, 'وقال لوكالة الأنباء إن المياه ارتفعت مترين.'),
      st('p1s3', 1, 'وأكد للصحفيين أن البحث مستمر.'),
    );
    expect(b).toBe('مدير الدفاع المدني العميد سامر الخطيب');
    expect(c).toBe('مدير الدفاع المدني العميد سامر الخطيب');
  });

  it('attributes a sentence naming the speaker by surname or title alone to whoever was named so before', () => {
    const said = speakersOf(
      st('p1s1', 1, 'وقال نقيب المهن الطبية الدكتور سامر الخطيب إن الإضراب مستمر.'),
      st('p2s1', 2, 'في المقابل، أكد وزير الصحة الدكتور فادي منصور أن أبواب الحوار مفتوحة.'),
      st('p2s2', 2, 'ونفى الوزير أن تكون الوزارة قد تجاهلت المطالب.'),
      st('p3s1', 3, 'وحذر الخطيب من توسيع الإضراب.'),
      st('p3s2', 3, 'وأكد أن النقابة منحت الحكومة مهلة.'),
      st('p4s1', 4, 'وأوضحت مديرة المكتبة سلمى العمري أن عدد المشتركين تجاوز خمسة آلاف.'),
      st('p5s1', 5, 'من جهته، قال محافظ جبل الريحان، الدكتور فؤاد المصري، إن الأولوية لحماية السكان.'),
      st('p5s2', 5, 'وقال: "سنعوض كل المتضررين".'),
      st('p6s1', 6, 'وأعلنت النيابة العامة توقيف رجل يشتبه في أنه أضرم النار.'),
      // Demanding, expecting, pledging are voiced too.
      st('p7s1', 7, 'وطالب الخطيب بتشكيل لجنة تحقيق مستقلة.'),
      st('p7s2', 7, 'وتوقعت العمري أن يرتفع عدد المشتركين.'),
      st('p7s3', 7, 'وتعهد بأن تتم محاسبة المقصرين.'),
    );
    expect(said).toEqual([
      'نقيب المهن الطبية الدكتور سامر الخطيب',
      'وزير الصحة الدكتور فادي منصور',
      'وزير الصحة الدكتور فادي منصور',
      'نقيب المهن الطبية الدكتور سامر الخطيب',
      // "وأكد أن": no one named after the verb, so the speaker before goes on.
      'نقيب المهن الطبية الدكتور سامر الخطيب',
      // سلمى is also سلمي (peaceful): a name all the same, before a family name.
      'مديرة المكتبة سلمى العمري',
      // A family name from a place (المصري), and "وقال:" going on with the same speaker.
      'محافظ جبل الريحان، الدكتور فؤاد المصري',
      'محافظ جبل الريحان، الدكتور فؤاد المصري',
      // What the body announced (توقيف، an action) is not a name after it.
      'النيابة العامة',
      'نقيب المهن الطبية الدكتور سامر الخطيب',
      'مديرة المكتبة سلمى العمري',
      'مديرة المكتبة سلمى العمري',
    ]);
  });

  it('attributes a sentence to whoever was named with a title before, where no verb of saying named them', () => {
    const said = speakersOf(
      st('p1s1', 1, 'وأصدر وزير الداخلية فؤاد النعيمي مساء الأحد قرارا بإعفاء مدير السجن العميد خالد السعدي من منصبه.'),
      st('p2s1', 2, 'وقال النعيمي في بيان إن ما حدث تقصير فادح.'),
      st('p3s1', 3, 'وقال السعدي إن الوزارة لم ترد على مذكراته.'),
      st('p4s1', 4, 'وقال الوزير إن التحقيق سيشمل الجميع.'),
      // A verb before the title is not part of it.
      st('p5s1', 5, 'وزار رئيس الوزراء عادل الشامي المنطقة المنكوبة يوم الجمعة.'),
      st('p5s2', 5, 'وتعهد الشامي بإعادة بناء المنازل.'),
      // The one named right before the verb says it; a title may run over a place's name and a preposition.
      st('p6s1', 6, 'لكن النائبة عن دائرة وادي النخيل في البرلمان رنا العمري انتقدت الخطة، معتبرة أنها جاءت متأخرة.'),
      st('p6s2', 6, 'وقالت العمري إن المدينة تعاني من انقطاعات متكررة.'),
    );
    expect(said).toEqual([
      'نص المقال',
      'وزير الداخلية فؤاد النعيمي',
      'مدير السجن العميد خالد السعدي',
      'وزير الداخلية فؤاد النعيمي',
      'نص المقال',
      'رئيس الوزراء عادل الشامي',
      'النائبة عن دائرة وادي النخيل في البرلمان رنا العمري',
      'النائبة عن دائرة وادي النخيل في البرلمان رنا العمري',
    ]);
  });

  it('reads a long title up to the given name it ends with, a title alone as the one named with it, no verb as a name', () => {
    const said = speakersOf(
      // The title's own words (a chamber of commerce and its city) run up to the given name.
      st('p1s1', 1, 'لكن رئيس غرفة تجارة وصناعة بيرون سمير الخطيب انتقد القرار بشدة.'),
      st('p1s2', 1, 'وقال الخطيب إن ارتفاع تكلفة الاقتراض سيدفع المصانع إلى تأجيل خطط التوسع.'),
      // "رئيس الغرفة": a title of several words is the one named before with all of them.
      st('p1s3', 1, 'وأوضح رئيس الغرفة أن نحو 40 بالمئة من الشركات تعتمد على التمويل المصرفي.'),
      // A later title opens the name ("الدكتورة"); a given name right after the first word is her father's.
      st('p2s1', 2, 'غير أن أستاذة علم السكان في الجامعة الوطنية الدكتورة هالة يوسف رأت أن الأسباب اقتصادية.'),
      st('p3s1', 3, 'وفي البرلمان، دعا النائب المعارض يوسف القاسم الحكومة إلى رفع الأجور.'),
      // A verb in the future after a role ("الأسر ستزيد") is no name.
      st('p3s2', 3, 'وقال النائب إن أقساط القروض لآلاف الأسر ستزيد.'),
      // "على" is no given name (علي) before a family name.
      st('p4s1', 4, 'وأوضح أن القائد أبلغهم بأن الطائرة قادرة على الطيران بمحرك واحد.'),
    );
    expect(said).toEqual([
      'رئيس غرفة تجارة وصناعة بيرون سمير الخطيب',
      'رئيس غرفة تجارة وصناعة بيرون سمير الخطيب',
      'رئيس غرفة تجارة وصناعة بيرون سمير الخطيب',
      'أستاذة علم السكان في الجامعة الوطنية الدكتورة هالة يوسف',
      'النائب المعارض يوسف القاسم',
      'النائب المعارض يوسف القاسم',
      'نص المقال',
    ]);
  });

  it('finds the name a rank opens after a title closed by a comma', () => {
    expect(
      short(
        'وقال مدير مركز الاستجابة للطوارئ المعلوماتية، العقيد سامر الحداد، إن الهجوم بدأ فجرا.',
        'من يرأس المركز المختص بالطوارئ المعلوماتية؟',
      ),
    ).toBe('العقيد سامر الحداد');
  });

  it('finds the head of a body the question names by a verb of heading, through words of the title it names', () => {
    const text = 'وقال رئيس غرفة تجارة إربد محمد الخصاونة إن "التجار لم يُستشاروا بشكل كاف".';
    expect(short(text, 'من يترأس غرفة التجارة في إربد؟')).toBe('محمد الخصاونة');
    // Words the question does not name are no title of its own.
    expect(short('وقال رئيس غرفة تجارة إربد محمد الخصاونة إن التجار غاضبون.', 'من يترأس نقابة الأطباء؟')).toBeNull();
  });

  it('keeps a place of two words, and the words after it out of it', () => {
    expect(short('وقال المدير الجهوي للفلاحة بولاية فاس مكناس إن الوضع صعب.', 'أين قال المدير ذلك؟')).toBe(
      'بولاية فاس مكناس',
    );
    expect(short('وتقع المكتبة في مدينة وهران وقال المدير إن العمل بدأ.', 'أين تقع المكتبة؟')).toBe('في مدينة وهران');
  });

  it('finds no name where the title is followed by something else', () => {
    expect(short('وقال الوزير إن المشروع سيكتمل قريبا.', 'ما اسم الوزير؟')).toBeNull();
    // "لقائد" is "to the captain", not a name.
    expect(short('وسلم وزير الشباب والرياضة الكأس لقائد نادي الأمل.', 'ما اسم وزير الشباب والرياضة؟')).toBeNull();
    // The title asked is the one before the relative clause: the MP in it is not the minister.
    expect(
      short(
        'وطالب النائب كريم الصباغ بمساءلة وزير الثقافة عن الإهمال.',
        'من هو وزير الثقافة الذي طالب النائب بمساءلته؟',
      ),
    ).toBeNull();
    // "لمتابعة" is a purpose (to follow up), not a name.
    expect(
      short('وأعلنت الحكومة تشكيل لجنة طوارئ برئاسة وزير الداخلية لمتابعة تداعيات العاصفة.', 'ما اسم وزير الداخلية؟'),
    ).toBeNull();
  });
});

describe('a farm or a field as the place asked', () => {
  it('answers where with it: "في مزرعة مهجورة", "في حقل زيتون" are places', async () => {
    const engine = await plainEngine('escape', [
      'تمكّن سبعة عشر نزيلاً من الفرار من السجن المركزي في مدينة وادي السدر فجر يوم الأحد.',
      'وبحلول مساء الاثنين، أعلنت الشرطة إلقاء القبض على ستة من الفارّين في مزرعة مهجورة على بعد 22 كيلومتراً شمال السجن.',
      'وسقطت الطائرة المسيرة صباح السبت في حقل زيتون قرب القرية.',
    ]);
    expect(engine.ask({ question: 'أين اعتُقل الهاربون؟' })).toMatchObject({
      citations: [{ id: 'p2s1' }],
      short: expect.stringContaining('مزرعة'),
    });
    expect(engine.ask({ question: 'أين سقطت الطائرة المسيرة؟' }).short).toContain('حقل');
  });
});

describe('names and counts a plain article writes in several words', () => {
  it.each<{ name: string; sentences: string[]; shorts: Array<[string, string]> }>([
    {
      // A place named after its common noun: "قرب بلدة وادي السلام", "إلى ميناء زوارة", "في العاصمة قلعة النخيل".
      name: 'train',
      sentences: [
        'خرج قطار ركاب عن القضبان فجر الثلاثاء قرب بلدة وادي السلام، ما أدى إلى إصابة 40 راكبا.',
        'ونقل خفر السواحل الناجين من القارب إلى ميناء زوارة صباح الأربعاء.',
        'وعقد وزير النقل مؤتمرا صحفيا في العاصمة قلعة النخيل مساء الثلاثاء.',
      ],
      shorts: [
        ['أين خرج القطار عن القضبان؟', 'قرب بلدة وادي السلام'],
        ['إلى أين نقل خفر السواحل الناجين؟', 'إلى ميناء زوارة'],
        ['أين عقد وزير النقل مؤتمره الصحفي؟', 'في العاصمة قلعة النخيل'],
      ],
    },
    {
      // A body, all of its name: the nouns before its adjective and the definite words after it.
      name: 'loan',
      sentences: [
        'افتتح رئيس الوزراء محطة تحلية المياه الجديدة صباح الثلاثاء.',
        'وبلغت كلفة المحطة 300 مليون دولار، وقدم صندوق التنمية الإقليمي قرضا بنصفها.',
        'وكشفت وزارة المياه والري الأردنية عن خطة لتقنين مياه الشرب في الصيف.',
      ],
      shorts: [
        ['ما الجهة التي منحت القرض لتمويل المحطة؟', 'صندوق التنمية الإقليمي'],
        ['ما الجهة الحكومية التي كشفت عن خطة تقنين مياه الشرب؟', 'وزارة المياه والري الأردنية'],
      ],
    },
    {
      // A count of two nouns joined by "and", where the phrase ends with the second: not "إصابة" after the dead.
      name: 'dig',
      sentences: [
        'أعلنت دائرة الآثار اكتشاف موقع أثري جديد قرب القرية يوم الثلاثاء.',
        'ويضم فريق التنقيب 18 باحثا وطالبا، ويعمل منذ ثلاثة أشهر.',
        'وقتل في الانهيار 5 أشخاص وإصابة عشرة آخرين بجروح.',
      ],
      shorts: [
        ['كم شخصا يضم فريق التنقيب؟', '18 باحثا وطالبا'],
        ['كم شخصا قتل في الانهيار؟', '5 أشخاص'],
      ],
    },
  ])('gives the whole of them ($name)', async ({ name, sentences, shorts }) => {
    const engine = await plainEngine(name, sentences);
    for (const [question, short] of shorts) expect(engine.ask({ question }).short).toBe(short);
  });
});

describe('a month with its Levantine name', () => {
  it('gives both of its words, after a slash or a space: "أكتوبر/تشرين الأول", "أكتوبر تشرين الأول"', async () => {
    const engine = await plainEngine('budget', [
      'صادق البرلمان مساء الثلاثاء 14 أكتوبر/تشرين الأول على موازنة العام المقبل.',
      'ورفع البنك المركزي سعر الفائدة يوم الخميس 16 أكتوبر تشرين الأول بمقدار نصف نقطة.',
    ]);
    expect(engine.ask({ question: 'متى صادق البرلمان على الموازنة؟' }).short).toBe(
      'مساء الثلاثاء 14 أكتوبر/تشرين الأول',
    );
    expect(engine.ask({ question: 'متى رفع البنك المركزي سعر الفائدة؟' }).short).toBe(
      'يوم الخميس 16 أكتوبر تشرين الأول',
    );
  });
});

describe('an hour with what follows it', () => {
  it('gives "after midnight" and the date of the day after the hour', async () => {
    const engine = await plainEngine('flight', [
      'هبطت الطائرة في المطار عند الساعة الثانية وعشر دقائق فجر السبت 14 سبتمبر بعد رحلة طويلة.',
      'وفر السجناء قرابة الساعة الثانية والنصف بعد منتصف الليل عبر نفق حفروه.',
    ]);
    expect(engine.ask({ question: 'في أي ساعة هبطت الطائرة؟' }).short).toBe(
      'عند الساعة الثانية وعشر دقائق فجر السبت 14 سبتمبر',
    );
    expect(engine.ask({ question: 'في أي ساعة فر السجناء؟' }).short).toBe(
      'قرابة الساعة الثانية والنصف بعد منتصف الليل',
    );
  });
});

describe('a kind of place or person asked with "أي"', () => {
  it('is answered by that noun and the name after it, up to a time, a purpose or a verb', async () => {
    const engine = await plainEngine('guard', [
      'ونُقل الحارس منصور إلى مستشفى وادي النخيل العام، حيث وصف مدير المستشفى حالته بأنها مستقرة.',
      'ومن المقرر أن تصل سفينة الإصلاح إلى موقع العطل يوم الجمعة، بعد أن أبحرت من ميناء بورسعيد مساء الثلاثاء.',
      'وأثار الحادث انتقادات في البرلمان، إذ طالب النائب مازن القاسم باستدعاء الوزير لمساءلته.',
      'ونقل سائقان مصابان إلى مستشفى البشير لتلقي العلاج.',
    ]);
    const short = (q: string) => engine.ask({ question: q }).short;
    expect(short('إلى أي مستشفى نُقل الحارس منصور؟')).toBe('مستشفى وادي النخيل العام');
    expect(short('من أي ميناء أبحرت سفينة الإصلاح؟')).toBe('ميناء بورسعيد');
    // "البرلمان" shares the MP's concept but is not the noun asked.
    expect(short('أي نائب طالب باستدعاء الوزير؟')).toBe('النائب مازن القاسم');
    expect(short('إلى أي مستشفى نقل السائقان المصابان؟')).toBe('مستشفى البشير');
  });
});

describe('a plural of a unit ending in ان', () => {
  it('is no dual: "6 أطنان" keeps its number, while "يومين" is two days', async () => {
    const engine = await plainEngine('catch', [
      'وأوضح أن الدورية صادرت نحو 6 أطنان من الأسماك وكمية من الشباك المحظورة.',
      'واستمرت الرحلة يومين قبل أن تعود القوارب.',
    ]);
    expect(engine.ask({ question: 'كم طنا من السمك صادرت الدورية؟' }).short).toBe('نحو 6 أطنان');
    expect(engine.ask({ question: 'كم يوما استمرت الرحلة؟' }).short).toBe('يومين');
  });
});

describe('an amount asked with "ما"', () => {
  it('is read for an intensity, a capacity or the most allowed', async () => {
    const engine = await plainEngine('quake', [
      'ضرب زلزال بلغت شدته 6,8 درجات على مقياس ريختر ولاية الجبل فجر الثلاثاء.',
      'وأقامت الوزارة مستشفى ميدانيا تبلغ طاقته الاستيعابية 60 سريرا قرب البلدة.',
      'ويطالب الأطباء بألا تتجاوز ساعات الدوام المتواصل 24 ساعة.',
    ]);
    const short = (q: string) => engine.ask({ question: q }).short;
    expect(short('ما شدة الزلزال على مقياس ريختر؟')).toBe('6,8 درجات');
    expect(short('ما الطاقة الاستيعابية للمستشفى الميداني؟')).toBe('60 سريرا');
    expect(short('ما الحد الأقصى لساعات الدوام المتواصل الذي يطالب به الأطباء؟')).toContain('24 ساعة');
  });
});

describe('a name asked', () => {
  it('is read in quotation marks a few words after a word for the thing, not after another thing', async () => {
    const engine = await plainEngine('names', [
      'ضرب الإعصار المداري "نجمة" سواحل المحافظة فجر الثلاثاء مصحوبا برياح قوية.',
      'وتبنت مجموعة تطلق على نفسها اسم "الظل الأسود" الهجوم عبر موقع لها على الشبكة.',
      'وأطلقت الوكالة أول قمر صناعي وطني يحمل اسم "عليسة-1" على متن صاروخ هندي.',
    ]);
    const short = (q: string) => engine.ask({ question: q }).short;
    expect(short('ما اسم العاصفة التي ضربت السواحل؟')).toBe('نجمة');
    expect(short('ما اسم الجماعة التي تبنت الهجوم؟')).toBe('الظل الأسود');
    // The satellite's name is no name of the rocket.
    expect(engine.ask({ question: 'ما اسم الصاروخ الذي حمل القمر الصناعي؟' }).answered).toBe(false);
  });

  it('of an official is the name of the one who says it, not of one the question names', async () => {
    const engine = createEngine(await loadKnowledge('knowledge'));
    const toner = engine.ask({ question: 'ما اسم المسؤول في الخارجية الأمريكية الذي وصف الزيارة بأنها محاولة أخرى؟' });
    expect(toner).toMatchObject({ short: 'مارك توني', citations: [{ id: 'p13s1' }] });
    // The intelligence official who criticized Kerry is never named: not Kerry's name.
    expect(engine.ask({ question: 'ما اسم مسؤول المخابرات الأمريكي الذي انتقد وزير الخارجية؟' }).answered).toBe(false);
    // An official of a country or region the sentence's speaker is not of is not him.
    const library = await plainEngine('library', [
      'افتتحت بلدية المدينة يوم الأحد أول مكتبة عامة رقمية.',
      'وقال رئيس البلدية عماد الخطيب في حفل الافتتاح إن المكتبة تضم 40 ألف كتاب.',
    ]);
    expect(library.ask({ question: 'ما اسم المسؤول الذي تحدث في حفل افتتاح المكتبة؟' }).short).toBe('عماد الخطيب');
    expect(library.ask({ question: 'ما اسم المسؤول الأوروبي الذي حضر حفل افتتاح المكتبة؟' }).answered).toBe(false);
  });
});

describe('short answers of a plain article, one sentence each', () => {
  it.each([
    // A percent is no place: "في المئة" does not answer where.
    [
      'وعلى المستوى الدولي، أفاد المجلس الدولي للزيتون، ومقره مدريد، بأن الإنتاج العالمي تراجع بنسبة 25 في المئة.',
      'وين مقر المجلس الدولي للزيتون؟',
      'مدريد',
    ],
    // A fraction of a unit is an amount ...
    [
      'ولم يكن الباعة يدفعون في الشوارع سوى رسم يومي رمزي قدره نصف دينار تجمعه البلدية.',
      'كم كان الرسم اليومي الذي يدفعه الباعة؟',
      'نصف دينار',
    ],
    // ... while a half after a number stays with it.
    ['واستغرقت أعمال البناء أربع سنوات ونصف السنة.', 'كم سنة استغرقت أعمال البناء؟', 'أربع سنوات ونصف السنة'],
    // A family name whose light stem is a function word ("الهنائي" stems to "هنا") is still part of the name.
    [
      'وقال الخبير في سلامة الطيران، الكابتن ناصر الهنائي، إن إيقاف محرك في الجو إجراء نادر.',
      'من الخبير الذي تحدث عن إيقاف المحرك في الجو؟',
      'الكابتن ناصر الهنائي',
    ],
    // An hour asked is the hour of the clock, not the day of another time in the sentence.
    [
      'وقال المرصد في بيان صدر صباح الأربعاء إن الكرة النارية ظهرت عند الساعة الثامنة و42 دقيقة مساء.',
      'الكورة النار دي ظهرت في السما الساعة كام؟',
      'عند الساعة الثامنة و42 دقيقة مساء',
    ],
    // Where: the building the place is in, three words back or with its preposition glued ("بمقر").
    [
      'وقال الوزير في مؤتمر صحفي عقده بمقر الوزارة في العاصمة إن الوزارة لن تتراجع.',
      'أين تحدث الوزير إلى الصحفيين؟',
      'بمقر الوزارة في العاصمة',
    ],
    [
      'واجتمع مجلس الوزراء صباح الأحد في مقر رئاسة الحكومة بالعاصمة وقرر رفع الأجور.',
      'وين اجتمع مجلس الوزراء؟',
      'في مقر رئاسة الحكومة بالعاصمة',
    ],
    // Until when: the time it lasts until, not when it starts.
    [
      'وقالت الوزارة إن الإجراءات الجديدة ستدخل حيز التنفيذ مطلع الشهر المقبل وتستمر حتى نهاية شهر تشرين الأول.',
      'إلى متى سيستمر تطبيق الإجراءات الجديدة؟',
      'حتى نهاية شهر تشرين الأول',
    ],
    // Who: a body with the noun that names its kind before it ("جمعية", "نقابة").
    [
      'ونصبت جمعية الهلال الأحمر المحلية خياما لإيواء الأسر وتوزيع الوجبات الساخنة.',
      'مين اللي نصب خيم للأهالي هناك؟',
      'جمعية الهلال الأحمر المحلية',
    ],
    // ... and a person with the whole title before the name, not the title's first word.
    [
      'في المقابل، انتقد رئيس غرفة التجارة فؤاد الخطيب القيود المرورية الجديدة.',
      'من الذي اعترض على القيود المرورية؟',
      'رئيس غرفة التجارة فؤاد الخطيب',
    ],
    // Which city: a city named, not the common noun alone nearer the question's words.
    [
      'أعلنت السلطات المحلية في مدينة الزهراء، صباح الثلاثاء، حالة التأهب القصوى بعد فرار أسد ونمرين من حديقة حيوانات خاصة تقع على الأطراف الشمالية للمدينة.',
      'في أي مدينة وقعت حادثة فرار الحيوانات المفترسة؟',
      'مدينة الزهراء',
    ],
    // Which group: the name given to it right after the noun, not the noun's words.
    [
      'وأضاف أن أسلوب الهجوم يشبه أساليب مجموعة قرصنة تعرف باسم "العنكبوت الرمادي"، لكنه امتنع عن توجيه اتهام.',
      'أي جماعة يُشتبه في أنها تقف خلف الهجوم؟',
      'العنكبوت الرمادي',
    ],
    // Which city: the city a preposition glued to its noun opens, not the building before it, and without the
    // preposition.
    [
      'وكان من المنتظر أن يستضيف المسرح البلدي بمدينة وادي النخيل عروض المهرجان على مدى تسعة أيام.',
      'في أي مدينة كان سيقام المهرجان؟',
      'مدينة وادي النخيل',
    ],
    // "نفسه" (the same, itself) tells no fate: a count of suspended contracts is no count of the killed.
    [
      'وقررت المديرية تعليق عقود التغذية في 17 مدرسة كانت تتسلم اللحوم من المستودع نفسه.',
      'كم مدرسة أوقفت مديرية التعليم عقود تزويدها بالوجبات؟',
      '17 مدرسة',
    ],
    // A range read from its second number runs from its first.
    [
      'وتقع المناحل المنكوبة على ارتفاع يتراوح بين 900 و1600 متر فوق سطح البحر.',
      'على أي علو تقع المناحل المنكوبة؟',
      'بين 900 و1600 متر فوق سطح البحر',
    ],
  ])('%s\n  %s -> %s', async (sentence, question, short) => {
    const engine = await plainEngine('one', [sentence, 'وقال مسؤول محلي إن التحقيق مستمر.']);
    expect(engine.ask({ question }).short).toBe(short);
  });
});

describe('heldRole', () => {
  it('reads a verb of heading in the past, of a woman or a man, as asking for the head', () => {
    for (const q of ['من التي ترأست لجنة التحكيم هذا العام؟', 'من يرأس لجنة التحكيم؟', 'Who chaired the committee?'])
      expect(heldRole(analyze(q, lex), lex), q).toBe('#gen_head');
    // Driving the train is no heading of it.
    expect(heldRole(analyze('من قاد الرحلة الافتتاحية للقطار؟', lex), lex)).toBeUndefined();
  });
});
