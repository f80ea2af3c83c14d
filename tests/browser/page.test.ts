import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningService, startService } from '../helpers/service.js';

// Debian's chromium (installed by .ci/run). No skip when it is missing: launch fails and so does the test.
const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

let service: RunningService;
let browser: Browser;
let page: Page;
/** Console errors and uncaught exceptions of the page (a CSP violation shows up here). */
let problems: string[];

beforeAll(async () => {
  [service, browser] = await Promise.all([
    startService({ RATE_LIMIT_PER_MINUTE: '100000' }),
    chromium.launch(CHROMIUM),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await service?.stop();
});
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(service.url);
  await page.locator('#article-body .stmt').first().waitFor();
});
afterEach(async () => {
  await page.close();
});

/** Types a question, submits it with Enter, and waits for the answer. */
async function askWithEnter(question: string): Promise<void> {
  await page.locator('#question').fill(question);
  await page.locator('#question').press('Enter');
  await page.locator('#answer').waitFor({ state: 'visible' });
  await expect.poll(() => page.locator('#answer-text').textContent()).not.toBe('');
}

/** The cited sentence is marked and lies inside the visible part of the article's scroll box. */
async function expectHighlightedInView(id: string): Promise<void> {
  const sentence = page.locator(`#s-${id}`);
  await expect.poll(() => sentence.getAttribute('class')).toContain('cited');
  await expect
    .poll(() =>
      sentence.evaluate((node) => {
        const box = node.closest('.article-body')?.getBoundingClientRect();
        const r = node.getBoundingClientRect();
        return box !== undefined && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
      }),
    )
    .toBe(true);
}

describe('the test page in Chromium', () => {
  it('answers an Arabic question in Arabic and highlights the cited sentence in the article', async () => {
    await askWithEnter('كم شخصا قتل في الهجوم الأول على المعسكر؟');
    expect(await page.locator('#answer').getAttribute('lang')).toBe('ar');
    expect(await page.locator('#answer').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('#answer-text').textContent()).toContain('123');
    expect(await page.locator('#citations li').first().getAttribute('data-id')).toBe('p9s1');
    expect(await page.locator('#citations li').first().textContent()).toContain('الفقرة 9');
    await expectHighlightedInView('p9s1');
    expect(await page.locator('#status').textContent()).toBe('وصلت الإجابة.');
    expect(problems).toEqual([]);
  });

  it('answers an English question in English, with the translation, and highlights the cited sentence', async () => {
    await askWithEnter('How many people were killed in the first attack on the camp?');
    expect(await page.locator('#answer').getAttribute('lang')).toBe('en');
    expect(await page.locator('#answer').getAttribute('dir')).toBe('ltr');
    expect(await page.locator('#answer-short').textContent()).toContain('123');
    const first = page.locator('#citations li').first();
    expect(await first.getAttribute('data-id')).toBe('p9s1');
    expect(await first.textContent()).toContain('Paragraph 9');
    expect(await first.locator('.translation').textContent()).toMatch(/123/);
    await expectHighlightedInView('p9s1');
    expect(problems).toEqual([]);
  });

  it('offers suggestions as buttons when the article has no answer, and asks one when clicked', async () => {
    await askWithEnter('من فاز بكأس العالم؟');
    expect(await page.locator('.cited').count()).toBe(0);
    const suggestion = page.locator('#suggestions button', { hasText: 'كم شخصا قتل في الهجوم الأول على المعسكر؟' });
    await suggestion.click();
    await expect.poll(() => page.locator('#citations li').first().getAttribute('data-id')).toBe('p9s1');
    expect(await page.locator('#question').inputValue()).toBe('كم شخصا قتل في الهجوم الأول على المعسكر؟');
    await expectHighlightedInView('p9s1');
  });

  it('says politely when there are too many questions, with the wait from Retry-After', async () => {
    await page.route('**/v1/ask', (route) =>
      route.fulfill({
        status: 429,
        headers: { 'retry-after': '17', 'content-type': 'application/json' },
        body: JSON.stringify({ error: { code: 'rate_limited', message: 'Too many questions; try again in 17 s.' } }),
      }),
    );
    await page.locator('#question').fill('Who opposes the plan?');
    await page.locator('#question').press('Enter');
    await expect.poll(() => page.locator('#status').textContent()).toContain('try again in 17 s');
    expect(await page.locator('#ask-button').isDisabled()).toBe(false);
  });

  it('fits a phone-width screen and marks readers’ comments as not part of the article', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('#article-body .comments-heading').textContent()).toContain('not part of the article');
    expect(await page.locator('#article-body .para.comment').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
