import { type APIEmbed, type APIEmbedField, escapeMarkdown } from 'discord.js';
import type { Answer, ArticleMeta, Citation, Lang } from '../../core/types.js';
import { LIMITS, nonBlank, truncate } from './limits.js';
import { bilingual, TEXTS } from './texts.js';

const COLOR_ANSWERED = 0x2f9e44;
const COLOR_UNANSWERED = 0x868e96;
/** Room kept for the Arabic original when an English answer also shows its translation. */
const ARABIC_SHARE = 480;

/**
 * Renders an Answer as one Discord embed. Pure. Title: the short answer (the question then goes in the author line),
 * else the question; description: the answer; one field per citation; footer: the article's title and date.
 * Whatever the input, the result respects every Discord embed limit (see LIMITS).
 */
export function buildAnswerEmbed(answer: Answer, question: string, meta: ArticleMeta): APIEmbed {
  const lang = answer.language;
  const asked = nonBlank(escapeMarkdown(question.trim()), '?');
  const short = answer.short?.trim();
  const fields = answer.citations.map((c) => citationField(c, lang));
  if (!answer.answered && answer.suggestions.length > 0) fields.push(suggestionsField(answer.suggestions, lang));
  const embed: APIEmbed = {
    color: answer.answered ? COLOR_ANSWERED : COLOR_UNANSWERED,
    title: truncate(short || asked, LIMITS.title),
    description: truncate(nonBlank(answer.answer), LIMITS.description),
    fields: fields.slice(0, LIMITS.fields),
    footer: { text: truncate(nonBlank(`${meta.title[lang]} · ${meta.date}`), LIMITS.footer) },
  };
  if (short) embed.author = { name: truncate(asked, LIMITS.authorName) };
  return fitTotal(embed);
}

/** The /source card: the article's title (Arabic, then English), its date and how Sanad uses it. Pure; within limits. */
export function buildSourceEmbed(meta: ArticleMeta): APIEmbed {
  return fitTotal({
    color: COLOR_ANSWERED,
    title: truncate(nonBlank(meta.title.ar, nonBlank(meta.id)), LIMITS.title),
    description: truncate(
      bilingual((t) => t.source(meta)),
      LIMITS.description,
    ),
    footer: { text: truncate(nonBlank(`${meta.title.en} · ${meta.date}`), LIMITS.footer) },
  });
}

function citationField(c: Citation, lang: Lang): APIEmbedField {
  const t = TEXTS[lang];
  const parts = [c.section === 'comment' ? t.readerComment : '', t.paragraph(c.paragraph), c.speaker.trim()];
  return {
    name: truncate(parts.filter((p) => p !== '').join(' · '), LIMITS.fieldName),
    value: quote(c, lang),
  };
}

function quote(c: Citation, lang: Lang): string {
  const text = c.text.trim();
  const translation = c.translation?.trim();
  if (lang === 'en' && translation) {
    const label = `\n${TEXTS.en.arabicOriginal}: `;
    const arabic = `«${truncate(text, ARABIC_SHARE)}»`;
    const room = LIMITS.fieldValue - label.length - arabic.length - 2;
    return `“${truncate(translation, room)}”${label}${arabic}`;
  }
  return `«${truncate(text, LIMITS.fieldValue - 2)}»`;
}

function suggestionsField(suggestions: string[], lang: Lang): APIEmbedField {
  const list = suggestions.map((s) => `• ${s.trim()}`).join('\n');
  return { name: TEXTS[lang].tryAsking, value: truncate(nonBlank(list), LIMITS.fieldValue) };
}

/** Characters Discord counts toward an embed's 6000 total. */
export function embedLength(e: APIEmbed): number {
  const fields = (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    fields
  );
}

/** Drops trailing fields, then shortens the description, then the footer, until the embed fits the 6000 total. */
function fitTotal(embed: APIEmbed): APIEmbed {
  const e: APIEmbed = { ...embed, fields: [...(embed.fields ?? [])] };
  while (embedLength(e) > LIMITS.total && (e.fields?.length ?? 0) > 1) e.fields?.pop();
  const over = () => embedLength(e) - LIMITS.total;
  if (over() > 0 && e.description) e.description = truncate(e.description, Math.max(1, e.description.length - over()));
  if (over() > 0 && e.footer) e.footer = { text: truncate(e.footer.text, Math.max(1, e.footer.text.length - over())) };
  if (e.fields?.length === 0) delete e.fields;
  return e;
}
