import { beforeAll, describe, expect, it } from 'vitest';
import { compileLexicon } from '../../src/core/lexicon.js';
import { buildIndex, FuzzyVocabulary, type SearchIndex, tellsEarlier } from '../../src/core/search-index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let index: SearchIndex;
beforeAll(async () => {
  const k = await loadKnowledge('knowledge');
  index = buildIndex(k.statements, compileLexicon(k.lexicon));
});

const doc = (id: string) => {
  const d = index.docs.find((x) => x.statement.id === id);
  if (!d) throw new Error(`no statement ${id}`);
  return d;
};

describe('who speaks or reacts in a statement (its voices)', () => {
  it('reads a verb of saying in the present, and not what a relative clause before it is about', () => {
    // "وتأتي زيارة كيري -التي يقول مسؤولون بوزارة الخارجية الأمريكية إنها ...": the officials say it, of Kerry's visit.
    expect(doc('p2s1').voices.has('#officials')).toBe(true);
    expect(doc('p2s1').voices.has('#kerry')).toBe(false);
  });
});

describe('the concepts a statement names', () => {
  const plain = (text: string) =>
    buildIndex([{ ...doc('p9s2').statement, id: 'x', text, translation: undefined }], index.lex).docs[0];

  it('gives a word of no concept the one concept its deep stem meets, as a keyword (lower weight)', () => {
    // "المنهوبة" (looted) is no alias of the theft concept; its deep stem is that of "نهب", which is.
    const d = plain('وعثرت الشرطة على القطع المنهوبة في مستودع.');
    expect(d?.expansion.has('#gen_theft')).toBe(true);
    expect(d?.terms.has('#gen_theft')).toBe(false);
  });

  it('gives none where the deep stem meets several concepts, nor for a word with a concept of its own', () => {
    // "المهجورة" (abandoned) meets refugees, migrants and displacement by its deep stem: any may be wrong.
    expect(plain('وعثرت الشرطة على القطع في قرية مهجورة.')?.expansion.has('#gen_displacement')).toBe(false);
    // "نهبوا" is an alias itself: the concept is a term of the statement.
    expect(plain('ونهبوا القطع من المتحف.')?.terms.has('#gen_theft')).toBe(true);
  });

  it('gives two countries named side by side the two sides that "البلدين" asks about, not two across a preposition', () => {
    for (const text of ['والعلاقات متوترة بين موسكو وواشنطن.', 'وساءت العلاقات الأمريكية الروسية.'])
      expect(plain(text)?.expansion.has('#sides')).toBe(true);
    const english = buildIndex(
      [
        {
          ...doc('p9s2').statement,
          id: 'x',
          text: 'وقع حادث.',
          translation: 'Ties between Moscow and Washington are tense.',
        },
      ],
      index.lex,
    ).docs[0];
    expect(english?.expansion.has('#sides')).toBe(true);
    // An American diplomat in Moscow: one country's man in the other's city.
    expect(plain('وهاجم شرطي دبلوماسيا أمريكيا في موسكو.')?.expansion.has('#sides')).toBe(false);
  });

  it('gives a given name none of the concept of a word sharing its stem ("ليلى" is no night)', () => {
    expect(plain('وقالت الدكتورة ليلى حداد إن الحالة مستقرة.')?.terms.has('#gen_evening')).toBe(false);
    expect(plain('ووقع الحادث ليلة الأحد.')?.terms.has('#gen_evening')).toBe(true);
  });
});

describe('what the index reads from each statement for question-type cues', () => {
  it('knows which statements give a cause, purpose or condition (for "why" questions)', () => {
    expect(doc('p14s1').givesReason).toBe(true); // ردا على / in response to
    expect(doc('p15s1').givesReason).toBe(true); // إذا / if
    expect(doc('p9s1').givesReason).toBe(false);
    expect(doc('p10s2').givesReason).toBe(false);
  });

  it('carries the people, bodies and places of a paragraph on to its later sentences (a pronoun stands for them)', () => {
    // "يريد أن يستخدمها ... عرشه": the first comment named Assad two sentences before; "الرجل" in between.
    expect([...doc('p15s3').inherited]).toContain('#assad');
    expect([...doc('p15s2').inherited]).toContain('#assad');
    // Not across paragraphs.
    expect([...doc('p16s1').inherited]).not.toContain('#assad');
  });

  it('reads a definite noun as the one the paragraph qualified before ("الطريق" after "الطريق الساحلي السريع")', () => {
    // Two sentences of one paragraph, indexed together.
    const paragraph = (...texts: string[]) =>
      buildIndex(
        texts.map((text, k) => ({ ...doc('p9s2').statement, id: `s${k}`, text, translation: undefined })),
        index.lex,
      ).docs;
    const [first, later] = paragraph('فرضت الهيئة رسوما على الطريق الساحلي السريع.', 'ويمتد الطريق مسافة 84 كيلومترا.');
    expect(first?.terms.has('سريع')).toBe(true);
    expect(later?.inherited.has('سريع')).toBe(true);
    // A glued "and" opens another noun, not a word qualifying this one ("الطريق والجسر").
    const [, other] = paragraph('أغلقت الشرطة الطريق والجسر الجديد.', 'وأعيد فتح الطريق مساء.');
    expect(other?.inherited.has('جسر')).toBe(false);
    // Qualified again, it is another one.
    const [, second] = paragraph('وقع الهجوم الأول صباحا.', 'ثم وقع الهجوم الثاني مساء.');
    expect(second?.inherited.has('اول')).toBe(false);
  });

  it('reads attributing, resulting and purpose as giving a cause, with or without a glued "and"', () => {
    const reason = (text: string) =>
      buildIndex([{ ...doc('p9s2').statement, id: 'x', text, translation: undefined }], index.lex).docs[0]?.givesReason;
    expect(reason('وعزا المدير هذا الارتفاع إلى تمديد ساعات العمل.')).toBe(true);
    expect(reason('فصل الفنيون الخوادم عن الشبكة لمنع انتشار الفيروس.')).toBe(true);
    expect(reason('فصل الفنيون الخوادم عن الشبكة يوم الأربعاء.')).toBe(false);
    // Owed to ("يعود أساسا إلى"), justified by ("وبرر المجلس القرار بارتفاع التكاليف"); not returning somewhere.
    expect(reason('ورأت أن التراجع يعود أساسا إلى ارتفاع تكاليف السكن.')).toBe(true);
    expect(reason('وبرر المجلس القرار بارتفاع تكاليف التشغيل.')).toBe(true);
    expect(reason('وأرجع الوزير هذه الخطوة إلى ارتفاع التضخم.')).toBe(true);
    expect(reason('وقال إن الوزير يعود غدا من الخارج.')).toBe(false);
    // Resulting in the feminine ("ناجمة عن"), its cause ("سببه"), a purpose ("يهدف إلى"), suspicion ("للاشتباه").
    expect(reason('وقال إن الموجة ناجمة عن كتلة هوائية حارة.')).toBe(true);
    expect(reason('ورد بأن التأخير سببه أزمة التوريد.')).toBe(true);
    expect(reason('وقالت إن القرار يهدف إلى إتاحة الوقت للرش.')).toBe(true);
    expect(reason('وأوقف ثلاثة حراس للاشتباه في تواطئهم.')).toBe(true);
    // As long as ("ما دام", "مادام"): since it holds; not "it lasted" (دام).
    expect(reason('ويقول نواب إن من الخطأ الاعتقاد بأنه ما دام الشركاء يعدون بالدعم فإنهم سيقدمونه.')).toBe(true);
    expect(reason('وقال إن الإضراب دام ثلاثة أيام.')).toBe(false);
    // What came before, as news tells a cause; not "after" a time.
    expect(reason('وتضاعف الطلب بعدما سارع الزبائن إلى التخزين.')).toBe(true);
    expect(reason('وأغلقت المحمية بعد أن كشف مسح علمي تراجع الأعداد.')).toBe(true);
    expect(reason('وأغلقت المحمية بعد يومين من الحفل.')).toBe(false);
  });

  it('knows which places a statement gives as a location, after a preposition (for "where" questions)', () => {
    expect([...doc('p1s1').locations]).toContain('#moscow');
    expect([...doc('p10s1').locations]).toEqual(expect.arrayContaining(['#buffer', '#jordan']));
    // "الولايات المتحدة" there is who backs the fighters, not where anything is.
    expect(doc('p8s1').locations.size).toBe(0);
  });
});

describe('FuzzyVocabulary, the typo look-up', () => {
  const vocab = new FuzzyVocabulary(['intelligence', 'intelligent', 'moscow', 'camp', 'المخابرات', 'المخيم']);

  it('finds the word a misspelling stands for, closest first', () => {
    expect(vocab.candidates('inteligence')[0]).toBe('intelligence');
    expect(vocab.candidates('المخابرت')[0]).toBe('المخابرات');
    expect(vocab.candidates('moscw')).toContain('moscow');
  });

  it('gathers only words within two letters of the query length', () => {
    expect(vocab.candidates('cam')).toEqual(['camp']);
    expect(vocab.candidates('intelligenceservices')).toEqual([]);
  });

  it('gives the same candidates however many look-ups came before (its counters start from zero each time)', () => {
    const fresh = new FuzzyVocabulary(['intelligence', 'intelligent', 'moscow']);
    const first = fresh.candidates('inteligent');
    expect(first[0]).toBe('intelligent');
    for (let i = 0; i < 300; i++) fresh.candidates(i % 2 ? 'inteligent' : 'moscw');
    expect(fresh.candidates('inteligent')).toEqual(first);
  });
});

describe('tellsEarlier, a sentence recalling an earlier event of the kind', () => {
  it.each([
    'وليست هذه المرة الأولى التي يشهد فيها الميناء حادثا مماثلا، إذ جنحت ناقلة عام 2019.',
    'وهذه ليست المرة الأولى التي يتعطل فيها النظام.',
    'ويُعد هذا الحادث الأعنف من نوعه في البلاد منذ حريق المصفاة عام 2016.',
    'وتعد هذه ثاني أطول فترة انقطاع تشهدها البلاد.',
    'ولم تشهد البلاد حوادث مماثلة منذ عام 2016، عندما لقي شخصان حتفهما.',
    'ويأتي هذا الحادث بعد أقل من شهر على غرق قارب آخر قبالة مدينة الخمس.',
    'وتعرضت المحطة لعطل مماثل عام 2014 أدى إلى انقطاع المياه يومين.',
    'وكانت البلدة قد شهدت في شتاء 2018 فيضانا غمر عشرات المنازل.',
  ])('%s', (text) => expect(tellsEarlier(text)).toBe(true));
  it.each([
    'افتتحت المحافظة محطة "شمس الرمال" التي تعد الأكبر من نوعها في البلاد.',
    'وأضاف أن هذه هي المرحلة الأولى من المشروع.',
    'وبدأت الأعمال منذ عام 2019 بكلفة 310 ملايين دولار.',
    'وتأتي زيارة الوزير في وقت ساءت فيه العلاقات بين البلدين.',
    'وأعلنت الشركة أنها تعرضت لخسائر كبيرة هذا العام.',
    'وقال الوزير إن المحطة شهدت أعمال صيانة عام 2014.',
  ])('not: %s', (text) => expect(tellsEarlier(text)).toBe(false));
});

describe('changedAfter, a change of state told with what came before it', () => {
  it('reads the change with "after" within a few words, in Arabic and English', async () => {
    const k = await loadKnowledge('knowledge');
    const lex = compileLexicon(k.lexicon);
    const docOf = (text: string, translation?: string) =>
      buildIndex(
        [
          {
            id: 'p1s1',
            paragraph: 1,
            section: 'article',
            speaker: { en: 'the article (reporting)', ar: 'نص المقال' },
            text,
            ...(translation ? { translation } : {}),
          },
        ],
        lex,
      ).docs[0];
    expect(docOf('وتأتي الأرقام في وقت ساءت فيه أوضاع الأسر بعد رفع الدعم عن الخبز.')?.changedAfter).toContain(
      '#worsen',
    );
    expect(docOf('ارتفعت الأسعار', 'Prices rose sharply after the subsidy was cut.')?.changedAfter).toContain(
      '#gen_rise',
    );
    expect(docOf('والأوضاع صعبة أيضا بسبب الجفاف بعد أشهر من الانتظار.')?.changedAfter.size).toBe(0);
  });
});
