export interface GraphqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A raw GraphQL call, with or without a token, for tests that check access rules. */
export function graphql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  token?: string,
  variables?: Record<string, unknown>,
): Promise<GraphqlResult<T>> {
  return postGraphql<T>(baseUrl, { query, variables }, token);
}

/** Any POST body, e.g. a batch (an array) or a persisted query (`extensions` only). */
export async function postGraphql<T = Record<string, unknown>>(
  baseUrl: string,
  body: unknown,
  token?: string,
): Promise<GraphqlResult<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphqlResult<T>, 'status'>) };
}

/** A GET with `query` and `variables` search parameters, as Apollo accepts for queries. */
export async function getGraphql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  token?: string,
  variables?: Record<string, unknown>,
): Promise<GraphqlResult<T>> {
  const search = new URLSearchParams({
    query,
    ...(variables ? { variables: JSON.stringify(variables) } : {}),
  });
  const response = await fetch(`${baseUrl}/graphql?${search}`, {
    // Apollo refuses a GET without this header as a possible cross-site request.
    headers: { 'apollo-require-preflight': 'true', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphqlResult<T>, 'status'>) };
}

/** True when the call was refused: an HTTP error or a GraphQL error with no data. */
export function isRefused(result: GraphqlResult): boolean {
  if (result.status >= 400) return true;
  const hasData = result.data && Object.values(result.data).some((value) => value !== null);
  return Boolean(result.errors?.length) && !hasData;
}
