import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImageReferences, imagesIn } from './image-references';
import { tempDir } from './test-helpers';

const img = (file: string) => `<img src="${file}" alt="">`;

describe('imagesIn', () => {
  it('lists the optimised image files of src and srcset once each', () => {
    const html =
      '<picture><source srcset="/_astro/cover_480.avif 480w, /_astro/cover_800.avif 800w">' +
      '<img src="/_astro/cover_800.webp" srcset="/_astro/cover_480.webp 480w, /_astro/cover_800.webp 800w"></picture>' +
      img('/_astro/cover_800.webp');
    expect(imagesIn(html)).toEqual([
      '/_astro/cover_480.avif',
      '/_astro/cover_800.avif',
      '/_astro/cover_800.webp',
      '/_astro/cover_480.webp',
    ]);
  });

  it('counts a share image, given as an absolute address in a meta tag, by its path', () => {
    const html =
      '<meta property="og:image" content="https://nusl.example/_astro/cover_1200.jpg">' +
      '<meta name="twitter:image" content="https://nusl.example/_astro/cover_1200.jpg">' +
      '<meta property="og:title" content="Pay talks">';
    expect(imagesIn(html)).toEqual(['/_astro/cover_1200.jpg']);
  });

  it('leaves out scripts, styles, pages, uploads and images that are not files', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/app.css"><script src="/_astro/app.js"></script>' +
      '<a href="/news/a/">A</a>' +
      img('/uploads/original.jpg') +
      img('/_image?href=%2Fuploads%2Fa.jpg') +
      img('/_astro/with-query.webp?v=2');
    expect(imagesIn(html)).toEqual([]);
  });
});

describe('ImageReferences', () => {
  let site: string;

  beforeEach(() => {
    site = tempDir();
  });
  afterEach(() => rmSync(site, { recursive: true, force: true }));

  function writeSite(files: Record<string, string>) {
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
      writeFileSync(path.join(site, name), content);
    }
  }

  const scanned = async (files: Record<string, string>) => {
    writeSite(files);
    return ImageReferences.scan(site);
  };

  it('keeps an image another page still uses when the page it was changed on drops it', async () => {
    const images = await scanned({
      'index.html': img('/_astro/shared.webp'),
      'news/a/index.html': img('/_astro/shared.webp'),
    });
    const { unused } = images.after(new Map([['/news/a/', '<p>No picture now</p>']]));
    expect(unused).toEqual([]);
  });

  it('reports an image only the redrawn page used as unused, and not the picture it shows now', async () => {
    const images = await scanned({
      'index.html': img('/_astro/home.webp'),
      'news/a/index.html': img('/_astro/old-cover.webp') + img('/_astro/kept.webp'),
    });
    const changed = img('/_astro/new-cover.webp') + img('/_astro/kept.webp');
    expect(images.after(new Map([['/news/a/', changed]])).unused).toEqual(['/_astro/old-cover.webp']);
  });

  it("reports a removed page's own images as unused, sorted, and keeps those another page shows", async () => {
    const images = await scanned({
      'index.html': img('/_astro/shared.webp'),
      'news/a/index.html':
        img('/_astro/z-only-a.webp') + img('/_astro/shared.webp') + img('/_astro/a-only-a.webp'),
    });
    expect(images.after(new Map([['/news/a/', null]])).unused).toEqual([
      '/_astro/a-only-a.webp',
      '/_astro/z-only-a.webp',
    ]);
  });

  it('keeps an image that one changed page drops and another changed page starts to use', async () => {
    const images = await scanned({
      'news/a/index.html': img('/_astro/cover.webp'),
      'news/b/index.html': '<p>No picture</p>',
    });
    const changes = new Map([
      ['/news/a/', null],
      ['/news/b/', img('/_astro/cover.webp')],
    ]);
    expect(images.after(changes).unused).toEqual([]);
  });

  it("reports a removed page's share image as unused unless another page shares it", async () => {
    const share = (file: string) => `<meta property="og:image" content="https://nusl.example${file}">`;
    const images = await scanned({
      'news/a/index.html': share('/_astro/a_1200.jpg') + share('/_astro/common_1200.jpg'),
      'news/b/index.html': share('/_astro/common_1200.jpg'),
    });
    expect(images.after(new Map([['/news/a/', null]])).unused).toEqual(['/_astro/a_1200.jpg']);
  });

  it('keys pages by their output path: "/" for the home page, the file for other HTML files', async () => {
    const images = await scanned({
      'index.html': img('/_astro/home.webp'),
      'news/a/index.html': img('/_astro/a.webp'),
      '404.html': img('/_astro/lost.webp'),
      'news/reindex.html': img('/_astro/reindex.webp'),
    });
    const removeAll = new Map([
      ['/', null],
      ['/news/a/', null],
      ['/404.html', null],
      ['/news/reindex.html', null],
    ]);
    expect(images.after(removeAll).unused).toEqual([
      '/_astro/a.webp',
      '/_astro/home.webp',
      '/_astro/lost.webp',
      '/_astro/reindex.webp',
    ]);
  });

  it('tracks images of HTML pages only, not of other files such as the RSS feed', async () => {
    const images = await scanned({
      'news/a/index.html': img('/_astro/a.webp'),
      'rss.xml': `<rss>${img('/_astro/in-rss.webp')}</rss>`,
    });
    expect(images.after(new Map([['/rss.xml', null]])).unused).toEqual([]);
  });

  it('carries the new state on: the next change compares with the pages as redrawn', async () => {
    const images = await scanned({ 'news/a/index.html': img('/_astro/first.webp') });
    const { references } = images.after(new Map([['/news/a/', img('/_astro/second.webp')]]));
    expect(references.after(new Map([['/news/a/', null]])).unused).toEqual(['/_astro/second.webp']);
  });

  it('leaves the references it was asked about as they were', async () => {
    const images = await scanned({
      'index.html': img('/_astro/home.webp'),
      'news/a/index.html': img('/_astro/first.webp'),
    });
    images.after(new Map([['/news/a/', img('/_astro/second.webp')]]));
    images.after(new Map([['/', null]]));
    expect(images.after(new Map([['/news/a/', null]])).unused).toEqual(['/_astro/first.webp']);
    expect(images.after(new Map([['/', '<p>Home</p>']])).unused).toEqual(['/_astro/home.webp']);
  });

  it('reports nothing for a change to a page that shows no images', async () => {
    const images = await scanned({ 'index.html': img('/_astro/home.webp') });
    expect(images.after(new Map([['/news/new/', '<h1>New</h1>']])).unused).toEqual([]);
  });
});
