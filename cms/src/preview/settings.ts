import type { Core } from '@strapi/strapi';
import { localUrl } from '@guildhall/settings';

/** PREVIEW_URL: the preview server's public address, which the admin frames (config/admin.ts, config/middlewares.ts). */
export const previewUrl = (env: Core.Config.Shared.ConfigParams['env']): string =>
  env('PREVIEW_URL', localUrl('preview'));
