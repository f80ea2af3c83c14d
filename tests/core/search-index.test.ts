import { beforeAll, describe, expect, it } from 'vitest';
import { compileLexicon } from '../../src/core/lexicon.js';
import { buildIndex, type SearchIndex } from '../../src/core/search-index.js';
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

describe('what the index reads from each statement for question-type cues', () => {
  it('knows which statements give a cause, purpose or condition (for "why" questions)', () => {
    expect(doc('p14s1').givesReason).toBe(true); // ردا على / in response to
    expect(doc('p15s1').givesReason).toBe(true); // إذا / if
    expect(doc('p9s1').givesReason).toBe(false);
    expect(doc('p10s2').givesReason).toBe(false);
  });

  it('knows which places a statement gives as a location, after a preposition (for "where" questions)', () => {
    expect([...doc('p1s1').locations]).toContain('#moscow');
    expect([...doc('p10s1').locations]).toEqual(expect.arrayContaining(['#buffer', '#jordan']));
    // "الولايات المتحدة" there is who backs the fighters, not where anything is.
    expect(doc('p8s1').locations.size).toBe(0);
  });
});
