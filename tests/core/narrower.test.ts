import { describe, expect, it } from 'vitest';
import { lexiconSchema } from '../../src/knowledge/schema.js';
import { plainEngine } from '../helpers/plain-engine.js';

describe('a broader word of the question', () => {
  const town = [
    'شهدت بلدة الوادي يوم الأحد احتجاجات على انقطاع المياه منذ أسبوع.',
    'وقررت وزارة المياه إرسال 40 صهريجا إلى الأحياء المتضررة صباح الاثنين.',
    'وقال سكان إن القرار جاء متأخرا، وإن الصهاريج لا تكفي لسد حاجة الأحياء.',
    'واندلع حريق في مستودع قريب من محطة الضخ مساء السبت، من دون إصابات.',
    'وقال المحافظ سليم داود إن أعمال إصلاح المضخات ستنتهي خلال عشرة أيام.',
  ];
  it('meets the narrower one a sentence names: the authorities a ministry, an incident a fire, an official a governor', async () => {
    const engine = await plainEngine('water', town);
    expect(engine.ask({ question: 'ماذا قررت السلطات بشأن الصهاريج؟' }).citations[0]?.id).toBe('p2s1');
    expect(engine.ask({ question: 'متى وقعت الحادثة قرب محطة الضخ؟' }).citations[0]?.id).toBe('p4s1');
    expect(engine.ask({ question: 'ماذا قال المسؤول عن إصلاح المضخات؟' }).citations[0]?.id).toBe('p5s1');
  });

  it('meets the police for the security forces and civil defence for the rescuers', async () => {
    const blast = await plainEngine('blast', [
      'انفجرت قنبلة في سوق المدينة صباح الأحد وأصابت ثلاثة أشخاص.',
      'وقال شهود إن دوي الانفجار سمع على بعد كيلومترات.',
      'وأغلقت الشرطة الطرق المؤدية إلى السوق وطوقت المكان.',
      'وأخمد رجال الدفاع المدني النيران في المحلات المجاورة.',
    ]);
    expect(blast.rank('ماذا فعلت قوات الأمن في السوق بعد الانفجار؟')[0]?.id).toBe('p3s1');
    expect(blast.rank('ماذا فعلت فرق الإنقاذ بعد الانفجار؟')[0]?.id).toBe('p4s1');
  });

  it('does not take a meeting asked as a happening the article never tells of, where it tells of a press conference', async () => {
    const ban = await plainEngine('ban', [
      'أعلن الاتحاد الوطني لرفع الأثقال مساء الثلاثاء إيقاف البطل الوطني بعد ثبوت تعاطيه منشطات.',
      'وقال رئيس الاتحاد، في مؤتمر صحفي عقده عند الساعة السادسة مساءً بمقر الاتحاد، إن القرار نهائي.',
    ]);
    expect(ban.ask({ question: 'في أي ساعة عقد رئيس الاتحاد لقاءه مع الصحفيين؟' })).toMatchObject({
      answered: true,
      short: 'عند الساعة السادسة مساءً',
    });
  });

  it('names only concepts the lexicon has', () => {
    const entry = (id: string, narrower?: string[]) => ({
      id,
      kind: 'topic',
      aliases: [id],
      ...(narrower ? { narrower } : {}),
    });
    const lexicon = (entries: object[]) => lexiconSchema.safeParse({ entries, dialect: {} });
    expect(lexicon([entry('authorities', ['ministry']), entry('ministry')]).success).toBe(true);
    const missing = lexicon([entry('authorities', ['ministri'])]);
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.message).toBe('no entry "ministri"');
  });
});
