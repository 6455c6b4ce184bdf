import { createHmac, timingSafeEqual } from 'node:crypto';

// A preview link names one version of one document and carries an HMAC over what it
// names and when it expires, made with a secret only the CMS and the preview server
// hold. The link itself is the credential for that one page, so it is short-lived and
// worthless for any other document, type or version.

/** Where the preview server answers preview links. */
export const PREVIEW_PATH = '/preview/';

/** How long a link works unless PREVIEW_LINK_MINUTES says otherwise: an editing session, not days. */
export const DEFAULT_PREVIEW_LINK_MINUTES = 60;

/** The content types that have a page on the site, by Strapi UID, with the API ID the site knows them by. */
export const PREVIEWABLE_TYPES = {
  'api::article.article': 'article',
  'api::campaign-briefing.campaign-briefing': 'campaign-briefing',
  'api::membership-category.membership-category': 'membership-category',
  'api::topic.topic': 'topic',
  'api::author.author': 'author',
  // The settings have no page of their own; they show on every page, so the home page previews them.
  'api::site-setting.site-setting': 'site-setting',
} as const;

export type PreviewType = (typeof PREVIEWABLE_TYPES)[keyof typeof PREVIEWABLE_TYPES];
export type PreviewStatus = 'draft' | 'published';

/** What a link lets its holder see, and until when (milliseconds since the epoch). */
export interface PreviewClaims {
  type: PreviewType;
  /** Empty for the site settings, a single type with one document. */
  documentId: string;
  status: PreviewStatus;
  expires: number;
}

const SIGNATURE_VERSION = 'guildhall-preview-v1';
const MIN_SECRET_LENGTH = 32;
const previewTypes = new Set<string>(Object.values(PREVIEWABLE_TYPES));
const isPreviewType = (value: string): value is PreviewType => previewTypes.has(value);
const isPreviewStatus = (value: string): value is PreviewStatus => value === 'draft' || value === 'published';

/** The secret, checked; fails naming PREVIEW_SECRET when it is missing or too short to be safe. */
export function previewSecret(value: string | undefined): string {
  const secret = value?.trim() ?? '';
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `PREVIEW_SECRET must be set to at least ${MIN_SECRET_LENGTH} random characters, the same for the CMS ` +
        'and the preview server (e.g. `openssl rand -hex 32`).',
    );
  }
  return secret;
}

function signature(claims: PreviewClaims, secret: string): string {
  return createHmac('sha256', secret)
    .update(
      [SIGNATURE_VERSION, claims.type, claims.documentId, claims.status, String(claims.expires)].join('\n'),
    )
    .digest('base64url');
}

export interface PreviewLinkOptions {
  /** The preview server's public address, e.g. "https://preview.example.org". */
  previewUrl: string;
  secret: string;
  /** The Strapi UID of the entry's content type, e.g. "api::article.article". */
  uid: string;
  documentId: string | undefined;
  status: PreviewStatus;
  lifetimeMinutes?: number;
  now?: number;
}

/** A signed link to preview one version of one document, or null for a type without a page on the site. */
export function previewLink(options: PreviewLinkOptions): string | null {
  const type: PreviewType | undefined = PREVIEWABLE_TYPES[options.uid as keyof typeof PREVIEWABLE_TYPES];
  if (!type) return null;
  const documentId = options.documentId ?? '';
  if (!documentId && type !== 'site-setting') {
    throw new Error(`A preview link for ${options.uid} needs the entry's documentId.`);
  }
  const lifetimeMinutes = options.lifetimeMinutes ?? DEFAULT_PREVIEW_LINK_MINUTES;
  const claims: PreviewClaims = {
    type,
    documentId,
    status: options.status,
    expires: (options.now ?? Date.now()) + lifetimeMinutes * 60_000,
  };
  const url = new URL(PREVIEW_PATH, options.previewUrl);
  url.searchParams.set('type', claims.type);
  if (claims.documentId) url.searchParams.set('documentId', claims.documentId);
  url.searchParams.set('status', claims.status);
  url.searchParams.set('expires', String(claims.expires));
  url.searchParams.set('signature', signature(claims, options.secret));
  return url.href;
}

export type PreviewCheck =
  | { ok: true; claims: PreviewClaims }
  | { ok: false; reason: 'incomplete' | 'forged' | 'expired'; message: string };

const refused = (reason: 'incomplete' | 'forged' | 'expired', message: string): PreviewCheck => ({
  ok: false,
  reason,
  message,
});

/** Whether a request's query string is a genuine, unexpired preview link, and what it lets the holder see. */
export function checkPreviewLink(
  query: URLSearchParams,
  secret: string,
  now: number = Date.now(),
): PreviewCheck {
  const type = query.get('type') ?? '';
  const status = query.get('status') ?? '';
  const expiresText = query.get('expires') ?? '';
  const expires = Number(expiresText);
  const given = query.get('signature') ?? '';
  if (!isPreviewType(type) || !isPreviewStatus(status) || !/^\d{1,15}$/.test(expiresText) || !given) {
    return refused(
      'incomplete',
      'This preview link is incomplete. Open the preview again from the entry in the CMS.',
    );
  }
  const claims: PreviewClaims = { type, documentId: query.get('documentId') ?? '', status, expires };
  const expected = Buffer.from(signature(claims, secret));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    return refused(
      'forged',
      'This preview link is not valid. Open the preview again from the entry in the CMS.',
    );
  }
  if (expires <= now) {
    return refused(
      'expired',
      'This preview link has expired. Close the preview and open it again from the entry in the CMS.',
    );
  }
  return { ok: true, claims };
}
