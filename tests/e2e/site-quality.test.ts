import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '@guildhall/paths';
import { securityHeaders } from '@guildhall/security-headers';
import { axeViolations, SCREENSHOT_DIR } from '../helpers/accessibility';
import { AdminApi, accepted } from '../helpers/admin-api';
import { launchBrowser, newPage, VIEWPORTS, type ViewportName } from '../helpers/browser';
import { internalUrls, readSiteFile, resolvesTo, siteFiles } from '../helpers/built-site';
import { watchForProblems } from '../helpers/page-problems';
import { waitFor } from '../helpers/ports';
import { startProduct, type RunningProduct } from '../helpers/product';
import { CANARY_MARKER } from '../../cms/src/seed/canaries';
import { partCount, partOf, writeSearchIndex } from '../../site/renderer/search-index';

// A seeded article; search must find it by words of its title.
const ARTICLE = paths.article('send-code-of-practice-what-leaders-need-to-know');
const ARTICLE_QUERY = 'code of practice';
// An old address an editor sends to the article, as a redirect made in the CMS.
const OLD_ADDRESS = '/news/send-code-explained/';

let product: RunningProduct;
let browser: Browser;
let pagesByType: Record<string, string>;

/** The live site's answer to a path, without following redirects. */
const fetchLive = (urlPath: string) => fetch(`${product.siteUrl}${urlPath}`, { redirect: 'manual' });

beforeAll(async () => {
  product = await startProduct();
  browser = await launchBrowser();
  const admin = await AdminApi.login(product.cmsUrl);
  await accepted(
    `a redirect from ${OLD_ADDRESS}`,
    admin.createDraft('api::redirect.redirect', { from: OLD_ADDRESS, to: ARTICLE, permanent: true }),
  );
  await waitFor(
    `${OLD_ADDRESS} to answer 301 → ${ARTICLE}`,
    async () => {
      const response = await fetchLive(OLD_ADDRESS);
      return response.status === 301 && response.headers.get('location') === ARTICLE ? true : undefined;
    },
    { timeoutMs: 300_000, intervalMs: 500 },
  );
  await product.siteSettled();
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
    article: ARTICLE,
    author: first('authors/[^/]+'),
    'campaigns-listing': paths.campaigns,
    'campaigns-month': first('campaigns/\\d{4}/\\d{2}'),
    briefing: first('campaigns/[^/]+'),
    topic: first('topics/[^/]+'),
    'search-results': `${paths.search}?${new URLSearchParams({ q: ARTICLE_QUERY })}`,
    'search-without-results': `${paths.search}?${new URLSearchParams({ q: 'zqxjvwk' })}`,
    'not-found': '/this-page-does-not-exist/',
    'old-address': OLD_ADDRESS,
  };
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

async function open(page: Page, urlPath: string) {
  const response = await page.goto(`${product.siteUrl}${urlPath}`, { waitUntil: 'networkidle' });
  // Search runs in the page: wait until it has said how it went (a count, or that it failed).
  if (urlPath.startsWith(paths.search))
    await page.waitForFunction(
      () => {
        const said = document.querySelector('#search-status')?.textContent ?? '';
        return said !== '' && !said.startsWith('Searching');
      },
      undefined,
      { timeout: 15_000 },
    );
  return response;
}

const PAGE_TYPES = [
  'home',
  'membership-category',
  'news-listing',
  'news-month',
  'article',
  'author',
  'campaigns-listing',
  'campaigns-month',
  'briefing',
  'topic',
  'search-results',
  'search-without-results',
  'not-found',
  'old-address',
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

describe('search', () => {
  /** A search page by its type, or by its address. */
  const searchPage = async (typeOrAddress: 'search-results' | 'search-without-results' | string) => {
    const page = await newPage(browser);
    await open(page, pagesByType[typeOrAddress] ?? typeOrAddress);
    const found = {
      said: await page.locator('#search-status').textContent(),
      links: await page
        .locator('[data-search-results] li a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    };
    await page.context().close();
    return found;
  };

  it('finds an article by words of its title, linking to its page', async () => {
    const { said, links } = await searchPage('search-results');
    expect(said).toMatch(new RegExp(`^\\d+ results? for “${ARTICLE_QUERY}”`));
    expect(links).toContain(ARTICLE);
  });

  it('says so when nothing matches, and lists nothing', async () => {
    const { said, links } = await searchPage('search-without-results');
    expect(said).toBe('0 results for “zqxjvwk”');
    expect(links).toEqual([]);
  });

  it('finds every page the whole index finds when a large site’s index is in parts, merging every part', async () => {
    const query = `${paths.search}?${new URLSearchParams({ q: 'governors' })}`;
    const asOnePart = await searchPage(query);
    // Every result shown (no "Showing the first 20"), so the two lists can be compared whole.
    expect(asOnePart.said).toMatch(/^\d+ results for “governors”$/);
    expect(asOnePart.links.length).toBeGreaterThan(2);
    const liveDir = product.liveDir();
    // The live index cut as a site of many thousand pages has it: here, two pages a part
    // (so some parts are empty, and left out of the list).
    const { pages } = await writeSearchIndex(liveDir, { pagesPerPart: 2 });
    try {
      const inParts = await searchPage(query);
      // Not always the same list: an index that lacks the word matches words sharing its
      // beginning instead (Pagefind backs off to shorter prefixes), and a part of two pages
      // lacks it far more often than the whole index does.
      expect(inParts.said).toMatch(/^\d+ results? for “governors”$/);
      expect(inParts.links).toEqual(expect.arrayContaining(asOnePart.links));
      const partsFound = new Set(
        inParts.links.map((link) =>
          partOf(`${(link ?? '').replace(/^\//, '')}index.html`, partCount(pages, 2)),
        ),
      );
      expect(partsFound.size).toBeGreaterThan(1);
    } finally {
      await writeSearchIndex(liveDir);
    }
  });
});

describe('the security headers the live site sends', () => {
  // Every header the module can send (HSTS only for an https SITE_URL), so a header it
  // does not send for this SITE_URL is checked to be absent, not merely left unchecked.
  const names = Object.keys(securityHeaders('https://www.example.org'));
  const expected = () => {
    const headers = securityHeaders(product.siteUrl);
    return Object.fromEntries(names.map((name) => [name, headers[name] ?? null]));
  };
  const sent = (response: Response) =>
    Object.fromEntries(names.map((name) => [name, response.headers.get(name)]));
  /** The live build's own files: the first whose path matches. */
  const builtFile = (pattern: RegExp) => {
    const file = siteFiles(product.liveDir()).find((name) => pattern.test(name));
    if (!file) throw new Error(`the live build has no file matching ${pattern}`);
    return `/${file}`;
  };

  it('are exactly those of @guildhall/security-headers on pages, assets, search, 404s and redirects', async () => {
    const answers: Array<[string, string, number]> = [
      ['the home page', '/', 200],
      ['the stylesheet', builtFile(/^_astro\/.+\.css$/), 200],
      ['a script', builtFile(/^_astro\/.+\.js$/), 200],
      ["the search index's list of parts", '/pagefind/parts.json', 200],
      ["Pagefind's module", '/pagefind/0/pagefind.js', 200],
      ["Pagefind's WebAssembly", builtFile(/^pagefind\/0\/wasm\.[\w-]+\.pagefind$/), 200],
      ['the not-found page', '/this-page-does-not-exist/', 404],
      ['a redirect made in the CMS', OLD_ADDRESS, 301],
      ['an address without its trailing slash', '/news', 301],
    ];
    for (const [what, urlPath, status] of answers) {
      const response = await fetchLive(urlPath);
      expect(response.status, `${what} (${urlPath})`).toBe(status);
      expect(sent(response), `${what} (${urlPath})`).toEqual(expected());
    }
  });

  it('are the ones the build writes into _headers for static hosts', async () => {
    // The Netlify / Cloudflare Pages format: a path pattern, then indented "Name: value" lines.
    const [pattern, ...lines] = readSiteFile(product.liveDir(), '_headers').trimEnd().split('\n');
    const stated = Object.fromEntries(
      lines.map((line) => {
        const match = /^\s+([\w-]+): (.+)$/.exec(line);
        if (!match) throw new Error(`_headers has a line that is not "  Name: value": ${line}`);
        return [match[1], match[2]];
      }),
    );
    expect(pattern).toBe('/*');
    const served = (await fetchLive('/')).headers;
    expect(stated).toEqual(securityHeaders(product.siteUrl));
    expect(Object.fromEntries(Object.keys(stated).map((name) => [name, served.get(name)]))).toEqual(stated);
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
