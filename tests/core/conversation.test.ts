import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { swappedQuestion } from '../../src/core/conversation.js';
import { createEngine } from '../../src/core/engine.js';
import { compileLexicon } from '../../src/core/lexicon.js';
import type { Knowledge } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadKnowledge('knowledge');
});

describe('follow-up questions in a conversation', () => {
  it('resolves an elliptical Arabic follow-up against the previous question', () => {
    const engine = createEngine(knowledge);
    const first = engine.ask({ question: 'كم شخصا قتل في الهجوم الأول على المعسكر؟', conversationId: 'a' });
    expect(first.citations[0]?.id).toBe('p9s1');
    const next = engine.ask({ question: 'والهجوم الثاني؟', conversationId: 'a' });
    expect(next.citations[0]?.id).toBe('p9s2');
    expect(next.short).toContain('12');
  });

  it.each([
    ['متى وقع الهجوم الثاني على المعسكر؟', 'ومين اللي نفذه؟'],
    ['When did the second attack on the camp happen?', 'and who carried it out?'],
  ])('after "%s", "%s" asks who did the deed: not the sentence telling no one who did it', (first, next) => {
    const engine = createEngine(knowledge);
    expect(engine.ask({ question: first, conversationId: 'd' }).citations[0]?.id).toBe('p9s2');
    const doer = engine.ask({ question: next, conversationId: 'd' });
    expect(doer.citations.map((c) => c.id)).not.toContain('p9s2');
    if (doer.answered) expect(['p8s1', 'p10s2']).toContain(doer.citations[0]?.id);
  });

  it.each([
    ['What happened to the camp?', 'when?', 'p9s2', 'on Tuesday'],
    ['كم شخصا قتل في الهجوم الثاني؟', 'وامتى صار؟', 'p9s2', 'يوم الثلثاء'],
    ['Where is the camp?', 'who bombed it?', 'p8s1', 'the Russians'],
    ['مين ساكن بالمعسكر؟', 'ووين هو؟', 'p10s1', 'في منطقة فاصلة على حدود سورية مع الأردن'],
    ['من يعارض نهج كيري؟', 'وليش؟', 'p1s1', null],
    // A bare question word, though لماذا / why carries the reason's concept.
    ['متى يتوجه كيري إلى موسكو؟', 'ليش؟', 'p1s1', null],
    ['When does Kerry go to Moscow?', 'why?', 'p1s1', null],
    // "his name": a possessive pronoun refers back, in either language.
    ['ماذا قال المتحدث باسم الخارجية عن زيارة كيري؟', 'شو اسمه؟', 'p13s1', 'مارك توني'],
    ['Who is the State Department spokesman?', 'what is his name?', 'p13s1', 'Mark Toner'],
    // A glued "and" before a preposition continues; the words of one phrase (twelve months) are one thing asked,
    // and the ordinal counted in that span answers.
    ['كم مرة زار كيري موسكو هذا العام؟', 'وخلال الاثني عشر شهراً الماضية؟', 'p2s1', 'الثالثة خلال 12 شهرا'],
  ])('after "%s", a bare or pronoun follow-up "%s" is answered in its context', (first, next, id, short) => {
    const engine = createEngine(knowledge);
    engine.ask({ question: first, conversationId: 'f' });
    const a = engine.ask({ question: next, conversationId: 'f' });
    expect(a.citations[0]?.id).toBe(id);
    expect(a.short).toBe(short);
    // Without the conversation the same words do not ask it: not the same answer ("وخلال الاثني عشر شهراً الماضية؟"
    // alone finds the sentence of the twelve months, but no count of visits).
    const alone = engine.ask({ question: next });
    expect([alone.citations[0]?.id, alone.short]).not.toEqual([id, short]);
  });

  it('counts what the follow-up asks, not what the question before it counted', () => {
    const engine = createEngine(knowledge);
    engine.ask({ question: 'كم شخصاً قُتل في الغارة الأولى على المخيم؟', conversationId: 'w' });
    expect(engine.ask({ question: 'وكم جريحاً؟', conversationId: 'w' }).short).toBe('عشرات آخرين');
    // The fate alone, without "how many": still the count of the wounded, not of the killed.
    engine.ask({ question: 'كم شخصاً قُتل في الغارة الأولى على المخيم؟', conversationId: 'w2' });
    expect(engine.ask({ question: 'والجرحى؟', conversationId: 'w2' }).short).toBe('عشرات آخرين');
    engine.ask({ question: 'How many people were killed in the first attack?', conversationId: 'w3' });
    expect(engine.ask({ question: 'and the wounded?', conversationId: 'w3' }).short).toBe('dozens of others');
    // "كم واحد" counts anyone: the verb says who.
    engine.ask({ question: 'ليش طردت واشنطن مسؤولين روس الشهر الماضي؟', conversationId: 'e' });
    const expelled = engine.ask({ question: 'وكم واحد طردوا؟', conversationId: 'e' });
    expect(expelled.citations[0]?.id).toBe('p14s1');
    expect(expelled.short).toBe('اثنين من المسئولين الروس');
    // So does "their number", of whoever the question before named.
    engine.ask({ question: 'لماذا طردت واشنطن مسؤولين روسا الشهر الماضي؟', conversationId: 'n' });
    expect(engine.ask({ question: 'وكم عددهم؟', conversationId: 'n' }).short).toBe('اثنين من المسئولين الروس');
  });

  it('asks yes or no in a yes/no follow-up, not what the question before it asked', () => {
    const engine = createEngine(knowledge);
    engine.ask({ question: 'كم مرة قصف الروس المعسكر؟', conversationId: 'y' });
    // "Was that by mistake?" after "how many times?": answered "no, deliberately", not refused for want of a count.
    const next = engine.ask({ question: 'وهل كان ذلك بالخطأ؟', conversationId: 'y' });
    expect(next).toMatchObject({ answered: true, citations: [{ id: 'p10s2' }] });
  });

  it('reads "for what purpose?" as a reason asked of what the question before named, not its own words', () => {
    const engine = createEngine(knowledge);
    engine.ask({ question: 'Which two countries does the second reader accuse of using ISIS?', conversationId: 'p' });
    // Not "deliberately" (purpose) in another paragraph, and no countries for a short answer.
    expect(engine.ask({ question: 'for what purpose?', conversationId: 'p' })).toMatchObject({
      answered: true,
      citations: [{ id: 'p16s2' }],
      short: null,
    });
    // لأي، ولأي ("for which") are question words, not content.
    engine.ask({ question: 'من يستخدم داعش حسب القارئ الثاني؟', conversationId: 'p2' });
    expect(engine.ask({ question: 'ولأي سبب؟', conversationId: 'p2' }).citations[0]?.id).toBe('p16s2');
    engine.ask({ question: 'أي دولتين يتهمهما القارئ الثاني باستخدام داعش؟', conversationId: 'p3' });
    expect(engine.ask({ question: 'لأي غرض؟', conversationId: 'p3' }).citations[0]?.id).toBe('p16s2');
  });

  it('asks what, not who, in a follow-up with a "what" of its own after a who-question', () => {
    const engine = createEngine(knowledge);
    engine.ask({ question: 'شكون هو المتحدث باسم الخارجية الأمريكية؟', conversationId: 'w2' });
    // What the spokesman said of Kerry, not someone's name.
    expect(engine.ask({ question: 'وشنو قال على كيري؟', conversationId: 'w2' })).toMatchObject({
      answered: true,
      citations: [{ id: 'p13s1' }],
    });
  });

  it("reads a follow-up by its own words first: the previous question's words only tip the balance", () => {
    const engine = createEngine(knowledge);
    engine.ask({ question: "Who backs the President's view on Assad most strongly?", conversationId: 'k' });
    // The allies are in p12s1, the answer before; what they always ask is the next sentence.
    const next = engine.ask({ question: 'and what do they always ask?', conversationId: 'k' });
    expect(next).toMatchObject({ answered: true, citations: [{ id: 'p12s2' }] });
  });

  it('answers "and the other reader?" after a question on the first comment with the second', () => {
    for (const [first, next] of [
      ['What did the first commenter say about Assad?', 'and the other commenter?'],
      ['شو قال أول معلق عن بشار؟', 'والقارئ الآخر؟'],
    ] as const) {
      const engine = createEngine(knowledge);
      expect(engine.ask({ question: first, conversationId: 'o' }).citations[0]?.id).toBe('p15s1');
      expect(engine.ask({ question: next, conversationId: 'o' }).citations[0]?.id).toBe('p16s1');
    }
    // The question before favours the first comment's words (Assad wants ISIS weak): the second comment, which
    // scores nearly as much, is the other reader's (see fittingFirst).
    const engine = createEngine(knowledge);
    engine.ask({ question: 'What does one of the readers say Assad wants from ISIS?', conversationId: 'r' });
    const other = engine.ask({ question: 'And the other reader?', conversationId: 'r' });
    expect(other.answered).toBe(true);
    // Only the second comment is cited: the first reader's sentence cannot be the other reader's.
    expect(new Set(other.citations.map((c) => c.paragraph))).toEqual(new Set([16]));
  });

  it('answers "what else did he say?" with the next statement of the same speaker, and goes on from there', () => {
    const engine = createEngine(knowledge);
    expect(engine.ask({ question: 'What did the first reader say?', conversationId: 'm' }).citations[0]?.id).toBe(
      'p15s1',
    );
    expect(engine.ask({ question: 'anything else?', conversationId: 'm' }).citations[0]?.id).toBe('p15s2');
    expect(engine.ask({ question: 'وشو كمان قال؟', conversationId: 'm' }).citations[0]?.id).toBe('p15s3');
    // "ضاف", "زاد": the dialects' "he added".
    const official = createEngine(knowledge);
    official.ask({ question: 'شو قال مسؤول المخابرات الأمريكي عن قدرة كيري على إقناع الروس؟', conversationId: 'a' });
    expect(official.ask({ question: 'وشو كمان ضاف؟', conversationId: 'a' }).citations[0]?.id).toBe('p6s1');
    // Outside a conversation "what else?" asks nothing.
    expect(engine.ask({ question: 'anything else?' }).answered).toBe(false);
  });

  it('asks yes or no again in a follow-up without a question word after a yes/no question', () => {
    const engine = createEngine(knowledge);
    engine.ask({ question: 'هل زيارة كيري لموسكو هي الأولى هذا العام؟', conversationId: 'y' });
    // "the third in 12 months" answers "and in the last 12 months?", though "first" is not "third".
    expect(engine.ask({ question: 'وخلال آخر 12 شهر؟', conversationId: 'y' })).toMatchObject({
      answered: true,
      citations: [{ id: 'p2s1' }],
    });
  });

  it('reads "and why?" ("وليه؟", "why though?") as a bare why, of what was asked before', () => {
    for (const [first, next] of [
      ['مين اللي معارض مساعي كيري مع روسيا؟', 'وليه؟'],
      ["Who is opposing Kerry's push for cooperation with Russia?", 'why though?'],
    ] as const) {
      const engine = createEngine(knowledge);
      engine.ask({ question: first, conversationId: 'b' });
      expect(engine.ask({ question: next, conversationId: 'b' }).citations[0]?.id).toBe('p1s1');
    }
  });

  it('reads "there" as the place asked of before ("who lives there?", "ومين ساكن هناك؟")', () => {
    for (const [first, next, short] of [
      ['Where is the camp the Russians bombed?', 'who lives there?', 'the families of US-backed fighters'],
      ['وين المعسكر اللي قصفوه الروس؟', 'ومين ساكن هناك؟', 'عائلات أفراد تدعمهم الولايات المتحدة'],
    ] as const) {
      const engine = createEngine(knowledge);
      engine.ask({ question: first, conversationId: 'h' });
      expect(engine.ask({ question: next, conversationId: 'h' })).toMatchObject({ short, citations: [{ id: 'p8s1' }] });
    }
  });

  it('reads "who did it?" as who did the deed asked of before ("ومين نفّذه؟", "and who carried it out?")', () => {
    for (const next of ['ومين نفّذه؟', 'ومين اللي عمل كده؟', 'and who carried it out?']) {
      const engine = createEngine(knowledge);
      engine.ask({ question: 'متى وقع الهجوم الثاني على المعسكر؟', conversationId: 'd' });
      const doer = engine.ask({ question: next, conversationId: 'd' });
      expect(['p8s1', 'p10s2']).toContain(doer.citations[0]?.id);
      expect(doer.short).toMatch(/الروس|Russians/);
    }
  });

  it('is not held to what a yes/no question before it guessed ("first") when it asks how many', () => {
    for (const [first, next] of [
      ["Is this Kerry's first trip to Moscow this year?", 'and how many in the last 12 months?'],
      ['هل هذه أول زيارة لكيري إلى موسكو هذا العام؟', 'وكم زيارة خلال 12 شهرا؟'],
    ] as const) {
      const engine = createEngine(knowledge);
      engine.ask({ question: first, conversationId: 'g' });
      const count = engine.ask({ question: next, conversationId: 'g' });
      expect(count.citations[0]?.id).toBe('p2s1');
      expect(count.short).toMatch(/third in 12 months|الثالثة خلال 12 شهرا/);
    }
  });

  it('asks the previous question of another country or person named alone ("وأمريكا؟", "and the US?")', () => {
    const engine = createEngine(knowledge);
    expect(engine.ask({ question: 'ماذا تريد روسيا بشأن الأسد؟', conversationId: 's' }).citations[0]?.id).toBe('p12s1');
    expect(engine.ask({ question: 'وأمريكا؟', conversationId: 's' })).toMatchObject({
      answered: true,
      citations: [{ id: 'p12s1' }],
    });
    expect(engine.ask({ question: 'What does Russia want for Assad?', conversationId: 't' }).answered).toBe(true);
    expect(engine.ask({ question: 'what about Saudi Arabia?', conversationId: 't' }).citations[0]?.id).toBe('p12s1');
    // A swapped question is as sure as one asked so: Kerry says nothing in the article, Toner does.
    expect(engine.ask({ question: 'ماذا قال تونر؟', conversationId: 'u' }).citations[0]?.id).toBe('p13s1');
    expect(engine.ask({ question: 'وكيري؟', conversationId: 'u' }).answered).toBe(false);
  });

  it('swaps a name of several words whole, and adds rather than swaps a place after a preposition', () => {
    const lex = compileLexicon(knowledge.lexicon);
    const swap = (q: string, before: string) =>
      swappedQuestion(analyze(q, lex), analyze(before, lex), (c) => lex.kinds.get(c));
    expect(swap('وروسيا؟', 'ماذا تريد الولايات المتحدة بشأن الأسد؟')).toBe('ماذا تريد روسيا بشان الاسد');
    expect(swap('وفي سوريا؟', 'ماذا يريد الروس؟')).toBeUndefined();
    // A word of its own the previous question lacks makes it a question of its own.
    expect(swap('وأمريكا ليش؟', 'ماذا تريد روسيا؟')).toBeUndefined();
  });

  it('answers "who said that?" with the speaker of the previous answer', () => {
    const engine = createEngine(knowledge);
    engine.ask({ question: 'How many people were killed in the first attack?', conversationId: 'b' });
    const who = engine.ask({ question: 'who said that?', conversationId: 'b' });
    expect(who).toMatchObject({ answered: true, short: 'two US intelligence officials' });
    expect(who.citations[0]?.id).toBe('p9s1');
    engine.ask({ question: 'ليش الروس هاجموا المعسكر؟ عن قصد؟', conversationId: 'c' });
    expect(engine.ask({ question: 'مين قال هيك؟', conversationId: 'c' }).short).toBe('المسؤولون الأمريكيون');
  });

  it('keeps conversations apart, and a question without conversationId has no context', () => {
    const engine = createEngine(knowledge);
    engine.ask({ question: 'How many people were killed in the first attack?', conversationId: 'x' });
    expect(engine.ask({ question: 'who said that?', conversationId: 'y' }).answered).toBe(false);
    expect(engine.ask({ question: 'who said that?' }).answered).toBe(false);
  });

  it('starts fresh on a new topic', () => {
    const engine = createEngine(knowledge);
    engine.ask({ question: 'How many people were killed in the first attack?', conversationId: 'd' });
    const fresh = engine.ask({ question: 'Where is the camp located?', conversationId: 'd' });
    expect(fresh.citations[0]?.id).toBe('p10s1');
  });

  it('forgets a conversation ten minutes after its last answer', () => {
    let now = 0;
    const engine = createEngine(knowledge, { memory: { now: () => now } });
    engine.ask({ question: 'How many people were killed in the first attack?', conversationId: 'e' });
    now += 9 * 60_000;
    expect(engine.ask({ question: 'and the second attack?', conversationId: 'e' }).citations[0]?.id).toBe('p9s2');
    now += 10 * 60_000 + 1;
    expect(engine.ask({ question: 'who said that?', conversationId: 'e' }).answered).toBe(false);
  });

  it('keeps at most the configured number of conversations', () => {
    const engine = createEngine(knowledge, { memory: { max: 2 } });
    for (const id of ['1', '2', '3']) {
      engine.ask({ question: 'How many people were killed in the first attack?', conversationId: id });
    }
    expect(engine.ask({ question: 'who said that?', conversationId: '1' }).answered).toBe(false);
    expect(engine.ask({ question: 'who said that?', conversationId: '3' }).answered).toBe(true);
  });
});
