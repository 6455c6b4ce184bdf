export interface GraphqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A raw GraphQL call, with or without a token, for tests that check access rules. */
export async function graphql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  token?: string,
  variables?: Record<string, unknown>,
): Promise<GraphqlResult<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphqlResult<T>, 'status'>;
  return { status: response.status, ...body };
}

/** True when the call was refused: an HTTP error or a GraphQL error with no data. */
export function isRefused(result: GraphqlResult): boolean {
  if (result.status >= 400) return true;
  const hasData = result.data && Object.values(result.data).some((value) => value !== null);
  return Boolean(result.errors?.length) && !hasData;
}
