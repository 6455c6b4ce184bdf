import { p } from './blocks';

// Draft-only entries, never published, so tests can prove drafts never reach the
// API's published view or the site. The marker is searched for in the output.
export const CANARY_MARKER = 'DRAFT-CANARY';

const body = [p(`${CANARY_MARKER}: this draft must never appear on the public site.`)];

export const canaries = {
  topic: { slug: 'draft-canary-topic', name: `${CANARY_MARKER} topic`, description: CANARY_MARKER },
  author: {
    slug: 'draft-canary-author',
    name: `${CANARY_MARKER} author`,
    role: CANARY_MARKER,
    bio: CANARY_MARKER,
  },
  membershipCategory: {
    slug: 'draft-canary-category',
    name: `${CANARY_MARKER} category`,
    strapline: `${CANARY_MARKER} strapline`,
    introduction: body,
    eligibility: body,
    join: { note: CANARY_MARKER },
  },
  article: {
    slug: 'draft-canary-article',
    title: `${CANARY_MARKER} article`,
    summary: `${CANARY_MARKER} summary`,
    body,
    firstPublished: '2030-01-01',
  },
  campaignBriefing: {
    slug: 'draft-canary-briefing',
    title: `${CANARY_MARKER} briefing`,
    summary: `${CANARY_MARKER} summary`,
    context: body,
    firstPublished: '2030-01-01',
  },
};
