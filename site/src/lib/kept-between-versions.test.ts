import type { Article, CampaignBriefing, SiteContent } from '@guildhall/content';
import { describe, expect, it } from 'vitest';
import { article, briefing, siteWith } from '../../../tests/helpers/site-content';
import { sitePlan } from '../on-demand/published';
import {
  articlesByAuthor,
  articlesNewestFirst,
  articleSummary,
  briefingSummary,
  entriesForTopic,
  latestEntries,
  newestFirst,
  onlyPublishedRefs,
} from './content';
import { articlePages } from './pages';

// The rebuild service plans round after round from content whose unchanged entries are the
// very same objects: what the site keeps between versions must give what a version made
// from scratch gives.

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
