import type { RenderRequest } from './on-demand/request';

declare global {
  interface ImportMetaEnv {
    /** site/.env.cms, where the CMS writes the build's token; set in astro.config.ts. */
    readonly CMS_TOKEN_FILE_DEFAULT: string;
  }

  namespace App {
    interface Locals {
      /** Set by the servers that draw pages on demand (on-demand/request.ts). */
      render?: RenderRequest;
    }
  }
}
