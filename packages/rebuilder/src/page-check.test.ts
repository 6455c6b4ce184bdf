import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addressesIn, checkRedrawnPages } from './page-check';
import { tempDir } from './test-helpers';

describe('addressesIn', () => {
  it('finds every href and src in the order they appear', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/app.css"><a class="card" href="/news/a/">A</a>' +
      '<img alt="" src="/_astro/a.webp"><script type="module" src="/_astro/app.js"></script>';
    expect(addressesIn(html)).toEqual(['/_astro/app.css', '/news/a/', '/_astro/a.webp', '/_astro/app.js']);
  });

  it('finds every candidate of a srcset, without its width or density', () => {
    const html = '<img srcset="/_astro/a_400.webp 400w, /_astro/a_800.webp 800w,/_astro/a_2x.webp 2x">';
    expect(addressesIn(html)).toEqual(['/_astro/a_400.webp', '/_astro/a_800.webp', '/_astro/a_2x.webp']);
  });

  it('reads addresses as the browser does, with HTML entities decoded', () => {
    const html =
      '<a href="/search/?q=pay&amp;page=2">x</a><a href="/quote/&quot;x&quot;/&#39;y&#39;/">y</a>' +
      '<a href="/a&lt;b&gt;/">z</a>';
    expect(addressesIn(html)).toEqual(['/search/?q=pay&page=2', '/quote/"x"/\'y\'/', '/a<b>/']);
  });

  it('ignores attributes that only end in href or src, and addresses in the text, which is escaped', () => {
    const html =
      '<img data-src="/lazy.webp" src="/real.webp"><p>Write href=&quot;/not-a-link/&quot; in your HTML.</p>';
    expect(addressesIn(html)).toEqual(['/real.webp']);
  });

  it('finds nothing in a page without links', () => {
    expect(addressesIn('<h1>Plain</h1>')).toEqual([]);
  });
});

describe('checkRedrawnPages', () => {
  const SITE_URL = 'https://nusl.example';
  let site: string;

  beforeEach(() => {
    site = tempDir();
    for (const file of ['index.html', 'news/a/index.html', 'rss.xml', '_astro/app.css', '_astro/a.webp']) {
      mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
      writeFileSync(path.join(site, file), 'x');
    }
  });
  afterEach(() => rmSync(site, { recursive: true, force: true }));

  const check = (pages: Record<string, string>, siteUrl: string | null = SITE_URL) =>
    checkRedrawnPages(site, new Map(Object.entries(pages)), siteUrl);

  it('passes pages whose links and assets all resolve in the new build', async () => {
    const html =
      '<link href="/_astro/app.css"><a href="/">Home</a><a href="/news/a/">A</a><a href="/rss.xml">RSS</a>' +
      '<img src="/_astro/a.webp" srcset="/_astro/a.webp 1x">';
    expect(await check({ '/news/b/': html })).toEqual([]);
  });

  it('reports a link to a missing page, naming the page and the target', async () => {
    expect(await check({ '/news/b/': '<a href="/news/gone/">Gone</a>' })).toEqual([
      '/news/b/ links to /news/gone/, which the new build does not have',
    ]);
  });

  it('reports a missing asset, whether in src or in a srcset candidate', async () => {
    const html =
      '<img src="/_astro/missing.webp" srcset="/_astro/a.webp 400w, /_astro/missing_800.webp 800w">';
    expect(await check({ '/': html })).toEqual([
      '/ links to /_astro/missing.webp, which the new build does not have',
      '/ links to /_astro/missing_800.webp, which the new build does not have',
    ]);
  });

  it('reports each problem of each page once', async () => {
    const problems = await check({
      '/news/b/': '<a href="/gone/">1</a><a href="/gone/">2</a>',
      '/news/c/': '<a href="/gone/">3</a>',
    });
    expect(problems).toEqual([
      '/news/b/ links to /gone/, which the new build does not have',
      '/news/c/ links to /gone/, which the new build does not have',
    ]);
  });

  it('checks the path of a link, not its query or fragment', async () => {
    const html = '<a href="/news/a/?ref=home#comments">A</a><a href="/news/gone/?ref=home#top">Gone</a>';
    expect(await check({ '/': html })).toEqual(['/ links to /news/gone/, which the new build does not have']);
  });

  it('reports a link to a folder that has no page as missing', async () => {
    expect(await check({ '/': '<a href="/news">News</a>' })).toEqual([
      '/ links to /news, which the new build does not have',
    ]);
  });

  it('refuses any reference to the on-demand image endpoint', async () => {
    const problems = await check({
      '/news/a/':
        '<img src="/_image?href=%2Fuploads%2Fa.jpg&amp;w=800" srcset="/_image/x.webp 2x">' +
        '<img src="https://nusl.example/_image?href=b.jpg">',
    });
    expect(problems).toEqual([
      '/news/a/ points at the on-demand image endpoint (/_image?href=%2Fuploads%2Fa.jpg&w=800)',
      '/news/a/ points at the on-demand image endpoint (/_image/x.webp)',
      '/news/a/ points at the on-demand image endpoint (https://nusl.example/_image?href=b.jpg)',
    ]);
  });

  it('does not mistake a page whose path starts with _image for the endpoint', async () => {
    expect(await check({ '/': '<a href="/_images-of-the-year/">Gallery</a>' })).toEqual([
      '/ links to /_images-of-the-year/, which the new build does not have',
    ]);
  });

  it('ignores links to other sites, mail addresses, phone numbers and fragments', async () => {
    const html =
      '<a href="https://www.gov.uk/missing/">x</a><a href="//cdn.example/missing.js">x</a>' +
      '<a href="mailto:press@nusl.example">x</a><a href="tel:+441234567890">x</a>' +
      '<a href="#main">x</a><a href="">x</a>';
    expect(await check({ '/': html })).toEqual([]);
  });

  it("leaves full addresses on the site's own domain to whatever serves them there", async () => {
    const html =
      '<link rel="canonical" href="https://nusl.example/news/a/"><a href="https://nusl.example/join">Join</a>';
    expect(await check({ '/news/a/': html })).toEqual([]);
  });

  it('refuses the on-demand image endpoint only on the site’s own origin, compared as an origin', async () => {
    const html =
      '<img src="https://nusl.example.org/_image?href=a.jpg"><img src="https://nusl.example@elsewhere.example/_image">' +
      '<img src="http://nusl.example/_image?href=a.jpg">';
    expect(await check({ '/': html })).toEqual([]);
    expect(await check({ '/': '<img src="https://nusl.example/_image?href=a.jpg">' }, null)).toEqual([]);
  });

  it('reports a link no file can answer, instead of failing the whole check', async () => {
    const problems = await check({
      '/': '<a href="/..%2F..%2Fetc%2Fpasswd">x</a><a href="/100%-pay/">y</a>',
    });
    expect(problems).toEqual([
      '/ links to /..%2F..%2Fetc%2Fpasswd, which the new build does not have',
      '/ links to /100%-pay/, which the new build does not have',
    ]);
  });
});
