import { describe, expect, it } from 'vitest';
import { isYesNo, questionType } from '../../src/core/question-type.js';

/** Question words as analyze() hands them over: normalized, lower-case English. */
const typeOf = (q: string) => questionType(q.toLowerCase().replace(/[?؟]/g, '').split(/\s+/));

describe('questionType', () => {
  it.each([
    ['when does kerry arrive', 'when'],
    ['kerry arrives in moscow when', 'when'],
    ['في اي وقت يبدا التوزيع', 'when'],
    // "من الذي ...", "من هو ..." open asking who, whatever "cause" or "why" the clause holds.
    ['من الذي دافع عن المزارعين ونفي ان يكونوا سبب المشكله', 'who'],
    ['من هو سبب الازمه', 'who'],
    // من is "from" before ماذا as before اي (ممَّ is read so).
    ['من ماذا كان يتذمر الصيادون', 'other'],
    // The dialects put "who" last ("مين" read as من): a question's last word is never "from".
    ['المعسكر اللي اتضرب كان فيه من', 'who'],
    ['اللي بيعارض كيري من', 'who'],
    ['في اي عام افتتح الميناء', 'when'],
    // "تاريخ" asked first or after "what" / "which" is a date; elsewhere it is history.
    ['ما تاريخ زياره كيري', 'when'],
    ['في اي تاريخ تبدا الزياره', 'when'],
    ['ماذا قالت الناقده عن مكانه القاعه في تاريخ المدينه', 'other'],
    // Who gave a number or a toll asks who, not how many.
    ['من الذي قال عدد القتلي في اول هجوم', 'who'],
    ['من مصدر حصيله الضحايا', 'who'],
    ['كم عدد القتلي في اول هجوم', 'count'],
    // "when" after a question opener joins a clause: the question asks something else.
    ['did the russians tell isis targets from moderate rebels when they bombed', 'other'],
    ['what kind of deal does moscow want when it comes to assad', 'other'],
    // So it does after a question word that follows an opening phrase; "when it comes to" is "about".
    ['according to the skeptics what is washington missing when handling russia', 'other'],
    ['in the comments when would assad unleash isis', 'when'],
    ['according to critics washington lacks a strategy when it comes to russia', 'other'],
    // A noun of the answer's kind after "which" / "ما ... التي": a place is asked where, a body or ally as who.
    ['ما الدوله التي تويد رحيل الاسد', 'where'],
    ['which ally backs assad leaving', 'who'],
    ['ما الجهه التي منحت القرض', 'who'],
    // "أي من" (which of) asks as "أي" does.
    ['اي من حلفا امريكا يويد رحيل الاسد', 'who'],
    // The list is normalized as the words are (هيئة -> هيه, مؤسسة -> موسسه, شركاء -> شركا).
    ['اي هيه تشرف علي الحمله', 'who'],
    ['ما الموسسه التي مولت المشروع', 'who'],
    ['اي شركا يدعمون المشروع', 'who'],
    // A question opening by asking a name asks a name, whatever its relative clause counts or places.
    ['ما اسم وزير الداخليه الذي اعلن حصيله المصابين', 'name'],
    ['ما اسما الدول المجاوره التي ستنسق معها الهيه', 'name'],
    ['what is the name of the minister who gave the toll', 'name'],
    ['ما عنوان الكتاب الذي سرق من المتحف', 'name'],
    // Who tells a toll is asked who; the toll alone, how many.
    ['من الذي اعلن حصيله قتلي الهجوم الاول', 'who'],
    ['who gave the death toll for the camp', 'who'],
    ['ما حصيله الضربه الاولي', 'count'],
    // "What is the number of ...": a number is asked, as "how many" asks one.
    ['ما رقم الخط الهاتفي المجاني', 'count'],
    ['ما هو رقم لوحه المركبه', 'count'],
    // من before "which" is "from": "from which site", "from which city" ask where.
    ['من اي موقع انطلقت المسيره', 'where'],
    ['من اي مدينه جاء المحتجون', 'where'],
    // "which" behind a glued preposition: to which capital, on which day.
    ['كيري مسافر لاي عاصمه', 'where'],
    ['باي يوم وصل الوفد', 'when'],
    ['من اي حزب النايب', 'who'],
    ['ما هي عاصمه اوكرانيا', 'other'],
    // "Which" with a noun of time asks when, after a preposition too; so does the dialect "يوم ايه" / "انهي يوم".
    ['on which day did the second attack happen', 'when'],
    // "الساعة كم" asks the time of day; "كم ساعة" counts hours.
    ['الهجوم صار الساعه كم', 'when'],
    ['كم الساعه وصل كيري', 'when'],
    ['كم ساعه استمر الهجوم', 'count'],
    ['في اي ليله وقع الحادث', 'when'],
    // "The site" is where it was done: a question opening with "who" still asks who.
    ['من المسول الذي قاد الانقاذ في الموقع', 'who'],
    ['ما موقع المعسكر', 'where'],
    ['on which night did the train derail', 'when'],
    ['انهي يوم وصل كيري', 'when'],
    ['الضربه الثانيه كانت يوم ماذا', 'when'],
    ['كم عدد القتلي', 'count'],
    ['the number of dead', 'count'],
    ['بكم يباع القنطار', 'count'],
    // A measure noun after "what" asks for an amount.
    ['ما نسبه انخفاض الانتاج', 'amount'],
    ['ما هي النسبه المسجله', 'amount'],
    ['what is the price of a ticket', 'amount'],
    ['how old is the farmer', 'amount'],
    // "area" right after "what" names a place, as "which area" does; "the area of" is a measure.
    ['what area is the camp in', 'where'],
    ['what is the area of the farm', 'amount'],
    // A kind of something is asked, not its measure.
    ['what kind of area is the camp located in', 'other'],
    ['what type of value did they add', 'other'],
    ['ما نوع المساحه التي زرعت', 'other'],
    ['ما راي الوزير في النسبه', 'other'],
    ['الي اي مسافه سمع الانفجار', 'amount'],
    // A depth or a height, not a place: "على أي عمق" is no "where"; "ارتفاع" after "ما سبب" is a rise.
    ['علي اي عمق وقع العطل', 'amount'],
    ['الي اي ارتفاع وصلت المياه', 'amount'],
    ['ما سبب ارتفاع الاسعار', 'why'],
    // An intensity, a capacity, a mass, a wage or the utmost of something is an amount; "قوة" only in a construct.
    ['ما شده الزلزال علي مقياس ريختر', 'amount'],
    ['ما قوه اعنف الهزات', 'amount'],
    ['ما القوه التي تحمي المخيم', 'other'],
    ['ما الطاقه الاستيعابيه لمركز العلاج', 'amount'],
    ['ما اقصي زياده في الرواتب', 'amount'],
    ['ما الحد الادني لسماكه الاكياس', 'amount'],
    // "ما عدد من ..." is the number of those who ...; "ما الرقم ...؟" asks a number.
    ['ما عدد من لقوا حتفهم في الغاره الاولي', 'count'],
    ['ما الرقم المجاني للتبليغ', 'count'],
    // "how many" typed in a hurry, and a body count.
    ['how meny russian oficials did washington expell', 'count'],
    ["what's the body count from the first strike", 'count'],
    // "To whom" asks who.
    ['لمن تعود العايلات', 'who'],
    // "عدد من" / "a number of" mean several.
    ['لماذا يستاء عدد من ضباط الاستخبارات', 'why'],
    ['why are a number of officers angry', 'why'],
    // So do "عدد كبير من", "a large number of".
    ['لماذا يرتاب عدد كبير من المسولين', 'why'],
    ['ما سبب غضب عدد كبير من عناصر الاستخبارات', 'why'],
    ['why are a large number of officers angry', 'why'],
    // A question opening with "why" asks why, though its clause counts.
    ['لماذا يتوقع ان يزداد عدد القتلي', 'why'],
    ['why is the number of dead expected to rise', 'why'],
    // "What led to / prompted X?" asks why X happened; "what could it lead to?" does not.
    ['ما الذي ادي الي اعفا الوزير من منصبه', 'why'],
    ['ما الحادثه التي دفعت الحكومه الي اغلاق الميناء', 'why'],
    ['what prompted the government to close the port', 'why'],
    ['ما الذي يخشي ان يودي اليه تصاعد الخلاف', 'other'],
    ['ما اسماء المسولين الروس', 'name'],
    // "ما اسم" typed as one word.
    ['مااسم المتحدث باسم الخارجيه', 'name'],
    ['what is the camp called', 'name'],
    // "named as" is mentioned as.
    ['which seas are named as possible flashpoints', 'where'],
    ['which european countries are named as us allies', 'where'],
    ['who called it naive', 'who'],
    // A question opening with "who" asks who, whatever question word its clause holds.
    ['who said it is not clear why kerry thinks he can persuade the russians', 'who'],
    ['من قال ان الاسد يجب ان يرحل ولماذا', 'who'],
    // After another question word, "who" opens a relative clause.
    ['what does the us pass to the russians according to the official who objected', 'other'],
    ['and who said that', 'who'],
    ['من اين جاءت الطائرات', 'where'],
    ['which gulf country supports the view', 'where'],
    // "من يشغل منصب ...؟" asks who holds the post; "ما منصبه؟" asks for the post.
    ['من يشغل منصب المدير العام للشركه', 'who'],
    // The post with its article, and the verb with its pronoun: "the post he holds".
    ['ما المنصب الذي يشغله وزير الخارجيه', 'position'],
    ['ما الوظيفه التي تشغلها الوزيره', 'position'],
    ['ما سرعه الرياح', 'amount'],
    ['في اي دقيقه عادل الفريق النتيجه', 'when'],
    // A position on something is a stance, not a title.
    ["what is toner's position", 'position'],
    // "where" in a yes/no question's clause asks no place, unless the question asks it in turn.
    ['were there any fighters in the area where the camp is located', 'other'],
    ['do you know where the camp is', 'where'],
    ["what is the american president's position on assad", 'other'],
    // "Which place(s)", with a dual or a plural noun, asks where.
    ['في اي منطقتين تشكل موسكو تحديا', 'where'],
    ['ما المناطق التي اخليت', 'where'],
    ['في اي مناطق اندلعت الحرائق', 'where'],
    // "عدد" asks a number near the question's opening, not deep in its clause.
    ['ما عدد القتلي', 'count'],
    ['ما هو عدد الجرحي', 'count'],
    ['ما موقف الاستاذ الجامعي من تقييد عدد الزوار', 'other'],
    ['هو من الاستاذ الذي قال ان نجاح القانون مربوط بزياده عدد الشقق', 'other'],
    // After whom it is according to, "من" opens the question: who, not "from".
    ['حسب المعلق الثاني من يستخدم داعش', 'who'],
    ['بحسب التعليق الثاني من اللي يستخدم داعش', 'who'],
    ['حسب ما قاله المسؤول لماذا قصف الروس المعسكر', 'why'],
  ])('%s -> %s', (question, type) => {
    expect(typeOf(question)).toBe(type);
  });

  it('knows yes/no questions, whose answer may be "no, another one"', () => {
    expect(isYesNo(['هل', 'هذه', 'اول', 'مره'])).toBe(true);
    expect(isYesNo(['is', 'this', 'his', 'first', 'trip'])).toBe(true);
    // A question ending "or not" ("... والا لا؟").
    expect(isYesNo(['روسيا', 'احترمت', 'الهدنه', 'والا', 'لا'])).toBe(true);
    expect(isYesNo(['did', 'they', 'stop', 'or', 'not'])).toBe(true);
    expect(isYesNo(['which', 'trip', 'is', 'this'])).toBe(false);
    // "this" opening a question with no question word: "هي دي أول مرة ...؟", "هاي تالت زيارة ...؟".
    expect(isYesNo(['هي', 'دي', 'اول', 'مره', 'كيري', 'يروح', 'روسيا'])).toBe(true);
    expect(isYesNo(['هاي', 'تالت', 'زياره', 'لكيري'])).toBe(true);
    expect(isYesNo(['هذه', 'الزياره', 'كم', 'مره'])).toBe(false);
    expect(isYesNo(['هي', 'قالت', 'ايه'])).toBe(false);
  });
});
