import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeError, loadKnowledge, loadPlainArticle } from '../../src/knowledge/load.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sanad-knowledge-'));
  await cp('knowledge', dir, { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function editStatements(edit: (list: Array<Record<string, unknown>>) => unknown) {
  const file = join(dir, 'statements.json');
  const data = JSON.parse(await readFile(file, 'utf8')) as { statements: Array<Record<string, unknown>> };
  edit(data.statements);
  await writeFile(file, JSON.stringify(data));
}

describe('loadKnowledge', () => {
  it('loads the article: 16 paragraphs, every sentence once, comments in paragraphs 15-16', async () => {
    const k = await loadKnowledge('knowledge');
    expect(k.meta.date).toBe('2016-07-14');
    expect(k.meta.paragraphs).toBe(16);
    expect(new Set(k.statements.map((s) => s.id)).size).toBe(k.statements.length);
    expect(k.statements.filter((s) => s.section === 'comment').map((s) => s.paragraph)).toEqual([15, 15, 15, 16, 16]);
    expect(k.statements.every((s) => s.section === (s.paragraph >= 15 ? 'comment' : 'article'))).toBe(true);
    expect(k.statements.every((s) => s.translation && s.translation.length > 0)).toBe(true);
  });

  it('keeps the article verbatim: knowledge/article.txt has the SHA-256 of the seed file', async () => {
    const ours = await readFile('knowledge/article.txt');
    expect(createHash('sha256').update(ours).digest('hex')).toBe(
      'bd25d1650abaabcbce43997523fbb23b13c20d8eb71d7a16651b797e2c364126',
    );
  });

  it.each([
    [
      'a sentence altered',
      (l: Array<Record<string, unknown>>) => l.splice(3, 1, { ...l[3], text: `${l[3]?.text}x` }),
      /statements\.3\.text/,
    ],
    ['a sentence missing', (l: Array<Record<string, unknown>>) => void l.splice(8, 1), /statements\.8/],
    ['a sentence duplicated', (l: Array<Record<string, unknown>>) => void l.splice(2, 0, { ...l[2] }), /statements\.3/],
    [
      'a wrong paragraph',
      (l: Array<Record<string, unknown>>) => l.splice(0, 1, { ...l[0], paragraph: 2 }),
      /statements\.0\.paragraph/,
    ],
    [
      'a bad section',
      (l: Array<Record<string, unknown>>) => l.splice(0, 1, { ...l[0], section: 'blog' }),
      /statements\.0\.section/,
    ],
  ])('fails on %s, naming the file and the field', async (_name, edit, field) => {
    await editStatements(edit);
    const err = await loadKnowledge(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KnowledgeError);
    expect((err as Error).message).toMatch(/statements\.json/);
    expect((err as Error).message).toMatch(field);
  });

  it('fails when the gazetteer defines an id the lexicon already has', async () => {
    const gazetteer = JSON.parse(await readFile(join(dir, 'gazetteer.json'), 'utf8'));
    gazetteer.entries.push({ id: 'kerry', kind: 'person', aliases: ['Kerry'] });
    await writeFile(join(dir, 'gazetteer.json'), JSON.stringify(gazetteer));
    await expect(loadKnowledge(dir)).rejects.toThrow(/gazetteer\.json: field entries\.\d+\.id: already defined/);
  });

  it('fails on a missing file, naming it', async () => {
    await rm(join(dir, 'lexicon.json'));
    await expect(loadKnowledge(dir)).rejects.toThrow(/lexicon\.json: cannot be read \(ENOENT\)/);
  });

  it('fails on malformed JSON and on a bad lexicon field', async () => {
    await writeFile(join(dir, 'meta.json'), '{"id": ');
    await expect(loadKnowledge(dir)).rejects.toThrow(/meta\.json: not valid JSON/);
    await cp('knowledge/meta.json', join(dir, 'meta.json'));
    await writeFile(
      join(dir, 'lexicon.json'),
      JSON.stringify({ entries: [{ id: 'X Y', kind: 'person', aliases: ['a'] }], dialect: {} }),
    );
    await expect(loadKnowledge(dir)).rejects.toThrow(/lexicon\.json: field entries\.0\.id/);
  });
});

describe('loadPlainArticle', () => {
  it('makes every sentence a statement of the article, without translations', async () => {
    const file = join(dir, 'other.txt');
    await writeFile(file, 'الفقرة الأولى. جملة ثانية.\n\nالفقرة الثانية\n');
    const k = await loadPlainArticle(file, 'knowledge');
    expect(k.annotated).toBe(false);
    expect(k.statements.map((s) => [s.id, s.paragraph, s.text])).toEqual([
      ['p1s1', 1, 'الفقرة الأولى.'],
      ['p1s2', 1, 'جملة ثانية.'],
      ['p2s1', 2, 'الفقرة الثانية'],
    ]);
    expect(k.statements.every((s) => s.translation === undefined && s.section === 'article')).toBe(true);
  });

  it('refuses an empty file', async () => {
    const file = join(dir, 'empty.txt');
    await writeFile(file, '\n  \n');
    await expect(loadPlainArticle(file)).rejects.toThrow(/has no text/);
  });
});
