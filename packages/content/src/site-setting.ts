import { z } from 'zod';
import type { PublicationStatus } from './content-type';
import { ContentSourceError } from './errors';
import { parseEntry } from './fetch-all';
import { seoFields, seoSchema } from './shared';
import type { ContentSource } from './source';

export const siteSettingSchema = z.object({
  documentId: z.string(),
  siteName: z.string().min(1),
  tagline: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  joinUrl: z.string().nullable(),
  footerText: z.string().nullable(),
  defaultSeo: seoSchema.nullable(),
  updatedAt: z.string(),
});
export type SiteSetting = z.infer<typeof siteSettingSchema>;

const siteSettingQuery = `
  query SiteSetting($status: PublicationStatus) {
    siteSetting(status: $status) {
      documentId siteName tagline contactPhone contactEmail joinUrl footerText updatedAt
      defaultSeo { ${seoFields} }
    }
  }`;

/** The site settings in the given status, or null when they have no such version. */
export async function fetchSiteSettingVersion(
  source: ContentSource,
  status: PublicationStatus,
): Promise<SiteSetting | null> {
  const data = await source.request<{ siteSetting: unknown }>(
    `the site settings query (${status.toLowerCase()})`,
    siteSettingQuery,
    { status },
  );
  return data.siteSetting ? parseEntry('site settings', siteSettingSchema, data.siteSetting) : null;
}

/** The published site settings; the site cannot be built without them. */
export async function fetchSiteSetting(source: ContentSource): Promise<SiteSetting> {
  const setting = await fetchSiteSettingVersion(source, 'PUBLISHED');
  if (!setting) {
    throw new ContentSourceError(
      `The site settings at ${source.cmsUrl} are not published: open "Site settings" in the admin and publish them.`,
    );
  }
  return setting;
}
