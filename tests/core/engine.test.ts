import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerSchema } from '../../src/core/answer-schema.js';
import { createEngine } from '../../src/core/engine.js';
import type { Engine } from '../../src/core/types.js';
import { readQuestions } from '../../src/eval/evaluate.js';
import { loadKnowledge, loadPlainArticle } from '../../src/knowledge/load.js';
import { plainEngine } from '../helpers/plain-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = createEngine(await loadKnowledge('knowledge'));
});

const ask = (question: string) => engine.ask({ question });

describe('engine.ask on the article', () => {
  it('answers an Arabic question with the sentence that holds the answer, and a short answer', () => {
    const a = ask('كم شخصا قتل في الهجوم الأول على المعسكر؟');
    expect(a.answered).toBe(true);
    expect(a.language).toBe('ar');
    expect(a.citations[0]?.id).toBe('p9s1');
    expect(a.short).toContain('123');
    expect(a.answer).toContain('123 شخصا');
  });

  it('answers in English with the translation and who said it', () => {
    const a = ask('How many people were killed in the first attack on the camp?');
    expect(a.language).toBe('en');
    expect(a.citations[0]).toMatchObject({ id: 'p9s1', paragraph: 9, speaker: 'two US intelligence officials' });
    expect(a.short).toBe('at least 123 people');
    expect(a.answer).toContain('According to two US intelligence officials (paragraph 9)');
  });

  it('reads passing something to someone as sharing it ("Why are we sharing intelligence ... with them?")', () => {
    expect(ask('What kind of information is Washington passing to the Russians?').citations[0]?.id).toBe('p7s1');
  });

  it('reads finding something strange as its being unclear, and the Levantine طنّش as ignoring', () => {
    expect(ask('ما الذي يستغربه مسؤول المخابرات في تفكير كيري؟').citations[0]?.id).toBe('p5s1');
    expect(ask('كيري شو عم يطنّش حسب المسؤول؟').citations[0]?.id).toBe('p6s1');
  });

  it('answers whether Russia kept the truce with the sentence saying it disregarded it (an opposite)', () => {
    expect(ask('Did Russia comply with the ceasefire in Syria?').citations[0]?.id).toBe('p2s1');
    expect(ask('الروس احترموا الهدنة في سوريا ولا لأ؟').citations[0]?.id).toBe('p2s1');
    // An agreement kept or broken is not asked how talks ended; whether one was reached still is.
    expect(ask('هل احترمت روسيا اتفاق الهدنة في سوريا؟').citations[0]?.id).toBe('p2s1');
    expect(ask('هل توصل كيري والروس إلى اتفاق؟').answered).toBe(false);
  });

  it('reads the dialects\' "على طول" (all the time) as asking again and again', () => {
    expect(ask('الحلفاء شو بيسألوا واشنطن على طول؟').citations[0]?.id).toBe('p12s2');
  });

  it('finds who opposes Kerry in both languages', () => {
    expect(ask('من يعارض نهج كيري؟').citations[0]?.id).toBe('p1s1');
    // Standing in the way (يقف في وجه): وجه is a word, not و + the dialect جه (came).
    expect(ask('من الذين يقفون في وجه مسعى كيري؟')).toMatchObject({ short: 'مسؤولي الدفاع والمخابرات' });
    expect(ask("Who opposes Kerry's approach?").citations[0]?.id).toBe('p1s1');
  });

  it('never presents a reader comment as the article reporting', () => {
    const a = ask('ماذا يقول القراء في التعليقات عن داعش؟');
    expect(a.citations[0]?.section).toBe('comment');
    expect(a.answer).toContain('تعليق قارئ وليس من تقرير المقال');
    const en = ask('What do the readers say about ISIS in the comments?');
    expect(en.citations[0]?.section).toBe('comment');
    expect(en.answer).toMatch(/a reader's comment, not the article's reporting/);
  });

  it('answers a question about the comments when the readers agree with each other', () => {
    // Several comment sentences fit "what do readers think about ISIS?" about as well: that is no doubt about
    // whether the comments answer it.
    for (const q of ['What do readers think about ISIS?', 'وش رأي القراء بداعش؟']) {
      const a = ask(q);
      expect(a.answered).toBe(true);
      expect(a.citations[0]?.section).toBe('comment');
    }
    // "Russia is said to use it" reports what a reader says of Russia: Russia says nothing.
    expect(ask('What is Russia said to use ISIS for, in the comments?').citations[0]?.id).toBe('p16s2');
  });

  it('reads "near" as framing: "were ISIS fighters near the camp?" is answered by where the camp lies, free of them', () => {
    const a = ask('Were any ISIS fighters near the camp?');
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.id).toBe('p10s1');
  });

  it('reads "the usefulness of" (جدوى) as framing: who doubts closer ties is not missed for it', () => {
    expect(ask('من يشكك في جدوى التقارب مع موسكو؟')).toMatchObject({ answered: true, short: 'الكثير من المسؤولين' });
  });

  it('reads "the matter", "the fact", "a great many" as framing: what puzzles an intelligence man about Kerry', () => {
    expect(ask('ما الأمر الذي يستغربه أحد رجال الاستخبارات الأمريكية في موقف كيري؟')).toMatchObject({
      answered: true,
      citations: [{ id: 'p5s1' }],
    });
  });

  it('tells wanting from hoping: Kerry seeks closer cooperation (p1s1) and still hopes for it (p4s1)', () => {
    expect(ask('شو بدو كيري من روسيا؟').citations[0]?.id).toBe('p1s1');
    expect(ask('الروس عايزين إيه في سوريا؟').citations[0]?.id).toBe('p12s1');
    for (const q of ['What does Kerry hope for?', 'بماذا يأمل كيري؟']) expect(ask(q).citations[0]?.id).toBe('p4s1');
  });

  it('tells a settlement from negotiating: the kind the Russians want (p12s1), how they say they would end it (p11s1)', () => {
    for (const q of [
      'أي نوع من الحلول السياسية يفضله الروس في سوريا؟',
      'What kind of peace deal is Russia after in Syria?',
    ])
      expect(ask(q).citations[0]?.id).toBe('p12s1');
    expect(ask('How do the Russians say they want to end the Syrian conflict?').citations[0]?.id).toBe('p11s1');
  });

  it('answers what the intelligence official accuses the Russians and their allies of (p6s1)', () => {
    for (const q of [
      'بماذا يتهم مسؤول المخابرات الروس وحلفاءهم في دمشق؟',
      'What does the intelligence official accuse Moscow and Damascus of?',
    ])
      expect(ask(q).citations[0]?.id).toBe('p6s1');
  });

  it('answers why with the sentence giving the reason, not the one restating what is asked', () => {
    // "If ISIS is eliminated, Assad's future is over", not "the man ... does not want to eliminate it".
    for (const q of [
      'لماذا لا يريد بشار القضاء على داعش بحسب القارئ؟',
      // "The organization" is ISIS in this article, not organizing.
      'حسب أحد المعلقين، لماذا لا يرغب الأسد في إنهاء التنظيم؟',
      "Why doesn't Assad want ISIS destroyed, according to a reader?",
    ])
      expect(ask(q).citations[0]?.id).toBe('p15s1');
  });

  it("reads a claim as framing: how officials see the Russians' claim is what they say of it", () => {
    expect(ask('كيف ينظر المسؤولون إلى زعم الروس أنهم يريدون حلا تفاوضيا؟').citations[0]?.id).toBe('p11s1');
  });

  it('reads "believe" as framing, as "think" is: whether officials believe the camp was hit by accident', () => {
    // Answered "no, deliberately" (p10s2), not by the fears of accidental confrontations (p3s1).
    expect(ask('Do officials believe the camp was struck by accident?').citations[0]?.id).toBe('p10s2');
  });

  it('reads "live" as living, not as the lives lost of a death toll, and still counts souls ("كم روحا")', () => {
    expect(ask('Where does Kerry live?').answered).toBe(false);
    expect(ask('كم روحا حصدت الضربة الثانية؟').short).toBe('12 شخصا آخر على الأقل');
  });

  it('reads a toll of a strike as its dead, not as how many strikes there were', () => {
    // "قصفوا مرتين معسكرا" says how many times the camp was hit; the toll is told in paragraph 9.
    expect(ask('ما حصيلة الغارة الأولى؟').short).toBe('123 شخصا على الأقل');
    expect(ask('كم كانت حصيلة القصف الثاني؟').short).toBe('12 شخصا آخر على الأقل');
    expect(ask("What was the second strike's toll?").citations[0]?.id).toBe('p9s2');
  });

  it('refuses who holds a post the article never names, though its words stand apart in a sentence', () => {
    // "وزير الخارجية الأميركي جون كيري ... مسؤولي الدفاع": no defense minister.
    expect(ask('من هو وزير الدفاع الأمريكي؟').answered).toBe(false);
    expect(ask('من هو وزير الخارجية الأمريكي؟').short).toBe('جون كيري');
  });

  it('refuses a question that swaps the countries of who did what to whom', () => {
    expect(ask('Why did a Russian policeman attack an American diplomat?').citations[0]?.id).toBe('p14s1');
    expect(ask('Why did an American policeman attack a Russian diplomat?').answered).toBe(false);
    expect(ask('ليش شرطي أمريكي هاجم دبلوماسي روسي؟').answered).toBe(false);
  });

  it('refuses honestly, with suggestions in the asker language, when the article does not answer', () => {
    for (const q of ['What did Lavrov tell Kerry?', 'ما هي عاصمة فرنسا؟']) {
      const a = ask(q);
      expect(a).toMatchObject({ answered: false, citations: [], short: null });
      expect(a.suggestions).toHaveLength(3);
      expect(answerSchema.safeParse(a).success).toBe(true);
    }
    expect(ask('What did Lavrov tell Kerry?').answer).toMatch(/does not answer/);
    expect(ask('ما هي عاصمة فرنسا؟').answer).toMatch(/لا يجيب المقال/);
  });

  it('does not answer how many of one nationality with a count of another', () => {
    // The article: Washington expelled two Russian officials. It never says how many Americans Russia expelled.
    for (const q of [
      'How many American diplomats did Russia expel?',
      // "US" in capitals is the country, not the pronoun "us".
      'How many US diplomats did Russia expel?',
      'كم عدد الدبلوماسيين الأمريكيين الذين طردتهم روسيا؟',
    ]) {
      expect(ask(q)).toMatchObject({ answered: false, short: null });
    }
    expect(ask('How many Russian officials did Washington expel?').short).toBe('two Russian officials');
  });

  it('does not answer how many children or women with a count of people the article never divides so', async () => {
    for (const q of ['كم طفلا قتلوا في الهجوم الأول؟', 'How many women were killed in the first attack?'])
      expect(ask(q)).toMatchObject({ answered: false, short: null });
    expect(ask('How many people were killed in the first attack?').short).toBe('at least 123 people');
    // Where an article counts pupils, children are counted.
    const school = await plainEngine('pupils', 'وقالت المعلمة إنها ساعدت في إخراج نحو 200 تلميذ من المدرسة المحترقة.');
    expect(school.ask({ question: 'كم طفلا أخرجت المعلمة من المدرسة؟' }).short).toBe('نحو 200 تلميذ');
  });

  it('names who spoke for a body, asked who spoke in its name', async () => {
    const slide = await plainEngine('slide', [
      'أغلقت السلطات الطريق الجبلي صباح الأحد بعد انهيار صخري كبير.',
      'وقال المتحدث باسم الدفاع المدني، المقدم رامي الخطيب، إن الفرق أزالت نصف الصخور حتى المساء.',
    ]);
    for (const question of ['من تحدث باسم الدفاع المدني؟', 'مين اللي اتكلم باسم الدفاع المدني؟'])
      expect(slide.ask({ question })).toMatchObject({
        short: 'المتحدث باسم الدفاع المدني، المقدم رامي الخطيب',
        citations: [{ id: 'p2s1' }],
      });
  });

  it('answers how many rounds came before an agreement from the sentence counting them, reporting no outcome', async () => {
    const water = await plainEngine('water', [
      'وقعت جمهورية قرطال ومملكة سمران يوم الثلاثاء اتفاقية لتقاسم مياه نهر الهيرات الحدودي.',
      'وقال وزير الموارد المائية إن الاتفاق جاء بعد مفاوضات شاقة.',
      'وأضاف أن المفاوضات مرت بثلاث وعشرين جولة منذ انطلاقها عام 2019.',
    ]);
    expect(water.ask({ question: 'كم جولة تفاوض سبقت التوصل إلى الاتفاقية؟' })).toMatchObject({
      answered: true,
      citations: [{ id: 'p3s1' }],
    });
  });

  it('asked the value of a sum ("ما قيمة التعويض ...؟"), answers only from a sentence giving an amount', async () => {
    const mine = await plainEngine('mine', [
      'قضت محكمة يوم الثلاثاء بإلزام شركة تعدين بدفع تعويضات لأسر الضحايا الذين قضوا في انهيار منجم.',
      'وتعهدت الشركة بدفع التعويض لكل أسرة من أسر الضحايا خلال شهرين.',
      'وقدرت السلطات كلفة إعادة تأهيل الموقع بنحو 3 ملايين دولار.',
    ]);
    expect(mine.ask({ question: 'ما قيمة التعويض الذي ستدفعه الشركة لكل أسرة من أسر الضحايا؟' }).answered).toBe(false);
    expect(mine.ask({ question: 'ما قيمة كلفة إعادة تأهيل الموقع؟' }).short).toBe('نحو 3 ملايين دولار');
  });

  it('refuses a count of a named thing from a sentence counting something else, and counts people as people', async () => {
    const bank = createEngine(await loadPlainArticle('tests/fixtures/other-article115.txt', 'knowledge'));
    // "ويخدم أكثر من 1.2 مليون عميل عبر 140 فرعاً": customers are not employees, and the article never says how many
    // the bank employs.
    expect(bank.ask({ question: 'كم موظفاً يعمل في مصرف النخيل الوطني؟' }).answered).toBe(false);
    // "في حين أبقي 6 آخرون تحت المراقبة": "آخرون" (others) stands for the patients counted.
    const gas = createEngine(await loadPlainArticle('tests/fixtures/other-article117.txt', 'knowledge'));
    expect(gas.ask({ question: 'كم مريضا أبقاهم الأطباء تحت الملاحظة بعد خروج الآخرين؟' })).toMatchObject({
      citations: [{ id: 'p4s2' }],
      short: expect.stringMatching(/^6 آخرون/),
    });
  });

  it('answers how someone described something "after" a happening, asking no outcome of it', async () => {
    const child = await plainEngine('child', [
      'نقلت مروحية طفلة تعاني التهابا رئويا من قرية جبلية معزولة إلى المستشفى الحكومي صباح الثلاثاء.',
      'وقال الطبيب المناوب في المستشفى هاني منصور إن حالة الطفلة مستقرة الآن.',
    ]);
    expect(child.ask({ question: 'كيف وصف الطبيب المناوب الوضع الصحي للطفلة بعد وصولها إلى المستشفى؟' })).toMatchObject(
      { answered: true, citations: [{ id: 'p2s1' }] },
    );
  });

  it("finds a body's reaction where it welcomed or denounced, not only where it said something", async () => {
    const ruling = await plainEngine('ruling', [
      'قضت محكمة ابتدائية يوم الثلاثاء بإلزام شركة تعدين بدفع تعويضات لسكان ثلاث قرى تلوث نهرهم.',
      'وذكر القاضي في نص الحكم أن الشركة أخلت بواجبها في حماية البيئة.',
      'ورحبت وزارة البيئة بالحكم في بيان أصدرته يوم الأربعاء.',
    ]);
    for (const question of ['كيف ردت وزارة البيئة على الحكم؟', 'شو كان رد وزارة البيئة عالحكم؟'])
      expect(ruling.ask({ question }).citations[0]?.id).toBe('p3s1');
  });

  it('reads the city a paragraph opens with "وفي مدينة ..." as where its sentence tells of', async () => {
    const fuel = await plainEngine('fuel', [
      'رفعت الحكومة أسعار الوقود بنسب بين 18 و36 في المئة منتصف ليل الخميس، ما دفع مئات السائقين إلى الاصطفاف في طوابير طويلة أمام محطات البنزين في العاصمة الرمانة.',
      'وجاء القرار من دون إعلان مسبق، ففوجئ المواطنون صباح الجمعة بأسعار جديدة على واجهات المحطات.',
      'وارتفع سعر لتر البنزين العادي من 800 فلس إلى 1000 فلس، وسعر لتر الديزل من 600 إلى 780 فلسا.',
      'وقال وزير الطاقة إن دعم الوقود كلف الخزينة أكثر من مليار دولار العام الماضي.',
      'وشهدت محطات الوقود في أحياء الرمانة الشرقية طوابير امتدت لأكثر من كيلومتر في الساعات الأخيرة من الليل.',
      'وفي مدينة وادي السدر الجنوبية، أغلقت أربع محطات أبوابها صباح الجمعة بعد نفاد مخزونها، بحسب شهود عيان.',
    ]);
    const a = fuel.ask({ question: 'في أي مدينة أقفلت محطات بنزين بعدما نفد ما لديها من وقود؟' });
    expect(a.short).toBe('مدينة وادي السدر');
    expect(a.citations[0]?.id).toBe('p6s1');
  });

  it('answers "how long?" from the sentence giving a length of time, the clause after "المدة" being what is asked', async () => {
    const festival = await plainEngine('festival', [
      'افتتح مهرجان الزيتون السنوي في بلدة العين الخضراء بمشاركة 120 مزارعا من خمس محافظات.',
      'وبلغ عدد زوار المهرجان في يومه الأول نحو 8 آلاف زائر، وفق المنظمين.',
      'وقالت رئيسة اللجنة المنظمة سلمى حداد إن المهرجان سيستمر أسبوعين، على أن تعرض فيه منتجات الجمعيات الريفية.',
    ]);
    for (const question of ['كم المدة التي سيستمر فيها المهرجان؟', 'كم من الوقت سيستمر المهرجان؟'])
      expect(festival.ask({ question })).toMatchObject({ short: 'أسبوعين', citations: [{ id: 'p3s1' }] });
  });

  it('tells relations that worsened (p2s1) from relations that are tense (p3s1)', () => {
    for (const question of [
      'لماذا ساءت العلاقات الامريكيه الروسيه؟',
      'What events have damaged ties between Washington and Moscow?',
    ])
      expect(ask(question).citations[0]?.id).toBe('p2s1');
    for (const question of [
      'ما الذي يُخشى أن تؤدي إليه الخلافات بين الطرفين؟',
      'Besides Syria, what other issues are straining ties between the two countries?',
    ])
      expect(ask(question).citations[0]?.id).toBe('p3s1');
  });

  it('answers who when a dialect question puts "مين" last', () => {
    expect(ask('المتحدث باسم الخارجية مين؟')).toMatchObject({ short: 'مارك توني', citations: [{ id: 'p13s1' }] });
    expect(ask('اللي بيعارض كيري مين؟').short).toBe('مسؤولي الدفاع والمخابرات');
    // Asked who did a deed, the words before "مين" name it: who hit the camp, not who reported the attack.
    expect(ask('اللي ضرب المعسكر مين؟').short).toBe('الروس');
  });

  it('answers what may happen without "ممكن", "يمكن" (possibly, can) weighing as what is asked', () => {
    for (const question of ['هو ممكن يحصل صدام بين أمريكا وروسيا؟', 'اين يمكن ان تقع مواجهات عرضيه بين الطرفين؟']) {
      const a = ask(question);
      expect(a.answered).toBe(true);
      expect(a.citations[0]?.id).toBe('p3s1');
    }
  });

  it('reads the dialect "أسوي" (I make) as a function word, not as "سوء" (a worsening)', async () => {
    // The article read as plain text: no translation or keywords to steady the ranking.
    const plain = createEngine(await loadPlainArticle('knowledge/article.txt', 'knowledge'));
    expect(plain.ask({ question: 'كيف أسوي كبسة دجاج؟' })).toMatchObject({ answered: false });
  });

  it('asked in which year, finds the year written in figures, not a sentence saying "this year"', () => {
    for (const question of ['Which year is Kerry going to Moscow in?', 'في أي سنة زار كيري موسكو؟']) {
      const a = ask(question);
      expect(a).toMatchObject({ answered: true, citations: [{ id: 'p1s1' }] });
      expect(a.short).toContain('2016');
    }
  });

  it.each([
    {
      // "أودى" split from its "بحياة" is a death, not the valleys (أودية) its stem meets.
      sentences: [
        'هز انفجار قوي مستودعا للوقود في الضاحية الصناعية فجر الأحد.',
        'وقال الدفاع المدني إن النيران امتدت إلى الأودية المجاورة قبل السيطرة عليها.',
        'وأكدت مصادر طبية أن الانفجار لم يسفر عن وفيات، لكنه أدى إلى إصابة تسعة عمال.',
      ],
      question: 'هل أودى الانفجار بحياة أحد؟',
      id: 'p3s1',
    },
    {
      // Designing and inventing are one ("ابتكره" of "صمّم").
      sentences: [
        'افتتح وزير التعليم صباح الأحد معرض الابتكار المدرسي في العاصمة بمشاركة 40 مدرسة.',
        'واستخدم طلاب مدرسة النور جهازا قديما لعرض صور مشروعهم على الزوار.',
        'وصمّم طلاب مدرسة النور جهازا يقيس رطوبة التربة ويرسل تنبيها إلى هاتف المزارع.',
      ],
      question: 'ما الذي يفعله الجهاز الذي ابتكره طلاب مدرسة النور؟',
      id: 'p3s1',
    },
    {
      // Applying a law is its taking effect ("تطبيق" of "حيز التنفيذ"), not only an app.
      sentences: [
        'أقر البرلمان يوم الأحد قانونا جديدا للسير يرفع قيمة المخالفات المرورية.',
        'وكان البرلمان قد بدأ مناقشة مشروع القانون في يناير الماضي.',
        'وقال وزير النقل إن القانون سيدخل حيز التنفيذ في الأول من مارس المقبل.',
      ],
      question: 'متى يبدأ تطبيق القانون؟',
      id: 'p3s1',
    },
    {
      // Work starting by an agreement ("يبدأ العمل بالاتفاقية") is its taking effect, not a beginning of work.
      sentences: [
        'وقعت جمهورية قرطال ومملكة سمران يوم الثلاثاء اتفاقية لتقاسم مياه النهر الحدودي.',
        'وقال رئيس الوفد إن الاتفاق يؤمن حصة ثابتة لكل بلد.',
        'وأوضحت الوزيرة أن الاتفاقية ستدخل حيز التنفيذ في الأول من مارس المقبل.',
      ],
      question: 'متى يبدأ العمل بالاتفاقية فعليا؟',
      id: 'p3s1',
    },
    {
      // From abroad is foreign ("القادم من الخارج" of "الأجنبي").
      sentences: [
        'أعادت وزارة البيئة يوم السبت فتح المحمية أمام الزوار بعد إغلاق دام عامين.',
        'ويدفع الزائر من سكان القرى المجاورة دولارين مقابل الدخول، بحسب إدارة المحمية.',
        'أما الزائر الأجنبي فيدفع 15 دولارا مقابل الدخول.',
      ],
      question: 'كم يدفع الزائر القادم من الخارج مقابل الدخول؟',
      id: 'p3s1',
    },
    {
      // The Gulf's "اللي طافت" is the past one: last year's output, not a target.
      sentences: [
        'أعلنت شركة الفوسفات الوطنية يوم الأحد نتائجها السنوية.',
        'وتعتزم الشركة رفع إنتاجها هذا العام إلى 10 ملايين طن من الفوسفات.',
        'وبلغ إنتاجها العام الماضي 7.3 مليون طن.',
      ],
      question: 'كم طن فوسفات طلّعت الشركة السنة اللي طافت؟',
      id: 'p3s1',
    },
    {
      // "The year that has passed" is last year: a clause after a noun of time says which year.
      sentences: [
        'أعلنت شركة الإسمنت الوطنية يوم الأحد نتائجها السنوية.',
        'وتعتزم الشركة رفع إنتاجها من الإسمنت هذا العام إلى 10 ملايين طن.',
        'وبلغ إنتاجها العام الماضي 7.3 مليون طن.',
      ],
      question: 'كم طنا من الإسمنت أنتجت الشركة في العام الذي مضى؟',
      id: 'p3s1',
    },
    {
      // A storm that sweeps a place strikes it ("اجتاحت" of "ضربت").
      sentences: [
        'اجتاحت عاصفة بَرَد عنيفة سهل المروج الزراعي مساء الثلاثاء.',
        'وقال سكان المنطقة الزراعية إن تساقط البرد استمر نحو 35 دقيقة.',
      ],
      question: 'متى ضربت العاصفة المنطقة الزراعية؟',
      id: 'p1s1',
    },
    {
      // The Levant's and Egypt's signs (يافطات) are banners (لافتات), "عاليافطات" is "على اليافطات".
      sentences: [
        'اعتصم عشرات الأهالي أمام مبنى الوزارة صباح الأحد للمطالبة بالعلاج.',
        'وقال الأهالي إنهم سيواصلون الاعتصام حتى تستجيب الوزارة.',
        'ورفع المعتصمون لافتات كتب عليها "العلاج حق لكل طفل".',
      ],
      question: 'شو كانوا كاتبين عاليافطات بالاعتصام؟',
      id: 'p3s1',
    },
    {
      // The whole length (الكلي) is the total one (الإجمالي), not a part paved completely (بالكامل).
      sentences: [
        'افتتحت البلدية يوم الأحد شارعا تجاريا جديدا في وسط المدينة.',
        'وقال المهندس إن الجزء المرصوف بالكامل يبلغ طوله نحو 300 متر.',
        'ويبلغ الطول الإجمالي للشارع نحو 2 كيلومتر، بحسب البلدية.',
      ],
      question: 'ما الطول الكلي للشارع الجديد؟',
      id: 'p3s1',
    },
    {
      // The officer asked of is the one named by his rank (العقيد), the commander (قائد) of what was asked to be led.
      sentences: [
        'انهار مبنى قديم من أربعة طوابق فجر الأحد في حي السوق.',
        'وشارك في العملية 20 عنصرا من فرق الإنقاذ في الدفاع المدني.',
        'وقال العقيد فادي الشامي، قائد عمليات الإنقاذ، إن البحث استمر عشر ساعات.',
      ],
      question: 'من الضابط الذي تولى قيادة عمليات الإنقاذ؟',
      id: 'p3s1',
    },
  ])("meets the lexicon's sense of a word: $question", async ({ sentences, question, id }) => {
    const engine = await plainEngine('lexicon-sense', sentences);
    expect(engine.ask({ question }).citations[0]?.id).toBe(id);
  });

  it('answers how many from the sentence counting the thing exactly ("870 راكبا"), not roughly ("مئات الركاب")', async () => {
    const engine = await plainEngine('counted-exactly', [
      'علق مئات الركاب لساعات داخل قطارات متوقفة في نفق المترو مساء الثلاثاء.',
      'وأضاف البيان أنه كان على متن القطارات نحو 870 راكبا.',
      'وقال الوزير إن التحقيق سيستمر أسبوعين.',
    ]);
    const a = engine.ask({ question: 'كم عدد الركاب الذين كانوا داخل القطارات؟' });
    expect(a.citations[0]?.id).toBe('p2s1');
    expect(a.short).toBe('نحو 870 راكبا');
  });

  it('answers of an earlier time ("قبل هذه المرة", "من قبل") from the sentence telling an earlier event', async () => {
    const engine = await plainEngine('earlier-asked', [
      'فتحت الهيئة صباح الثلاثاء بوابات المفيض في سد النخيل بعد أمطار غزيرة.',
      'وقال مدير السد إن المياه المصرفة بلغت 10 ملايين متر مكعب.',
      'وكانت الهيئة قد فتحت مفيض السد مرة واحدة، خلال شتاء عام 2015.',
    ]);
    const when = engine.ask({ question: 'متى فتحت الهيئة مفيض السد قبل هذه المرة؟' });
    expect(when.citations[0]?.id).toBe('p3s1');
    expect(when.short).toBe('شتاء عام 2015');
    expect(engine.ask({ question: 'هل فتحت الهيئة المفيض من قبل؟' }).citations[0]?.id).toBe('p3s1');
  });

  it('answers who holds a title from the sentence naming its own speaker by it ("وقال المحامي سامي النجار، ...")', async () => {
    const engine = await plainEngine('speaker-title', [
      'قضت محكمة يوم الثلاثاء بإلزام شركة الأسمنت بدفع تعويضات لسكان قريتين.',
      'ويستفيد من التعويضات 200 أسرة تقطن القريتين المتضررتين من الغبار.',
      'وقال المحامي سامي النجار، الذي مثّل الأسر أمام المحكمة، إن الحكم عادل.',
    ]);
    expect(engine.ask({ question: 'من المحامي الذي ترافع عن الأسر المتضررة؟' })).toMatchObject({
      answered: true,
      citations: [{ id: 'p3s1' }],
      short: 'المحامي سامي النجار',
    });
  });

  it.each([
    {
      // How much was paid is a sum of money; a definite noun after "كم" alone is whose sum, not what is counted.
      sentences: [
        'أصدرت محكمة الجنايات يوم الأحد أحكاما بسجن سبعة متهمين في قضية تسريب أسئلة الامتحانات.',
        'وثبت للمحكمة أن المتهم الرئيسي تقاضى 500 ريال عن كل نسخة باعها.',
      ],
      question: 'كم كان المتهم يتقاضى مقابل النسخة الواحدة؟',
      short: '500 ريال',
    },
    {
      sentences: [
        'وكان المبنى قد أغلق أبوابه قبل خمسة عشر عاما.',
        'وباعت العائلة السينما هذا الأسبوع لشركة أفق للتطوير العقاري مقابل نحو أربعة ملايين دينار.',
      ],
      question: 'كم دفع المطور ثمنا للمبنى؟',
      short: 'نحو أربعة ملايين دينار',
    },
    {
      // Police "stopping" people is arresting them: the count of those "أوقفت", not of the wounded.
      sentences: [
        'اندلعت مواجهات بين المحتجين وقوات الأمن في وسط العاصمة مساء الجمعة.',
        'وقالت وزارة الداخلية إن 46 شخصا أصيبوا بجروح طفيفة، وإن الشرطة أوقفت 83 شخصا.',
      ],
      question: 'كم عدد الأشخاص الذين احتجزتهم الشرطة؟',
      short: '83 شخصا',
    },
    {
      // A fate after a preposition is what the counted did something about: they search for victims, none died.
      sentences: [
        'انهار مبنى سكني من خمسة طوابق في وسط المدينة فجر الثلاثاء.',
        'وشارك في عمليات البحث أكثر من 120 عنصراً من الحماية المدنية مدعومين بأربع رافعات.',
      ],
      question: 'كم عدد أفراد الحماية المدنية الذين شاركوا في عمليات التفتيش عن الضحايا؟',
      short: 'أكثر من 120 عنصراً',
    },
    {
      // The sick are counted as cases.
      sentences: [
        'سجلت العاصمة يوم الأحد أعلى درجة حرارة منذ بدء التسجيل.',
        'واستقبلت المستشفيات منذ الاثنين 1340 حالة إجهاد حراري، بينها 86 حالة في العناية المركزة.',
      ],
      question: 'كم عدد المرضى في العناية المركزة؟',
      short: '86 حالة',
    },
  ])('answers how much or how many with the quantity asked: $question', async ({ sentences, question, short }) => {
    const engine = await plainEngine('quantity', sentences);
    expect(engine.ask({ question })).toMatchObject({ answered: true, short });
  });

  it('answers which city or country only from a sentence naming one', async () => {
    const clinic = await plainEngine('clinic', [
      'أعلنت وزارة الصحة يوم الاثنين افتتاح قسم جديد لعلاج الحروق في مستشفى الرحمة بمدينة الزرقاء.',
      'وقال مدير مستشفى النور، الطبيب سامر حداد، إن قسم الطوارئ استقبل 40 مصابا خلال الليل.',
    ]);
    // The hospital of the second sentence is never placed in a city: no answer rather than the sentence about it.
    expect(clinic.ask({ question: 'في أي مدينة يقع مستشفى النور؟' })).toMatchObject({ answered: false, short: null });
    expect(clinic.ask({ question: 'في أي مدينة يقع مستشفى الرحمة؟' })).toMatchObject({
      answered: true,
      citations: [{ id: 'p1s1' }],
    });
  });

  it('counts the people a relative clause describes, by any noun the sentence counts them with', async () => {
    const raid = await plainEngine('raid', [
      'أعلنت وزارة الداخلية صباح الأحد تفكيك شبكة لتزوير العملة. وقالت الوزارة إن القوات الأمنية اعتقلت 14 متهماً في المداهمة.',
      'وكانت الشبكة تبيع الأوراق المزيفة لأفراد في خمس محافظات.',
      'وبدأت طائرتا هليكوبتر تابعتان لسلاح الجو ظهر الخميس بإسقاط شحنات من الخبز والأدوية على القرى الأكثر عزلة.',
    ]);
    const a = raid.ask({ question: 'كم عدد الأشخاص الذين قُبض عليهم في هذه العملية؟' });
    expect(a).toMatchObject({ answered: true, short: '14 متهماً' });
    expect(a.citations[0]?.id).toBe('p1s2');
    // A dual adjective is no count of people.
    expect(raid.ask({ question: 'كم عدد الأشخاص الذين جرى إجلاؤهم بالمروحيات من القرى المعزولة؟' })).toMatchObject({
      answered: false,
      short: null,
    });
  });

  it('asks who gave a number or a toll who said it, and names the speaker as the article writes them', () => {
    // Who reported the toll, not the toll; the source asked for is who said it.
    // The sentence names the annotated speaker ("مسؤولان في المخابرات الأمريكية") in its own spelling: those words.
    expect(ask('من الذين ذكروا عدد قتلى الهجوم الأول؟')).toMatchObject({
      short: 'مسئولان في المخابرات الأميركية',
      citations: [{ id: 'p9s1' }],
    });
    expect(ask('من مصدر حصيلة قتلى الهجوم الأول؟').short).toBe('مسئولان في المخابرات الأميركية');
    expect(ask('من قال إنه ليس واضحا لماذا يظن كيري أنه سيقنع الروس؟').short).toBe('مسئول مخابرات أميركي');
    // Not a name the article misspells: "مارك توني" is not the annotated Mark Toner.
    expect(ask('مين اللي قال إنو كيري رايح مرة تانية لموسكو؟').short).toContain('مارك تونر');
  });

  it('names the speaker for "which official said ...?" too, not a name in what was said', () => {
    expect(ask("Which official said Kerry is ignoring the Russians' killing of moderate rebels?").short).toBe(
      'a US intelligence official',
    );
    expect(ask('أي مسؤول قال إن الروس هاجموا المعسكر عن عمد؟').short).toBe('المسؤولون الأمريكيون');
    expect(ask('Which State Department spokesman is quoted?').short).toContain('Mark Toner');
    // A country asked of what an official said is still the country.
    expect(ask('Which country did the official say supports Assad leaving?').short).toBe('Saudi Arabia');
  });

  it('names who opposes Kerry, with the officials whose bodies they are, where the question calls them officials', () => {
    // "معارضة قوية من مسؤولي الدفاع والمخابرات": the agent a "من" introduces, not Kerry, whom "يتوجه" (heads)
    // stands as near to as the question's "توجه" (approach).
    expect(ask('من هم المسؤولون الذين يعارضون توجه كيري نحو موسكو؟').short).toBe('مسؤولي الدفاع والمخابرات');
    expect(ask('من هم المسؤلين اللذين يعارضون كيري').short).toBe('مسؤولي الدفاع والمخابرات');
    // "against" in the question is found by its sense (opposition), not in "the war against ISIS".
    expect(ask('من هي الجهات الأمريكية التي تقف ضد مساعي كيري للتقارب مع موسكو؟').short).toBe(
      'مسؤولي الدفاع والمخابرات',
    );
    expect(ask("Which officials are pushing back against Kerry's outreach to Moscow?").short).toBe(
      'defense and intelligence officials',
    );
  });

  it('names the speaker as the short answer for "who said ...?" questions', () => {
    expect(ask('Who said the Russians attacked the camp deliberately?')).toMatchObject({ short: 'US officials' });
    expect(ask('من الذي قال إن الأسد يجب أن يرحل؟').short).toBe('مسئول عسكري');
    // Reporting is saying: "أفاد" (reported), "أوضح", "أعلن".
    expect(ask('من الذي أفاد بعدد ضحايا الهجوم الأول؟').short).toBe('مسئولان في المخابرات الأميركية');
    // The reader is given: who the reader says uses ISIS is asked, not who said it.
    expect(ask('Who does the second reader say is using ISIS?')).toMatchObject({
      short: 'Iran and Russia',
      citations: [{ id: 'p16s2' }],
    });
    // "why" in the clause does not make it a why-question.
    expect(ask("Who said it's unclear why Kerry thinks he can win the Russians over?")).toMatchObject({
      short: 'a US intelligence official',
      citations: [{ id: 'p5s1' }],
    });
  });

  it.each([
    ['where', 'Where is the camp located?', 'p10s1', "in a buffer zone on Syria's border with Jordan"],
    ['where (Arabic dialect)', 'وين يقع المعسكر؟', 'p10s1', 'في منطقة فاصلة على حدود سورية مع الأردن'],
    // The place in the clause holding the question's words, and the whole of a range.
    [
      'where, of two places in two clauses',
      'Where could an air or sea clash caused by a misjudgment take place?',
      'p3s1',
      'from the Baltic to the Black Sea',
    ],
    [
      'أين، مدى من مكان إلى آخر',
      'في أي منطقة بحرية يُخشى حدوث صدام جوي أو بحري؟',
      'p3s1',
      'من البلطيق إلى البحر الأسود',
    ],
    ['which country', "Which country strongly supports the President's view on Assad?", 'p12s1', 'Saudi Arabia'],
    // The words after "which" describe the answer (the Gulf is Saudi Arabia's); they do not name another place.
    ['which Gulf country', "Which Gulf country strongly supports Assad's removal?", 'p12s1', 'Saudi Arabia'],
    ['أي دولة خليجية', 'أي دولة خليجية تؤيد رحيل بشار بقوة؟', 'p12s1', 'السعودية'],
    // "Syria's border with Jordan": the country a border is shared with, not the buffer zone (no country).
    ['which country, a border', "Near which country's border is the camp located?", 'p10s1', 'Jordan'],
    ['أي دولة، الحدود', 'على حدود أي دولة يقع المعسكر؟', 'p10s1', 'الأردن'],
    // "Which ally", "ما الدولة التي ...": the noun says what kind of answer is wanted; the clause after it, what is asked.
    ['which ally', 'Which ally strongly backs the view that Assad must go?', 'p12s1', 'Saudi Arabia'],
    ['which Gulf ally', 'Which Gulf ally is firmly behind the demand that Assad step down?', 'p12s1', 'Saudi Arabia'],
    ['مين من الحلفاء', 'مين من حلفاء أمريكا بيضغط إنو الأسد لازم يمشي؟', 'p12s1', 'السعودية'],
    // "What kind of": the words qualifying the noun where the sentence names it.
    ['what kind', 'What kind of weapon does the first reader compare ISIS to?', 'p15s3', 'last nuclear weapon'],
    [
      'which officials',
      'Which US officials are pushing back against Kerry?',
      'p1s1',
      'defense and intelligence officials',
    ],
    ['ما نوع', 'ما نوع المعلومات التي تتقاسمها واشنطن مع الروس؟', 'p7s1', 'المعلومات الخاصة بالمخابرات والاستهداف'],
    ['ما الدولة التي', 'ما الدولة التي تؤيد رحيل الأسد بقوة؟', 'p12s1', 'السعودية'],
    ['a position', "What is Mark Toner's job?", 'p13s1', 'State Department spokesman'],
    // Only a sentence writing his title before his name answers (not 'وأضاف المسئول "(كيري) ...').
    ['a position, of a name in many sentences', "What is Kerry's job?", 'p1s1', 'Secretary of State'],
    ['منصب', 'ما منصب كيري؟', 'p1s1', 'وزير الخارجية الأميركي'],
    ['who is, of a name in many sentences', 'Who is Kerry?', 'p1s1', 'Secretary of State'],
    ['مين، لاسم في جمل كثيرة', 'مين كيري؟', 'p1s1', 'وزير الخارجية الأميركي'],
    // "President Bashar al-Assad" is one alias; its first word is a title all the same.
    ['a position held inside a name', "What is Assad's position?", 'p12s1', 'Syrian President'],
    ['who is', 'من هو مارك تونر؟', 'p13s1', 'المتحدث باسم وزارة الخارجية الأميركية'],
    ['who did it', 'Who bombed the camp twice?', 'p8s1', 'the Russians'],
    [
      'which countries',
      'Which countries does the second reader accuse of exploiting ISIS?',
      'p16s2',
      'Iran and Russia',
    ],
    ['who holds a title', 'مين المتحدث باسم الخارجية؟', 'p13s1', 'مارك توني'],
    [
      'who did something to the holder of a title',
      'Who attacked the American diplomat?',
      'p14s1',
      'a Russian policeman',
    ],
    ["who holds a country's title", 'Who is the spokesman of the US State Department?', 'p13s1', 'Mark Toner'],
    // Of the two ordinals, the one counted in the span asked; both where none is asked.
    ['how many times this year', 'كم مرة زار كيري موسكو هذا العام؟', 'p2s1', 'الثانية للعاصمة الروسية هذا العام'],
    // "شكد رقمها": which in order, asked with the pronoun glued to "number".
    [
      'which in order, in a dialect',
      'هاي الزيارة شكد رقمها لكيري بموسكو هالسنة؟',
      'p2s1',
      'الثانية للعاصمة الروسية هذا العام',
    ],
    [
      'how many times in 12 months',
      'how many times has kerry visited moscow in the last 12 months',
      'p2s1',
      'his third in 12 months',
    ],
    ['how many times', 'كم مرة زار كيري موسكو؟', 'p2s1', 'الثانية للعاصمة الروسية هذا العام والثالثة خلال 12 شهرا'],
    ['how many times, a count of times', 'How many times did Russia bomb the camp?', 'p8s1', 'twice'],
    // "Moscow" qualifies what is counted (trips), it is not what is counted.
    [
      'how many, a name before the noun',
      'How many Moscow trips has he made in the past year or so?',
      'p2s1',
      'his second to the Russian capital this year and his third in 12 months',
    ],
    // A count of visits given as an ordinal, not the span of time beside it ("12 months").
    [
      'how many visits',
      'How many trips has Kerry made to Moscow over the past year?',
      'p2s1',
      'his second to the Russian capital this year and his third in 12 months',
    ],
    ['كم مرة، عدد المرات', 'كم مرة قصف الروس المعسكر؟', 'p8s1', 'مرتين'],
    // A count of strikes is how many times the camp was struck.
    ['كم غارة', 'كم غارة تعرض لها المعسكر؟', 'p8s1', 'مرتين'],
    ['how many strikes', 'How many strikes hit the camp?', 'p8s1', 'twice'],
    // "at a time when" in another sentence is no evidence for "how many times".
    ['how many times, in the passive', 'How many times was the camp bombed?', 'p8s1', 'twice'],
    // Russian planes and the Russian capital: the times said near the asked deed ("bombed twice"), not near a visit.
    ['how many times, by the deed', 'How many times did Russian jets strike the camp?', 'p8s1', 'twice'],
    ['how often', 'How often did the Russians bomb the camp?', 'p8s1', 'twice'],
    // A count of times ("قصفوا مرتين") answers surer than an ordinal ("الهجوم الثاني"); "كم من مرة" is "كم مرة".
    ['كم مرة, not which time', 'كم مرة ضُرب المخيم؟', 'p8s1', 'مرتين'],
    ['قديش من مرة', 'قديش من مرة ضربوا المخيم؟', 'p8s1', 'مرتين'],
    // The number of those who speak ("Two US intelligence officials said ...") is not the number asked for.
    [
      'how many, not the speakers',
      'How many people died in the first attack on the camp?',
      'p9s1',
      'at least 123 people',
    ],
    // What was done (injured, wounded) points to its number, by its sense, as well as "first" does.
    [
      'how many, by the sense of the verb',
      'How many people were injured in the first strike?',
      'p9s1',
      'dozens of others',
    ],
    [
      'who, by the sense of what they do',
      "Who is strongly opposed to Kerry's push for closer cooperation with Moscow?",
      'p1s1',
      'defense and intelligence officials',
    ],
    // "من" (from) marks the agent, before the word the question itself names (مسؤولي), which comes with it.
    [
      'من، قبل ما تسميه السؤال',
      'من هم المسؤولون الذين يبدون معارضة قوية لمساعي كيري؟',
      'p1s1',
      'مسؤولي الدفاع والمخابرات',
    ],
    ['when, with the date', 'When does Kerry arrive in Moscow?', 'p1s1', 'Thursday (14 July 2016)'],
    [
      'when, a condition of time',
      'متى يلجأ الأسد إلى ورقة داعش برأي القارئ؟',
      'p15s3',
      'متى أحس أن عرشه على وشك الزوال',
    ],
    ['death toll', 'What was the death toll of the first strike?', 'p9s1', 'at least 123 people'],
    ['"ما موقع"', 'ما موقع المعسكر؟', 'p10s1', 'منطقة فاصلة على حدود سورية مع الأردن'],
    ['"were is" (where misspelt)', 'were is the camp', 'p10s1', "in a buffer zone on Syria's border with Jordan"],
    ['"on which date"', 'On which date did Kerry set off for the Russian capital?', 'p1s1', 'Thursday (14 July 2016)'],
    ['how many, a number word', 'How many Russian officials did Washington expel?', 'p14s1', 'two Russian officials'],
    ['كم، بعدد مكتوب', 'كم مسؤولا روسيا طردت واشنطن؟', 'p14s1', 'اثنين من المسئولين الروس'],
    ['how many, the counted noun', 'كم عدد الجرحى في الهجوم الأول؟', 'p9s1', 'عشرات آخرين'],
    ['when, relative to the report', 'When did Washington expel the Russian officials?', 'p14s1', 'Last month'],
    // The time nearest the deed asked: the attack came "earlier that month", the expulsion "last month".
    [
      'when, relative to another time',
      'متى وقع الاعتداء على الدبلوماسي الأمريكي؟',
      'p14s1',
      'في وقت سابق من ذلك الشهر',
    ],
    [
      'when, relative to another time, in English',
      'When was the American diplomat attacked?',
      'p14s1',
      'earlier that month',
    ],
    // Who did the deed: not a name past the verb and the thing it was done to ("معسكرا يضم عائلات أفراد ...").
    ['who did it, before the deed', 'من الذي قصف المعسكر مرتين؟', 'p8s1', 'الروس'],
    ['a name, next to the asked title', "What's the State Department spokesman's name?", 'p13s1', 'Mark Toner'],
    // "هوا" is how "هو" is often written (as Egyptians say it).
    ['"من هوا"', 'من هوا وزير الخارجيه الامريكى؟', 'p1s1', 'جون كيري'],
  ])('gives a short answer to a %s question, read from the cited sentence', (_kind, question, id, short) => {
    const a = ask(question);
    expect(a.citations[0]?.id).toBe(id);
    expect(a.short).toBe(short);
  });

  it('refuses a how-many, when or name question when the sentence it would cite gives no number, time or name', () => {
    // The article says the camp housed families, when Kerry's trip was, and that a diplomat was attacked: not how
    // many families, when the ceasefire was agreed, or the diplomat's name.
    for (const question of [
      'How many families live in the camp?',
      // The second attack "killed at least 12 more": the article does not say how many it wounded.
      'How many people were wounded in the second attack?',
      'كم شخصا جرح في الهجوم الثاني؟',
      'When was the cessation of hostilities in Syria agreed?',
      'What was the name of the American diplomat who was attacked in Moscow?',
      'ما أسماء المسؤولين الروس الذين طردتهم واشنطن؟',
      // A title's holder: the sentence names a president, but the Syrian one.
      'Who is the current Russian president?',
      // A measure only a number gives: the sentence places the buffer zone but gives no area.
      'ما مساحة المنطقة العازلة على الحدود الأردنية؟',
      // "the Secretary of State thinks ...": a lower-case English word after a title is no one's name.
      "Who is Russia's foreign minister?",
      // The name asked is the official's: the Secretary of State in the relative clause only says which official.
      'What is the name of the intelligence official who criticised the Secretary of State?',
      'ما اسم ضابط المخابرات الذي انتقد كيري؟',
    ]) {
      expect(ask(question), question).toMatchObject({ answered: false, citations: [] });
    }
    expect(ask('ما اسم المتحدث الذي تحدث عن زيارة كيري؟')).toMatchObject({ short: 'مارك توني' });
  });

  it('answers "what was it compared to?" with a sentence that likens ("كفزاعة", "as a scarecrow")', () => {
    expect(ask('بماذا شبّه المعلق الأول داعش؟').citations[0]?.id).toBe('p15s3');
    // "كوسيلة لابتزاز العالم", "as a means of blackmailing": what a thing is used for is no likeness.
    expect(ask('To what does one commenter liken ISIS?').citations[0]?.id).toBe('p15s3');
    expect(ask('بماذا شبه أحد القراء تنظيم داعش؟').citations[0]?.id).toBe('p15s3');
  });

  it('gives a short answer without the "and" glued to its first word ("وحلفاؤنا")', () => {
    const a = ask('مين بده الأسد يرحل؟');
    expect(a.citations[0]?.id).toBe('p12s1');
    expect(a.short).toBe('حلفاؤنا');
  });

  it('does not take a name after a verb of saying as who speaks where the speaker stands before it ("Toner said Kerry ...")', () => {
    for (const q of [
      'What did Moscow say about the visit?',
      'شو قالت موسكو عن الزيارة؟',
      'ما موقف الكرملين من الزيارة؟',
    ])
      expect(ask(q).answered).toBe(false);
    expect(ask('What did the spokesman say?').citations[0]?.id).toBe('p13s1');
    // A post the article never names speaks in no statement: the Saudis' stance is not their king's words.
    for (const q of ['What did the Saudi king say?', 'ماذا قال رئيس الوزراء الروسي؟'])
      expect(ask(q).answered).toBe(false);
    // Commenting on something is speaking: a reader names Iran, Iran says nothing. The noun asks no one's words.
    for (const q of ["Did Iran comment on Kerry's trip to Moscow?", 'هل تحدثت إيران عن زيارة كيري؟'])
      expect(ask(q).answered).toBe(false);
    expect(ask('What do Iran and Russia use ISIS for, according to a comment?').citations[0]?.id).toBe('p16s2');
    // A post asked with a country is not the same post of another country: US officials speak in p10s1, not Jordan's.
    expect(ask('ماذا قال المسؤولون الأمريكيون عن مكان المعسكر؟').citations[0]?.id).toBe('p10s1');
    expect(ask('ماذا قال المسؤولون الأردنيون عن مكان المعسكر؟').answered).toBe(false);
    expect(ask('What did Jordanian officials say about the attack on the camp?').answered).toBe(false);
    // So is a post with its country after an Arabic verb: the article's foreign minister is the American one.
    expect(ask('وش رد وزير الخارجية الروسي على زيارة كيري؟').answered).toBe(false);
    expect(['p5s1', 'p6s1']).toContain(ask('ماذا قال مسؤول المخابرات الأمريكي عن كيري؟').citations[0]?.id);
    // A post of several words is one speaker's: "the intelligence official" is not any official (p4s1's skeptics).
    expect(ask("What did the intelligence official say about Kerry's hopes of persuading Russia?")).toMatchObject({
      answered: true,
      citations: [{ id: 'p5s1' }],
    });
    // English puts its speaker before the verb: Toner speaks, Kerry is spoken of.
    expect(ask('toner said kerry going to russia for what').citations[0]?.id).toBe('p13s1');
    // A view held is a stance: "ما يعتبره الكرملين أنشطة غير مبررة لحلف شمال الأطلسي" gives the Kremlin's.
    expect(ask('ما موقف الكرملين من أنشطة الناتو قرب روسيا؟').citations[0]?.id).toBe('p3s1');
    // So may Arabic: after "التعليق الأول بيقول" the name opens what the reader says; Assad is spoken of.
    expect(ask('التعليق الأول بيقول الأسد عايز يخلص من داعش؟').citations[0]?.id).toBe('p15s2');
  });

  it("reads who speaks a plain article's sentence into it: the one after the sentence naming him tells what worries him", async () => {
    const hotels = await plainEngine('hotels', [
      'تفشى المرض في المحافظة منذ أسبوعين وأصاب أكثر من ألف شخص.',
      'وقال رئيس جمعية الفنادق في المحافظة، مروان الزين، إن نسبة إلغاء الحجوزات بلغت نحو 40 في المئة خلال الأسبوع الماضي. وأعرب الزين عن خشيته من أن يمتد الضرر إلى موسم الخريف إذا لم تحتو الأزمة سريعا.',
      'وقالت وزارة الصحة إنها أرسلت فرقا طبية إلى القرى المتضررة.',
    ]);
    expect(hotels.ask({ question: 'ما الذي يقلق رئيس جمعية الفنادق بشأن المستقبل؟' }).citations[0]?.id).toBe('p2s2');
    expect(hotels.ask({ question: 'ماذا قال رئيس جمعية الفنادق عن الحجوزات؟' }).citations[0]?.id).toBe('p2s1');
  });

  it('reads the particles of English phrasal verbs ("want out of", "break out") as function words', () => {
    expect(ask('what does kery want out of moscow')).toMatchObject({ answered: true, citations: [{ id: 'p1s1' }] });
  });

  it('reads "وقع" (took place) as framing, as "حدث" is: when the attack on the diplomat was, not the second attack', () => {
    expect(ask('متى وقع الاعتداء على الدبلوماسي الأمريكي؟').citations[0]?.id).toBe('p14s1');
    expect(ask('متى وقع الهجوم الثاني؟').citations[0]?.id).toBe('p9s2');
    // In English too: p9s2's second attack "took place on Tuesday".
    expect(ask('When did the attack on the American diplomat take place?').citations[0]?.id).toBe('p14s1');
    expect(ask('When did the second attack take place?').citations[0]?.id).toBe('p9s2');
    // "حصل" also means "obtained"; asked when, it is what happened: here, the expulsion asked about before.
    engine.ask({ question: 'لماذا طردت واشنطن مسؤولين روسا؟', conversationId: 'when-happened' });
    expect(engine.ask({ question: 'ومتى حصل هذا؟', conversationId: 'when-happened' })).toMatchObject({
      citations: [{ id: 'p14s1' }],
      short: 'في الشهر الماضي',
    });
  });

  it('reads "بالنسبة لـ" (as for) as a function word, not as نسبة (a percentage)', () => {
    expect(ask('ما الذي يريده الروس بالنسبة لمستقبل الأسد؟')).toMatchObject({
      answered: true,
      citations: [{ id: 'p12s1' }],
    });
  });

  it('reads a preposition contracted with ما as asking what (إلامَ، علامَ، ممّ), not as a word of its own', () => {
    expect(ask('إلامَ قد تفضي العملية التي يريد كيري إشراك روسيا فيها؟').citations[0]?.id).toBe('p13s1');
    expect(ask('علامَ ردّت الولايات المتحدة بإبعاد مسؤولَين روسيين؟').citations[0]?.id).toBe('p14s1');
  });

  it('answers "was X done?" only from a statement saying it was done, not one naming X', () => {
    for (const q of ['Was the Russian policeman who attacked the US diplomat arrested?', 'Was the policeman punished?'])
      expect(ask(q).answered).toBe(false);
    expect(ask('Was the American diplomat attacked?').citations[0]?.id).toBe('p14s1');
    expect(ask('Were Russian officials expelled?').citations[0]?.id).toBe('p14s1');
    // A participle of a clause with its own "is" is no deed asked: "where the camp is located" says which zone.
    expect(ask('Were there any Syrian forces in the zone where the camp is located?').citations[0]?.id).toBe('p10s1');
  });

  it('answers what someone said about a thing only from a statement that speaks of that thing', () => {
    // The article quotes "the President says Assad must go": Assad's name is there, his words about the visit not.
    expect(ask('ماذا قال بشار الأسد عن زيارة كيري؟').answered).toBe(false);
    // A person may be spoken of by a title ("وزير الخارجية" for Kerry): a name after "about" is not required.
    expect(ask('ماذا قال مسؤول المخابرات عن كيري؟').answered).toBe(true);
    // What is reacted to is asked about too: the Saudis back the President's view on Assad, not Kerry's visit.
    expect(ask("How did Saudi Arabia react to Kerry's visit?").answered).toBe(false);
    expect(ask("How did Saudi Arabia react to the President's view on Assad?").citations[0]?.id).toBe('p12s1');
  });

  it('answers what a country said or how it reacted only from a statement where it speaks or reacts', () => {
    // Jordan is named (the camp is on its border) but says nothing in the article.
    for (const q of [
      'What did Jordan say about the strike on the camp near its border?',
      "What was Jordan's reaction to the strike?",
      'الأردن قال إيه على ضرب المعسكر اللي على حدوده؟',
      'شو كان رد الكرملين على زيارة كيري؟',
      // "They added that the Russians attacked it deliberately": the Russians are what was said, not who said it.
      'How did Moscow react to the accusation that it attacked the camp deliberately?',
      'كيف رد الروس على اتهامهم بمهاجمة المعسكر عمدا؟',
      // "طردت واشنطن اثنين من المسئولين الروس ردا على ما وصفته بهجوم شرطي روسي": Washington responds and describes;
      // the Russians near "ردا" and after "وصفته" are whom it expelled and whose attack it described.
      'How did Russia respond to the expulsion of its two officials?',
      'كيف ردت موسكو على طرد واشنطن لاثنين من مسؤوليها؟',
    ]) {
      expect(ask(q)).toMatchObject({ answered: false, citations: [] });
    }
    for (const q of [
      'How did Washington respond to the attack on its diplomat?',
      'كيف ردت واشنطن على الهجوم على دبلوماسيها؟',
    ])
      expect(ask(q).citations[0]?.id).toBe('p14s1');
    // Who holds a role is said where a name stands with the title, not where the title alone does.
    for (const q of ['Who is the US Secretary of State?', 'من هو وزير الخارجية الأمريكي؟']) {
      expect(ask(q)).toMatchObject({ answered: true, citations: [{ id: 'p1s1' }] });
    }
    // The article names only the American foreign minister: the Russian one is not Kerry.
    for (const q of ["Who was Russia's foreign minister in 2016?", 'من هو وزير الخارجية الروسي؟']) {
      expect(ask(q)).toMatchObject({ answered: false, citations: [] });
    }
    expect(ask('من هو وزير الخارجية الأمريكي الذي يزور موسكو؟').citations[0]?.id).toBe('p1s1');
    // A relative clause says which holder is meant; it is not part of the title ("Russian" is).
    for (const q of [
      'Who is the Russian foreign minister that Kerry is meeting?',
      'من وزير خارجية روسيا الذي يلتقيه كيري؟',
    ]) {
      expect(ask(q)).toMatchObject({ answered: false, citations: [] });
    }
    const minister = ask('من الوزير الذي يسافر إلى موسكو؟');
    expect([minister.short, minister.citations[0]?.id]).toEqual(['جون كيري', 'p1s1']);
    // Whose stance is asked: Iran takes none in the article's reporting; Saudi Arabia "strongly supports" Assad going.
    for (const q of ['ما موقف إيران من زيارة كيري إلى موسكو؟', "What is Iran's position on Kerry's visit?"]) {
      expect(ask(q)).toMatchObject({ answered: false, citations: [] });
    }
    expect(ask('ما موقف السعودية من رحيل الأسد؟').citations[0]?.id).toBe('p12s1');
    // Washington expelled two officials "in response to" the attack; Toner speaks.
    expect(ask('How did Washington respond to the attack on its diplomat?').citations[0]?.id).toBe('p14s1');
    expect(ask('علامَ ردّت الولايات المتحدة بإبعاد مسؤولَين روسيين؟').citations[0]?.id).toBe('p14s1');
    expect(ask('What did Mark Toner say?').citations[0]?.id).toBe('p13s1');
    expect(ask('Who said the Russians attacked the camp deliberately?').citations[0]?.id).toBe('p10s2');
  });

  it('does not answer whether they agreed from a statement saying what talks could lead to', () => {
    for (const q of ['Did Kerry and Moscow agree on a full ceasefire?', 'هل اتفق كيري والروس على وقف تام للقتال؟'])
      expect(ask(q).answered).toBe(false);
  });

  it('does not answer how talks or a visit ended from a statement that only hopes or says what could happen', () => {
    for (const q of [
      "What was the outcome of Kerry's talks in Moscow?",
      "Did Kerry's Moscow trip end with a deal?",
      'ما الذي أسفرت عنه محادثات كيري مع المسؤولين الروس؟',
      'شو صار بعد زيارة كيري لموسكو؟ اتفقوا على شي؟',
      // The word asking it with the article (النتائج) asks it too.
      'ما النتائج التي خرجت بها محادثات كيري مع الروس؟',
      'ما النتائج التي انتهت إليها محادثات كيري في موسكو؟',
      // Whether an attempt to persuade succeeded is an outcome too.
      'هل نجح كيري في إقناع الروس بالتعاون في سوريا؟',
      'Did Kerry succeed in persuading the Russians to cooperate?',
    ]) {
      expect(ask(q)).toMatchObject({ answered: false, citations: [] });
    }
    // Whether something was done "in the end" (or "at the close of the visit") asks how it ended, whatever the verb;
    // what someone believes will happen in the end is their view.
    for (const q of [
      'هل وافقت روسيا في النهاية على وقف تام للعمليات القتالية؟',
      'هل قبلت موسكو مقترحات كيري في ختام الزيارة؟',
      'شو طلع من المحادثات بين كيري والروس بالآخر؟',
      'Did Moscow finally accept a full halt to the fighting?',
    ]) {
      expect(ask(q)).toMatchObject({ answered: false, citations: [] });
    }
    expect(ask('هل يعتقد صاحب التعليق الثاني أن داعش سيُهزم في النهاية؟').citations[0]?.id).toBe('p16s1');
    // What could come of it is what the statement says could happen.
    expect(ask('What could the process Toner talks about eventually achieve?').citations[0]?.id).toBe('p13s1');
    // "Is this his first visit?" is answered by the sentence saying which visit it is ("the second ... this year"),
    // also when asked "in 2016" of an article dated 2016; "the second commenter" only says which commenter.
    for (const q of [
      "Is this Kerry's first visit to Moscow this year?",
      "Is this Kerry's first visit to Moscow in 2016?",
      'هل هذه أول زيارة لكيري إلى روسيا هذا العام؟',
    ]) {
      expect(ask(q).citations[0]?.id).toBe('p2s1');
    }
    expect(ask('Does the second commenter think ISIS will be defeated?').citations[0]?.id).toBe('p16s1');
    // Agreeing in the present is holding a view ("our allies ... strongly support this view"), not talks' outcome.
    expect(ask('Do the Saudis agree with Obama that Assad has to go?')).toMatchObject({
      answered: true,
      citations: [{ id: 'p12s1' }],
    });
    // What the attempt is for, or what the trip is meant to achieve, is reported, though.
    for (const q of [
      'What is Kerry trying to persuade Moscow to agree to?',
      'بماذا يحاول كيري إقناع موسكو؟',
      "What is Kerry's Moscow trip intended to achieve, according to the spokesman?",
    ]) {
      expect(ask(q).citations[0]?.id).toBe('p13s1');
    }
    // A happening the article never mentions (a meeting, an election, the weather) is not one it reports.
    for (const q of [
      'Who is Kerry scheduled to meet in Moscow?',
      "What's the weather like in Moscow this week?",
      'من فاز بالانتخابات الرئاسية الأمريكية عام 2016؟',
      // Nor a return, sanctions, a fine or compensation.
      'When will Kerry return to Washington?',
      'هل فرضت واشنطن عقوبات على موسكو بسبب قصف المخيم؟',
      'كم تبلغ الغرامة التي فرضت على روسيا؟',
      'What compensation did the families in the camp receive?',
    ]) {
      expect(ask(q)).toMatchObject({ answered: false, citations: [] });
    }
    // The article speaks of planes, never of a model of them.
    for (const q of [
      'Which fighter jets did Russia use?',
      'ما نوع الطائرات التي استخدمتها روسيا؟',
      'What type of Russian planes bombed the camp?',
      // Nor of a ship.
      'Which American ship did the Russians harass?',
      'أي سفينة أمريكية تعرضت لمناورات روسية؟',
    ]) {
      expect(ask(q)).toMatchObject({ answered: false, citations: [] });
    }
    // "How long ...?" is answered only by a number, which the article does not give.
    expect(ask('How long has Kerry been Secretary of State?')).toMatchObject({ answered: false, citations: [] });
    // What someone hopes to achieve is another matter.
    expect(ask('ماذا يأمل كيري أن يحقق مع روسيا؟').citations[0]?.id).toBe('p4s1');
    // "نتيجة طرد الدبلوماسيين" is a cause: the question does not ask how the visit ended.
    expect(ask('كيف تدهورت العلاقات نتيجة طرد الدبلوماسيين قبل زيارة كيري؟').citations[0]?.id).toBe('p2s1');
  });

  it('answers a dialect question from a lower confidence, its dialect words being ones the article never uses', () => {
    const a = ask('الأمريكان عدهم ستراتيجية ويا روسيا لو لا؟');
    expect(a.confidence).toBeLessThan(0.65);
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.id).toBe('p4s1');
  });

  it('reads "لمن" (to whom) as asking who, and the verb after it as belonging, not a return the article lacks', () => {
    expect(ask('لمن تعود العائلات المقيمة في المعسكر الذي قصفته روسيا؟')).toMatchObject({
      answered: true,
      citations: [{ id: 'p8s1' }],
    });
  });

  it('reads the White House as the United States, as the Kremlin is Russia', () => {
    expect(ask('ما الأزمة الأخرى التي تسمم العلاقات بين الكرملين والبيت الأبيض؟')).toMatchObject({
      answered: true,
      citations: [{ id: 'p3s1' }],
    });
  });

  it('reads a settlement (تسوية) as a solution (حل)', () => {
    expect(ask('ما شكل الحل الذي تريده روسيا في سوريا؟')).toMatchObject({
      answered: true,
      citations: [{ id: 'p12s1' }],
    });
  });

  it('reads the Iraqi "بيا" (in which) as a question word, not as بيان (a statement)', () => {
    const a = ask('شنو التحديات اللي تسببها روسيا لأمريكا وبيا مناطق؟');
    expect(a).toMatchObject({ answered: true, citations: [{ id: 'p4s1' }] });
  });

  it('answers who did a deed of force with a sentence naming the doer, not who reported it', () => {
    // "Two US intelligence officials said the first attack on the camp killed ..." names no attacker.
    expect(ask('Who attacked the camp?')).toMatchObject({ short: 'the Russians', citations: [{ id: 'p10s2' }] });
    expect(ask('مين ضرب المعسكر؟').short).toBe('الروس');
    // "And who ...": a glued "and" before the dialect "who" asks the doer all the same.
    const andWho = ask('ومين اللي ضرب المخيم؟');
    expect(andWho.short).toBe('الروس');
    expect(andWho.citations[0]?.id).toBe('p10s2');
    // Two sentences saying the Russians did it are no rivals to each other.
    expect(ask('Who hit the camp?')).toMatchObject({ answered: true, short: 'the Russians' });
    // A sentence telling of no deed names no doer: "the camp lies ... free of any Syrian forces or ISIS fighters".
    expect(ask('Who bombed the camp near the Jordanian border?')).toMatchObject({ citations: [{ id: 'p10s2' }] });
    expect(ask('مين اللي قصف المخيم اللي جنب الحدود مع الأردن؟')).toMatchObject({ short: 'الروس' });
    // A deed named after a light verb ("carried out", "نفذ") is still the deed asked: not "people", whom it killed.
    for (const q of ['Who carried out the second attack?', 'Who launched the attack on the camp?']) {
      const a = ask(q);
      expect(a.short).not.toBe('people');
      expect(a.citations[0]?.id).not.toBe('p9s2');
    }
    // Who said it is another question.
    expect(ask('من قال إن الهجوم الأول أوقع 123 قتيلا؟').citations[0]?.id).toBe('p9s1');
  });

  it('answers a passive who-question with whom it was done to, not who did it', () => {
    // With how many of them, where the sentence says ("expelled two Russian officials").
    expect(ask('Who was expelled last month?').short).toBe('two Russian officials');
    expect(ask('مين طردت واشنطن الشهر الماضي؟').short).toBe('اثنين من المسئولين الروس');
    // "an attack by a Russian policeman on an American diplomat": after "by" comes who did it.
    expect(ask('Who was attacked in Moscow?').short).toBe('an American diplomat');
    // Who is against something is not what the sentence is against ("في الحرب ضد تنظيم داعش").
    expect(ask('مين ضد كيري؟').short).toBe('مسؤولي الدفاع والمخابرات');
    expect(
      ask("Who inside the US government is pushing back against Kerry's outreach to Russia?").short ?? '',
    ).not.toMatch(/ISIS/);
    // English asks whom with "did": a question about the doer uses none.
    expect(ask('Who did the Russian policeman attack in Moscow?')).toMatchObject({
      short: 'an American diplomat',
      citations: [{ id: 'p14s1' }],
    });
    // The doer's nationality is part of who it is, though the question names the country (Moscow is Russia's).
    expect(ask('who attacked the american diplomat in moscow').short).toBe('a Russian policeman');
    expect(ask('من الذي هاجم الدبلوماسي الأمريكي في موسكو؟').short).toBe('شرطي روسي');
    // Whose they are, a word or two after "of".
    expect(ask('Who lives in the camp?').short).toBe('the families of US-backed fighters');
  });

  it('does not read a time, number or name asked of the article from a reader comment', () => {
    // The article does not say when the first attack was; a reader's "whenever he feels ..." is no answer.
    expect(ask('When did the first attack happen?')).toMatchObject({ answered: false, citations: [] });
    // Asked of the comments, the reader's condition of time is the answer.
    expect(ask('Per the comments, when would Assad unleash ISIS as his last weapon?')).toMatchObject({
      short: 'whenever he feels his throne is about to fall',
      citations: [{ id: 'p15s3' }],
    });
  });

  it('is not less sure of an answer for a runner-up that cannot answer (the second attack, asked the first)', () => {
    expect(ask('What happened in the first attack?')).toMatchObject({ answered: true, citations: [{ id: 'p9s1' }] });
  });

  it('reads "going to be" as "will", not as a trip ("Assad must go")', () => {
    const a = ask('Is ISIS going to be defeated?');
    expect(a.citations.map((c) => c.id)).not.toContain('p12s1');
  });

  it('reads English paraphrases of the article words (the Western alliance, the initial strike)', () => {
    // "Western" is a direction, not a name the article never mentions.
    expect(ask("What does Moscow object to in the Western alliance's moves?").citations[0]?.id).toBe('p3s1');
    expect(ask('How many people died in the initial strike?')).toMatchObject({
      citations: [expect.objectContaining({ id: 'p9s1' })],
      short: 'at least 123 people',
    });
  });

  it('answers a yes/no question with the sentence that says "no, another one"', () => {
    // The sentence calls the trip his second this year and third in 12 months: it answers "Is it his first?".
    for (const question of [
      "Is this Kerry's first trip to Moscow in the past twelve months?",
      'هل هذه أول مرة يزور فيها كيري موسكو هذا العام؟',
    ]) {
      expect(ask(question).citations[0]?.id, question).toBe('p2s1');
    }
  });

  it("answers who does the deed from the article's own report of it, not from someone saying it, unless the speaker is asked", () => {
    expect(ask('Who is traveling to Moscow?').citations[0]?.id).toBe('p1s1');
    expect(ask('Who said Kerry is heading to Russia again?').citations[0]?.id).toBe('p13s1');
  });

  it('answers why a change came from the sentence telling it with what came before it ("ساءت ... بعد ...")', () => {
    // Relations worsened after the expulsions (p2s1); they are also tense because of Ukraine (p3s1), which says why
    // they are tense, not why they got worse.
    for (const q of [
      'Why have relations between Washington and Moscow gotten worse?',
      'ما الذي أدى إلى تدهور العلاقات بين واشنطن وموسكو قبل هذه الزيارة؟',
    ])
      expect(ask(q).citations[0]?.id, q).toBe('p2s1');
  });

  it('reads English prepositions of time as function words, as بعد / قبل are ("what is Moscow after?")', () => {
    expect(ask('What outcome for Assad is Moscow after, according to a military official?').citations[0]?.id).toBe(
      'p12s1',
    );
  });

  it('answers Arabizi in Arabic, read in Arabic letters', () => {
    const a = ask('meen by3ared kerry?');
    expect(a).toMatchObject({ answered: true, language: 'ar', short: 'مسؤولي الدفاع والمخابرات' });
    expect(a.citations[0]?.id).toBe('p1s1');
    expect(ask('kam wa7ad ma2tal bel hjoom el awal?')).toMatchObject({ language: 'ar', short: '123 شخصا على الأقل' });
  });

  it('reads English texted with digits ("2day", "b4") as English, not Arabizi', () => {
    const a = ask('wheres kerry going 2day?');
    expect(a).toMatchObject({ answered: true, language: 'en' });
    expect(a.citations[0]?.id).toBe('p1s1');
    // An Arabizi word beside it still makes the question Arabizi.
    expect(ask('kerry raye7 wen 2day?').language).toBe('ar');
  });

  it('names the doer introduced by "from" / "من" after the asked word, over a nearer name', () => {
    // p1s1 names ISIS right after "against", and the officials after "opposition from".
    for (const [question, short] of [
      ["Who opposes Kerry's approach?", 'defense and intelligence officials'],
      ['من يعارض نهج كيري؟', 'مسؤولي الدفاع والمخابرات'],
    ]) {
      const a = ask(question as string);
      expect(a.citations[0]?.id).toBe('p1s1');
      expect(a.short).toBe(short);
    }
  });

  it.each([
    ['another member of an exclusive group', 'How many people were killed in the third attack on the camp?'],
    ['a name from the gazetteer the article never mentions', 'What did Erdogan say about the visit?'],
    // Iran is named (by a reader), but voices no stance: "لإيران" is Iran with a glued preposition.
    ['the stance of a country the article gives none of', 'ما هو الموقف الرسمي لإيران من الزيارة؟'],
    // p5s1: "to persuade the Russians to support ..." is a stance wished of them, not one they voice.
    ['the response of a country that only others speak of', 'شو كان رد موسكو على اتهامات المخابرات الأمريكية؟'],
    // p14s1: Washington expelled two Russian officials, not the other way round.
    ['a deed between two countries with doer and object swapped', 'لماذا طردت روسيا اثنين من المسؤولين الأمريكيين؟'],
    // "قبل" alone is "before", not the passive's "من قبل" (by).
    ['a deed between two countries swapped, asked with "before"', 'لماذا طردت موسكو دبلوماسيين أمريكيين قبل شهر؟'],
    [
      'a deed between two countries with doer and object swapped, in English',
      'Why did Moscow expel two American officials?',
    ],
    ['a "when" whose best sentence holds no time', 'When did the first attack on the camp happen?'],
    ['a "how many" whose best sentence holds no quantity', 'How many ISIS fighters are in Syria?'],
    // The President speaks in p12s1 (of Assad), not in p3s1 (the Ukraine crisis, NATO).
    ['what a post said of something it says nothing of', 'What did the President say about the crisis in Ukraine?'],
    // p2s1's "the two sides expelled ..." counts sides, not planes; its other number is a span of months.
    [
      'a "how many" whose only number near counts another thing',
      'How many American planes faced hostile Russian maneuvers?',
    ],
    // p2s1 names the ships, but its only quantities are the months and the ordinal of a visit.
    ['a count of things given only as a span of time', 'كم عدد الطائرات والسفن الأمريكية التي تعرضت لمناورات روسية؟'],
  ])('refuses a question about %s', (_why, question) => {
    expect(ask(question).answered).toBe(false);
  });

  it('reads a question ending with a preposition as asking whom, not who holds a post', () => {
    // "Who are the officers angry with?" asks whom they are angry with (the administration, p8s1).
    expect(ask('Who are the American intelligence officers angry with?')).toMatchObject({
      answered: true,
      citations: [{ id: 'p8s1' }],
    });
  });

  it('answers what a post said where it speaks of what is asked', () => {
    expect(ask('What does the President say about Assad?').citations[0]?.id).toBe('p12s1');
  });

  it('answers a deed between two countries asked the right way round, or of both together', () => {
    for (const question of [
      'لماذا طردت واشنطن اثنين من المسؤولين الروس؟',
      'Why did Washington expel two Russian officials?',
      'Were two Russian officials expelled by Washington?',
    ])
      expect(ask(question).citations[0]?.id).toBe('p14s1');
    // "بين أمريكا وروسيا": both sides, in either order.
    expect(ask('شو علاقة أوكرانيا بالتوتر بين أمريكا وروسيا؟').citations[0]?.id).toBe('p3s1');
  });

  it('does not answer who with the place or person something goes to', () => {
    // p13s1: "Kerry is heading to Russia": Russia is where he goes.
    expect(ask('Who is heading to the Russian capital?').short).toBe('Kerry');
  });

  it('reads "نحو" (towards, about) as a function word, not a word the article lacks', () => {
    const a = ask('في أي يوم من أيام الأسبوع ينطلق كيري نحو روسيا؟');
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.id).toBe('p1s1');
  });

  it('answers "where" with the sentence that places the camp', () => {
    expect(ask('وين بيقع المخيم؟').citations[0]?.id).toBe('p10s1');
    expect(ask('Where is the camp located?').citations[0]?.id).toBe('p10s1');
    // "bombed" says which camp, as a relative clause would; p10s1 places the camp without saying it was bombed.
    expect(ask('Where exactly is the bombed camp?')).toMatchObject({ answered: true, citations: [{ id: 'p10s1' }] });
    // "Which border": a place asked for; nearness frames the question like "located".
    expect(ask('Which border is the camp near?').citations[0]?.id).toBe('p10s1');
    expect(ask('camp is near wich border').citations[0]?.id).toBe('p10s1');
    // "that" after "is" points at the camp: it opens no relative clause whose words would weigh less.
    expect(ask('where is that camp russia bombed twice').citations[0]?.id).toBe('p10s1');
    expect(ask('where is that camp that russia bombed').citations[0]?.id).toBe('p10s1');
    // A follow-up about the camp: the sentence saying where it lies, not the one about its bombing.
    engine.ask({ question: 'Which camp did the Russians bomb twice?', conversationId: 'where-1' });
    expect(engine.ask({ question: 'where is it?', conversationId: 'where-1' }).citations[0]?.id).toBe('p10s1');
    // ... also where the previous question's words favour the sentence about who lives there, by a hair.
    engine.ask({ question: 'Who lives in the camp that Russia bombed?', conversationId: 'where-2' });
    const placed = engine.ask({ question: 'and where is that?', conversationId: 'where-2' });
    expect(placed.citations[0]?.id).toBe('p10s1');
    expect(placed.short).toBe("in a buffer zone on Syria's border with Jordan");
    // The sentence cited after it scores more, but a citation's score stays within 0..1.
    for (const c of placed.citations) expect(c.score).toBeLessThanOrEqual(1);
  });

  it('answers "which city" with a city, not a country ("Kerry is heading to Russia" says no city)', () => {
    for (const [question, short] of [
      ['Which city is Kerry heading to?', 'Moscow'],
      ['إلى أي مدينة يتوجه كيري؟', 'موسكو'],
    ] as const) {
      const a = ask(question);
      expect(a.citations[0]?.id).toBe('p1s1');
      expect(a.short).toBe(short);
    }
  });

  it('reads "what form of" as framing, as "what kind of" is: the settlement asked is not missed for an unknown word', () => {
    expect(ask('ما شكل التسوية التي يريدها الروس؟')).toMatchObject({ answered: true, citations: [{ id: 'p12s1' }] });
  });

  it('answers a choice between a place it names and one it never mentions, but not a question about the other alone', () => {
    for (const question of ['is the camp near jordan or iraq?', 'هل المخيم قرب الأردن أو العراق؟']) {
      expect(ask(question)).toMatchObject({ answered: true, citations: [{ id: 'p10s1' }] });
    }
    expect(ask('is the camp near iraq?').answered).toBe(false);
  });

  it('answers in the requested language when lang is given', () => {
    const a = engine.ask({ question: 'كم شخصا قتل في الهجوم الأول؟', lang: 'en' });
    expect(a.language).toBe('en');
    expect(a.answer).toMatch(/paragraph 9/);
  });

  it('offers suggestions related to the question when refusing', () => {
    const a = ask('What did Kerry eat in Moscow?');
    expect(a.answered).toBe(false);
    expect(a.suggestions.some((s) => /Kerry|Moscow/.test(s))).toBe(true);
  });
});

describe('engine.ask on hostile input', () => {
  it.each([
    ['empty', ''],
    ['blank', ' \t\n '],
    ['punctuation only', '؟؟؟!!!...'],
    ['emoji', '🤔🔥🇸🇾'],
    ['control characters', '\u0000\u0001\u0007كيري\u001b[31m'],
    ['mixed scripts', 'Kerry كيري Керри 克里'],
    ['RTL override', '\u202Eكم شخصا قتل\u202C'],
    ['ten thousand characters', 'كيري '.repeat(2000)],
    ['lone surrogates', '\uD800\uDC00\uDFFF'],
  ])('%s: returns a schema-valid Answer', (_name, question) => {
    const a = ask(question);
    expect(answerSchema.safeParse(a).success).toBe(true);
  });

  it('analyzes only the first 2000 characters of a question, whatever an adapter lets through', () => {
    const question = 'How many people were killed in the first attack on the camp?';
    const filler = (n: number) => '. '.repeat(n).slice(0, n);
    // The whole question within the first 2000 characters: the filler is ignored and the question answered.
    const within = ask(filler(2000 - question.length) + question);
    expect(within).toMatchObject({ answered: true, short: 'at least 123 people' });
    expect(within.citations[0]?.id).toBe('p9s1');
    // The same question after 2000 characters of filler is never read: nothing is left but punctuation.
    const beyond = ask(filler(2000) + question);
    expect(beyond).toMatchObject({ answered: false, citations: [], short: null });
    expect(answerSchema.safeParse(beyond).success).toBe(true);
  });

  it('reads only the first 64 words of a question', () => {
    const question = 'How many people were killed in the first attack on the camp?';
    const words = (n: number) => Array.from({ length: n }, () => 'please').join(' ');
    expect(ask(`${question} ${words(60)}`)).toMatchObject({ answered: true, short: 'at least 123 people' });
    // After 64 other words the question is never read.
    expect(ask(`${words(64)} ${question}`)).toMatchObject({ answered: false, citations: [], short: null });
  });

  it('never throws and always returns a schema-valid Answer for arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom(undefined, 'ar', 'en'), (q, lang) => {
        const a = engine.ask(lang ? { question: q, lang } : { question: q });
        expect(answerSchema.safeParse(a).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps answers schema-valid for Arabic-looking noise', () => {
    const arabic = fc.string({ unit: fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)) });
    fc.assert(
      fc.property(arabic, (q) => {
        expect(answerSchema.safeParse(ask(q)).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('rank, the diagnostic ranking', () => {
  it('puts first the statement ask cites first, whenever ask answers (a fitting one before a best one that cannot)', async () => {
    // Two plain articles where the best-scored statement cannot answer and one that can scores nearly as much.
    for (const name of ['other-article56', 'other-article71']) {
      const engine = createEngine(await loadPlainArticle(`tests/fixtures/${name}.txt`, 'knowledge'));
      const questions = await readQuestions(`tests/fixtures/${name}-questions.jsonl`);
      let answered = 0;
      for (const { question } of questions) {
        const answer = engine.ask({ question });
        if (!answer.answered) continue;
        answered++;
        expect(engine.rank(question)[0]?.id, question).toBe(answer.citations[0]?.id);
      }
      expect(answered).toBeGreaterThan(20);
    }
  });
});

describe('an English "which" question', () => {
  it('is answered by what the sentence says of the head of its noun phrase', () => {
    // "militant" is the question's word, not the sentence's: "the "ISIS" group" answers "which ... group".
    expect(engine.ask({ question: "Which militant group does Kerry want Russia's help against?" }).short).toContain(
      'ISIS',
    );
    expect(engine.ask({ question: 'Apart from Syria, which other crisis is hurting ties?' }).short).toBe(
      'Ukraine crisis',
    );
  });
  it('reads a misspelt noun of the answer\'s kind: "which contry" asks a country', () => {
    expect(engine.ask({ question: 'which contry supports assad leaving?' }).short).toBe('Saudi Arabia');
  });
});

describe('who says what the article reports in its own voice', () => {
  it('is whom its words say it from, asked outright or as a follow-up', () => {
    // p2s1: "وتأتي زيارة كيري -التي يقول مسؤولون بوزارة الخارجية الأمريكية إنها الثانية ..."
    engine.ask({ question: 'كم مرة زار كيري موسكو هذا العام؟', conversationId: 'voice-ar' });
    expect(engine.ask({ question: 'ومن قال ذلك؟', conversationId: 'voice-ar' }).short).toBe(
      'مسؤولون بوزارة الخارجية الأمريكية',
    );
    engine.ask({ question: 'How many times has Kerry visited Moscow this year?', conversationId: 'voice-en' });
    expect(engine.ask({ question: 'who says so?', conversationId: 'voice-en' }).short).toBe(
      'US State Department officials',
    );
    // p1s1: "... strong opposition from defense and intelligence officials who say the two countries' goals ..."
    expect(engine.ask({ question: 'Who says the goals of Washington and Moscow in Syria are at odds?' }).short).toBe(
      'defense and intelligence officials',
    );
    // ... while the opposition itself is the article's report.
    engine.ask({ question: "Who opposes Kerry's approach?", conversationId: 'voice-en-2' });
    expect(engine.ask({ question: 'who said that?', conversationId: 'voice-en-2' }).short).toBe(
      'the article (reporting)',
    );
  });
});

describe('the spokesman in other words', () => {
  it('is "المتكلم باسم ..." too, and Arabizi "ayya" asks which', () => {
    expect(engine.ask({ question: 'مين المتكلم باسم الخارجية الأمريكية؟' }).short).toBe('مارك توني');
    expect(engine.ask({ question: 'el mo3askar 3ala 7doud ayya balad?' }).short).toBe('الأردن');
  });
});

describe('an English "whose" question', () => {
  it('is answered by whose the thing is, the words after "of"', () => {
    // p8s1: "... a camp housing the families of US-backed fighters whose only mission is ..."
    expect(engine.ask({ question: 'Whose families were living in the bombed camp?' }).short).toBe('US-backed fighters');
  });
});

describe('an English title with its country', () => {
  it('keeps the country written before it, as the Arabic writes it after', () => {
    // p1s1: "US Secretary of State John Kerry travels to Moscow today ..."
    expect(engine.ask({ question: 'Who is heading to Moscow on Thursday?' }).short).toBe(
      'US Secretary of State John Kerry',
    );
  });
});

describe('a dialect verb in a who-question', () => {
  it('is read in its standard form for the short answer ("كيعارض" is "يعارض")', () => {
    expect(engine.ask({ question: 'شكون اللي كيعارض كيري فهاد التقارب مع روسيا؟' }).short).toBe(
      'مسؤولي الدفاع والمخابرات',
    );
  });
});
