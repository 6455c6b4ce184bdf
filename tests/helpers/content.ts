import { createContentSource, fetchSiteContent, type Blocks, type SiteContent } from '@guildhall/content';
import type { RunningCms } from './cms';

/** What the CMS publishes, read with the site's own client: the expected site. */
export function publishedContent(cms: RunningCms): Promise<SiteContent> {
  return fetchSiteContent(createContentSource({ cmsUrl: cms.url, token: cms.token() }));
}

/** The text of the first paragraph of some rich text, to look for on a page. */
export function firstParagraph(blocks: Blocks): string {
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue;
    const text = block.children
      .map((child) => (child.type === 'text' ? child.text : child.children.map((leaf) => leaf.text).join('')))
      .join('');
    if (text.trim()) return text.replace(/\s+/g, ' ').trim();
  }
  throw new Error('no paragraph with text');
}
