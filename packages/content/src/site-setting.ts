import { z } from 'zod';
import { ContentSourceError } from './errors';
import { parseEntries } from './fetch-all';
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
});
export type SiteSetting = z.infer<typeof siteSettingSchema>;

export const siteSettingQuery = `
  query SiteSetting {
    siteSetting(status: PUBLISHED) {
      documentId siteName tagline contactPhone contactEmail joinUrl footerText
      defaultSeo { ${seoFields} }
    }
  }`;

/** The published site settings; the site cannot be built without them. */
export async function fetchSiteSetting(source: ContentSource): Promise<SiteSetting> {
  const data = await source.request<{ siteSetting: unknown }>('the site settings query', siteSettingQuery);
  if (!data.siteSetting) {
    throw new ContentSourceError(
      `The site settings at ${source.cmsUrl} are not published: open "Site settings" in the admin and publish them.`,
    );
  }
  const [setting] = parseEntries('site settings', siteSettingSchema, [data.siteSetting]);
  if (!setting) throw new ContentSourceError('The site settings could not be read.');
  return setting;
}
