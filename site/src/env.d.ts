interface ImportMetaEnv {
  /** site/.env.cms, where the CMS writes the build's token; set in astro.config.ts. */
  readonly CMS_TOKEN_FILE_DEFAULT: string;
}
