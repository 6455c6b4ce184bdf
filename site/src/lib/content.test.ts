import { describe, expect, it } from 'vitest';
import { absoluteMediaUrl, newestFirst, paginate } from './content';

describe('absoluteMediaUrl', () => {
  it('prefixes local uploads with the CMS address', () => {
    expect(absoluteMediaUrl('/uploads/cover.png', 'http://localhost:1337/')).toBe(
      'http://localhost:1337/uploads/cover.png',
    );
  });

  it('keeps absolute URLs from a cloud provider as they are', () => {
    const url = 'https://guildhall-media.s3.eu-west-2.amazonaws.com/cover_abc.png';
    expect(absoluteMediaUrl(url, 'http://localhost:1337')).toBe(url);
  });

  it('gives protocol-relative URLs https', () => {
    expect(absoluteMediaUrl('//cdn.example.org/a.png', 'http://localhost:1337')).toBe(
      'https://cdn.example.org/a.png',
    );
  });
});

describe('listings', () => {
  it('orders entries newest first, by title on the same day', () => {
    const entries = [
      { title: 'B', firstPublished: '2025-01-01', href: '/news/b/' },
      { title: 'C', firstPublished: '2026-03-01', href: '/news/c/' },
      { title: 'A', firstPublished: '2025-01-01', href: '/news/a/' },
    ];
    expect(newestFirst(entries).map((entry) => entry.title)).toEqual(['C', 'A', 'B']);
  });

  it('orders same-day entries with the same title by address, whatever order they came in', () => {
    const article = { title: 'Pay', firstPublished: '2025-01-01', href: '/news/pay/' };
    const briefing = { title: 'Pay', firstPublished: '2025-01-01', href: '/campaigns/pay/' };
    expect(newestFirst([article, briefing])).toEqual([briefing, article]);
    expect(newestFirst([briefing, article])).toEqual([briefing, article]);
  });

  it('splits 25 items into pages of ten', () => {
    const pages = paginate(Array.from({ length: 25 }, (_, index) => index));
    expect(pages.map((page) => page.items.length)).toEqual([10, 10, 5]);
  });

  it('keeps one empty first page for an empty listing', () => {
    expect(paginate([])).toEqual([{ items: [], number: 1, count: 1 }]);
  });
});
