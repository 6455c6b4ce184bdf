import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, SCREENSHOT_DIR } from '../helpers/accessibility';
import { launchBrowser, newPage, VIEWPORTS, type ViewportName } from '../helpers/browser';
import { internalUrls, readSiteFile, resolvesTo, siteFiles } from '../helpers/built-site';
import { watchForProblems } from '../helpers/page-problems';
import { startProduct, type RunningProduct } from '../helpers/product';
import { CANARY_MARKER } from '../../cms/src/seed/canaries';

let product: RunningProduct;
let browser: Browser;
let pagesByType: Record<string, string>;

beforeAll(async () => {
  product = await startProduct();
  browser = await launchBrowser();
  const files = siteFiles(product.liveDir());
  // The first built page matching a pattern, e.g. "membership/[^/]+" → "/membership/middle-leaders/".
  const first = (pattern: string) => {
    const file = files.find((name) => new RegExp(`^${pattern}/index\\.html$`).test(name));
    if (!file) throw new Error(`no built page matching /${pattern}/`);
    return `/${file.replace(/index\.html$/, '')}`;
  };
  pagesByType = {
    home: '/',
    'membership-category': first('membership/[^/]+'),
    'news-listing': '/news/',
    'news-month': first('news/\\d{4}/\\d{2}'),
    article: '/news/send-code-of-practice-what-leaders-need-to-know/',
    briefing: first('campaigns/[^/]+'),
    topic: first('topics/[^/]+'),
    'search-results': '/search/?q=leaders',
    'not-found': '/this-page-does-not-exist/',
  };
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

async function open(page: Page, urlPath: string) {
  const response = await page.goto(`${product.siteUrl}${urlPath}`, { waitUntil: 'networkidle' });
  if (urlPath.startsWith('/search/'))
    await page.waitForSelector('[data-search-results] li', { timeout: 15_000 });
  return response;
}

const PAGE_TYPES = [
  'home',
  'membership-category',
  'news-listing',
  'news-month',
  'article',
  'briefing',
  'topic',
  'search-results',
  'not-found',
];

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('every page type at %s width', (viewport) => {
  it.each(PAGE_TYPES)('has no WCAG 2.2 A/AA violations on the %s page, and a screenshot', async (type) => {
    const page = await newPage(browser, viewport);
    await open(page, pagesByType[type] ?? '/');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${type}-${viewport}.png`), fullPage: true });
    const violations = await axeViolations(page);
    await page.context().close();
    expect(
      violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    ).toEqual([]);
  });

  it.each(PAGE_TYPES)('breaks no security policy and logs no error on the %s page', async (type) => {
    const page = await newPage(browser, viewport);
    const problems = await watchForProblems(page);
    const urlPath = pagesByType[type] ?? '/';
    const response = await open(page, urlPath);
    const policy = response?.headers()['content-security-policy'];
    const violations = await problems.violations();
    await page.context().close();
    expect(policy).toContain("default-src 'self'");
    // Chromium logs the not-found page's own 404 status as a failed load; nothing else may fail.
    const ownStatus = `status of 404 (Not Found) (${product.siteUrl}${urlPath})`;
    const errors = problems.consoleErrors.filter(
      (error) => !(type === 'not-found' && error.endsWith(ownStatus)),
    );
    expect({ violations, errors }).toEqual({ violations: [], errors: [] });
  });
});

describe('keyboard use', () => {
  it('offers a skip link first that moves focus to the main content', async () => {
    const page = await newPage(browser);
    await open(page, pagesByType.article ?? '/');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const box = element.getBoundingClientRect();
      return { text: element.textContent?.trim(), visible: box.width > 1 && box.height > 1 };
    });
    expect(skip.text).toMatch(/skip to (main )?content/i);
    expect(skip.visible).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName)).toMatch(
      /main/i,
    );
    await page.context().close();
  });

  it.each(['home', 'article', 'membership-category', 'news-month', 'search-results'])(
    'reaches every interactive element on the %s page with Tab, each with a visible focus style',
    async (type) => {
      const page = await newPage(browser);
      await open(page, pagesByType[type] ?? '/');
      // Number every element that should take focus, then Tab round and tick them off.
      const expected = await page.evaluate(() => {
        const focusable = [
          ...document.querySelectorAll<HTMLElement>(
            'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])',
          ),
        ].filter((element) => !element.hasAttribute('disabled') && element.getClientRects().length > 0);
        focusable.forEach((element, index) => (element.dataset.tabProbe = String(index)));
        return focusable.length;
      });
      const seen = new Set<string>();
      const unstyled: string[] = [];
      for (let step = 0; step < expected + 5; step += 1) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element?.dataset.tabProbe) return null;
          const style = getComputedStyle(element);
          const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          const ringed = style.boxShadow !== 'none';
          return {
            key: element.dataset.tabProbe,
            label: element.outerHTML.slice(0, 80),
            visible: outlined || ringed,
          };
        });
        if (!focused) continue;
        seen.add(focused.key);
        if (!focused.visible) unstyled.push(focused.label);
      }
      await page.context().close();
      expect(unstyled).toEqual([]);
      expect(seen.size).toBe(expected);
    },
  );
});

describe('the whole live build', () => {
  it('is valid HTML on every page', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        'no-inline-style': 'off',
        'long-title': 'off',
        'no-trailing-whitespace': 'off',
        'doctype-style': 'off',
      },
    });
    const root = product.liveDir();
    const problems: string[] = [];
    for (const file of siteFiles(root).filter((name) => name.endsWith('.html'))) {
      const report = await validator.validateString(readSiteFile(root, file), file);
      for (const result of report.results) {
        for (const message of result.messages)
          problems.push(`${file}:${message.line}: ${message.ruleId} ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no broken internal link or asset', () => {
    const root = product.liveDir();
    const broken = new Set<string>();
    for (const file of siteFiles(root).filter((name) => name.endsWith('.html'))) {
      for (const url of internalUrls(readSiteFile(root, file), product.siteUrl)) {
        if (!resolvesTo(root, url)) broken.add(`${file} → ${url}`);
      }
    }
    expect([...broken]).toEqual([]);
  });

  it('contains no draft anywhere', () => {
    const root = product.liveDir();
    const leaks = siteFiles(root)
      .filter((name) => /\.(html|xml|txt|json|css|js)$/.test(name))
      .filter((name) => readSiteFile(root, name).includes(CANARY_MARKER));
    expect(leaks).toEqual([]);
  });
});
