import { createEngine } from '../../src/core/engine.js';
import { knowledgeFromText } from '../../src/core/plain-article.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

/** An engine over a plain article of the given paragraphs (or one paragraph), with the project's lexicon. */
export async function plainEngine(id: string, paragraphs: string | readonly string[]) {
  const { lexicon } = await loadKnowledge('knowledge');
  const text = typeof paragraphs === 'string' ? paragraphs : paragraphs.join('\n\n');
  return createEngine(knowledgeFromText(text, { lexicon, id }));
}
