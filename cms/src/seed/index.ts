import type { Core, UID } from '@strapi/strapi';
import { demoContent } from './data';
import { canaries } from './canaries';
import { uploadCoverImage } from './cover-image';

type SluggedType =
  | 'api::topic.topic'
  | 'api::author.author'
  | 'api::membership-category.membership-category'
  | 'api::article.article'
  | 'api::campaign-briefing.campaign-briefing';

interface Data {
  slug: string;
}

interface Tally {
  created: number;
  existing: number;
}

/**
 * Creates each demo entry that does not exist yet, matched by slug, and leaves
 * existing ones alone: re-running never duplicates and never undoes an editor's changes.
 */
async function ensureEntry(
  strapi: Core.Strapi,
  uid: SluggedType,
  data: Data,
  publish: boolean,
  tally: Tally,
) {
  const documents = strapi.documents(uid);
  const existing = await documents.findFirst({ filters: { slug: data.slug }, status: 'draft' });
  if (existing) {
    tally.existing += 1;
    return existing.documentId;
  }
  const created = await documents.create({ data, ...(publish ? { status: 'published' } : {}) });
  tally.created += 1;
  return created.documentId;
}

async function ensureAll<T extends Data>(
  strapi: Core.Strapi,
  uid: SluggedType,
  entries: T[],
  tally: Tally,
  toData: (entry: T) => Promise<Data> | Data = (entry) => entry,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const entry of entries)
    ids.set(entry.slug, await ensureEntry(strapi, uid, await toData(entry), true, tally));
  return ids;
}

const lookup = (ids: Map<string, string>, kind: string) => (slug: string) => {
  const id = ids.get(slug);
  if (!id) throw new Error(`seed: unknown ${kind} "${slug}"`);
  return id;
};

async function ensureSiteSetting(strapi: Core.Strapi, tally: Tally) {
  const documents = strapi.documents('api::site-setting.site-setting');
  if (await documents.findFirst({ status: 'draft' })) {
    tally.existing += 1;
    return;
  }
  await documents.create({ data: demoContent.siteSetting, status: 'published' });
  tally.created += 1;
}

export async function seedDemoContent(strapi: Core.Strapi): Promise<Tally> {
  const tally: Tally = { created: 0, existing: 0 };
  const { topics, authors, membershipCategories, articles, campaignBriefings } = demoContent;

  const topicId = lookup(await ensureAll(strapi, 'api::topic.topic', topics, tally), 'topic');
  const authorId = lookup(await ensureAll(strapi, 'api::author.author', authors, tally), 'author');
  const categoryId = lookup(
    await ensureAll(
      strapi,
      'api::membership-category.membership-category',
      membershipCategories,
      tally,
      (c) => ({
        ...c,
        topics: c.topics.map(topicId),
      }),
    ),
    'membership category',
  );
  const related = (entry: { topics: string[]; membershipCategories: string[] }) => ({
    topics: entry.topics.map(topicId),
    membershipCategories: entry.membershipCategories.map(categoryId),
  });
  await ensureAll(
    strapi,
    'api::article.article',
    articles,
    tally,
    async ({ coverImage, author, ...article }) => ({
      ...article,
      ...related(article),
      author: author ? authorId(author) : null,
      coverImage: coverImage ? await uploadCoverImage(strapi, article.slug, coverImage) : null,
    }),
  );
  await ensureAll(
    strapi,
    'api::campaign-briefing.campaign-briefing',
    campaignBriefings,
    tally,
    (briefing) => ({
      ...briefing,
      recommendations: briefing.recommendations.map(({ heading, points }) => ({
        heading,
        points: points.map((text) => ({ text })),
      })),
      callsToAction: briefing.callsToAction.map(({ heading, points }) => ({
        heading,
        points: points.map((text) => ({ text })),
      })),
      ...related(briefing),
    }),
  );
  await ensureSiteSetting(strapi, tally);

  await ensureEntry(strapi, 'api::topic.topic', canaries.topic, false, tally);
  await ensureEntry(strapi, 'api::author.author', canaries.author, false, tally);
  await ensureEntry(
    strapi,
    'api::membership-category.membership-category',
    canaries.membershipCategory,
    false,
    tally,
  );
  await ensureEntry(strapi, 'api::article.article', canaries.article, false, tally);
  await ensureEntry(
    strapi,
    'api::campaign-briefing.campaign-briefing',
    canaries.campaignBriefing,
    false,
    tally,
  );

  strapi.log.info(`seed: ${tally.created} entries created, ${tally.existing} already there`);
  return tally;
}

const contentTypes: UID.ContentType[] = [
  'api::site-setting.site-setting',
  'api::membership-category.membership-category',
  'api::article.article',
  'api::campaign-briefing.campaign-briefing',
  'api::topic.topic',
  'api::author.author',
];

/** First start of a new installation: fill an empty database with the demo content. */
export async function seedDemoContentIfEmpty(strapi: Core.Strapi): Promise<void> {
  if (process.env.SEED_DEMO_CONTENT === 'false') return;
  for (const uid of contentTypes) {
    if ((await strapi.db.query(uid).count()) > 0) return;
  }
  strapi.log.info('seed: empty database, adding the demo content (set SEED_DEMO_CONTENT=false to skip)');
  await seedDemoContent(strapi);
}
