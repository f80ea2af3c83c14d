import { describe, expect, it } from 'vitest';
import { askedMeasure, unitsOf } from '../../src/core/measures.js';
import { normalize, words } from '../../src/core/normalize.js';
import { plainEngine } from '../helpers/plain-engine.js';

const asked = (q: string) => askedMeasure(words(normalize(q)));

describe('measures and their units', () => {
  it.each([
    ['ما سعر التذكرة؟', 'money'],
    ['What is the price of a ticket?', 'money'],
    ['كم يبلغ طول الخط؟', 'length'],
    ['ما نسبة الانخفاض؟', 'percent'],
    ['ما مساحة الحديقة؟', 'area'],
    ['كم دقيقة استغرقت الرحلة؟', 'duration'],
    ['How many kilometres does the line run?', 'length'],
    ['كم دقيقة احتاج القطار لقطع المسافة؟', 'duration'],
    // "كم استغرقت ...؟" asks how long it took; "إلى أي مسافة ...؟" how far.
    ['كم استغرقت فرق الإطفاء لإخماد الحريق؟', 'duration'],
    ['إلى أي مسافة سمع الانفجار؟', 'length'],
    // "How much time": a duration.
    ['كم من الوقت بقيت المداخل مغلقة؟', 'duration'],
    // Money named after the question's first words: "كم ... من مال", "how much money", a ransom.
    ['كم طلب القراصنة من مال مقابل فك التشفير؟', 'money'],
    ['How much money did the hackers demand?', 'money'],
    ['ما قيمة الفدية؟', 'money'],
    ['ما ارتفاع المبنى؟', 'height'],
    // Weighing asks a weight.
    ['كم يزن الأسد الفار؟', 'weight'],
    // "How much money" in the dialects.
    ['الحكومة هتصرف كام فلوس عشان تعوض الناس؟', 'money'],
    ['كم مصاري رح تدفع الحكومة؟', 'money'],
    // Revenues, profits and losses are sums.
    ['كم بلغت الإيرادات التي جمعتها الشركة؟', 'money'],
    ['كم بلغت خسائر المصرف بسبب الاختراق؟', 'money'],
    ['كم تقدر الخسائر المادية؟', 'money'],
  ])('%s asks for %s', (question, kind) => {
    expect(asked(question)).toBe(kind);
  });

  it.each([
    ['بالنسبة لزيارة كيري، هي الزيارة رقم كم؟'],
    ['من افتتح الخط؟'],
    // A rate of a rise ("معدل ارتفاع الأسعار") is no height.
    ['كم سجل معدل ارتفاع الأسعار في سبتمبر؟'],
    // Losses of lives are no sum.
    ['كم بلغت الخسائر البشرية؟'],
  ])('%s names no measure it asks for', (question) => {
    expect(asked(question)).toBeUndefined();
  });

  it('reads the units a sentence gives amounts in, not look-alike words', () => {
    expect([...unitsOf('بلغت الكلفة مليوني دينار وتراجع الإنتاج بنسبة 42 في المئة')].sort()).toEqual([
      'money',
      'percent',
    ]);
    expect([...unitsOf('ويمتد الخط على مسافة 22 كيلومترا')]).toEqual(['length', 'height', 'speed']);
    // مترو is not a metre, العامة is not a year, and مئة alone is a hundred, not a percent.
    expect(unitsOf('دشنت هيئة النقل العامة مترو المدينة بحضور مئة ضيف').size).toBe(0);
    expect([...unitsOf('نص عربي', 'The fare is 2 dollars')]).toEqual(['money']);
    // A multiple of the thing measured gives it in any unit: "three times its price" answers "at what price?".
    expect(unitsOf('اشترت عبوة بثلاثة أضعاف سعرها الرسمي').has('money')).toBe(true);
    expect(unitsOf('نص عربي', 'rents rose to twice the old level').has('percent')).toBe(true);
    // A year named ("بني عام 1978") is no age or duration.
    expect(unitsOf('السجن الذي بني عام 1978 يضم 800 نزيل').size).toBe(0);
    expect(unitsOf('يعمل فيه منذ 12 عاما').has('duration')).toBe(true);
    // ضعف alone is weakness.
    expect(unitsOf('انتقد ضعف الرقابة على الأسواق').size).toBe(0);
    // A feminine unit's dual writes its ة as ت: ساعتين is hours, as يومين is days.
    expect([...unitsOf('انتظروا ساعتين')]).toEqual(['duration']);
    // An age is given in years of age ("58 عاما"), not by how long something has lasted ("منذ تسع سنوات").
    expect(unitsOf('وقف الفلاح محمد الزياني، البالغ من العمر 58 عاما، وسط حقله').has('age')).toBe(true);
    expect(unitsOf('وتعمل الممرضة في قسم الباطنية منذ تسع سنوات').has('age')).toBe(false);
  });

  it('answers a price only from a sentence that gives a sum of money', async () => {
    const engine = await plainEngine('test-article', [
      'افتتحت البلدية يوم الأحد خط الحافلات الجديد الذي يربط الميناء بالجامعة.',
      'ويبلغ طول الخط 14 كيلومترا، وتمر الحافلة كل عشر دقائق في ساعات الذروة.',
      'وحددت البلدية سعر التذكرة بـ 750 فلسا للراكب الواحد.',
    ]);
    const price = engine.ask({ question: 'كم سعر تذكرة الحافلة؟' });
    expect(price).toMatchObject({ answered: true });
    expect(price.citations[0]?.id).toBe('p3s1');
    const length = engine.ask({ question: 'كم يبلغ طول خط الحافلات؟' });
    expect(length.citations[0]?.id).toBe('p2s1');
    expect(length.short).toContain('14 كيلومترا');
  });

  it('answers a depth only with a length, and reads knots in the plural as a speed', async () => {
    const engine = await plainEngine('test-article', [
      'أعلنت الوزارة يوم الأحد اكتشاف حقل نحاس جديد في الجنوب تقدر احتياطياته بنحو 52 طنا.',
      'وأكدت هيئة الموانئ أن السفينة دخلت الممر المائي بسرعة تفوق الحد المسموح به وهو 6 عقد.',
      'وقال الربان إن الرياح بلغت سرعتها 40 عقدة ليلة الحادث.',
    ]);
    expect(asked('على أي عمق يوجد الحقل؟')).toBe('length');
    // The article says how much copper, not how deep: no number of tonnes for a depth.
    expect(engine.ask({ question: 'على أي عمق يوجد حقل النحاس؟' })).toMatchObject({ answered: false });
    expect(unitsOf('بسرعة تفوق الحد المسموح به وهو 6 عقد').has('speed')).toBe(true);
    const limit = engine.ask({ question: 'ما السرعة القصوى المسموح بها للسفن في الممر المائي؟' });
    expect(limit.citations[0]?.id).toBe('p2s1');
    expect(limit.short).toContain('6 عقد');
  });
});

describe('how many of what', () => {
  it('answers from the sentence whose number counts the asked thing, not one that only mentions it', async () => {
    const engine = await plainEngine('test-article', [
      'دخل آلاف الأطباء العاملين في المستشفيات الحكومية، صباح الاثنين، في إضراب مفتوح شمل مختلف المحافظات.',
      'وأفادت النقابة بأن الإضراب طال 142 مستشفى حكوميا من أصل 167.',
    ]);
    const hospitals = engine.ask({ question: 'كم عدد المستشفيات الحكومية التي شملها الإضراب؟' });
    expect(hospitals.citations[0]?.id).toBe('p2s1');
    expect(hospitals.short).toContain('142');
    const doctors = engine.ask({ question: 'كم طبيبا شارك في الإضراب؟' });
    expect(doctors.citations[0]?.id).toBe('p1s1');
    expect(doctors.short).toBe('آلاف الأطباء');
  });
});

describe('a weight in grams', () => {
  it('is a weight as written ("1700 غرام"), while "غرامات" may be fines', () => {
    expect(unitsOf('1700 غرام')).toContain('weight');
    expect(unitsOf('240 ألف ريال غرامات')).not.toContain('weight');
  });
});
