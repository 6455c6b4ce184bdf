import { accepted, type AdminApi } from './admin-api';

const ARTICLE = 'api::article.article';

// Realistic article bodies for volume tests and the benchmark: sections, lists,
// links and a quote, sized like an adviser's real write-up.

const text = (value: string) => ({ type: 'text', text: value });
const paragraph = (...children: object[]) => ({ type: 'paragraph', children });
const heading = (level: 2 | 3, value: string) => ({ type: 'heading', level, children: [text(value)] });
const link = (url: string, label: string) => ({ type: 'link', url, children: [text(label)] });
const item = (value: string) => ({ type: 'list-item', children: [text(value)] });

export function generatedBody(index: number, sections = 4): object[] {
  return Array.from({ length: sections }, (_, section) => [
    heading(2, `Section ${section + 1} of update ${index}`),
    paragraph(
      text(
        `Leaders asked us about point ${section + 1}. This note sets out what the guidance says and what to do next. `,
      ),
      link(`https://www.gov.uk/guidance/example-${index}-${section}`, 'Read the guidance'),
      text('.'),
    ),
    heading(3, 'What to do'),
    {
      type: 'list',
      format: section % 2 ? 'ordered' : 'unordered',
      indentLevel: 0,
      children: [
        item('Check your school policy.'),
        item('Talk to your governing board.'),
        item('Keep a written record.'),
      ],
    },
    {
      type: 'quote',
      children: [text(`Clear records make every later conversation easier (note ${index}).`)],
    },
  ]).flat();
}

export function generatedArticle(index: number, runId: string) {
  const day = String((index % 28) + 1).padStart(2, '0');
  const month = String((index % 12) + 1).padStart(2, '0');
  return {
    title: `Generated update ${index} (${runId})`,
    slug: `generated-update-${runId}-${index}`,
    summary: `A generated adviser update, number ${index}, used to test volume.`,
    body: generatedBody(index),
    firstPublished: `2019-${month}-${day}`,
  };
}

/**
 * Publishes one generated article. A connection can drop before the CMS answers (seen once in
 * thousands of publishes on a busy machine), so on no answer the article is looked up by its
 * slug: already published counts as done, a draft is published, and only an article the CMS
 * never saw is sent again. A refusal, or three dropped connections, fails naming the article.
 */
async function publishGeneratedArticle(admin: AdminApi, index: number, runId: string) {
  const article = generatedArticle(index, runId);
  const call = `publishing generated article ${index}`;
  for (let attempt = 1; attempt < 3; attempt++) {
    const response = await admin.createPublished(ARTICLE, article).catch(() => null);
    if (response) return accepted(call, Promise.resolve(response));
    const found = await accepted(
      `looking up generated article ${index} after a dropped connection`,
      admin.list<{ documentId: string; status: string }>(
        ARTICLE,
        `filters[slug][$eq]=${encodeURIComponent(article.slug)}`,
      ),
    );
    const saved = found.results[0];
    if (saved?.status === 'published') return;
    if (saved) return accepted(call, admin.publish(ARTICLE, saved.documentId));
  }
  return accepted(call, admin.createPublished(ARTICLE, article));
}

/** Publishes `count` generated articles through the admin API, a few at a time. */
export async function publishGeneratedArticles(
  admin: AdminApi,
  count: number,
  runId: string,
  concurrency = 6,
) {
  let next = 0;
  const worker = async () => {
    while (next < count) await publishGeneratedArticle(admin, next++, runId);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
