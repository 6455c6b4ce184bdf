import type { SiteContent } from '@guildhall/content';
import { describe, expect, it } from 'vitest';
import { article, briefing, siteWith } from '../../../tests/helpers/site-content';
import { publishedOutput, sitePlan } from '../on-demand/published';
import { campaignsMonthPages, campaignsPage, newsMonthPages, newsPage, sitePages } from './pages';
import { RSS_ENTRIES, rssFeed } from './rss';

// Two articles in May 2024, one each in December 2023 and February 2024; nothing in
// January 2024 or in March and April 2024.
const content = siteWith(
  [
    article('Pay award explained', '2024-05-20'),
    article('Ofsted framework changes', '2024-05-03'),
    article('Budget setting', '2024-02-14'),
    article('End of term checklist', '2023-12-18'),
  ],
  [briefing('Fair funding', '2024-05-09')],
);

describe('the news listing', () => {
  it('shows the newest articles, then every month with articles by year, newest first, with counts', () => {
    const { props } = newsPage(content);
    expect(props.path).toBe('/news/');
    expect(props.latest.map((entry) => entry.title)).toEqual([
      'Pay award explained',
      'Ofsted framework changes',
      'Budget setting',
      'End of term checklist',
    ]);
    expect(props.archive).toEqual([
      {
        year: '2024',
        items: [
          { year: '2024', href: '/news/2024/05/', name: 'May 2024', count: '2 articles' },
          { year: '2024', href: '/news/2024/02/', name: 'February 2024', count: '1 article' },
        ],
      },
      {
        year: '2023',
        items: [{ year: '2023', href: '/news/2023/12/', name: 'December 2023', count: '1 article' }],
      },
    ]);
  });

  it('shows only the ten newest articles above the archive', () => {
    const many = siteWith(
      Array.from({ length: 14 }, (_, day) =>
        article(`Update ${day + 1}`, `2024-03-${String(day + 1).padStart(2, '0')}`),
      ),
    );
    const { props } = newsPage(many);
    expect(props.latest.map((entry) => entry.title)).toEqual(
      Array.from({ length: 10 }, (_, index) => `Update ${14 - index}`),
    );
    expect(props.archive).toEqual([
      {
        year: '2024',
        items: [{ year: '2024', href: '/news/2024/03/', name: 'March 2024', count: '14 articles' }],
      },
    ]);
  });

  it('has no archive and no month pages when there is no news', () => {
    const empty = siteWith([]);
    expect(newsPage(empty).props.latest).toEqual([]);
    expect(newsPage(empty).props.archive).toEqual([]);
    expect(newsMonthPages(empty)).toEqual([]);
  });
});

describe('the month pages of news', () => {
  const months = newsMonthPages(content);
  const month = (path: string) => {
    const page = months.find((candidate) => candidate.props.path === path);
    if (!page) throw new Error(`no month page at ${path}`);
    return page;
  };

  it('has a page for each month with articles and none for months without', () => {
    expect(months.map((page) => page.props.path)).toEqual([
      '/news/2024/05/',
      '/news/2024/02/',
      '/news/2023/12/',
    ]);
    expect(months.map((page) => page.params)).toEqual([
      { year: '2024', month: '05' },
      { year: '2024', month: '02' },
      { year: '2023', month: '12' },
    ]);
  });

  it("lists the month's articles newest first under a heading naming the month", () => {
    const { props } = month('/news/2024/05/');
    expect(props.title).toBe('News from May 2024');
    expect(month('/news/2024/02/').props.description).toBe('1 article first published in February 2024.');
    expect(props.description).toBe('2 articles first published in May 2024, newest first.');
    expect(props.entries.map((entry) => entry.href)).toEqual([
      '/news/pay-award-explained/',
      '/news/ofsted-framework-changes/',
    ]);
  });

  it('links to the nearest earlier and later months with articles, across a new year', () => {
    expect(month('/news/2024/02/').props.earlier).toEqual({ href: '/news/2023/12/', name: 'December 2023' });
    expect(month('/news/2024/02/').props.later).toEqual({ href: '/news/2024/05/', name: 'May 2024' });
    expect(month('/news/2023/12/').props.earlier).toBeNull();
    expect(month('/news/2024/05/').props.later).toBeNull();
  });

  it('links back to the news listing', () => {
    expect(month('/news/2023/12/').props.listing).toEqual({ href: '/news/', text: 'All news' });
    expect(month('/news/2023/12/').props.navigation).toBe('News by month');
  });

  it('can be drawn on demand from its path', () => {
    expect(publishedOutput(content, '/news/2024/02/', new URL('https://www.nusl.example'))).toEqual({
      kind: 'page',
      path: '/news/2024/02/',
      page: month('/news/2024/02/'),
    });
  });
});

describe('the campaigns listing', () => {
  it('archives briefings by month in the same way, under /campaigns/', () => {
    expect(campaignsPage(content).props.archive).toEqual([
      {
        year: '2024',
        items: [{ year: '2024', href: '/campaigns/2024/05/', name: 'May 2024', count: '1 briefing' }],
      },
    ]);
    const [may] = campaignsMonthPages(content);
    expect(may?.props.path).toBe('/campaigns/2024/05/');
    expect(may?.props.title).toBe('Campaign briefings from May 2024');
    expect(may?.props.entries.map((entry) => entry.href)).toEqual(['/campaigns/fair-funding/']);
    expect(may?.props.listing).toEqual({ href: '/campaigns/', text: 'All campaign briefings' });
  });
});

describe('what a change of content re-renders', () => {
  // A decade of news, one article in every month but the Augusts.
  const decade = Array.from({ length: 120 }, (_, index) => {
    const year = 2015 + Math.floor(index / 12);
    const month = String((index % 12) + 1).padStart(2, '0');
    return article(`Update ${year}-${month}`, `${year}-${month}-15`);
  }).filter((entry) => !entry.firstPublished.includes('-08-'));

  /** The paths of pages that are new, gone, or whose props differ between two versions of content. */
  function changedPages(before: SiteContent, after: SiteContent): string[] {
    const propsByPath = (version: SiteContent) =>
      new Map(sitePages(version).map((page) => [page.props.path, JSON.stringify(page)]));
    const old = propsByPath(before);
    const now = propsByPath(after);
    return [...new Set([...old.keys(), ...now.keys()])]
      .filter((path) => old.get(path) !== now.get(path))
      .sort();
  }

  it('publishing into a month that has articles changes its page and the listing, whatever the site size', () => {
    const added = article('Mid-year review', '2018-03-02');
    expect(changedPages(siteWith(decade), siteWith([...decade, added]))).toEqual([
      '/news/',
      '/news/2018/03/',
      '/news/mid-year-review/',
    ]);
  });

  it("publishing into an empty month adds its page and changes only its neighbours' links", () => {
    const added = article('Summer update', '2018-08-02');
    expect(changedPages(siteWith(decade), siteWith([...decade, added]))).toEqual([
      '/news/',
      '/news/2018/07/',
      '/news/2018/08/',
      '/news/2018/09/',
      '/news/summer-update/',
    ]);
  });

  it('unpublishing the last article of a month removes its page and relinks its neighbours', () => {
    const without = decade.filter((entry) => entry.firstPublished !== '2020-05-15');
    expect(changedPages(siteWith(decade), siteWith(without))).toEqual([
      '/news/',
      '/news/2020/04/',
      '/news/2020/05/',
      '/news/2020/06/',
      '/news/update-2020-05/',
    ]);
  });

  it('re-dating an article changes the months it left and joined, and nothing between', () => {
    const redated = decade.map((entry) =>
      entry.firstPublished === '2016-02-15' ? { ...entry, firstPublished: '2023-06-01' } : entry,
    );
    expect(changedPages(siteWith(decade), siteWith(redated))).toEqual([
      '/news/',
      '/news/2016/01/',
      '/news/2016/02/',
      '/news/2016/03/',
      '/news/2023/06/',
      '/news/update-2016-02/',
    ]);
  });
});

describe('redirects in the published site', () => {
  const site = new URL('https://www.nusl.example');
  const moved = {
    documentId: 'redirect-1',
    from: '/news/pay-award/',
    to: '/news/pay-award-explained/',
    permanent: true,
  };
  const withRedirects = (redirects: SiteContent['redirects']): SiteContent => ({ ...content, redirects });

  it('changes only the redirects file and the page at the old address when a redirect is added', () => {
    const before = sitePlan(withRedirects([]), site).outputs;
    const after = sitePlan(withRedirects([moved]), site).outputs;
    const changed = Object.keys({ ...before, ...after }).filter((path) => before[path] !== after[path]);
    expect(changed.sort()).toEqual(['/_redirects', '/news/pay-award/']);
  });

  it('draws the page at the old address as a page that sends visitors on', async () => {
    const output = publishedOutput(withRedirects([moved]), '/news/pay-award/', site);
    if (output.kind !== 'file') throw new Error(`expected a file at /news/pay-award/, got a ${output.kind}`);
    const html = await output.body();
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/news/pay-award-explained/">');
    expect(html).toContain(
      '<link rel="canonical" href="https://www.nusl.example/news/pay-award-explained/">',
    );
  });

  it('leaves out a redirect from an address that is a page of the site', () => {
    const shadowed = { ...moved, from: '/news/pay-award-explained/', to: '/news/' };
    const output = publishedOutput(withRedirects([shadowed]), '/news/pay-award-explained/', site);
    expect(output.kind === 'page' && output.page.view).toBe('article');
  });
});

describe('the news feed', () => {
  it('carries the newest entries only, newest first', () => {
    const many = Array.from({ length: RSS_ENTRIES + 10 }, (_, index) =>
      article(
        `Update ${index}`,
        `2024-01-01`.replace(
          '01-01',
          `${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
        ),
      ),
    );
    const { items } = rssFeed(siteWith(many), new URL('https://www.example.org'));
    const newest = [...many]
      .sort((a, b) => b.firstPublished.localeCompare(a.firstPublished))
      .slice(0, RSS_ENTRIES);
    expect(items?.map((item) => item.title)).toEqual(newest.map((entry) => entry.title));
  });
});
