import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../../src/core/sentences.js';

describe('splitSentences', () => {
  it('ends a sentence at a full stop, question mark or ellipsis followed by a space', () => {
    expect(splitSentences('قال الوزير كلاما. وأضاف شيئا آخر؟ ثم مضى..... وانتهى')).toEqual([
      'قال الوزير كلاما.',
      'وأضاف شيئا آخر؟',
      'ثم مضى.....',
      'وانتهى',
    ]);
  });

  it('keeps a closing quote with its sentence and does not split glued dots or decimals', () => {
    expect(splitSentences('وقال "ليس واضحا." ثم السلطة..يقول 3.5 مليون.')).toEqual([
      'وقال "ليس واضحا."',
      'ثم السلطة..يقول 3.5 مليون.',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});

describe('splitParagraphs', () => {
  it('takes one paragraph per non-empty line', () => {
    expect(splitParagraphs('أ\r\n\n  ب  \n\n')).toEqual(['أ', 'ب']);
  });
});
