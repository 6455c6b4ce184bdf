/** The CMS could not be read: unreachable, refused the token, or answered with errors. */
export class ContentSourceError extends Error {
  override name = 'ContentSourceError';
}

/** Content arrived but breaks the schema; `problems` holds one line per problem. */
export class ContentValidationError extends Error {
  override name = 'ContentValidationError';
  constructor(readonly problems: string[]) {
    super(
      `Invalid content from the CMS (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((line) => `  - ${line}`).join('\n')}`,
    );
  }
}
