import { describe, expect, it } from 'vitest';
import { absoluteMediaUrl, byMonth, byYear, newestFirst, type MonthOfEntries } from './content';

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
});

describe('months of entries', () => {
  const entry = (firstPublished: string, title = firstPublished) => ({
    firstPublished,
    title,
    href: `/news/${title}/`,
  });
  const summary = (months: MonthOfEntries<{ title: string }>[]) =>
    months.map(({ year, month, entries }) => `${year}-${month}: ${entries.map((e) => e.title).join(', ')}`);

  it('groups entries by the month they were first published, newest month first', () => {
    const months = byMonth([
      entry('2024-06-30'),
      entry('2024-06-01'),
      entry('2024-05-31'),
      entry('2024-05-02'),
    ]);
    expect(summary(months)).toEqual(['2024-06: 2024-06-30, 2024-06-01', '2024-05: 2024-05-31, 2024-05-02']);
  });

  it('has no group for a month without entries', () => {
    const months = byMonth([entry('2024-04-15'), entry('2024-01-15')]);
    expect(months.map(({ year, month }) => `${year}-${month}`)).toEqual(['2024-04', '2024-01']);
  });

  it('keeps December and the January after it apart, the new year first', () => {
    const months = byMonth([entry('2024-01-01'), entry('2023-12-31'), entry('2023-12-01')]);
    expect(summary(months)).toEqual(['2024-01: 2024-01-01', '2023-12: 2023-12-31, 2023-12-01']);
  });

  it('keeps the order of entries within a month', () => {
    const months = byMonth([
      entry('2024-05-11', 'Workload'),
      entry('2024-05-10', 'Pay award'),
      entry('2024-05-10', 'Ofsted changes'),
    ]);
    expect(summary(months)).toEqual(['2024-05: Workload, Pay award, Ofsted changes']);
  });

  it('refuses entries that are not newest first, naming the one out of place', () => {
    expect(() => byMonth([entry('2024-05-02'), entry('2024-06-30')])).toThrow(
      'byMonth takes entries newest first, but /news/2024-06-30/ (2024-06-30) comes after /news/2024-05-02/ (2024-05-02).',
    );
  });

  it('has no months when there are no entries', () => {
    expect(byMonth([])).toEqual([]);
  });

  it('groups months by year in the order given', () => {
    const months = [
      { year: '2025', month: '01' },
      { year: '2024', month: '12' },
      { year: '2024', month: '03' },
    ];
    expect(byYear(months)).toEqual([
      { year: '2025', items: [{ year: '2025', month: '01' }] },
      {
        year: '2024',
        items: [
          { year: '2024', month: '12' },
          { year: '2024', month: '03' },
        ],
      },
    ]);
  });
});
