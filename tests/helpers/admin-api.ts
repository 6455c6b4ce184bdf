import { ADMIN_EMAIL, ADMIN_PASSWORD } from './cms';

export interface AdminResponse<T = unknown> {
  status: number;
  body: T;
}

export interface ErrorBody {
  error?: { message?: string; name?: string; details?: unknown };
}

/**
 * The body of a response the CMS accepted (2xx); any other answer, or none, throws an error
 * naming the call, the status and the body, so a refused request never passes unnoticed.
 */
export async function accepted<T>(call: string, response: Promise<AdminResponse<T>>): Promise<T> {
  const { status, body } = await response.catch((error: unknown) => {
    const reason =
      error instanceof Error ? `${error.message}${error.cause ? ` (${String(error.cause)})` : ''}` : error;
    throw new Error(`${call} got no answer from the CMS: ${String(reason)}`, { cause: error });
  });
  if (status < 200 || status > 299)
    throw new Error(`${call} was refused: ${status} ${JSON.stringify(body).slice(0, 2000)}`);
  return body;
}

// A proxy or a crash can answer with a page instead of JSON; keep it as text to report.
function parsed(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function sessionToken(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { data?: { token?: string } };
  if (!response.ok || !body.data?.token) {
    throw new Error(`admin login to ${baseUrl} failed: ${response.status} ${JSON.stringify(body)}`);
  }
  return body.data.token;
}

/**
 * The editor's view of the CMS: the same admin API the admin panel calls. The admin session
 * expires (after about 30 minutes), so a request answered 401 logs in again and is sent once more,
 * as an editor would; long runs such as the benchmark outlive several sessions.
 */
export class AdminApi {
  private relogin: Promise<string> | null = null;

  private constructor(
    private readonly baseUrl: string,
    private jwt: string,
    private readonly credentials: { email: string; password: string },
  ) {}

  static async login(baseUrl: string, email = ADMIN_EMAIL, password = ADMIN_PASSWORD): Promise<AdminApi> {
    return new AdminApi(baseUrl, await sessionToken(baseUrl, email, password), { email, password });
  }

  // Requests running side by side that all meet the expired session share one new login.
  private async renewSession(expired: string): Promise<void> {
    if (this.jwt !== expired) return;
    this.relogin ??= sessionToken(this.baseUrl, this.credentials.email, this.credentials.password).finally(
      () => (this.relogin = null),
    );
    this.jwt = await this.relogin;
  }

  /** The admin session token, for endpoints that take multipart bodies (uploads). */
  get jwtForUploads(): string {
    return this.jwt;
  }

  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<AdminResponse<T>> {
    const send = async (jwt: string) => {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: { Authorization: `Bearer ${jwt}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: parsed(await response.text()) as T };
    };
    const jwt = this.jwt;
    const first = await send(jwt);
    if (first.status !== 401) return first;
    await this.renewSession(jwt);
    return send(this.jwt);
  }

  private collection(uid: string) {
    return `/content-manager/collection-types/${uid}`;
  }

  /** Saves a draft, as the admin's "Save" button does. */
  createDraft(uid: string, data: Record<string, unknown>) {
    return this.request<{ data: { documentId: string } } & ErrorBody>('POST', this.collection(uid), data);
  }

  /** Saves and publishes a new entry, as "Publish" on a new entry does. */
  createPublished(uid: string, data: Record<string, unknown>) {
    return this.request<{ data: { documentId: string } } & ErrorBody>(
      'POST',
      `${this.collection(uid)}/actions/publish`,
      data,
    );
  }

  publish(uid: string, documentId: string, data: Record<string, unknown> = {}) {
    return this.request<ErrorBody>('POST', `${this.collection(uid)}/${documentId}/actions/publish`, data);
  }

  unpublish(uid: string, documentId: string) {
    return this.request<ErrorBody>('POST', `${this.collection(uid)}/${documentId}/actions/unpublish`, {});
  }

  update(uid: string, documentId: string, data: Record<string, unknown>) {
    return this.request<ErrorBody>('PUT', `${this.collection(uid)}/${documentId}`, data);
  }

  remove(uid: string, documentId: string) {
    return this.request<ErrorBody>('DELETE', `${this.collection(uid)}/${documentId}`);
  }

  /** The entry as its edit view loads it: the draft, with its status. */
  get<T = Record<string, unknown>>(uid: string, documentId: string) {
    return this.request<{ data: T & { status: string } } & ErrorBody>(
      'GET',
      `${this.collection(uid)}/${documentId}`,
    );
  }

  list<T = Record<string, unknown>>(uid: string, query = '') {
    return this.request<{ results: T[]; pagination: { total: number } }>(
      'GET',
      `${this.collection(uid)}?${query}`,
    );
  }
}
