import type { Article, Block, CampaignBriefing, SiteContent } from '@guildhall/content';
import { describe, expect, it } from 'vitest';
import { publishedOutput, sitePlan } from '../on-demand/published';
import {
  articlesByAuthor,
  articlesNewestFirst,
  articleSummary,
  latestEntries,
  briefingSummary,
  entriesForTopic,
  newestFirst,
  onlyPublishedRefs,
} from './content';
import {
  articlePages,
  campaignsMonthPages,
  campaignsPage,
  newsMonthPages,
  newsPage,
  sitePages,
} from './pages';
import { RSS_ENTRIES, rssFeed } from './rss';

const slugOf = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-');

const publication = (title: string, firstPublished: string) => ({
  documentId: `doc-${slugOf(title)}`,
  title,
  slug: slugOf(title),
  summary: `Summary of ${title}.`,
  firstPublished,
  updatedAt: `${firstPublished}T09:00:00.000Z`,
  topics: [],
  membershipCategories: [],
  seo: null,
});

const paragraph = (text: string): Block[] => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

const article = (title: string, firstPublished: string): Article => ({
  ...publication(title, firstPublished),
  body: paragraph(title),
  author: null,
  coverImage: null,
});

const briefing = (title: string, firstPublished: string): CampaignBriefing => ({
  ...publication(title, firstPublished),
  context: paragraph(title),
  sourceReport: null,
  recommendationsHeading: null,
  recommendations: [],
  callsToActionHeading: null,
  callsToAction: [],
  conclusion: null,
});

const siteWith = (articles: Article[], campaignBriefings: CampaignBriefing[] = []): SiteContent => ({
  siteSetting: {
    documentId: 'settings',
    siteName: 'National Union of School Leaders',
    tagline: null,
    contactPhone: null,
    contactEmail: null,
    joinUrl: null,
    footerText: null,
    defaultSeo: null,
    updatedAt: '2024-01-01T00:00:00.000Z',
  },
  membershipCategories: [],
  topics: [],
  authors: [],
  articles,
  campaignBriefings,
  redirects: [],
});

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

describe('the plan of a site whose entries are kept between versions', () => {
  const site = new URL('https://www.example.org');
  const topic = {
    documentId: 'topic-send',
    name: 'SEND',
    slug: 'send',
    description: null,
    updatedAt: '2024-01-01T00:00:00.000Z',
  };
  const filed = { ...article('Pay award explained', '2024-05-20'), topics: [{ slug: 'send', name: 'SEND' }] };
  const kept = [filed, article('Budget setting', '2024-02-14')];
  /** The same content made of new objects only, so nothing is remembered for it. */
  const copied = (version: SiteContent) => JSON.parse(JSON.stringify(version)) as SiteContent;

  it('gives the fingerprints a plan made from scratch gives, after one entry changes', () => {
    const before = siteWith(kept);
    sitePlan(before, site);
    const after = siteWith([
      kept[0] as Article,
      { ...(kept[1] as Article), title: 'Budget setting, revised' },
    ]);
    expect(sitePlan(after, site)).toEqual(sitePlan(copied(after), site));
    expect(sitePlan(after, site).outputs['/news/budget-setting/']).not.toBe(
      sitePlan(before, site).outputs['/news/budget-setting/'],
    );
  });

  it('changes the page of the very same entry when a topic it links to is published', () => {
    const without = siteWith(kept);
    const withTopic = { ...siteWith(kept), topics: [topic] } as SiteContent;
    const page = '/news/pay-award-explained/';
    expect(sitePlan(without, site).outputs[page]).not.toBe(sitePlan(withTopic, site).outputs[page]);
    expect(sitePlan(withTopic, site)).toEqual(sitePlan(copied(withTopic), site));
  });
});

describe("an entry's page when the frame changes", () => {
  it('shows the header and footer of the content it is made from, though the entry is the very same', () => {
    const entries = [article('Pay award explained', '2024-05-20')];
    const before = siteWith(entries);
    const renamed = { ...before, siteSetting: { ...before.siteSetting, siteName: 'School Leaders Union' } };
    const [page] = articlePages(onlyPublishedRefs(before));
    const [pageAfter] = articlePages(onlyPublishedRefs(renamed));
    expect(page?.props.frame.siteSetting.siteName).toBe('National Union of School Leaders');
    expect(pageAfter?.props.frame.siteSetting.siteName).toBe('School Leaders Union');
    expect(articlePages(onlyPublishedRefs(siteWith(entries)))[0]?.props.frame.siteSetting.siteName).toBe(
      'National Union of School Leaders',
    );
  });
});

describe('listings kept from one version of the content to the next', () => {
  const topicRef = (slug: string) => ({ slug, name: slug.toUpperCase() });
  const authorOf = (slug: string) => ({ slug, name: `Author ${slug}`, role: null });
  // Many entries on each day, so most places are decided by title, then address.
  const filed = (index: number, date: string, title = `Update ${index % 7}`): Article => ({
    ...article(`${title} ${index % 3 ? '' : 'again'}`.trim(), date),
    slug: `update-${index}`,
    documentId: `doc-update-${index}`,
    topics: [topicRef(index % 2 ? 'send' : 'pay')],
    author: authorOf(index % 3 ? 'ada' : 'ben'),
  });
  const day = (index: number) => `2024-0${(index % 3) + 1}-1${index % 4}`;
  const published = (articles: Article[], briefings: CampaignBriefing[]): SiteContent =>
    ({
      ...siteWith(articles, briefings),
      topics: ['send', 'pay'].map((slug) => ({
        documentId: `topic-${slug}`,
        name: slug.toUpperCase(),
        slug,
        description: null,
        updatedAt: '2024-01-01T00:00:00.000Z',
      })),
      authors: ['ada', 'ben'].map((slug) => ({
        ...authorOf(slug),
        documentId: `author-${slug}`,
        updatedAt: '2024-01-01T00:00:00.000Z',
        bio: null,
        portrait: null,
      })),
    }) as SiteContent;
  const titles = (entries: readonly { title: string; href: string }[]) =>
    entries.map((entry) => `${entry.title} ${entry.href}`);
  /** Each list as a sort of the whole content from scratch gives it. */
  function expectListsSortedFromScratch(content: SiteContent) {
    const shown = onlyPublishedRefs(content);
    const summaries = [
      ...shown.articles.map((entry) => ({ ...articleSummary(entry), entry })),
      ...shown.campaignBriefings.map((entry) => ({ ...briefingSummary(entry), entry })),
    ];
    const sorted = (test: (entry: Article | CampaignBriefing) => boolean) =>
      titles(newestFirst(summaries.filter(({ entry }) => test(entry))));
    expect(titles(articlesNewestFirst(shown))).toEqual(sorted((entry) => 'body' in entry));
    expect(titles(latestEntries(shown, 30))).toEqual(sorted(() => true).slice(0, 30));
    expect(titles(latestEntries(shown, 1000))).toEqual(sorted(() => true));
    for (const slug of ['send', 'pay'])
      expect(titles(entriesForTopic(shown, slug))).toEqual(
        sorted((entry) => entry.topics.some((ref) => ref.slug === slug)),
      );
    for (const slug of ['ada', 'ben'])
      expect(titles(articlesByAuthor(shown, slug))).toEqual(
        sorted((entry) => 'body' in entry && entry.author?.slug === slug),
      );
  }

  it('orders every list as a full sort does, round after round', () => {
    let articles = Array.from({ length: 80 }, (_, index) => filed(index, day(index)));
    let briefings = [briefing('Fair funding', '2024-02-11')];
    const rounds: [string, () => void][] = [
      [
        'publish three, one on a busy day',
        () =>
          (articles = [...articles, filed(100, day(5)), filed(101, '2024-03-20'), filed(102, '2023-12-01')]),
      ],
      [
        'unpublish two',
        () => (articles = articles.filter((entry) => !['update-7', 'update-100'].includes(entry.slug))),
      ],
      [
        're-date one',
        () =>
          (articles = articles.map((entry) =>
            entry.slug === 'update-9' ? { ...entry, firstPublished: '2024-05-01' } : entry,
          )),
      ],
      [
        'retitle one on the same day',
        () =>
          (articles = articles.map((entry) =>
            entry.slug === 'update-12' ? { ...entry, title: 'Aardvark' } : entry,
          )),
      ],
      [
        'move one to the other topic',
        () =>
          (articles = articles.map((entry) =>
            entry.slug === 'update-13' ? { ...entry, topics: [topicRef('pay')] } : entry,
          )),
      ],
      [
        'publish a briefing between articles',
        () => (briefings = [...briefings, briefing('Pay policy', day(4))]),
      ],
      [
        'publish seventy at once',
        () =>
          (articles = [
            ...articles,
            ...Array.from({ length: 70 }, (_, index) => filed(200 + index, day(index))),
          ]),
      ],
      [
        'delete one after a large round',
        () => (articles = articles.filter((entry) => entry.slug !== 'update-201')),
      ],
    ];
    expectListsSortedFromScratch(published(articles, briefings));
    for (const [round, change] of rounds) {
      change();
      const content = published(articles, briefings);
      expect(() => expectListsSortedFromScratch(content), round).not.toThrow();
    }
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
