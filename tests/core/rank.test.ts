import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, hasDialect } from '../../src/core/analyze.js';
import { createEngine } from '../../src/core/engine.js';
import { compileLexicon } from '../../src/core/lexicon.js';
import { knowledgeFromText } from '../../src/core/plain-article.js';
import {
  correctedEnglish,
  dialectForms,
  fitsType,
  fuzzyAlts,
  RANKING,
  rank,
  separatedArabic,
} from '../../src/core/rank.js';
import { buildIndex, type IndexedStatement, type SearchIndex } from '../../src/core/search-index.js';
import { attributeSpeakers, givesDate, givesTime } from '../../src/core/short-answer.js';
import { loadKnowledge, loadPlainArticle } from '../../src/knowledge/load.js';
import { plainEngine } from '../helpers/plain-engine.js';

/** A statement of a plain article's own reporting, its paragraph read from its id ("p2s1": 2). */
const reported = (id: string, text: string) => ({
  id,
  paragraph: Number(/^p(\d+)/u.exec(id)?.[1]),
  section: 'article' as const,
  speaker: { en: 'the article (reporting)', ar: 'نص المقال' },
  text,
});

let index: SearchIndex;
let knowledge: Awaited<ReturnType<typeof loadKnowledge>>;
beforeAll(async () => {
  const k = await loadKnowledge('knowledge');
  knowledge = k;
  index = buildIndex(k.statements, compileLexicon(k.lexicon));
});

describe('dialect word forms', () => {
  it.each([
    ['بيقول', ['يقول']],
    ['هيسافر', ['يسافر']],
    ['كيقولو', ['يقولو', 'يقولوا']],
    ['مابيعرفش', ['بيعرف', 'يعرف']],
    ['هالمخيم', ['المخيم']],
    // "على" glued to the article (Levantine, Gulf): "شو صار عالحدود؟".
    ['عالحدود', ['الحدود']],
    ['ضربو', ['ضربوا']],
    // The standard future: "سيصل" asked, "يصل" written, and the other way round.
    ['سيصل', ['يصل']],
    ['تعمل', ['ستعمل']],
  ])('%s may stand for %j', (word, forms) => {
    expect(dialectForms(word)).toEqual(forms);
  });

  it('leaves words without dialect affixes alone', () => {
    expect(dialectForms('نحو')).toEqual([]);
    expect(dialectForms('عملية')).toEqual([]);
    expect(dialectForms('ستراتيجيه')).toEqual([]);
    // "عالمية" is "global", not على + "مية".
    expect(dialectForms('عالميه')).toEqual([]);
  });

  it('finds an unknown dialect word by its standard form when the article or the lexicon has that form', () => {
    // "كيعارضو" (Moroccan "they oppose"): the dialect map has no such word; يعارضوا is a form of the #oppose group.
    const r = rank('علاش كيعارضو كيري؟', index, (w, s) => fuzzyAlts(w, s, index));
    const oppose = r.units.find((u) => u.word === 'كيعارضو');
    // Read as a typo instead, it would count less (a fuzzy match, under 1).
    expect(oppose?.alts).toContainEqual({ term: '#oppose', w: 1 });
    expect(r.ranked[0]?.doc.statement.id).toBe('p1s1');
  });
});

describe('lexicon', () => {
  it("reads naval vessels (القطع البحرية) as ships and an army's movements (تحركات) as maneuvers", () => {
    const concepts = (q: string) => analyze(q, index.lex).flatMap((t) => t.concepts);
    expect(concepts('تحركات الجيش الروسي حيال القطع البحرية الأمريكية')).toEqual(
      expect.arrayContaining(['#maneuver', '#ships']),
    );
  });

  it('reads a service cut off entirely, and the Maghrebi "بالعاني" (on purpose), by their concepts', () => {
    const concepts = (q: string) => analyze(q, index.lex).flatMap((t) => t.concepts);
    expect(concepts('انقطعت الخدمة كلياً عن المدينة')).toEqual(
      expect.arrayContaining(['#gen_disconnect', '#gen_completely']),
    );
    expect(concepts('الروس ضربو المخيم بالعاني')).toContain('#deliberate');
  });

  it('reads the minimum wage in its several phrasings as one concept', () => {
    const concepts = (q: string) => new Set(analyze(q, index.lex).flatMap((t) => t.concepts));
    for (const q of ['الحد الأدنى للأجور', 'الأجر الأدنى', 'الحد الأدنى للرواتب'])
      expect([...concepts(q)]).toEqual(expect.arrayContaining(['#gen_minimum_wage', '#gen_salary']));
  });

  it('reads a cessation of hostilities with a glued preposition as one, not as a work stoppage, and "the only goal" as an aim', () => {
    const concepts = (q: string) => analyze(q, index.lex).flatMap((t) => t.concepts);
    expect(concepts('هل التزمت روسيا بوقف العمليات القتالية؟')).toContain('#ceasefire');
    expect(concepts('هل التزمت روسيا بوقف العمليات القتالية؟')).not.toContain('#gen_labor_strike');
    expect(concepts('ما الهدف الوحيد للمقاتلين؟')).not.toContain('#gen_goal_scored');
  });

  it('reads "sees it" (يراه) as no hope: the stem of "bets" (يراهن) is the same, so betting is no alias of hoping', () => {
    const concepts = (q: string) => analyze(q, index.lex).flatMap((t) => t.concepts);
    expect(concepts('ما الذي يراه المسؤولون ساذجا؟')).not.toContain('#hope');
    expect(concepts('ما زال الوزير يأمل في تعاون أوثق')).toContain('#hope');
  });

  it('reads believing or considering (يعتقد، يعتبر، believe) as no doubt, and doubting in the past (شكك) as doubt', () => {
    const concepts = (q: string) => analyze(q, index.lex).flatMap((t) => t.concepts);
    expect(concepts('لماذا يعتقد الوزير أنه يستطيع إقناع الروس؟')).not.toContain('#skeptic');
    expect(concepts('لماذا يعتقد الوزير أنه يستطيع إقناع الروس؟')).toContain('#gen_believe');
    expect(concepts('منو اللي شكك بقدرة كيري؟')).toContain('#skeptic');
    expect(concepts('ليش المسؤولين مش مقتنعين بطريقة كيري؟')).toContain('#skeptic');
  });

  it('reads the whole (الكلي) as a total, an officer by his rank (العقيد), a storage capacity as a capacity', () => {
    const concepts = (q: string) => analyze(q, index.lex).flatMap((t) => t.concepts);
    expect(concepts('ما الطول الكلي للشارع؟')).toContain('#gen_total');
    expect(concepts('من الضابط المسؤول؟')).toContain('#gen_officer');
    expect(concepts('قال العقيد فادي الشامي')).toContain('#gen_officer');
    // A storage capacity (الطاقة التخزينية) is a capacity, not energy.
    expect(concepts('بلغ منسوب البحيرة 90 في المئة من طاقتها التخزينية')).toContain('#gen_capacity');
  });
});

describe('gazetteer', () => {
  it('does not read "visits Russia today" (يزور روسيا اليوم) as the channel Russia Today', () => {
    const [, russia, today] = analyze('يزور روسيا اليوم', index.lex);
    expect(russia?.concepts).toContain('#russia');
    expect(today?.concepts).not.toContain('#russia');
    expect(analyze('قناة روسيا اليوم', index.lex)[1]?.concepts).toEqual(['#g_russian_state_media']);
  });
});

describe('dialect map', () => {
  it('reads a dialect verb with an object pronoun the map lacks as written', () => {
    const words = (q: string) => analyze(q, index.lex).map((t) => t.word);
    // "يبيه" (Gulf: he wants it) is "يبي" + "ه"; "كاملة" is not "كام" (how much) + "له".
    expect(words('شنو اللي يبيه كيري؟')).toContain('يريد');
    expect(words('ليش تأخر المشروع سنة كاملة؟')).toContain('كامله');
    // A ة is no pronoun: "خلية" (a cell) is not "خلّيه" (let him), nor "بديلة" (alternative) "بدي" + "له".
    expect(words('كم خلية نحل نفقت؟')).toContain('خليه');
    expect(words('ما الطرق البديلة؟ وأين الطريق البديلة')).not.toContain('يريد');
  });

  it('reads the Egyptian "قد إيه" / "أد إيه" (how much) as "كم", and leaves "قد" (already) alone', async () => {
    const words = (q: string) => analyze(q, index.lex).map((t) => t.word);
    expect(words('هو الأتوبيس وقع من على ارتفاع قد إيه؟')).toContain('كم');
    expect(words('الطماطم بقت بأد ايه؟')).toContain('بكم');
    expect(words('وقد أعلن الوزير الخطة')).not.toContain('كم');
    // A rise asked with its verb before the "how much" is a change, told as a share.
    const engine = await plainEngine('how-much-test', [
      'وارتفع سعر الطماطم في سوق الجملة بنسبة 30 في المئة خلال أسبوع.',
      'وقال التجار إن الطلب تراجع.',
    ]);
    expect(engine.ask({ question: 'هو سعر الطماطم زاد قد إيه في سوق الجملة؟' }).short).toBe('30 في المئة');
  });

  it('reads a word of a lexicon phrase written with a hamza as the standard word, not the dialect one', () => {
    // "من جراء" (because of) is no "من طرد" (the Maghrebi "جرا", expelled): "who did they expel" asks no cause.
    const concepts = (q: string) => analyze(q, index.lex).flatMap((t) => t.concepts);
    expect(concepts('كم واحد من المسؤولين الروس طردتهم أمريكا؟')).toContain('#expel');
    expect(concepts('كم واحد من المسؤولين الروس طردتهم أمريكا؟')).not.toContain('#gen_reason');
    expect(concepts('مات من جراء القصف')).toContain('#gen_reason');
    // The dialect word itself still reads as the dialect map has it.
    expect(analyze('جراو الدبلوماسيين', index.lex).map((t) => t.word)).toContain('طردوا');
  });

  it("gives a plural written with a hamza after its alef only to words with that alef, not to its stem's others", () => {
    // "شركاء" (partners) folds to "شركا", whose stem is the company's ("الشركة"), as "الاستياء" (resentment) folds to
    // a stem "است".
    const concepts = (q: string) => analyze(q, index.lex).flatMap((t) => t.concepts);
    expect(concepts('ماذا أعلنت الشركة؟')).not.toContain('#ally');
    expect(concepts('ما موقف الشركات؟')).not.toContain('#ally');
    for (const q of ['من هم شركاء واشنطن؟', 'ماذا يقول الشركاء؟', 'وماذا يريد شركاؤنا؟'])
      expect(concepts(q)).toContain('#ally');
    expect(concepts('ما سبب الاستياء؟')).toContain('#angry');
  });

  it('gives such a concept to its other aliases of the stem as written too: "أجلى" (evacuated) beside "إجلاء"', () => {
    const concepts = (q: string) => analyze(q, index.lex).flatMap((t) => t.concepts);
    expect(concepts('وأُجلي نحو 4200 من السكان عن منازلهم')).toContain('#gen_evacuate');
    expect(concepts('من اعتدى على الدبلوماسي؟')).toContain('#attack');
    // Only as written: "حلفاءهم" (their allies) lends no "حلف" (an alliance) the allies' concept.
    expect(concepts('ما أنشطة حلف شمال الأطلسي؟')).not.toContain('#ally');
  });

  it('reads "المرات" (the times) as مرات, not as المرأة (the woman), and أمر (ordered) as no امرأة', () => {
    // Folded, "المرأة" is "المراه", whose stem "مرا" is also that of "المرات"; "امرأة" stems to "امر".
    const concepts = (q: string) => analyze(q, index.lex).flatMap((t) => t.concepts);
    expect(concepts('ما عدد المرات التي زار فيها الوزير روسيا؟')).not.toContain('#gen_women');
    expect(concepts('من أمر بإغلاق المعبر؟')).not.toContain('#gen_women');
    expect(concepts('ماذا قالت المرأة؟')).toContain('#gen_women');
    expect(concepts('من هي الامرأة التي تحدثت؟')).toContain('#gen_women');
    const engine = createEngine(knowledge);
    expect(engine.ask({ question: 'ما عدد المرات التي زار فيها الوزير روسيا؟' }).citations[0]?.id).toBe('p2s1');
  });

  it('gives a verbal noun in اء its concept in its plural in اءات too ("الإعفاءات", "الاستثناءات")', () => {
    // "إعفاء" (exempting) is written as a plural like "شركاء" is; its own plural adds ات after the hamza.
    const concepts = (q: string) => analyze(q, index.lex).flatMap((t) => t.concepts);
    expect(concepts('ما الإعفاءات التي أقرتها الهيئة؟')).toContain('#gen_exemption');
    expect(concepts('ما هي الاستثناءات؟')).toContain('#gen_exemption');
    expect(concepts('ما الإجراءات التي اتخذتها البلدية؟')).toContain('#gen_measures');
    expect(concepts('ماذا أعلنت الشركات؟')).not.toContain('#ally');
  });

  it('gives a word whose stem drops a ta marbuta only the concepts of its own ending, where the two differ', () => {
    // "عمدا"، "بالعمد" (on purpose) share the stem عمد with "العمدة" (the mayor); "مهمة" (a mission) with "مهم".
    const concepts = (q: string) => analyze(q, index.lex).flatMap((t) => t.concepts);
    expect(concepts('مين اللي بيقول إن الروس ضربوا المعسكر بالعمد؟')).toContain('#deliberate');
    expect(concepts('مين اللي بيقول إن الروس ضربوا المعسكر بالعمد؟')).not.toContain('#gen_mayor');
    expect(concepts('ماذا قال العمدة؟')).toContain('#gen_mayor');
    expect(concepts('ماذا قال العمدة؟')).not.toContain('#deliberate');
    expect(concepts('ما هي مهمة المقاتلين؟')).toContain('#mission');
    expect(concepts('ما هو الأمر المهم؟')).not.toContain('#mission');
    // A ta before a pronoun is a verb's as well as a noun's: "وصفته" (she described it) keeps both readings.
    expect(concepts('ما الذي وصفته الوزارة؟')).toContain('#gen_describe');
  });

  it('reads "deal with" as handling, and leaves "a deal" an agreement', () => {
    const words = (q: string) => analyze(q, index.lex).map((t) => t.word);
    expect(words('how to deal with the challenges Russia poses')).toContain('handle');
    expect(words('What kind of deal do the Russians want?')).toContain('deal');
  });

  it('reads misspelt or texted English question words ("wich", "wat", "hw")', () => {
    const words = (q: string) => analyze(q, index.lex).map((t) => t.word);
    expect(words('camp is near wich border')).toContain('which');
    expect(words('wat kind of deal')).toContain('what');
    expect(words('hw many ppl died')).toContain('how');
  });

  it('writes a misspelt word of a lexicon phrase right, and leaves real words alone', () => {
    expect(correctedEnglish('was the camp hit by mistke?', index)).toBe('was the camp hit by mistake?');
    expect(correctedEnglish('who did they kill besides the moderat opposition', index)).toContain('moderate');
    // Real words near other words are not "typos" of them: "foreign" is no "reign", "away" no "sway".
    for (const q of ['What did the Saudi foreign minister say?', 'Does anyone think ISIS is going away?'])
      expect(correctedEnglish(q, index)).toBe(q);
    // Arabic is left to the typo look-up of each word.
    expect(correctedEnglish('هل قصفو المعسكر عن عمد؟', index)).toBe('هل قصفو المعسكر عن عمد؟');
    expect(createEngine(knowledge).ask({ question: 'was it done on purpos?' }).citations[0]?.id).toBe('p10s2');
    // A word's look-up is remembered: the same word in another question is read the same way.
    expect(correctedEnglish('did they hit it by mistke or not', index)).toBe('did they hit it by mistake or not');
    expect(correctedEnglish('was the camp hit by mistke?', index)).toBe('was the camp hit by mistake?');
  });

  it('reads a misspelt or texted English function word as that word ("acording to", "w this")', () => {
    expect(correctedEnglish('what is kerry ignoring acording to the official', index)).toBe(
      'what is kerry ignoring according to the official',
    );
    expect(correctedEnglish('did anythng happen there', index)).toBe('did anything happen there');
    const words = (q: string) => analyze(q, index.lex).map((t) => t.word);
    expect(words('whats ukraine got to do w this')).toContain('with');
    expect(words('anything abt the camp')).toContain('about');
    // "n" is texted "and": no word of its own to find.
    expect(words('did the us n russia expel diplomats')).not.toContain('n');
  });

  it('splits two Arabic words run together where both are words the article or the lexicon knows', () => {
    expect(separatedArabic('من الذى قصف المعسكرعمدا؟', index)).toBe('من الذى قصف المعسكر عمدا؟');
    expect(separatedArabic('ليش قصفواالمخيم؟', index)).toBe('ليش قصفوا المخيم؟');
    // A known word in another form, a dialect word with its "and", a word whose split would only take its
    // prefixes off, and على glued to a known word's article ("عالمعسكر", not عالم + عسكر) are one word.
    for (const q of [
      'ما الموقع الجغرافي للمخيم المستهدف؟',
      'والتاني؟',
      'شو دخلو بالمشكلة بين الروس والأمريكان؟',
      'شكد مجموع اللي ماتوا بالضربتين عالمعسكر؟',
    ])
      expect(separatedArabic(q, index)).toBe(q);
    expect(createEngine(knowledge).ask({ question: 'من الذى قصف المعسكرعمدا؟' }).citations[0]?.id).toBe('p10s2');
  });

  it('splits a question word run together with the next word ("ماذايريد", "مالذي")', () => {
    expect(separatedArabic('ماذايريد الروس بالنسبه للاسد؟', index)).toBe('ماذا يريد الروس بالنسبه للاسد؟');
    expect(separatedArabic('مالذي يقوله الروس عن هدفهم؟', index)).toBe('ما الذي يقوله الروس عن هدفهم؟');
    expect(separatedArabic('من هوالمتحدث باسم الخارجيه؟', index)).toBe('من هو المتحدث باسم الخارجيه؟');
    // Words the article or the lexicon knows, and function words, stay whole.
    for (const q of ['ماهو موقف السعودية؟', 'متى وصل كيري؟', 'هل المسؤولين متفقين؟', 'مازال كيري يأمل؟'])
      expect(separatedArabic(q, index)).toBe(q);
    expect(createEngine(knowledge).ask({ question: 'ماذايريد الروس بالنسبه للاسد؟' }).citations[0]?.id).toBe('p12s1');
    expect(createEngine(knowledge).ask({ question: 'من هوالمتحدث باسم الخارجيه الامريكيه؟' }).short).toBe('مارك توني');
  });

  it('reads "going to" a place as a journey, not as leaving ("Assad must go")', () => {
    const words = (q: string) => analyze(q, index.lex).map((t) => t.word);
    expect(words('Who is going to Moscow?')).toContain('journey');
    expect(words('Is ISIS going to be defeated?')).toContain('going');
    expect(
      rank('Who is going to Moscow?', index, (w, s) => fuzzyAlts(w, s, index)).ranked[0]?.doc.statement.id,
    ).not.toBe('p12s1');
  });

  it('leaves standard words that a dialect spelling folds onto alone', () => {
    // "إلى" and "الى" normalize to الي, a chat spelling of اللي: read as "which", it opened a relative clause.
    const words = analyze('متى يصل كيري إلى موسكو؟ ماهو هدف الزيارة؟', index.lex).map((t) => t.word);
    expect(words).toContain('الي');
    expect(words).not.toContain('الذي');
    expect(words).toContain('ماهو');
    expect(words).not.toContain('ليس');
  });
});

describe('words side by side, in a plain article', () => {
  const statements = [
    reported('p1s1', 'وحكمت المحكمة على المتهم في القضية، بينما كان دور الموظف الرئيسي محدودا.'),
    reported('p2s1', 'وحكمت المحكمة في القضية على المتهم الرئيسي بالسجن ثماني سنوات.'),
  ];

  it("ranks a statement that has the question's words together above one that has them apart", () => {
    const lex = index.lex;
    const plain = buildIndex(statements, lex, { phrases: true });
    const fuzzy = (w: string, s: string) => fuzzyAlts(w, s, plain);
    const apart = buildIndex(statements, lex, { phrases: false });
    // "ما هو": no noun right after the question word (see askedHead, a plain article's), so only the pairs differ.
    const question = 'ما هو الحكم على المتهم الرئيسي في القضية؟';
    const scores = (ix: SearchIndex) =>
      Object.fromEntries(rank(question, ix, fuzzy).ranked.map((r) => [r.doc.statement.id, r.score]));
    const [withPairs, without] = [scores(plain), scores(apart)];
    expect(rank(question, plain, fuzzy).ranked[0]?.doc.statement.id).toBe('p2s1');
    // "المتهم الرئيسي" stands together only in p2s1: its score grows, p1s1's does not.
    expect(withPairs.p2s1).toBeGreaterThan(without.p2s1 as number);
    expect(withPairs.p1s1).toBeCloseTo(without.p1s1 as number, 9);
  });
});

describe('an Arabic phrase of the lexicon split by other words', () => {
  it('is found with up to two words between its first word and the rest', () => {
    const concepts = (q: string) => new Map(analyze(q, index.lex).map((t) => [t.word, t.concepts]));
    // Arabic puts the subject between the verb and its object: "يغض كيري الطرف" is "يغض الطرف".
    const split = concepts('ما الذي يغض كيري الطرف عنه؟');
    expect(split.get('يغض')).toContain('#ignore');
    expect(split.get('الطرف')).toContain('#ignore');
    expect(split.get('كيري')).toContain('#kerry');
    // No more than two words between.
    expect(concepts('ما الذي يغض وزير الخارجية كيري الطرف عنه؟').get('الطرف')).not.toContain('#ignore');
    // A phrase opening with a negation is never split: in "ما الحادث الذي ردت" ما asks "what"; "ما ردت" (did not
    // respond) is still met where it is written together.
    const asked = concepts('ما الحادث الذي ردت عليه واشنطن؟');
    expect(asked.get('ردت')).not.toContain('#ignore');
    expect(asked.get('ما')).toEqual([]);
    expect(concepts('موسكو ما ردت على الطلب').get('ردت')).toContain('#ignore');
  });

  it('does not read a function word as the phrase\'s first word by their shared stem ("كان ... الثاني" is no month)', () => {
    const concepts = (q: string) => new Map(analyze(q, index.lex).map((t) => [t.word, t.concepts]));
    // كان and كانون share a stem: "when was the second attack?" is not "when was January?".
    expect(concepts('ومتى كان الهجوم الثاني؟').get('الثاني')).not.toContain('#gen_jan');
    expect(concepts('متى كان الثاني؟').get('الثاني')).not.toContain('#gen_jan');
    expect(concepts('في كانون الثاني').get('الثاني')).toContain('#gen_jan');
    // مرات (times) is a function word: not المرأة (woman) by their shared stem; "مرة أخرى" is still "again".
    expect(concepts('ضربوا المعسكر جوج مرات').get('مرات')).not.toContain('#gen_women');
    expect(concepts('سعيا مرة أخرى').get('مره')).toContain('#again');
  });
});

describe('a noun with the article that stands for one named in full earlier in the paragraph', () => {
  it('carries what it is of: "رئيس الجمعية" after "جمعية حماية المستهلك" heads the consumers\' association', async () => {
    const engine = await plainEngine('consumers', [
      'وأعلنت الحكومة أمس رفع أسعار الخبز بنسبة عشرة في المئة.',
      'في المقابل، انتقدت جمعية حماية المستهلك القرار بشدة. وقال رئيس الجمعية، عادل الخطيب، إن الأسر الفقيرة ستدفع الثمن.',
      'ورحبت نقابة المخابز بالقرار، وقال أمينها العام سمير حداد إن الأفران كانت تخسر يوميا.',
    ]);
    expect(engine.ask({ question: 'من يرأس جمعية حماية المستهلك؟' })).toMatchObject({
      citations: [{ id: 'p2s2' }],
      short: 'عادل الخطيب',
    });
    expect(engine.ask({ question: 'ماذا قال رئيس جمعية حماية المستهلك؟' }).citations[0]?.id).toBe('p2s2');
  });
});

describe('a preposition glued to a word without the article', () => {
  it('is read off when the article has the word without it ("بفترة" meets "فترة")', () => {
    const statements = [reported('p1s1', 'وتمتد فترة الراحة البيولوجية شهرين كاملين.')];
    const plain = buildIndex(statements, index.lex, { phrases: true });
    const units = rank('ماذا يحدث بفترة الراحة؟', plain, (w, s) => fuzzyAlts(w, s, plain)).units;
    const unit = units.find((u) => u.word === 'بفتره');
    expect(unit?.alts).toContainEqual({ term: 'فتر', w: 1 });
  });
});

describe('a misspelt word', () => {
  it('is two edits from another only where the letters after a shared article allow two', () => {
    const plain = buildIndex([reported('p1s1', 'وقال الروائي يوسف العطار إن المعرض ناجح.')], index.lex, {
      phrases: true,
    });
    const typos = (word: string) =>
      fuzzyAlts(word, analyze(word, index.lex)[0]?.stem ?? word, plain).map((a) => a.term);
    // "الستار" (the curtain) is not "العطار" (a name): two letters of four changed.
    expect(typos('الستار')).toEqual([]);
    // One letter of the four after the article is a typo.
    expect(typos('المعرص')).toContain('معرض');
  });
});

describe('a word met by its deep stem alone', () => {
  const deepAlts = (texts: readonly string[]) => {
    const plain = buildIndex(
      texts.map((t, i) => reported(`p1s${i + 1}`, t)),
      index.lex,
      { phrases: true },
    );
    const unit = rank('كم عدد عملاء الشركة؟', plain, (w, s) => fuzzyAlts(w, s, plain)).units.find(
      (u) => u.word === 'عملا',
    );
    return (unit?.alts ?? []).filter((a) => a.term.startsWith('#') && plain.df.has(a.term));
  };

  it('meets the one concept of its root the article has at the deep weight', () => {
    expect(deepAlts(['وقال الموظفون إن الرواتب تأخرت.']).map((a) => a.w)).toEqual([RANKING.deepWeight]);
  });

  it('shares the deep weight out where the article has many concepts of its root ("عملاء": staff, use, trading ...)', () => {
    const alts = deepAlts(['وقال الموظفون إن المصنع أغلق.', 'واستخدام الآلات انخفض.', 'وتوقف التعامل مع المشغل.']);
    expect(alts.length).toBeGreaterThan(RANKING.deepAmbiguity);
    for (const a of alts) expect(a.w).toBeCloseTo((RANKING.deepWeight * RANKING.deepAmbiguity) / alts.length);
  });
});

describe('gazetteer names', () => {
  const concepts = (text: string) => analyze(text, index.lex).flatMap((t) => [...t.concepts, ...t.deepConcepts]);

  it('are found as written, with a prefix or as a nisba, not by stem', () => {
    expect(concepts('زار الوزير الجزائر ثم وبالجزائر وقع الاتفاق مع الحكومة الجزائرية')).toEqual(
      expect.arrayContaining(['#g_algeria']),
    );
    expect(concepts('والجزائرية').filter((c) => c === '#g_algeria')).toHaveLength(1);
  });

  it('are not read into common words that share their stem', () => {
    // حماية (protection) ~ حماة (Hama), المعلمين (teachers) ~ المعلم (al-Muallem), البحر (the sea) ~ البحرين.
    const found = concepts('ما إجراءات حماية المعلمين في البحر والكاميرات؟');
    expect(found.filter((c) => c.startsWith('#g_'))).toEqual([]);
  });

  it('are not read into a nisba that is a common word (الرياضي is of sport, not of Riyadh)', () => {
    expect(concepts('الأندية الرياضية والاتحاد الرياضي')).not.toContain('#saudi');
    expect(concepts('موقف الرياض')).toContain('#saudi');
    expect(concepts('الحكومة الجزائرية')).toContain('#g_algeria');
  });
});

describe('titles', () => {
  it('are not read into the adjective made from them', () => {
    const concepts = (text: string) => analyze(text, index.lex).flatMap((t) => t.concepts);
    // "الرئيسي" is "main" (المتهم الرئيسي, the main defendant), "الرئيس" the president.
    expect(concepts('المتهم الرئيسي والمحطة الرئيسية')).not.toContain('#president');
    expect(concepts('وقال الرئيس ورئيسه')).toContain('#president');
  });
});

describe('people the article does not name', () => {
  it('include a common given name no statement has', async () => {
    const k = await loadPlainArticle('tests/fixtures/other-article.txt', 'knowledge');
    const plain = buildIndex(k.statements, compileLexicon(k.lexicon), { phrases: true });
    const fuzzy = (w: string, s: string) => fuzzyAlts(w, s, plain);
    expect(rank('ما رأي أحمد في المكتبة؟', plain, fuzzy).foreign).toEqual(['احمد']);
    // Salma al-Omari is the library's director in this article.
    expect(rank('ماذا قالت سلمى عن المكتبة؟', plain, fuzzy).foreign).toEqual([]);
  });
});

describe('a month asked', () => {
  it('is answered only by a sentence naming one', async () => {
    const k = await loadPlainArticle('tests/fixtures/other-article47.txt', 'knowledge');
    const plain = createEngine(k);
    // The theft is reported "صباح الثلاثاء": a weekday, no month.
    expect(plain.ask({ question: 'في أي شهر من السنة وقعت سرقة المخطوطات؟' }).answered).toBe(false);
    expect(plain.ask({ question: 'في أي يوم أعلنت الوزارة سرقة المخطوطات؟' }).citations[0]?.id).toBe('p1s1');
  });
});

describe('a first ف or و', () => {
  it('reads "فندق" and "الفندق" as one word, its ف the root\'s own', async () => {
    const k = await loadPlainArticle('tests/fixtures/other-article57.txt', 'knowledge');
    const plain = buildIndex(k.statements, compileLexicon(k.lexicon), { phrases: true });
    const alts = (q: string, word: string) =>
      rank(q, plain, (w, s) => fuzzyAlts(w, s, plain))
        .units.find((u) => u.word === word)
        ?.alts.map((a) => a.term);
    expect(alts('كم غرفة في الفندق؟', 'الفندق')).toContain('فندق');
    expect(alts('هل شب حريق في فندق آخر؟', 'فندق')).toContain('فندق');
    // "The hotel has 310 rooms": "ويضم فندق اللؤلؤة الزرقاء 310 غرف".
    expect(createEngine(k).ask({ question: 'كم غرفة في الفندق؟' }).citations[0]?.id).toBe('p11s1');
  });
});

describe('the general news vocabulary', () => {
  it('reads confiscated as seized, a pest, packaged goods, selecting, searching for someone and the official account', () => {
    const concepts = (q: string) => analyze(q, index.lex).flatMap((t) => t.concepts);
    expect(concepts('ما الأسلحة التي صودرت من العصابة؟')).toContain('#gen_seize');
    expect(concepts('كيف دخلت الآفة إلى الواحة؟')).toContain('#gen_pest');
    expect(concepts('هل يشمل القرار التمور المغلفة؟')).toContain('#gen_packaged');
    expect(concepts('وسمح بنقل الثمار المعبأة')).toContain('#gen_packaged');
    expect(concepts('كيف سيتم انتقاء الفرق؟')).toContain('#gen_choose');
    expect(concepts('كم عنصرا شارك في التفتيش عن المخطوف؟')).toContain('#gen_search');
    // "الرواية الرسمية" is what the authorities said, not a novel.
    const official = concepts('من خطط للعملية بحسب الرواية الرسمية؟');
    expect(official).toContain('#gen_statement');
    expect(official).not.toContain('#gen_novel');
  });

  it('reads a reply glued to its و ("وردت الوزارة بأن ...") as the reply a "how did they respond" question asks', () => {
    const statements = [
      reported('p1s1', 'تعرضت وزارة النقل لانتقادات واسعة بعد تأخر افتتاح الجسر الجديد ثلاث سنوات.'),
      reported('p2s1', 'وقال نواب إن الانتقادات مبررة لأن كلفة المشروع تضاعفت.'),
      reported('p3s1', 'وردت الوزارة بأن التأخير سببه تعديلات في التصاميم طلبها المهندسون.'),
    ];
    const plain = buildIndex(statements, index.lex, { phrases: true });
    const first = (q: string) => rank(q, plain, (w, s) => fuzzyAlts(w, s, plain)).ranked[0]?.doc.statement.id;
    expect(first('كيف ردت الوزارة على الانتقادات؟')).toBe('p3s1');
    expect(first('بماذا رد المسؤولون في الوزارة؟')).toBe('p3s1');
  });

  it('reads intending (تنوي) as an aim, trying (حاول) as an attempt, and contacting', () => {
    const concepts = (q: string) => analyze(q, index.lex).flatMap((t) => t.concepts);
    expect(concepts('ماذا تنوي البلدية أن تفعل؟')).toContain('#goal');
    // "حاول" is no dialect future ح before "أول" (first).
    expect(concepts('كم مرة حاول التاجر الاتصال؟')).toContain('#attempt');
    expect(concepts('كم مرة حاول التاجر الاتصال؟')).not.toContain('#first');
    expect(concepts('إنه اتصل بالطوارئ ثلاث مرات')).toContain('#gen_contact');
    // A step taken is a measure, not the retaliation the article's expulsion was.
    expect(concepts('ما الخطوة التي اتخذها الوزير؟')).toContain('#gen_measures');
    expect(concepts('ما الخطوة التي اتخذها الوزير؟')).not.toContain('#expel');
  });

  it('asks a profession of whatever trade the sentence names', () => {
    const terms = (q: string, word: string) =>
      rank(q, index, (w, s) => fuzzyAlts(w, s, index))
        .units.find((u) => u.word === word)
        ?.alts.map((a) => a.term);
    expect(terms('ما مهنة والد الطفلتين؟', 'مهنه')).toEqual(
      expect.arrayContaining(['#gen_profession', '#gen_agriculture', '#gen_doctor', '#gen_engineer']),
    );
  });

  it('reads cracks as شروخ too, a tunnel, dead fish as النافقة, and a livelihood', () => {
    const concepts = (q: string) => analyze(q, index.lex).flatMap((t) => t.concepts);
    expect(concepts('كم عدد الشروخ في الجدار؟')).toContain('#gen_cracks');
    expect(concepts('متى يفتتح النفق؟')).toContain('#gen_tunnel');
    expect(concepts('كم طنا من الأسماك النافقة جمعت؟')).toContain('#gen_kill');
    expect(concepts('كم صيادا يعتاشون من البحيرة؟')).toContain('#gen_livelihood');
    // "ويعتمد عليها قرابة 3 آلاف صياد في كسب رزقهم"
    expect(concepts('ويعتمد عليها قرابة 3 آلاف صياد في كسب رزقهم')).toContain('#gen_livelihood');
  });

  it('never splits a phrase opening with a preposition: "في الأحياء المائية" is not "في المائة" (percent)', () => {
    // The word "في" itself: "المائية" (aquatic) and "المائة" (hundred) are one word once the hamza is folded.
    const of = (q: string) => analyze(q, index.lex).find((t) => t.word === 'في')?.concepts;
    expect(of('ماذا قالت الخبيرة في الأحياء المائية؟')).toEqual([]);
    expect(of('ارتفعت الأسعار 5 في المائة')).toContain('#gen_percent');
  });

  it('reads running a road as operating it, collecting as levying, and lighting whatever lights it', async () => {
    // other-article92: "وتتولى شركة ... تشغيل الطريق وتحصيل الرسوم"; "وستنتهي من تركيب الإنارة على المقطع المظلم".
    const k = await loadPlainArticle('tests/fixtures/other-article92.txt', 'knowledge');
    const plain = createEngine(k);
    expect(plain.ask({ question: 'ما الجهة التي تدير الطريق؟' }).citations[0]?.id).toBe('p2s1');
    expect(plain.ask({ question: 'متى ستُضاء المنطقة المعتمة؟' }).citations[0]?.id).toBe('p9s2');
  });

  it('reads the wind in the singular, and the Maghrebi "ملي" as "when", not as a million', () => {
    const concepts = (q: string) => analyze(q, index.lex).flatMap((t) => t.concepts);
    expect(concepts('ما سرعة الريح؟')).toContain('#gen_wind');
    expect(concepts('شحال كانت سرعة الريح ملي طاحت الطيارة؟')).not.toContain('#bignum');
    expect(analyze('ملي طاحت الطيارة', index.lex).map((t) => t.word)).toContain('عندما');
  });

  it('finds a plain article sentence by the synonyms a reader uses (مؤلفات for كتب, متوفرة for متاحة)', async () => {
    const k = await loadPlainArticle('tests/fixtures/other-article.txt', 'knowledge');
    const a = createEngine(k).ask({ question: 'كم مؤلفا رقميا تضم المكتبة؟' });
    expect(a.citations[0]?.id).toBe('p2s1');
    expect(a.short).toContain('40 ألف كتاب');
  });
});

describe('verbs of causing', () => {
  it('frame a why-question ("ما الذي دفع ... إلى ...؟") as "لماذا" does, but not after a noun of what caused it', () => {
    const words = (q: string) => rank(q, index, (w, s) => fuzzyAlts(w, s, index)).units.map((u) => u.word);
    expect(words('ما الذي دفع الروس إلى قصف المعسكر؟')).not.toContain('دفع');
    expect(words('ما العوامل التي أدت إلى تدهور العلاقات؟')).toContain('ادت');
  });
});

describe('prepositions of stance', () => {
  it('weigh "ضد" (against) as the framing word "تجاه" is, not as the rarest word of the article', () => {
    const units = (q: string) => rank(q, index, (w, s) => fuzzyAlts(w, s, index)).units;
    const against = units('ماذا فعلت روسيا ضد الطائرات الأمريكية؟').find((u) => u.word === 'ضد');
    const toward = units('ماذا فعلت روسيا تجاه الطائرات الأمريكية؟').find((u) => u.word === 'تجاه');
    expect(against?.weight).toBeLessThan(1);
    expect(against?.weight).toBeCloseTo(toward?.weight ?? 0, 5);
  });
});

describe('kind words', () => {
  it('frame a question ("ما طبيعة ...", "أي نوع من ...", "what kind of ..."): the kind asked is what counts', () => {
    const units = (q: string) => rank(q, index, (w, s) => fuzzyAlts(w, s, index)).units;
    const arabic = units('ما طبيعة الحل الذي تريده روسيا؟');
    const kind = arabic.find((u) => u.word === 'طبيعه');
    const solution = arabic.find((u) => u.word === 'الحل');
    expect(kind && solution && kind.weight < solution.weight / 2).toBe(true);
    expect(units('what kind of deal does Russia want?').find((u) => u.word === 'kind')?.weight ?? 0).toBeLessThan(1);
    // Political solutions are a settlement, and seeking one is wanting it.
    const engine = createEngine(knowledge);
    expect(engine.ask({ question: 'أي نوع من الحلول السياسية تريده روسيا للأسد؟' }).citations[0]?.id).toBe('p12s1');
  });
});

describe('framing words', () => {
  it('weigh the verbs of amounting to, believing and claiming little ("كم يبلغ", "believe", "زعم")', () => {
    const fuzzy = (w: string, s: string) => fuzzyAlts(w, s, index);
    for (const [q, frame] of [
      ['كم يبلغ عدد القتلى في الهجوم الأول؟', 'يبلغ'],
      ['Do officials believe the camp was hit by accident?', 'believe'],
      ['كيف ينظر المسؤولون إلى زعم الروس أنهم يريدون حلا تفاوضيا؟', 'زعم'],
    ] as const) {
      const units = rank(q, index, fuzzy).units;
      expect(units.find((u) => u.word === frame)?.weight).toBeLessThan(1);
    }
  });

  it('weigh "this year" as little as other framing words, in either language', () => {
    const fuzzy = (w: string, s: string) => fuzzyAlts(w, s, index);
    for (const [q, frame, content] of [
      ['كم مرة زار كيري موسكو هذا العام؟', 'العام', 'موسكو'],
      ['How many times has Kerry visited Moscow this year?', 'year', 'moscow'],
    ] as const) {
      const r = rank(q, index, fuzzy);
      const weight = (w: string) => r.units.find((u) => u.word === w)?.weight ?? Number.NaN;
      // A third of what the words would weigh: less than a common content word at full weight.
      expect(weight(frame)).toBeLessThan(1);
      expect(weight(content)).toBeGreaterThan(1);
      expect(r.ranked[0]?.doc.statement.id).toBe('p2s1');
    }
  });
});

describe('a how-question', () => {
  it('is answered by the statement telling the means ("عبر", "بواسطة", "من خلال"), not only what was done', async () => {
    const engine = await plainEngine('means-test', [
      'أوقفت الشرطة خمسة أشخاص يشتبه في تهريبهم أموالا إلى الخارج.',
      'وقالت الشرطة إن الموقوفين حولوا الأموال عبر شركات صرافة صغيرة.',
      'وقالت الشرطة إن الموقوفين حولوا الأموال إلى حسابات في الخارج.',
    ]);
    expect(engine.ask({ question: 'كيف حول الموقوفون الأموال؟' }).citations[0]?.id).toBe('p2s1');
    // "كيف يصف ...؟" asks how someone describes something, where the means are no cue.
    expect(analyze('يصف', index.lex)[0]?.concepts).toContain('#gen_describe');
  });
});

describe('an English relative clause without "that"', () => {
  it('weighs a quarter in a where question, as one with "that" does', () => {
    const fuzzy = (w: string, s: string) => fuzzyAlts(w, s, index);
    const scales = (q: string) => Object.fromEntries(rank(q, index, fuzzy).units.map((u) => [u.word, u.scale]));
    expect(scales('where is the camp russia bombed')).toMatchObject({ camp: 1, russia: 0.25 });
    expect(scales('where is the camp that russia bombed')).toMatchObject({ camp: 1, russia: 0.25 });
    // "the bombed camp": the participle before the noun says which camp, as a clause would; nothing after it opens one.
    expect(scales('where is the bombed camp located')).toMatchObject({ bombed: 0.25, camp: 1, located: 1 });
    expect(rank('where is the camp russia bombed', index, fuzzy).ranked[0]?.doc.statement.id).toBe('p10s1');
    // The clause's subject may come with its article.
    expect(scales('Where is the camp the Russians bombed?')).toMatchObject({ camp: 1, russians: 0.25 });
    expect(createEngine(knowledge).ask({ question: 'Where is the camp the Russians bombed?' }).citations[0]?.id).toBe(
      'p10s1',
    );
  });
});

describe('names the lexicon marks exact', () => {
  it('are not read into the common words their stem shares', () => {
    const concepts = (text: string) => analyze(text, index.lex).flatMap((t) => t.concepts);
    // طالب (student) is not the Taliban, الرياضة (sport) not Riyadh, تركت (left) not Turkey, جمعية not Friday.
    expect(concepts('الطالب والرياضة تركت جمعية')).toEqual(
      expect.not.arrayContaining(['#taliban', '#saudi', '#turkey', '#friday']),
    );
    expect(concepts('طالبان والرياض وتركيا يوم الجمعة')).toEqual(
      expect.arrayContaining(['#taliban', '#saudi', '#turkey', '#friday']),
    );
  });
});

describe('a when question', () => {
  it('fits a statement that gives a time in its words, even when the question names the same kind of time', () => {
    const st = reported('p1s1', 'ويعرف المغرب منذ عام 2018 سلسلة من المواسم الجافة المتتالية.');
    const one = buildIndex([st], index.lex);
    // "منذ أي سنة ...؟" names the year (#gen_year): the statement's own year concept is the asked one.
    expect(fitsType('when', one.docs[0] as IndexedStatement, new Set(['#gen_year', '#months12']))).toBe(true);
    expect(
      fitsType(
        'when',
        buildIndex([{ ...st, text: 'ويعاني المزارعون من الجفاف.' }], index.lex).docs[0] as IndexedStatement,
        new Set(),
      ),
    ).toBe(false);
  });

  it('is answered by a decade ("في عشرينيات القرن الماضي", "in the 1920s") as by a year', async () => {
    const engine = await plainEngine('decade-test', [
      'انهار مبنى سكني قديم في حي باب السماك فجر الثلاثاء.',
      'وكان المبنى قد شيد في عشرينيات القرن الماضي من الحجارة.',
      'وقال رئيس البلدية إن التحقيق سيبدأ الخميس.',
    ]);
    expect(engine.ask({ question: 'متى بني المبنى؟' })).toMatchObject({
      answered: true,
      citations: [{ id: 'p2s1' }],
      short: 'في عشرينيات القرن الماضي',
    });
    expect(givesTime('بني في الثمانينيات', 'It was built in the 1980s.')).toBe(true);
    expect(givesTime('—', 'It dates from the early 19th century.')).toBe(true);
    expect(givesTime('وكان المبنى من الحجارة.', 'The building was of stone.')).toBe(false);
  });

  it('answers "what is the number of ...?" with the number, and refuses it where the article gives none', async () => {
    const engine = await plainEngine('number-test', [
      'أطلقت وزارة الصحة حملة تطعيم وطنية يوم الأحد.',
      'وخصصت الوزارة الخط الهاتفي المجاني 1555 للرد على استفسارات المواطنين.',
    ]);
    const given = engine.ask({ question: 'ما رقم الخط الهاتفي المجاني؟' });
    expect(given.citations[0]?.id).toBe('p2s1');
    expect(given.short).toContain('1555');
    const none = await plainEngine('no-number-test', [
      'أطلقت وزارة الصحة حملة تطعيم وطنية يوم الأحد.',
      'وخصصت البلدية خطا هاتفيا ساخنا لتلقي شكاوى السكان.',
    ]);
    expect(none.ask({ question: 'ما رقم الخط الهاتفي الساخن الذي خصصته البلدية؟' }).answered).toBe(false);
  });

  it('reads للجنة as ل + لجنة (to the committee), in a question and in the article', async () => {
    const engine = await plainEngine('lam-test', [
      'أعلنت الوزارة تشكيل لجنة تحقيق من خمسة أعضاء.',
      'وقال الوزير إن للجنة مهلة ثلاثين يوما لتقديم تقريرها.',
      'وتجمع المحتجون أمام مبنى الوزارة مساء الثلاثاء.',
    ]);
    expect(engine.ask({ question: 'ما المهلة الممنوحة للجنة؟' }).citations[0]?.id).toBe('p2s1');
    expect(engine.ask({ question: 'كم يوما أمام اللجنة لتقديم التقرير؟' }).citations[0]?.id).toBe('p2s1');
    // The word is read so on both sides: its stem and concept are the committee's.
    const [lam] = analyze('للجنة', index.lex);
    expect(lam?.stem).toBe(analyze('اللجنة', index.lex)[0]?.stem);
    expect(lam?.concepts).toContain('#gen_committee');
    // "للحكومة" stays ل + الحكومة.
    expect(analyze('للحكومة', index.lex)[0]?.stem).toBe(analyze('الحكومة', index.lex)[0]?.stem);
  });

  it('meets an article\'s "للسعات" (ل + لسعات, read as ل + ال + سعات) from a question\'s "بلسعات" or "اللسعات"', async () => {
    const engine = await plainEngine('lam-word-test', [
      'أغلقت السلطات سبعة شواطئ يوم السبت بعد وصول أسراب من قناديل البحر.',
      'وأحصت فرق الإنقاذ نحو 950 مصطافا على الشاطئ الرئيسي يوم الأحد.',
      'وقالت مديرية الصحة إن 412 مصطافا تعرضوا للسعات منذ الأربعاء.',
    ]);
    for (const question of ['كم حالة من اللسعات سجلت؟', 'كم شخصا أصيب بلسعات؟'])
      expect(engine.ask({ question })).toMatchObject({ short: '412 مصطافا', citations: [{ id: 'p3s1' }] });
  });

  it('"in which year" is answered by a sentence giving a year in figures, not one saying "the year"', async () => {
    const engine = await plainEngine('year-test', [
      'احتج مئات الطلاب أمس على رفع رسوم الجامعة.',
      'وقال رئيس الجامعة إن عجز الموازنة بلغ مليون دينار في السنة المالية الماضية.',
      'ويذكر أن الجامعة، التي تأسست عام 1998، تضم نحو ألف طالب.',
    ]);
    expect(engine.ask({ question: 'في أي سنة أنشئت الجامعة؟' }).citations[0]?.id).toBe('p3s1');
    expect(engine.ask({ question: 'Which year was the university set up?' }).citations[0]?.id).toBe('p3s1');
  });

  it('the model of a helicopter asked is answered only by a sentence naming one', async () => {
    const airlift = (helicopter: string) =>
      plainEngine('airlift', [
        `نقلت ${helicopter} تابعة لسلاح الجو طفلة مريضة من قرية معزولة إلى المستشفى صباح الثلاثاء.`,
        'وقال الطبيب إن حالة الطفلة مستقرة.',
      ]);
    const question = 'ما طراز المروحية التي استخدمها سلاح الجو؟';
    expect((await airlift('مروحية')).ask({ question }).answered).toBe(false);
    expect((await airlift('مروحية من طراز بلاك هوك')).ask({ question }).citations[0]?.id).toBe('p1s1');
  });

  it('a nationality asked is answered only by a sentence naming a country or its people', async () => {
    const captain = (title: string) =>
      plainEngine('captain', [
        'جنحت ناقلة نفط قرب ميناء رأس المنارة فجر الثلاثاء.',
        `وقال ${title} خالد منصور إن العاصفة دفعت السفينة نحو الصخور.`,
      ]);
    const question = 'ما جنسية قبطان ناقلة النفط؟';
    expect((await captain('قبطان الناقلة')).ask({ question }).answered).toBe(false);
    expect((await captain('قبطان الناقلة اليوناني')).ask({ question }).citations[0]?.id).toBe('p2s1');
  });

  it('"in which year" and "on what date" are not answered by a weekday or "earlier that month" where others give one', async () => {
    const engine = await plainEngine('founded', [
      'أعلنت شركة القمم للنقل السياحي مساء الأحد تعليق خط التلفريك بعد عطل ميكانيكي.',
      'ولم تكن هذه الحادثة الأولى على الخط، إذ توقف في أغسطس 2021 لمدة ساعتين.',
    ]);
    // The article never says when the company was founded: "مساء الأحد" is no year.
    expect(engine.ask({ question: 'في أي عام تأسست شركة القمم للنقل السياحي؟' }).answered).toBe(false);
    const main = createEngine(knowledge);
    // p14s1: "... in response to what it described as an attack ... earlier that month": no day, no date.
    expect(main.ask({ question: 'On what date was the American diplomat attacked in Moscow?' }).answered).toBe(false);
  });

  it('"on what date" prefers the sentence giving a date to one giving a weekday, which still answers alone', () => {
    expect(givesDate('اليوم الخميس (14 يوليو / تموز 2016)')).toBe(true);
    expect(givesDate('في الرابع عشر من شهر تموز')).toBe(true);
    expect(givesDate('—', 'in July 2016')).toBe(true);
    expect(givesDate('يوم الثلثاء', 'on Tuesday')).toBe(false);
    const engine = createEngine(knowledge);
    // The trip's sentence gives 14 July 2016; the second attack's "took place on Tuesday" shares more words.
    expect(engine.ask({ question: "On what date will Kerry's Moscow trip take place?" })).toMatchObject({
      citations: [{ id: 'p1s1' }],
      short: 'Thursday (14 July 2016)',
    });
    expect(engine.ask({ question: 'On what date was the second attack?' })).toMatchObject({
      citations: [{ id: 'p9s2' }],
      short: 'on Tuesday',
    });
  });
});

describe('names the article does not mention', () => {
  it("are proper names, not the common nouns of another article's lexicon (officials, people)", async () => {
    const plain = createEngine(await loadPlainArticle('tests/fixtures/other-article3.txt', 'knowledge'));
    // "المسؤول" is a concept of the main article's lexicon (officials) that this article never uses.
    const a = plain.ask({ question: 'من المسؤول الذي افتتح الحوض الجديد؟' });
    expect(a).toMatchObject({ answered: true, short: 'وزير الفلاحة والصيد البحري منير الطرابلسي' });
    expect(a.citations[0]?.id).toBe('p1s1');
    // Kerry is someone in particular.
    expect(plain.ask({ question: 'هل دشن كيري توسعة ميناء الصيد؟' }).answered).toBe(false);
  });
});

describe('a plain article: names in quotation marks, duals, ages', () => {
  const text = [
    'وذكرت منظمة «أمواج الأمل» الإنسانية، التي شاركت سفينتها «نورس» في عمليات البحث، أن طاقمها انتشل 12 ناجيا.',
    'وأفادت إدارة المطار بأن رحلتين قادمتين تأخرتا نتيجة إغلاق المدرج.',
    'وتعود أقدم طبقات الموقع إلى نحو ألفي عام.',
  ].join('\n\n');
  let engine: ReturnType<typeof createEngine>;
  beforeAll(async () => {
    engine = await plainEngine('quoted-test', text);
  });

  it('names a thing by the name in quotation marks right after it', () => {
    expect(engine.ask({ question: 'ما اسم السفينة التي شاركت في البحث؟' }).short).toBe('نورس');
    expect(engine.ask({ question: 'ما اسم المنظمة؟' }).short).toBe('أمواج الأمل');
    // Nothing in quotation marks follows a captain.
    expect(engine.ask({ question: 'ما اسم قائد السفينة؟' }).answered).toBe(false);
  });

  it('counts a feminine dual as two of its noun', () => {
    expect(engine.ask({ question: 'كم رحلة تأخرت بسبب إغلاق المدرج؟' })).toMatchObject({
      short: 'رحلتين',
      citations: [{ id: 'p2s1' }],
    });
  });

  it('reads an age in years (عام), and عمر after كم as "age", not the name Omar', () => {
    expect(engine.ask({ question: 'كم عمر أقدم طبقات الموقع؟' }).short).toBe('نحو ألفي عام');
    expect(engine.ask({ question: 'ما رأي عمر في الموقع؟' }).answered).toBe(false);
  });
});

describe('a stance asked of a body the article never names', () => {
  it('is refused, while the stance of one it names is answered', async () => {
    const plain = createEngine(await loadPlainArticle('tests/fixtures/other-article37.txt', 'knowledge'));
    // No sentence has "صندوق" in any form: nobody in the article speaks for the IMF.
    expect(plain.ask({ question: 'ما موقف صندوق النقد الدولي من رفع الأجور؟' }).answered).toBe(false);
    expect(plain.ask({ question: 'ما موقف اتحاد أرباب العمل من القرار؟' }).citations[0]?.id).toBe('p5s1');
  });
});

describe('a measure asked by its noun', () => {
  it('is answered by the sentence naming that measure, not by another number in its unit', async () => {
    const plain = createEngine(await loadPlainArticle('tests/fixtures/other-article16.txt', 'knowledge'));
    // "لا يتجاوز طوله تسعة أمتار", not "انقلب على بعد نحو 22 ميلا بحريا".
    expect(plain.ask({ question: 'كم كان طول القارب الذي غرق؟' })).toMatchObject({ short: 'تسعة أمتار' });
  });

  it('is asked of the measure, not of the verb before it that another sentence counts ("كم وصلت سرعة الرياح؟")', async () => {
    const engine = await plainEngine('wind-speed', [
      'اجتاحت عاصفة رملية شديدة المدينة صباح الثلاثاء.',
      'وقالت هيئة الأرصاد إن سرعة الرياح بلغت 85 كيلومترا في الساعة عند الظهر.',
      'وتم تحويل 14 رحلة قادمة إلى مطارات مجاورة، ووصل 300 مسافر متأخرين.',
    ]);
    expect(engine.ask({ question: 'كم وصلت سرعة الرياح؟' })).toMatchObject({
      citations: [{ id: 'p2s1' }],
      short: '85 كيلومترا في الساعة',
    });
    expect(engine.ask({ question: 'كم رحلة تم تحويلها؟' })).toMatchObject({
      citations: [{ id: 'p3s1' }],
      short: '14 رحلة',
    });
  });

  it('is answered by a share where it asks by how much the measure rose or fell', async () => {
    const engine = await plainEngine('speed-drop', [
      'تعطل الكابل البحري الرئيسي الذي يربط البلاد بالشبكة الدولية يوم الاثنين.',
      'وتراجعت سرعات التصفح بنسبة 60 في المئة خلال ساعات الذروة.',
      'وارتفع سعر الباقة الشهرية إلى 20 دينارا.',
    ]);
    expect(engine.ask({ question: 'بكم انخفضت سرعة تصفح الإنترنت؟' })).toMatchObject({
      citations: [{ id: 'p2s1' }],
      short: '60 في المئة',
    });
    // The measure asked after the rise is its new value, not the share of the rise.
    expect(engine.ask({ question: 'كم بلغ سعر الباقة بعد الارتفاع؟' })).toMatchObject({ citations: [{ id: 'p3s1' }] });
  });
});

describe('a count of years, months or days', () => {
  it('is read from a number of them, not swallowed by a word for the span ("عشر سنوات" is no decade here)', async () => {
    const engine = await plainEngine('years-test', [
      'أصدرت المحكمة يوم الثلاثاء حكمها في قضية الفساد في مدينة الزهراء.',
      'وقضت المحكمة بسجن الوزير السابق عشر سنوات.',
      'وقال محامي الوزير إن موكله سيطعن في الحكم خلال 30 يوما.',
    ]);
    expect(engine.ask({ question: 'كم سنة سيقضي الوزير السابق في السجن؟' })).toMatchObject({
      short: 'عشر سنوات',
      citations: [{ id: 'p2s1' }],
    });
    expect(engine.ask({ question: 'كم يوما أمام الوزير للطعن في الحكم؟' }).short).toBe('خلال 30 يوما');
  });

  it('counts the asked span, not another: "36 ساعة" does not say how many months', async () => {
    const engine = await plainEngine('months-test', [
      'وقال رئيس النقابة إن الأطباء يعملون أكثر من 36 ساعة متواصلة دون رواتب.',
      'ولم يتقاض الأطباء رواتبهم منذ أربعة أشهر، حسب النقابة.',
    ]);
    expect(engine.ask({ question: 'كم شهر صار الأطباء بلا رواتب؟' })).toMatchObject({
      short: 'أربعة أشهر',
      citations: [{ id: 'p2s1' }],
    });
  });

  it('is not read from another number where no sentence counts that span', () => {
    const engine = createEngine(knowledge);
    // No sentence counts weeks or hours: "two Russian officials" or "12 months" say nothing of how long he stays.
    expect(engine.ask({ question: 'كم أسبوعا سيبقى كيري في موسكو؟' }).answered).toBe(false);
    expect(engine.ask({ question: 'How many hours will Kerry spend in Moscow?' }).answered).toBe(false);
  });
});

describe('a number of them', () => {
  it('counts whatever the sentence speaks of ("ثلاثة منهم"), though another sentence counts the noun asked', async () => {
    const engine = await plainEngine('of-them-test', [
      'عثرت فرق الإنقاذ على تسعة مستكشفين عالقين داخل مغارة كلسية.',
      'ونقل المستكشفون إلى مستشفى المدينة فجر الأحد.',
      'وقال مدير المستشفى إن ثلاثة منهم يعانون انخفاضا في حرارة الجسم.',
    ]);
    expect(engine.ask({ question: 'كم مستكشفا أصيب بانخفاض في حرارة الجسم؟' })).toMatchObject({
      short: 'ثلاثة منهم',
      citations: [{ id: 'p3s1' }],
    });
  });
});

describe('a count of people at large', () => {
  it('may be given by what they are, though another sentence counts "أشخاص"', async () => {
    const engine = await plainEngine('boat-test', [
      'غرق قارب يقل مهاجرين قبالة السواحل الليبية، ولقي 4 أشخاص حتفهم.',
      'وتمكنت فرق الإنقاذ من انتشال 38 ناجياً من المياه بعد عملية استمرت نحو سبع ساعات.',
    ]);
    expect(engine.ask({ question: 'كم شخصاً تم إنقاذهم؟' })).toMatchObject({
      answered: true,
      short: '38 ناجياً',
      citations: [{ id: 'p2s1' }],
    });
    expect(engine.ask({ question: 'كم شخصا لقوا حتفهم؟' }).citations[0]?.id).toBe('p1s1');
  });
});

describe('a which-day question', () => {
  it('is not answered by an hour where another sentence names a day', async () => {
    const engine = await plainEngine('day-test', [
      'وقع الانفجار داخل المستودع نحو الساعة السابعة صباحا.',
      'وأعلنت الشرطة الثلاثاء حصيلة الانفجار.',
      'ونقل المصابون إلى مستشفى المدينة.',
    ]);
    // The day named is that of another report: "which day" is not answered with the hour.
    expect(engine.ask({ question: 'في أي يوم وقع الانفجار في المستودع؟' }).answered).toBe(false);
    expect(engine.ask({ question: 'الانفجار وقع في المستودع يوم إيه؟' }).answered).toBe(false);
    // "When" is.
    expect(engine.ask({ question: 'متى وقع الانفجار في المستودع؟' })).toMatchObject({
      short: 'نحو الساعة السابعة صباحا',
      citations: [{ id: 'p1s1' }],
    });
  });

  it('reads "which day of the week" as what kind of time is wanted, not as words the sentence must have', () => {
    const engine = createEngine(knowledge);
    // "يوم الثلثاء" in another sentence has the word يوم; the day of Kerry's trip is "اليوم الخميس".
    expect(engine.ask({ question: 'في أي يوم من أيام الأسبوع يسافر كيري إلى روسيا؟' })).toMatchObject({
      answered: true,
      citations: [{ id: 'p1s1' }],
    });
    const r = rank('on what day of the week does Kerry fly to Moscow?', index, (w, s) => fuzzyAlts(w, s, index));
    expect(r.units.map((u) => u.word)).not.toContain('week');
  });

  it('gives the day without the punctuation after it', async () => {
    const engine = await plainEngine('day-test', 'وقالت الشرطة إن الانفجار الذي هز المستودع وقع يوم الثلاثاء.');
    expect(engine.ask({ question: 'في أي يوم وقع الانفجار؟' }).short).toBe('يوم الثلاثاء');
  });
});

describe('a plain article on a water cut', () => {
  it('reads "يُنتظر أن" as expected and "عودة الضخ" as the pumping resumed', async () => {
    const engine = await plainEngine('water-test', [
      'أدى إغلاق الخط الرئيسي إلى انقطاع المياه عن أربعة أحياء مجاورة يقطنها نحو 18 ألف نسمة.',
      'وأفادت مؤسسة المياه بأنها وزعت المياه على السكان بواسطة 12 صهريجا، متوقعة عودة الضخ مساء الخميس.',
      'وقال المتحدث إن ارتفاعا مفاجئا في ضغط الشبكة بعد إعادة تشغيل محطة الضخ ليلا أدى إلى تصدع الأنبوب.',
    ]);
    expect(engine.ask({ question: 'متى يُنتظر أن يُستأنف ضخ المياه إلى الأحياء المجاورة؟' })).toMatchObject({
      answered: true,
      citations: [{ id: 'p2s1' }],
      short: 'مساء الخميس',
    });
  });
});

describe('an hour question', () => {
  it('is answered only by an hour or a part of the day, and refused where no sentence gives one', async () => {
    const plane = await plainEngine('hour-test', [
      'هبطت طائرة ركاب اضطراريا في مطار المدينة يوم الثلاثاء.',
      'وقال المتحدث إن الطائرة هبطت بسلام في الساعة العاشرة وخمس دقائق بالتوقيت المحلي.',
    ]);
    // "حطت" and "بأمان" are "هبطت" and "بسلام" (the general lexicon); the minutes belong to the hour.
    expect(plane.ask({ question: 'في أي ساعة حطت الطائرة بأمان؟' })).toMatchObject({
      citations: [{ id: 'p2s1' }],
      short: 'في الساعة العاشرة وخمس دقائق بالتوقيت المحلي',
    });
    expect(plane.ask({ question: 'الطيارة نزلت الساعة كام؟' }).citations[0]?.id).toBe('p2s1');
    // The article names days only: the hour of Kerry's landing or of the second attack is not in it.
    const engine = createEngine(knowledge);
    expect(engine.ask({ question: "What time does Kerry's plane touch down in Moscow?" }).answered).toBe(false);
    expect(engine.ask({ question: 'الهجوم الثاني صار الساعة كم؟' }).answered).toBe(false);
  });

  it('reads a resumption told ("تستأنف الدراسة") as the return asked ("متى تعود الدراسة؟")', async () => {
    const school = await plainEngine('resume-test', [
      'أصيب 137 تلميذا بتسمم غذائي في مدرسة النخيل الابتدائية يوم الثلاثاء.',
      'وقررت الوزارة إغلاق المدرسة يومي الأربعاء والخميس لتعقيم المقصف، على أن تستأنف الدراسة يوم الأحد المقبل.',
      'وقال مدير المدرسة إن الإدارة لا تتدخل في إعداد الوجبات.',
    ]);
    expect(school.ask({ question: 'متى تعود الدراسة في المدرسة؟' })).toMatchObject({
      short: 'يوم الأحد المقبل',
      citations: [{ id: 'p2s1' }],
    });
  });

  it('prefers the hour of the clock to a part of the day for "exactly", unless the day is asked; "which night" asks the day', async () => {
    const boat = await plainEngine('night-test', [
      'انقلب مركب للمهاجرين قبالة الساحل ليل الثلاثاء.',
      'وقال خفر السواحل إن المركب انقلب نحو الساعة الثالثة وعشر دقائق فجرا.',
      'ونقل الناجون إلى مستشفى المدينة صباح الأربعاء.',
    ]);
    expect(boat.ask({ question: 'متى انقلب المركب بالضبط؟' })).toMatchObject({
      citations: [{ id: 'p2s1' }],
      short: 'نحو الساعة الثالثة وعشر دقائق فجرا',
    });
    expect(boat.ask({ question: 'في أي ليلة انقلب المركب؟' })).toMatchObject({
      citations: [{ id: 'p1s1' }],
      short: 'ليل الثلاثاء',
    });
    expect(boat.ask({ question: 'متى انقلب المركب؟' }).short).toBe('ليل الثلاثاء');
    // "Which day exactly" asks the day, not the hour.
    expect(boat.ask({ question: 'هو المركب ده انقلب يوم إيه بالظبط؟' })).toMatchObject({
      citations: [{ id: 'p1s1' }],
      short: 'ليل الثلاثاء',
    });
  });
});

describe('a what-position question', () => {
  it('fits a statement that names a title, not one that only names a body', () => {
    const doc = (text: string) => buildIndex([reported('p1s1', text)], index.lex).docs[0] as IndexedStatement;
    expect(fitsType('position', doc('وقال المتحدث باسم وزارة الخارجية مارك تونر إن الزيارة مهمة.'), new Set())).toBe(
      true,
    );
    expect(fitsType('position', doc('وأعلنت وزارة الخارجية أن الزيارة مهمة.'), new Set())).toBe(false);
  });
});

describe('stop words by stem', () => {
  const words = (text: string) =>
    analyze(text, index.lex)
      .filter((t) => !t.stop)
      .map((t) => t.word);

  it('are not English "use", "using", "used", which Porter stems to "us"', () => {
    expect(words('Who is using ISIS and who uses it?')).toEqual(['using', 'isis', 'uses']);
    expect(words('Did the US use it?')).toEqual(['use']);
  });

  it('are not a word with the article whose stem is one (الآليات is not إلى, العقبة not عقب)', () => {
    expect(words('ما الآليات والعقبة؟')).toEqual(['الاليات', 'والعقبه']);
    expect(words('الذي التي إلى بعد')).toEqual([]);
  });

  it('are "regarding", "concerning": no "regard" of doubt, and "make", "made"', () => {
    expect(words('What do the Russians want regarding Assad?')).toEqual(['russians', 'want', 'assad']);
    expect(analyze('regarding', index.lex)[0]?.concepts).toEqual([]);
    expect(words('Has Russia made moves against the US?')).toEqual(['russia', 'moves', 'against']);
  });
});

describe('the lexicon', () => {
  it('reads relations at a low point, or being hurt, as their worsening, not as tension', () => {
    const concepts = (text: string) => analyze(text, index.lex).flatMap((t) => t.concepts);
    for (const q of [
      'relations hit a low point',
      'ties at rock bottom',
      'what is hurting ties',
      'what is souring ties',
    ])
      expect(concepts(q)).toContain('#worsen');
    // "تسوء" (worsens) loses its hamza and meets "تسوية" (a settlement) at the stem: the ta marbuta tells them apart.
    expect(concepts('تسوء')).toEqual(['#worsen']);
    expect(concepts('التسوية')).not.toContain('#worsen');
    for (const q of ['لماذا ساءت العلاقات؟', 'تدهور العلاقات', 'relations worsened', 'what damaged relations']) {
      expect(concepts(q)).toContain('#worsen');
      expect(concepts(q)).not.toContain('#tension');
    }
    // The verb "to strain" in its forms, as the noun and the participle were: tension, not a worsening.
    for (const q of ['ما الذي يوتر العلاقات؟', 'علاقة متوترة', 'straining relations']) {
      expect(concepts(q)).toContain('#tension');
      expect(concepts(q)).not.toContain('#worsen');
    }
  });

  it.each([
    // "بسبب" (because of) frames what follows it.
    ['هل طردت روسيا دبلوماسيين بسبب الأزمة السورية؟', 'بسبب', 'الازمه'],
    // "ممكن", "يمكن" (possibly, can) frame what may happen.
    ['هو ممكن يحصل صدام بين أمريكا وروسيا؟', 'ممكن', 'صدام'],
  ])('weighs the frame word of "%s" ("%s") as a frame, not as what is asked', (question, frame, asked) => {
    const r = rank(question, index, (w, s) => fuzzyAlts(w, s, index));
    const weight = (word: string) => r.units.find((u) => u.word === word)?.weight ?? 0;
    expect(weight(frame)).toBeLessThan(weight(asked) / 2);
  });

  it('reads the dialects\' "شو عملت ...؟" (what did ... do?) as a light verb, as "ماذا فعلت"', () => {
    const r = rank('شو عملت الحكومة لتحل مشكلة الكهربا؟', index, (w, s) => fuzzyAlts(w, s, index));
    expect(r.units.map((u) => u.word)).not.toContain('عملت');
  });

  it('reads a title written as its own alias ("محامي") as the title, not as the nisba of a shorter one ("محام")', () => {
    const concepts = (text: string) => analyze(text, index.lex).flatMap((t) => t.concepts);
    for (const word of ['محامي', 'المحامي', 'محام']) expect(concepts(word)).toContain('#gen_lawyer');
    // A nisba of a title is still no title: "الرئيسي" (main) is no president.
    expect(concepts('الرئيسي')).not.toContain('#president');
  });

  it('reads common news words of the same sense as one concept', () => {
    const concepts = (text: string) => analyze(text, index.lex).flatMap((t) => t.concepts);
    for (const [word, concept] of [
      ['الخصاص', '#gen_shortage'],
      ['تتيحها', '#gen_allow'],
      ['أبحرت', '#gen_takeoff'],
      ['هدد', '#gen_warn'],
      ['يتصدر', '#gen_top_of_table'],
      ['الوقائع', '#gen_events'],
      ['مكتظة', '#gen_traffic_jam'],
      ['حرمان', '#gen_suspend'],
      ['الكبرى', '#gen_big'],
      ['اتهكرت', '#gen_cyberattack'],
      ['شدد', '#gen_announce'],
      ['دوّى', '#gen_explosion'],
      ['احتواء', '#gen_extinguish'],
      ['شبّ', '#gen_break_out'],
      ['استجواب', '#gen_investigation'],
      ['توعد', '#gen_warn'],
    ])
      expect(concepts(word as string)).toContain(concept);
  });

  it('keeps a name of several words whole: "سي إن إن" is CNN, "سيئ" (bad) is not', () => {
    const concepts = (text: string) => analyze(text, index.lex).flatMap((t) => t.concepts);
    expect(concepts('قالت شبكة سي إن إن')).toContain('#g_cnn');
    expect(concepts('لطقس سيئ جديد')).not.toContain('#g_cnn');
  });

  it('reads "نفسه", "أنفسهم" (itself, themselves) as no killing', () => {
    const concepts = (text: string) => analyze(text, index.lex).flatMap((t) => t.concepts);
    for (const q of ['من المستودع نفسه', 'في اليوم نفسه', 'المسؤولون أنفسهم'])
      expect(concepts(q)).not.toContain('#kill');
  });

  it('keeps a word whose first و is its own (وجه) whole, not "and" + a dialect word (جه, came)', () => {
    expect(analyze('تقف في وجه المسعى', index.lex).map((t) => t.word)).toContain('وجه');
  });

  it('reads not having something ("ليست لديها إستراتيجية") as lacking it', () => {
    const concepts = (text: string) => analyze(text, index.lex).flatMap((t) => t.concepts);
    for (const q of ['ما الذي تفتقر إليه الإدارة؟', 'واشنطن ليست لديها إستراتيجية', 'what is Washington lacking'])
      expect(concepts(q)).toContain('#gen_shortage');
  });

  it('reads serious injuries as a critical condition', () => {
    const concepts = (text: string) => analyze(text, index.lex).flatMap((t) => t.concepts);
    for (const q of [
      'كم جريحا يعانون من إصابات بالغة؟',
      'وأضاف أن 11 من المصابين في حالة حرجة',
      'how many have serious injuries',
    ])
      expect(concepts(q)).toContain('#gen_critical_condition');
  });

  it('reads a dialect phrase of the lexicon as the question\'s dialect words are read ("مش عاجبهم" is opposing)', () => {
    const concepts = (text: string) => analyze(text, index.lex).flatMap((t) => t.concepts);
    for (const q of ['مين اللي مش عاجبهم زيارة كيري؟', 'علاش المسؤولين ماشي متفقين مع كيري؟'])
      expect(concepts(q)).toContain('#oppose');
  });

  it("reads a verb with the future's س as the present verb (سيجتمع is يجتمع), not سيارة as a verb", () => {
    const concepts = (text: string) => analyze(text, index.lex).flatMap((t) => t.concepts);
    expect(concepts('مع من سيجتمع كيري؟')).toContain('#gen_meeting');
    expect(concepts('ستبحث الحكومة الأمر')).toContain('#gen_search');
    // No meeting is reported: a question on whom he will meet is not answered by his trip.
    expect(createEngine(knowledge).ask({ question: 'مع أي مسؤولين سيجتمع كيري في موسكو؟' }).answered).toBe(false);
  });

  it('reads advice as urging, and losses as damage', () => {
    const concepts = (text: string) => analyze(text, index.lex).flatMap((t) => t.concepts);
    for (const q of ['ما النصائح التي قدمتها الطبيبة؟', 'what did the doctor advise', 'ودعت المواطنين إلى شرب الماء'])
      expect(concepts(q)).toContain('#gen_urge');
    for (const q of ['زاد من حجم الخسائر', 'ما الأضرار التي لحقت بالمزارعين؟'])
      expect(concepts(q)).toContain('#gen_damage');
  });

  it('reads a train leaving the rails, in other words, as its derailing', async () => {
    const engine = await plainEngine('derail-test', [
      'وقال المحافظ إن 14 شخصا لقوا حتفهم عندما خرج قطار ركاب عن القضبان قرب البلدة.',
      'واصطدم قطاران قرب مدينة الجسر عام 2009 وقتل 22 شخصا.',
    ]);
    expect(engine.ask({ question: 'كم شخصا مات في انحراف القطار؟' })).toMatchObject({
      citations: [{ id: 'p1s1' }],
      short: '14 شخصا',
    });
  });
});

describe('a glued preposition', () => {
  it("reads a statement's preposition glued to a word without the article off for the word's concepts", () => {
    const concepts = (text: string, statement: boolean) => analyze(text, index.lex, statement)[0]?.concepts;
    expect(concepts('بهجوم شرطي', true)).toContain('#attack');
    expect(concepts('لهجوم شرطي', true)).toContain('#attack');
    // A question's words are read against the article's instead (see gluedPreposition); names are left so too.
    expect(concepts('بهجوم شرطي', false)).toEqual([]);
    expect(concepts('لموسكو', true)).not.toContain('#moscow');
  });

  it("gives a statement's glued word the deep stem of the word without it, where it is no word of the lexicon", () => {
    const deep = (text: string, statement: boolean) => analyze(text, index.lex, statement)[0]?.deep;
    // "رسالة تطالب بفدية": a question saying "الفدية" (deep فدي) meets it.
    expect(deep('بفدية', true)).toBe(deep('الفدية', false));
    expect(deep('بصندوق', true)).toBe(deep('الصندوق', false));
    expect(deep('لسفينة', true)).toBe(deep('السفينة', false));
    expect(deep('بفدية', false)).not.toBe(deep('الفدية', false));
  });
});

describe('a question asked in a dialect', () => {
  it('is told by a dialect question word, not by a standard word the dialect map spells its way', () => {
    for (const q of ['شو بدو كيري من روسيا؟', 'وين المعسكر اللي انقصف؟', 'ليش الروس ضربوا المخيم؟', 'قديش واحد مات؟'])
      expect(hasDialect(q, index.lex)).toBe(true);
    for (const q of [
      'ماذا يريد كيري من روسيا؟',
      'هل يرى المسؤولون أن ضرب المعسكر جاء عن طريق الخطأ؟',
      'Where is the camp?',
    ])
      expect(hasDialect(q, index.lex)).toBe(false);
  });

  it('reads the "this" glued to a noun (بهالزيارة، لهالسبب) as the article', () => {
    const words = (text: string) => analyze(text, index.lex).map((t) => t.word);
    expect(words('لهالسبب')).toEqual(['للسبب']);
    // Where the dialect map spells the word with "هال" out, its reading stands for it behind the preposition too.
    expect(words('شو بدو كيري بهالزيارة')).toEqual(['ماذا', 'يريد', 'كيري', 'هذه', 'الزياره']);
    expect(words('شكد مرة راح كيري لموسكو بهالسنة')).toContain('العام');
    expect(words('هالقرار')).toEqual(['القرار']);
    // Words that merely begin so keep their letters.
    expect(words('هالة هالك')).toEqual(['هاله', 'هالك']);
  });

  it('reads the Iraqi and Gulf "what" glued to a verb ("شيكولون", "شيريد") as a dialect question word', () => {
    const words = (text: string) => analyze(text, index.lex).map((t) => t.word);
    expect(words('الروس شيكولون عن الحرب؟')).toEqual(['الروس', 'ماذا', 'يقولون', 'عن', 'الحرب']);
    expect(words('شيريد كيري؟')).toEqual(['ماذا', 'يريد', 'كيري']);
    expect(hasDialect('الروس شيكولون عن الحرب؟', index.lex)).toBe(true);
    // Words that merely begin so keep their letters.
    expect(words('الشيخ شيعة شيكاغو شيوعي')).toEqual(['الشيخ', 'شيعه', 'شيكاغو', 'شيوعي']);
  });

  it('reads the Egyptian "أنهي" before a noun without the article as "which", not the verb "ended"', () => {
    const words = (text: string) => analyze(text, index.lex).map((t) => t.word);
    expect(words('المخيم ده قريب من أنهي بلد؟')).toEqual(['المخيم', 'هذا', 'قريب', 'من', 'اي', 'بلد']);
    expect(words('المصابين اتنقلوا بأنهي مستشفى؟')).toContain('باي');
    // After a question word, or before a doer with the article, it is the verb.
    expect(words('متى أنهى كيري زيارته؟')).toContain('انهي');
    expect(words('متى أنهي كيري زيارته؟')).toContain('انهي');
    expect(words('هل أنهي الوزير زيارته؟')).toContain('انهي');
  });

  it('reads a word with a glued ب or ل before a written hamza without it, as a word with the article is read', () => {
    const words = (text: string) => analyze(text, index.lex).map((t) => t.word);
    expect(words('التبرع بأعضائه لأسباب وبإغلاق')).toEqual(['التبرع', 'اعضايه', 'اسباب', 'واغلاق']);
    expect(analyze('بأعضائه', index.lex)[0]?.stem).toBe(analyze('الأعضاء', index.lex)[0]?.stem);
    // Without the hamza the alef may be the word's own ("باب", "لاعب"); the function words keep theirs ("بأن",
    // "لأن"), and "بإسم" is "باسم" misspelt.
    expect(words('باب لاعب بأن لأن المتحدث بإسم الخارجية')).toEqual([
      'باب',
      'لاعب',
      'بان',
      'لان',
      'المتحدث',
      'باسم',
      'الخارجيه',
    ]);
  });

  it('is not read into a standard word written with its hamza ("إيواء" is not "ايوا", yes; "جراء" is not "جرا")', () => {
    const words = (text: string) => analyze(text, index.lex).map((t) => t.word);
    expect(words('مراكز إيواء')).toEqual(['مراكز', 'ايوا']);
    expect(words('بالسخط جراء المفاتحات')).toEqual(['بالسخط', 'جرا', 'المفاتحات']);
    expect(words('سائق الشاحنة')).toEqual(['سايق', 'الشاحنه']);
    // Without the hamza it is the dialect word.
    expect(words('ايوا')).toEqual(['نعم']);
    expect(words('جراو الدبلوماسيين')).toEqual(['طردوا', 'الدبلوماسين']);
    expect(words('السواق قال')).toEqual(['السايق', 'قال']);
  });
});

describe('a yes/no question', () => {
  it('meets the opposite of what it asks about', async () => {
    const engine = await plainEngine('opposite-test', [
      'وقالت الشرطة إن الحريق اندلع في المستودع يوم الأحد.',
      'وأكد المحققون أن مجهولين أشعلوا الحريق عمدا.',
      'وحذر الدفاع المدني من أن خطأ في التقدير قد يؤدي إلى كارثة في الحي.',
    ]);
    // "Was it by mistake?" is answered "no" by "deliberately", not by another sentence saying "mistake".
    expect(engine.rank('هل اندلع الحريق عن طريق الخطأ؟')[0]?.id).toBe('p2s1');
    // Only a yes/no question does.
    expect(engine.rank('ما الخطأ الذي حذر منه الدفاع المدني؟')[0]?.id).toBe('p3s1');
  });
});

describe('who holds a post, asked with a verb', () => {
  it('asks for the head, minister or post holder the article names, and for no one where it names none', async () => {
    const engine = await plainEngine('holder-test', [
      'وقال رئيس نقابة سائقي النقل الثقيل، حمدان العبيدي، إن أكثر من ألفي شاحنة عالقة عند مدخل الميناء.',
      'وأضاف أن بعض السائقين يعملون أكثر من 20 ساعة متواصلة.',
      'وأعلنت وزيرة النقل، هالة السويدي، أن الحكومة أعفت الشركات من الغرامات.',
      'وقال رئيس الاتحاد العام للمزارعين عودة الرواشدة إن الموسم ضاع.',
      'ومن المقرر أن تعقد لجنة النقل البرلمانية جلسة استماع يوم الاثنين.',
    ]);
    const said = (q: string) => {
      const a = engine.ask({ question: q });
      return [a.short, a.citations[0]?.id];
    };
    // A name in commas after a long title; a plural verb ("يعملون") is no name.
    expect(said('من يرأس نقابة سائقي الشاحنات؟')).toEqual(['حمدان العبيدي', 'p1s1']);
    expect(said('من هو رئيس نقابة سائقي النقل الثقيل؟')).toEqual(['حمدان العبيدي', 'p1s1']);
    // Who holds a portfolio is its minister.
    expect(said('من تتولى حقيبة النقل؟')).toEqual(['هالة السويدي', 'p3s1']);
    // A given name that is also a word ("عودة", return) before a family name.
    expect(said('من يرأس الاتحاد العام للمزارعين؟')).toEqual(['عودة الرواشدة', 'p4s1']);
    // The committee's head is named nowhere; "who defends them" asks no post.
    expect(engine.ask({ question: 'من يرأس لجنة النقل في البرلمان؟' }).answered).toBe(false);
    expect(engine.ask({ question: 'من يتولى الدفاع عن السائقين؟' }).answered).toBe(false);
  });
});

describe('a return word that tells whose something is', () => {
  it('asks of no return the article lacks ("التي تعود إليها ملكية الحافلة"), while a return asked still is one', async () => {
    const engine = await plainEngine('belongs-test', [
      'انقلبت حافلة تقل 40 زائرا على طريق جبلي ليل الجمعة.',
      'في المقابل، نفت شركة "قوافل النور" للنقل السياحي، المالكة للحافلة، أن يكون السائق مرهقا.',
    ]);
    const a = engine.ask({ question: 'ما اسم شركة النقل التي تعود إليها ملكية الحافلة؟' });
    expect([a.answered, a.citations[0]?.id, a.short]).toEqual([true, 'p2s1', 'قوافل النور']);
    expect(engine.ask({ question: 'متى تعود الحافلة إلى العمل؟' }).answered).toBe(false);
  });
});

describe('an until-when question', () => {
  it('is answered by a sentence saying how long, where none gives a time', async () => {
    const engine = await plainEngine('until-test', [
      'وسرق لصوص ثلاث مخطوطات نادرة من المتحف الوطني.',
      'وأعلنت الوزارة إغلاق المتحف أمام الزوار لمدة أسبوعين على الأقل لإجراء جرد شامل.',
    ]);
    const a = engine.ask({ question: 'إلى متى سيبقى المتحف مغلقا أمام الزوار؟' });
    expect([a.answered, a.citations[0]?.id, a.short]).toEqual([true, 'p2s1', 'لمدة أسبوعين على الأقل']);
  });
});

describe('the head of a syndicate', () => {
  it('is its نقيب, and "head of the syndicate" gives the head to "head" alone, not to the syndicate', async () => {
    const engine = await plainEngine('syndicate-test', [
      'وقال نقيب الصيادلة الدكتور سامر الحلبي إن الأزمة لم تعد مجرد نقص عابر.',
      'وقال رئيس الجمعية، المحامي فؤاد النعيمي، إن الجمعية تلقت أكثر من 1500 شكوى.',
      'وقال رئيس هيئة الدواء إن الشحنات ستصل الأسبوع المقبل.',
    ]);
    const a = engine.ask({ question: 'من هو رئيس نقابة الصيادلة؟' });
    expect([a.short, a.citations[0]?.id]).toEqual(['الدكتور سامر الحلبي', 'p1s1']);
  });
});

describe('words the lexicon reads as something a plain article lacks', () => {
  it.each([
    [
      // A common noun that a proper concept also names (an English alias in lower case) names no one in particular.
      '"الحكومة" in an article of a ministry is no name it never mentions',
      [
        'أعلنت وزارة الزراعة يوم الأحد تخصيص 40 مليون دينار لتعويض المزارعين المتضررين من الفيضانات.',
        'وقال الوزير إن الصرف يبدأ الشهر المقبل.',
      ],
      'ما المبلغ الذي خصصته الحكومة للمزارعين المتضررين؟',
      'p1s1',
      '40 مليون دينار',
    ],
    [
      '"عادة" (usually) frames the question: it is not the verb عاد (returned), a happening the article lacks',
      [
        'افتتح السوق الأسبوعي للماشية في المدينة منذ عشرين عاما.',
        'ويستقبل السوق نحو 3 آلاف رأس من الأغنام كل يوم جمعة.',
      ],
      'كم رأسا يستقبل السوق عادة كل جمعة؟',
      'p2s1',
      'نحو 3 آلاف رأس',
    ],
    [
      '"العقوبة" may be sanctions, which the article lacks, or the fine it tells of: no happening it lacks',
      [
        'قررت البلدية منع الأكياس البلاستيكية في المحال التجارية اعتبارا من العام المقبل.',
        'وستفرض غرامة قدرها 200 دينار على المحال المخالفة.',
      ],
      'ما العقوبة التي تنتظر المحال المخالفة؟',
      'p2s1',
      null,
    ],
  ])('%s', async (_why, paragraphs, question, id, short) => {
    const engine = await plainEngine('misread-test', paragraphs);
    expect(engine.ask({ question })).toMatchObject({ answered: true, citations: [{ id }], short });
  });

  it('still refuses a question about a person the article never mentions', async () => {
    const engine = await plainEngine('foreign-test', ['أعلنت وزارة الزراعة تخصيص 40 مليون دينار للمزارعين.']);
    expect(engine.ask({ question: 'ماذا قال الرئيس الفرنسي ماكرون عن الفيضانات؟' }).answered).toBe(false);
  });

  it('still refuses a question about a happening the article never mentions in any sense', async () => {
    const engine = await plainEngine('fine-test', ['وستفرض البلدية غرامة قدرها 200 دينار على المحال المخالفة.']);
    expect(engine.ask({ question: 'متى تبدأ الانتخابات البلدية؟' }).answered).toBe(false);
  });
});

describe('a plain article: whom a sentence speaks of without naming', () => {
  it('is read from the sentence before it in the paragraph, nearly as surely as a name', async () => {
    // The main article read as plain: the first comment names Assad, then says "the man wants ..."; the officials
    // name the camp, then say "the Russians attacked it deliberately".
    const engine = createEngine(await loadPlainArticle('knowledge/article.txt', 'knowledge'));
    expect(engine.ask({ question: 'هل يريد الأسد أن يقضي على داعش بحسب القارئ؟' }).citations[0]?.id).toBe('p15s2');
    expect(engine.ask({ question: 'الروس قصفوا المخيم بالخطأ؟' }).citations[0]?.id).toBe('p10s2');
  });
});

describe('who speaks in a plain article', () => {
  const paragraphs = [
    'ضرب زلزال بقوة 6 درجات منطقة الجبال الشمالية فجر الأربعاء.',
    'وزار رئيس الوزراء عادل الشامي المناطق المتضررة يوم الجمعة. وتعهد الشامي بإعادة بناء المنازل في المناطق المتضررة خلال 18 شهرا.',
    'وقال الشامي إن الحكومة خصصت 250 مليون دولار لإعادة الإعمار.',
  ];

  it('is whoever was named with the title before, so "what did the prime minister say" finds him', async () => {
    const engine = await plainEngine('quake', paragraphs);
    expect(engine.ask({ question: 'ماذا قال رئيس الوزراء عن إعادة الإعمار؟' }).citations[0]?.id).toBe('p3s1');
  });

  it('counts for less where the question asks for the post holder rather than what he said', async () => {
    const engine = await plainEngine('quake', paragraphs);
    // The sentences where he speaks name the post only through their speaker: no rivals of the one naming him.
    const answer = engine.ask({ question: 'ما اسم رئيس الحكومة؟' });
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.id).toBe('p2s1');
    expect(answer.short).toBe('عادل الشامي');
  });
});

describe("a plain article's speaker going on after the sentence naming her", () => {
  it('answers what she asked for with the later sentence that says it, not the one naming her title', async () => {
    const engine = await plainEngine('dengue', [
      'أعلنت وزارة الصحة تسجيل إصابات جديدة بحمى الضنك في المحافظة الساحلية.',
      'وفي المستشفى العام بالمحافظة، قالت رئيسة قسم الطوارئ الدكتورة ليلى منصور إن المستشفى استقبل أكثر من 1200 مراجع خلال أسبوعين. وأشارت إلى أن القسم خصص جناحا إضافيا بسعة 60 سريرا. وطالبت منصور بتزويد المستشفى بوحدات صفائح دموية إضافية.',
    ]);
    expect(engine.ask({ question: 'ماذا تطلب رئيسة قسم الطوارئ لمستشفاها؟' }).citations[0]?.id).toBe('p2s3');
    // Asked what she said the hospital received, the sentence naming her says it.
    expect(engine.ask({ question: 'كم مراجعا استقبل المستشفى بحسب رئيسة قسم الطوارئ؟' }).citations[0]?.id).toBe('p2s1');
  });
});

describe('a sentence taking up the one before with a demonstrative', () => {
  it('answers why that happened: "وعزا الحداد هذا الارتفاع إلى ..." gives the reason of the rise told before', async () => {
    const engine = await plainEngine('vote', [
      'أعلنت الهيئة العليا للانتخابات مساء الثلاثاء فوز قائمة النهضة بالانتخابات البلدية في مدينة السهول.',
      'وقال رئيس الهيئة كمال الحداد إن نسبة المشاركة بلغت 61 في المئة. وأضاف أن هذه النسبة تمثل ارتفاعا بنحو تسع نقاط مقارنة بالانتخابات السابقة التي جرت عام 2019. وعزا الحداد هذا الارتفاع إلى تمديد ساعات الاقتراع وإلى حملات التوعية.',
      'وقالت القائمة الخاسرة إنها ستطعن في النتائج أمام المحكمة الإدارية.',
    ]);
    expect(engine.ask({ question: 'لماذا زاد عدد المصوتين مقارنة بالدورة الماضية؟' }).citations[0]?.id).toBe('p2s3');
    // What it takes up is no answer to other questions: the turnout is given where it is told.
    expect(engine.ask({ question: 'كم بلغت نسبة المشاركة؟' }).citations[0]?.id).toBe('p2s1');
  });

  it('answers how someone replied to what it takes up: a denial or a rejection of "these accusations" told before', async () => {
    const dengue = await plainEngine('dengue', [
      'سجلت مديرية الصحة في المحافظة 400 إصابة بحمى الضنك خلال أسبوعين.',
      'غير أن رئيس نقابة الأطباء في المحافظة، الدكتور حسام العبيدي، انتقد ما وصفه بالتأخر في الاستجابة. وقال العبيدي إن النقابة حذرت مديرية الصحة كتابيا من ارتفاع كثافة البعوض. ونفى مدير الصحة نبيل حداد هذه الاتهامات، مؤكدا أن المديرية بدأت أعمال المراقبة قبل موعدها.',
    ]);
    expect(dengue.ask({ question: 'كيف رد مدير الصحة على انتقادات نقابة الأطباء؟' }).citations[0]?.id).toBe('p2s3');
    // The criticism itself is asked where it is told.
    expect(dengue.ask({ question: 'ماذا انتقد رئيس نقابة الأطباء؟' }).citations[0]?.id).toBe('p2s1');
    const beds = await plainEngine('beds', [
      'افتتحت وزارة الصحة جناحا جديدا في مستشفى المدينة يوم الأحد.',
      'وانتقدت نقابة الممرضين نقص الأسرة في المستشفيات. ورفضت وزارة الصحة هذه الانتقادات، مؤكدة في بيان أن الأسرة تكفي.',
    ]);
    expect(beds.ask({ question: 'كيف ردت وزارة الصحة على انتقادات نقابة الممرضين؟' }).citations[0]?.id).toBe('p2s2');
  });
});

describe('words of a plain article the lexicon reads by their sense', () => {
  // Each row: a question, the sentence that answers it, and a sentence sharing its other words but not the sense.
  const rows: [question: string, answer: string, other: string][] = [
    ['ماذا يشمل النطاق الممنوع حول الحطام؟', 'وتشمل المنطقة المحظورة دائرة واسعة.', 'وعثر الصيادون على الحطام.'],
    [
      'لماذا تعذر بلوغ العالقين في العتمة؟',
      'وكان الظلام دامسا فلم يكن ممكنا الوصول إلى العالقين.',
      'وأكد العالقون أنهم بخير.',
    ],
    ['ما الأدوات التي استخدمها المنقذون؟', 'واستخدم المنقذون معدات حديثة.', 'واستخدم المنقذون زوارق مطاطية.'],
    [
      'كم طنا تستوعب الصوامع؟',
      'ولا تتجاوز الطاقة الاستيعابية للصوامع 3 ملايين طن.',
      'وامتلأت الصوامع بـ2 مليون طن من القمح.',
    ],
    ['كيف بقي الحطام بعيدا عن الحرامية؟', 'وبقي الحطام بعيدا عن أعين لصوص الآثار.', 'وبقي الحطام بعيدا عن الشاطئ.'],
    ['ما السبب الوراثي للمرض؟', 'وينتج المرض عن خلل في جين يعرف باسم SMN1.', 'وينتج المرض ألما شديدا في العضلات.'],
    [
      'ماذا يحدث للقمح المخزن في أماكن مكشوفة؟',
      'ويعرض البقاء في العراء الحبوب للتعفن.',
      'ويعرض التخزين الطويل القمح للسوس.',
    ],
    ['كم عدد الغواصين؟', 'وشارك في الغوص 12 شخصا.', 'وشارك في الاجتماع 12 صيادا.'],
    // A disaster asked of is the incident the article tells.
    [
      'ماذا قرر الوزير عقب الكارثة؟',
      'وعلى إثر الحادثة قرر الوزير تعليق الرحلات.',
      'وقرر الوزير في مارس تعليق الرحلات.',
    ],
    // A fence is a wall round a place; under observation is under medical follow-up; novels are books.
    ['ما طول الجزء الذي انهار من السور؟', 'وانهار سياج معدني بطول 12 مترا.', 'وانهار جزء من سقف المخزن بطول 12 مترا.'],
    ['كم مصابا ما زال قيد المتابعة الطبية؟', 'وما زال أربعة مصابين تحت الملاحظة.', 'وغادر أربعة مصابين المستشفى.'],
    ['ما المؤلفات التي سحبتها الرقابة؟', 'وسحبت الرقابة 57 رواية.', 'وسحبت الرقابة 57 ملصقا.'],
  ];
  it.each(rows)('%s', (question, answer, other) => {
    const plain = buildIndex([reported('p1s1', other), reported('p2s1', answer)], index.lex, { phrases: true });
    expect(rank(question, plain, (w, s) => fuzzyAlts(w, s, plain)).ranked[0]?.doc.statement.id).toBe('p2s1');
  });

  it('reads sharing in the forms a question asks it: "تتشاركها", "يتشارك"', () => {
    const concepts = (q: string) => analyze(q, index.lex).flatMap((t) => t.concepts);
    expect(concepts('ما المعلومات التي تتشاركها واشنطن مع موسكو؟')).toContain('#share');
    expect(concepts('هل يتشارك البلدان المعلومات؟')).toContain('#share');
  });
});

describe('the noun a "what N" question asks', () => {
  it('finds the sentence naming such things over one with the rest of its words: "ما الأسلحة التي صودرت ...؟"', async () => {
    const engine = await plainEngine('raid', [
      'حررت الشرطة فجر الأحد رجل أعمال مخطوفا منذ أسبوع.',
      'وأسفرت المداهمة عن القبض على خمسة متهمين، بينهم امرأة كانت تتولى إعداد الطعام لأفراد العصابة، فيما أصيب أحد عناصر الشرطة بجرح طفيف في ذراعه خلال تبادل قصير لإطلاق النار.',
      'وضبطت القوات بحوزة المتهمين ثلاث بنادق آلية ومسدسين وكمية من الذخيرة، إضافة إلى سبعة هواتف محمولة.',
    ]);
    expect(engine.rank('ما الأسلحة التي صودرت من أفراد العصابة؟')[0]?.id).toBe('p3s1');
    expect(engine.rank('ما الذي حدث لأحد عناصر الشرطة؟')[0]?.id).toBe('p2s1');
  });
});

describe('a body asked with a country the article gives it no part of', () => {
  it("fits no statement where the article names only another country's: Russian officials of American ones", async () => {
    const { lexicon } = await loadKnowledge('knowledge');
    const lex = compileLexicon(lexicon);
    const text = [
      'يصل وزير الخارجية الأمريكي إلى موسكو يوم الخميس في زيارة تستمر يومين.',
      // "وأضاف المسؤولون" names no country, but the only officials of the article are American.
      'وقال مسؤولون أمريكيون إن الزيارة تهدف إلى بحث وقف إطلاق النار في سوريا. وأضاف المسؤولون أن الزيارة هي الثانية هذا العام.',
    ].join('\n\n');
    const { statements } = knowledgeFromText(text, { lexicon, id: 'visit' });
    const plain = buildIndex(attributeSpeakers(statements, lex), lex, { phrases: true });
    const fitting = (q: string) =>
      rank(q, plain, (w, st) => fuzzyAlts(w, st, plain))
        .ranked.filter((r) => r.fits)
        .map((r) => r.doc.statement.id);
    expect(fitting('ماذا قال المسؤولون الأمريكيون عن الزيارة؟')).toContain('p2s2');
    expect(fitting('ماذا قال المسؤولون الروس عن الزيارة؟')).toEqual([]);
    expect(fitting('What did Russian officials say about the visit?')).toEqual([]);
  });
});

describe('how someone described something', () => {
  it('is answered where they are quoted, of several sentences they speak', async () => {
    const engine = await plainEngine('spill', [
      'جنحت ناقلة نفط قبالة الساحل الجنوبي فجر الثلاثاء وتسرب منها النفط إلى مياه الخليج.',
      'ومن جهتها، قالت وزيرة البيئة سلمى الحداد في مؤتمر صحفي يوم الخميس إن الحادث "أسوأ كارثة بيئية تشهدها سواحل البلاد منذ عقدين". وأضافت أن الوزارة ستحمّل الشركة كامل تكاليف التنظيف. وأشارت الحداد إلى أن فرق الوزارة تأخذ عينات يومية من المياه.',
    ]);
    expect(engine.rank('كيف وصفت المسؤولة الحكومية عن البيئة ما جرى؟')[0]?.id).toBe('p2s1');
  });
});

describe('a post asked that the article never names', () => {
  it('is no post where it is "the person" or "the people" asked ("من الشخص الذي ...؟")', async () => {
    const { lexicon } = await loadKnowledge('knowledge');
    const text = [
      'تضررت سفينة شحن في ميناء المرجان صباح الأحد.',
      'ورفض المهندس سامر الخطيب فرضية المرساة، ورجح أن يكون الضرر ناتجا عن صخور في القاع.',
    ].join('\n\n');
    const k = knowledgeFromText(text, { lexicon, id: 'posts' });
    const plain = buildIndex(k.statements, compileLexicon(k.lexicon), { phrases: true });
    const foreign = (q: string) => rank(q, plain, (w, st) => fuzzyAlts(w, st, plain)).foreign;
    expect(foreign('من الشخص الذي رفض فرضية المرساة؟')).toEqual([]);
    // A post the article never names still is: no spokesman speaks here.
    expect(foreign('من المتحدث الذي رفض فرضية المرساة؟')).not.toEqual([]);
  });
});

describe('a word that frames the question', () => {
  it('counts for little where the article never has it: "الجهة", "مكان" ask which body or place, not about one', async () => {
    const mine = createEngine(await loadPlainArticle('tests/fixtures/other-article35.txt', 'knowledge'));
    const operator = mine.ask({ question: 'ما التفسير الذي قدمته الجهة المشغلة لسبب الانهيار؟' });
    expect(operator.answered).toBe(true);
    expect(operator.citations[0]?.id).toBe('p4s1');
    const wreck = createEngine(await loadPlainArticle('tests/fixtures/other-article88.txt', 'knowledge'));
    const arrived = wreck.ask({ question: 'في أي يوم وصل خبراء الجهة الحكومية المعنية بالتراث إلى مكان الحطام؟' });
    expect(arrived).toMatchObject({ answered: true, short: 'يوم الخميس' });
    expect(arrived.citations[0]?.id).toBe('p3s1');
  });
});

describe('"is located" in a where-question', () => {
  it('frames the question: the sentence placing the thing need not say "يقع"', async () => {
    const engine = await plainEngine('zoo', [
      'فرّ أسد من حديقة حيوانات خاصة في مدينة وادي النخيل فجر الأحد، بحسب الشرطة.',
      'وقال مدير الحديقة إن الأسد هرب من قفصه بعد أن تركه أحد العمال مفتوحا.',
      'وتقع أقرب مدرسة على بعد كيلومترين من الحديقة، وقد أغلقت أبوابها الأحد.',
    ]);
    expect(engine.ask({ question: 'أين تقع حديقة الحيوانات؟' })).toMatchObject({ short: 'في مدينة وادي النخيل' });
    expect(engine.ask({ question: 'أين تقع أقرب مدرسة؟' }).citations[0]?.id).toBe('p3s1');
  });
});

describe('a question asking for something besides what it names', () => {
  it('is answered where the article adds to what it said ("also", "أيضا")', () => {
    const engine = createEngine(knowledge);
    for (const q of [
      'Apart from Syria, which crisis is straining relations between the two powers?',
      'شكو مشاكل بين موسكو وواشنطن غير سوريا؟',
    ])
      expect(engine.ask({ question: q }).citations[0]?.id).toBe('p3s1');
    // "غير" before no name is a negation ("غير مقصود", unintended), asking for nothing besides.
    expect(engine.ask({ question: 'هل كان قصف الروس للمعسكر خطأ غير مقصود؟' }).citations[0]?.id).toBe('p10s2');
  });
  it('reads "the two countries" as the two the article names side by side ("بين موسكو وواشنطن")', () => {
    const engine = createEngine(knowledge);
    for (const q of [
      'In which seas might the two countries have incidents in the air and at sea?',
      'What else besides Syria troubles the two countries?',
    ])
      expect(engine.ask({ question: q }).citations[0]?.id).toBe('p3s1');
  });
  it('takes the word "other" for no sign of the answer: "مرة أخرى" in a sentence is not "الأسباب الأخرى"', async () => {
    const engine = await plainEngine('talks', [
      'عاد وفد الوساطة إلى العاصمة مرة أخرى يوم الأحد لبحث أسباب الأزمة بين البلدين ومستقبل المفاوضات.',
      'والعلاقات متوترة أيضا بسبب الخلاف القديم على ترسيم الحدود البحرية.',
      'وقال المتحدث باسم الوفد إن الجولة المقبلة ستعقد الشهر المقبل.',
    ]);
    expect(engine.ask({ question: 'ما الأسباب الأخرى للتوتر بين البلدين؟' }).citations[0]?.id).toBe('p2s1');
  });
});

describe('a verb of holding an event in a where- or when-question', () => {
  it('frames the question: "تُقام" need not be in the sentence placing the festival', async () => {
    const festival = createEngine(await loadPlainArticle('tests/fixtures/other-article95.txt', 'knowledge'));
    const city = festival.ask({ question: 'في أي مدينة كان مقرراً أن تُقام عروض المهرجان؟' });
    expect(city.answered).toBe(true);
    expect(city.short).toContain('وادي النخيل');
    expect(city.citations[0]?.id).toBe('p2s1');
  });
});

describe('a kind of place asked after "أي"', () => {
  it('is surer where a sentence names that kind of place: "بمدينة سلوان" for "في أي مدينة ...؟"', async () => {
    const ipo = createEngine(await loadPlainArticle('tests/fixtures/other-article106.txt', 'knowledge'));
    const city = ipo.ask({ question: 'في أي مدينة توجد السوق المالية التي طُرحت فيها أسهم شركة الفوسفات؟' });
    expect(city.citations[0]?.id).toBe('p1s1');
    expect(city.short).toContain('سلوان');
  });
});

describe('a person asked by their full name', () => {
  const lead = 'فاز الروائي السوري سامر حدّاد بجائزة المنارة للرواية مساء الثلاثاء في عمّان.';
  const born = 'وولد حدّاد عام 1971 في مدينة حمص، ودرس الأدب في جامعة دمشق.';
  it('is the one the article later names by the family name alone', async () => {
    const engine = await plainEngine('prize', [lead, 'وقالت رئيسة اللجنة ليلى بنعمر إن الرواية جريئة.', born]);
    expect(engine.ask({ question: 'أين ولد سامر حداد؟' }).citations[0]?.id).toBe('p3s1');
  });
  it('keeps the given name where the article gives the family name to two people', async () => {
    const text = [lead, 'وقال شقيقه وليد حدّاد إن العائلة فخورة به.', born].join('\n\n');
    const { lexicon } = await loadKnowledge('knowledge');
    const k = knowledgeFromText(text, { lexicon, id: 'prize' });
    const plain = buildIndex(k.statements, compileLexicon(k.lexicon), { phrases: true });
    const units = rank('أين ولد سامر حداد؟', plain, (w, s) => fuzzyAlts(w, s, plain)).units.map((u) => u.word);
    expect(units).toContain('سامر');
  });
});

describe('a sentence telling of an earlier event of the kind', () => {
  const paragraphs = [
    'جنحت ناقلة نفط صغيرة فجر الثلاثاء قرب ميناء الرمال الشمالي، بحسب خفر السواحل.',
    'وقال قائد خفر السواحل سالم العبري إن أفراد الطاقم التسعة بخير.',
    'وليست هذه المرة الأولى التي تجنح فيها ناقلة في المنطقة، إذ جنحت ناقلة نفط قرب جزيرة السلاحف عام 2019.',
  ];
  it('does not answer for the event reported, in its words', async () => {
    const engine = await plainEngine('tanker', paragraphs);
    expect(engine.ask({ question: 'أين جنحت ناقلة النفط؟' })).toMatchObject({ short: 'قرب ميناء الرمال الشمالي' });
    expect(engine.ask({ question: 'وين جنحت الناقلة؟' }).citations[0]?.id).toBe('p1s1');
  });
  it('answers a question asking of the past', async () => {
    const engine = await plainEngine('tanker', paragraphs);
    expect(engine.ask({ question: 'هل جنحت ناقلات في المنطقة من قبل؟' }).citations[0]?.id).toBe('p3s1');
    expect(engine.ask({ question: 'أين جنحت ناقلة النفط عام 2019؟' })).toMatchObject({ short: 'قرب جزيرة السلاحف' });
  });
  it('"comes less than a month after another" is one too; the month it tells of asks of it', async () => {
    const engine = await plainEngine('boat', [
      'غرق قارب يقل 40 مهاجرا قبالة مدينة زوارة فجر الثلاثاء، ما أسفر عن مقتل 14 شخصا.',
      'وقال خفر السواحل إن فرق الإنقاذ انتشلت 20 ناجيا.',
      'ويأتي هذا الحادث بعد أقل من شهر على غرق قارب آخر قبالة مدينة الخمس في أيلول، لقي فيه 27 شخصا حتفهم.',
    ]);
    expect(engine.ask({ question: 'كم شخصا لقي حتفه في غرق القارب؟' }).short).toBe('14 شخصا');
    expect(engine.ask({ question: 'كم شخصا لقي حتفه في غرق القارب في أيلول؟' }).citations[0]?.id).toBe('p3s1');
  });
});

describe('pairs of the question found side by side in an annotated article', () => {
  it('weigh a little there too: "bomb groups the US supports" is the sentence where Russia bombed US-backed groups', () => {
    const engine = createEngine(knowledge);
    expect(engine.ask({ question: 'Did the Russians bomb groups that the US supports?' }).citations[0]?.id).toBe(
      'p2s1',
    );
    expect(RANKING.annotatedPhraseBonus).toBeLessThan(RANKING.phraseBonus);
  });
});

describe('the start or end of an event asked when', () => {
  it('is the time a sentence telling the start gives, not another time of the event', async () => {
    // The lede tells the strike suspended on Wednesday; the next sentence, "الإضراب، الذي بدأ في الثالث من مارس".
    const strike = createEngine(await loadPlainArticle('tests/fixtures/other-article130.txt', 'knowledge'));
    for (const question of ['متى بدأ عمال النظافة إضرابهم؟', 'إمتى بلش إضراب عمال النظافة؟']) {
      const a = strike.ask({ question });
      expect(a.citations[0]?.id).toBe('p2s1');
      expect(a.short).toBe('في الثالث من مارس/آذار');
    }
  });
});

describe('"time" of "the second time"', () => {
  it('says which one, as the ordinal does: no time is asked by it', () => {
    const engine = createEngine(knowledge);
    for (const question of [
      'When was the camp bombed for the second time?',
      'When was the camp struck the second time?',
    ])
      expect(engine.ask({ question })).toMatchObject({ answered: true, short: 'on Tuesday' });
  });
});

describe('a question asking what something is likened to', () => {
  it('is answered where a sentence likens, far surer than one that only names the same things', async () => {
    // The main article read as plain: "إذا قضي على داعش، أنتهى مستقبل بشار الأسد" names ISIS and Assad; the
    // comment's third sentence likens ISIS to a scarecrow ("كفزاعة").
    const plain = createEngine(await loadPlainArticle('knowledge/article.txt', 'knowledge'));
    expect(plain.ask({ question: 'بماذا يشبه المعلق تنظيم داعش عند بشار؟' }).citations[0]?.id).toBe('p15s3');
  });
});

describe('asking what someone asks for (يطلب، طلب)', () => {
  it('finds their demand ("مطالبا الحكومة بـ ...") before a sentence on the demand for bread ("الطلب على الخبز")', async () => {
    const bread = createEngine(await loadPlainArticle('tests/fixtures/other-article142.txt', 'knowledge'));
    for (const question of ['ما الذي يطلبه نقيب الخبازين من الحكومة؟', 'شو بيطلب نقيب الخبازين من الحكومة؟'])
      expect(bread.ask({ question }).citations[0]?.id).toBe('p7s1');
  });
});

describe('asking what someone wants (يريد، بدها، عايزة)', () => {
  it('is met, more weakly, by what they demand or call for ("وطالبت النقابة بصرف جميع الرواتب المتأخرة")', async () => {
    const strike = createEngine(await loadPlainArticle('tests/fixtures/other-article130.txt', 'knowledge'));
    for (const question of [
      'ماذا تريد النقابة من البلدية؟',
      'شو بدها النقابة من البلدية؟',
      'النقابة عايزة إيه من البلدية؟',
    ])
      expect(strike.ask({ question }).citations[0]?.id).toBe('p11s1');
  });
});
