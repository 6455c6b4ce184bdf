import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadContent } from '../lib/content';
import { siteAddress } from '../lib/paths';
import { rssFeed } from '../lib/rss';

export const GET: APIRoute = async ({ site }) => rss(rssFeed(await loadContent(), siteAddress(site)));
