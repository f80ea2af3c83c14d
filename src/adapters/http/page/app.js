// The test page: asks POST /v1/ask, shows the Answer, and highlights the cited sentences in GET /v1/article.
import { dirOf, languageOf, TEXT } from './i18n.js';
import { highlight, renderAnswer, renderArticle, scrollWithin, sentenceId } from './render.js';

const $ = (id) => document.getElementById(id);
const refs = {
  form: $('ask-form'),
  input: $('question'),
  button: $('ask-button'),
  status: $('status'),
  answer: $('answer'),
  heading: $('answer-heading'),
  short: $('answer-short'),
  text: $('answer-text'),
  citations: $('citations'),
  citationsHeading: $('citations-heading'),
  suggestions: $('suggestions'),
  suggestionsHeading: $('suggestions-heading'),
  uiLang: $('ui-lang'),
  title: $('article-title'),
  meta: $('article-meta'),
  body: $('article-body'),
};

const state = {
  ui: navigator.language?.toLowerCase().startsWith('ar') ? 'ar' : 'en',
  article: null,
  statements: new Map(),
  cited: [],
  conversationId: Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  ),
};

/** Puts the page's own words in the chosen UI language. */
function applyUiLanguage() {
  const t = TEXT[state.ui];
  document.documentElement.lang = state.ui;
  document.documentElement.dir = dirOf(state.ui);
  for (const node of document.querySelectorAll('[data-i18n]')) {
    const value = t[node.dataset.i18n];
    if (typeof value === 'string') node.textContent = value;
  }
  refs.uiLang.textContent = t.otherLang;
  refs.uiLang.lang = state.ui === 'ar' ? 'en' : 'ar';
  if (state.article) showArticle();
}

function showArticle() {
  const { article } = state;
  refs.title.textContent = article.title.ar;
  refs.title.title = article.title.en;
  refs.meta.textContent = TEXT[state.ui].published(article.date);
  renderArticle(refs.body, article, state.ui);
  highlight(refs.body, state.cited);
}

async function loadArticle() {
  try {
    const res = await fetch('/v1/article');
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    state.article = await res.json();
    state.statements = new Map(state.article.statements.map((s) => [s.id, s]));
    showArticle();
  } catch {
    refs.meta.textContent = TEXT[state.ui].articleFailed;
  }
}

/** Shows a status line in `lang` (its own direction, so punctuation lands on the right side). */
function say(message, lang = state.ui) {
  refs.status.lang = lang;
  refs.status.dir = dirOf(lang);
  refs.status.textContent = message;
}

/** A polite message for a failed request, in the asker's language. */
function failureMessage(res, lang) {
  const t = TEXT[lang];
  if (res?.status === 429) return t.tooMany(Number(res.headers.get('retry-after')) || 60);
  if (res?.status === 400 || res?.status === 413) return t.invalid;
  return t.unavailable;
}

function showSentence(id) {
  const node = document.getElementById(sentenceId(id));
  if (!node) return;
  scrollWithin(refs.body, node);
  node.setAttribute('tabindex', '-1');
  node.focus({ preventScroll: true });
}

async function ask(question) {
  const lang = languageOf(question);
  if (question.trim() === '') return say(TEXT[state.ui].empty);
  refs.form.setAttribute('aria-busy', 'true');
  refs.button.disabled = true;
  say(TEXT[lang].searching, lang);
  let res = null;
  try {
    res = await fetch('/v1/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question, conversationId: state.conversationId }),
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const answer = await res.json();
    renderAnswer(refs, answer, state.statements, { onShow: showSentence, onAsk: askAgain });
    state.cited = answer.citations.map((c) => c.id);
    highlight(refs.body, state.cited);
    const answerLang = answer.language === 'ar' ? 'ar' : 'en';
    say(TEXT[answerLang][answer.answered ? 'answered' : 'notAnswered'], answerLang);
  } catch {
    say(failureMessage(res, lang), lang);
  } finally {
    refs.form.removeAttribute('aria-busy');
    refs.button.disabled = false;
  }
}

function askAgain(question) {
  refs.input.value = question;
  refs.input.focus();
  void ask(question);
}

refs.form.addEventListener('submit', (event) => {
  event.preventDefault();
  void ask(refs.input.value);
});
refs.uiLang.addEventListener('click', () => {
  state.ui = state.ui === 'ar' ? 'en' : 'ar';
  applyUiLanguage();
});

applyUiLanguage();
void loadArticle();
