import { ADMIN_EMAIL, ADMIN_PASSWORD } from './cms';

export interface AdminResponse<T = unknown> {
  status: number;
  body: T;
}

export interface ErrorBody {
  error?: { message?: string; name?: string; details?: unknown };
}

/** The editor's view of the CMS: the same admin API the admin panel calls. */
export class AdminApi {
  private constructor(
    private readonly baseUrl: string,
    private readonly jwt: string,
  ) {}

  static async login(baseUrl: string, email = ADMIN_EMAIL, password = ADMIN_PASSWORD): Promise<AdminApi> {
    const response = await fetch(`${baseUrl}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    const body = (await response.json()) as { data?: { token?: string } };
    if (!response.ok || !body.data?.token) {
      throw new Error(`admin login to ${baseUrl} failed: ${response.status} ${JSON.stringify(body)}`);
    }
    return new AdminApi(baseUrl, body.data.token);
  }

  /** The admin session token, for endpoints that take multipart bodies (uploads). */
  get jwtForUploads(): string {
    return this.jwt;
  }

  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<AdminResponse<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${this.jwt}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
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
