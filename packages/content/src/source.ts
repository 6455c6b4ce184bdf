import { ClientError, GraphQLClient } from 'graphql-request';
import { ContentSourceError } from './errors';

export interface ContentSourceOptions {
  /** The CMS base URL, e.g. http://localhost:1337. */
  cmsUrl: string;
  /** The read-only API token the CMS provisioned for the site build. */
  token: string;
  /** Told in error messages, so a refused token points at where it came from. */
  tokenOrigin?: string;
}

export interface ContentSource {
  cmsUrl: string;
  request<T>(operation: string, query: string, variables?: Record<string, unknown>): Promise<T>;
  /** How many GraphQL requests were made (the benchmark reports it). */
  readonly requestCount: number;
}

function explain(
  error: unknown,
  endpoint: string,
  operation: string,
  tokenOrigin: string,
): ContentSourceError {
  if (error instanceof ClientError) {
    const status = error.response.status;
    if (status === 401 || status === 403) {
      return new ContentSourceError(
        `The CMS at ${endpoint} refused the site's API token (HTTP ${status}) during ${operation}. ` +
          `Check the token in ${tokenOrigin}: restarting the CMS rewrites its token file.`,
      );
    }
    const messages = error.response.errors?.map((item) => item.message).join('; ');
    const forbidden = error.response.errors?.some((item) => item.extensions?.code === 'FORBIDDEN');
    if (forbidden) {
      return new ContentSourceError(
        `The CMS at ${endpoint} refused ${operation}: the token in ${tokenOrigin} lacks permission (${messages}).`,
      );
    }
    return new ContentSourceError(
      `The CMS at ${endpoint} answered ${operation} with ${messages ? `errors: ${messages}` : `HTTP ${status}`}.`,
    );
  }
  const cause =
    error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
  return new ContentSourceError(
    `Cannot reach the CMS at ${endpoint} (${cause}) during ${operation}. ` +
      'Check that the CMS is running and that CMS_URL points at it.',
  );
}

export function createContentSource({
  cmsUrl,
  token,
  tokenOrigin = 'CMS_API_TOKEN',
}: ContentSourceOptions): ContentSource {
  const baseUrl = cmsUrl.replace(/\/+$/, '');
  const endpoint = `${baseUrl}/graphql`;
  const client = new GraphQLClient(endpoint, { headers: { Authorization: `Bearer ${token}` } });
  let requestCount = 0;
  return {
    cmsUrl: baseUrl,
    get requestCount() {
      return requestCount;
    },
    async request<T>(operation: string, query: string, variables?: Record<string, unknown>) {
      requestCount += 1;
      try {
        return await client.request<T>(query, variables);
      } catch (error) {
        throw explain(error, endpoint, operation, tokenOrigin);
      }
    },
  };
}
