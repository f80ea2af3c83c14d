// Builds every piece of the page from data with textContent only: no HTML string ever comes from the service.
import { dirOf, TEXT } from './i18n.js';

/** Creates an element with text, attributes and children; text is always set as textContent. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') node.textContent = value;
    else if (name === 'className') node.className = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children);
  return node;
}

/** The DOM id of a statement's sentence in the article column. */
export const sentenceId = (id) => `s-${id}`;

/** Renders the whole article, one paragraph per block, each sentence its own element; comments marked as such. */
export function renderArticle(body, article, lang) {
  const t = TEXT[lang];
  const paragraphs = new Map();
  for (const s of article.statements) {
    if (!paragraphs.has(s.paragraph)) paragraphs.set(s.paragraph, []);
    paragraphs.get(s.paragraph).push(s);
  }
  const blocks = [];
  let inComments = false;
  for (const [number, statements] of paragraphs) {
    const comment = statements[0].section === 'comment';
    if (comment && !inComments) blocks.push(el('h3', { className: 'comments-heading', text: t.commentsHeading }));
    inComments = inComments || comment;
    const block = el('p', { className: comment ? 'para comment' : 'para', id: `para-${number}` });
    block.append(el('span', { className: 'num', 'aria-label': t.paragraph(number), text: String(number) }), ' ');
    if (comment) block.append(el('span', { className: 'who', text: `${statements[0].speakerAr}: ` }));
    for (const s of statements) {
      const title = s.translation ?? undefined;
      block.append(el('span', { className: 'stmt', id: sentenceId(s.id), 'data-id': s.id, title, text: s.text }), ' ');
    }
    blocks.push(block);
  }
  body.replaceChildren(...blocks);
}

/** Marks the cited sentences (and only them) and scrolls the article column to the first one. */
export function highlight(body, ids) {
  for (const node of body.querySelectorAll('.cited')) node.classList.remove('cited');
  const found = ids.map((id) => document.getElementById(sentenceId(id))).filter((node) => node !== null);
  for (const node of found) node.classList.add('cited');
  if (found[0]) scrollWithin(body, found[0]);
}

/** Scrolls only the article's own scroll box, so the answer stays where the asker is reading. */
export function scrollWithin(box, node) {
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const top = node.offsetTop - box.clientHeight / 3;
  box.scrollTo({ top: Math.max(0, top), behavior: still ? 'auto' : 'smooth' });
}

/** One citation: where it is, who says it (marked when a reader's comment), the sentence, and its translation. */
function renderCitation(c, lang, statement, onShow) {
  const t = TEXT[lang];
  const speaker = lang === 'ar' && statement ? statement.speakerAr : c.speaker;
  const where = el('p', { className: 'where' }, el('span', { text: t.paragraph(c.paragraph) }), ' · ');
  where.append(el('span', { text: t.speaker(speaker) }));
  if (c.section === 'comment') where.append(' ', el('strong', { className: 'badge', text: t.comment }));
  const item = el('li', { 'data-id': c.id, className: c.section === 'comment' ? 'comment' : undefined }, where);
  item.append(el('blockquote', { lang: 'ar', dir: 'rtl', text: c.text }));
  if (lang === 'en' && c.translation)
    item.append(el('p', { className: 'translation', lang: 'en', text: c.translation }));
  const show = el('button', { type: 'button', className: 'link', text: t.showInArticle });
  show.addEventListener('click', () => onShow(c.id));
  item.append(show);
  return item;
}

/** Fills the answer area in the answer's own language; `onAsk` is called when a suggestion is picked. */
export function renderAnswer(refs, answer, statements, { onShow, onAsk }) {
  const lang = answer.language === 'ar' ? 'ar' : 'en';
  const t = TEXT[lang];
  refs.answer.lang = lang;
  refs.answer.dir = dirOf(lang);
  refs.heading.textContent = t.answerHeading;
  refs.short.hidden = !answer.short;
  refs.short.replaceChildren(el('strong', { text: t.short }), el('span', { text: answer.short ?? '' }));
  refs.text.textContent = answer.answer;
  const cited = answer.citations.map((c) => renderCitation(c, lang, statements.get(c.id), onShow));
  refs.citations.replaceChildren(...cited);
  refs.citationsHeading.hidden = cited.length === 0;
  refs.citationsHeading.textContent = t.citations;
  const offered = answer.answered ? [] : answer.suggestions;
  const buttons = offered.map((q) => {
    const button = el('button', { type: 'button', className: 'secondary', dir: 'auto', text: q });
    button.addEventListener('click', () => onAsk(q));
    return button;
  });
  refs.suggestions.replaceChildren(...buttons);
  refs.suggestionsHeading.hidden = buttons.length === 0;
  refs.suggestionsHeading.textContent = t.suggestions;
  refs.answer.hidden = false;
}
