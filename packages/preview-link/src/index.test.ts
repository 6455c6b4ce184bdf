import { describe, expect, it } from 'vitest';
import { checkPreviewLink, PREVIEW_PATH, previewLink, previewSecret, type PreviewLinkOptions } from './index';

const SECRET = 'a-preview-secret-of-more-than-32-characters';
const NOW = Date.parse('2026-12-01T10:00:00Z');

const link = (overrides: Partial<PreviewLinkOptions> = {}) => {
  const href = previewLink({
    previewUrl: 'http://localhost:4323',
    secret: SECRET,
    uid: 'api::article.article',
    documentId: 'doc-a',
    status: 'draft',
    now: NOW,
    ...overrides,
  });
  if (!href) throw new Error('expected a link');
  return new URL(href);
};

const check = (url: URL, now = NOW + 1000, secret = SECRET) =>
  checkPreviewLink(url.searchParams, secret, now);

describe('preview links', () => {
  it('accepts a link it made and says what it shows', () => {
    const url = link();
    expect(url.pathname).toBe(PREVIEW_PATH);
    expect(check(url)).toEqual({
      ok: true,
      claims: { type: 'article', documentId: 'doc-a', status: 'draft', expires: NOW + 60 * 60_000 },
    });
  });

  it('never carries the secret itself', () => {
    expect(link().href).not.toContain(SECRET);
  });

  it('refuses a link signed with another secret', () => {
    const url = link({ secret: 'another-secret-that-is-also-long-enough!!' });
    expect(check(url)).toMatchObject({ ok: false, reason: 'forged' });
  });

  it('refuses a link once it has expired, and accepts it until then', () => {
    const url = link({ lifetimeMinutes: 5 });
    expect(check(url, NOW + 5 * 60_000 - 1).ok).toBe(true);
    expect(check(url, NOW + 5 * 60_000)).toMatchObject({ ok: false, reason: 'expired', message: /expired/ });
  });

  it('refuses a link for one document used for another', () => {
    const url = link();
    url.searchParams.set('documentId', 'doc-b');
    expect(check(url)).toMatchObject({ ok: false, reason: 'forged' });
  });

  it('refuses a link for one type used for another', () => {
    const url = link();
    url.searchParams.set('type', 'campaign-briefing');
    expect(check(url)).toMatchObject({ ok: false, reason: 'forged' });
  });

  it('refuses a link to the published version turned into one for the draft', () => {
    const url = link({ status: 'published' });
    url.searchParams.set('status', 'draft');
    expect(check(url)).toMatchObject({ ok: false, reason: 'forged' });
  });

  it('refuses a link whose expiry was pushed back', () => {
    const url = link({ lifetimeMinutes: 5 });
    url.searchParams.set('expires', String(NOW + 24 * 60 * 60_000));
    expect(check(url, NOW + 10 * 60_000)).toMatchObject({ ok: false, reason: 'forged' });
  });

  it('refuses a link with a part missing or an unknown type or status', () => {
    for (const part of ['type', 'status', 'expires', 'signature']) {
      const url = link();
      url.searchParams.delete(part);
      expect(check(url)).toMatchObject({ ok: false, reason: 'incomplete' });
    }
    const unknown = link();
    unknown.searchParams.set('type', 'redirect');
    expect(check(unknown)).toMatchObject({ ok: false, reason: 'incomplete' });
    const modified = link();
    modified.searchParams.set('status', 'modified');
    expect(check(modified)).toMatchObject({ ok: false, reason: 'incomplete' });
  });

  it('has no link for a type without a page, and previews the site settings on the home page', () => {
    expect(
      previewLink({
        previewUrl: 'http://p',
        secret: SECRET,
        uid: 'plugin::upload.file',
        documentId: 'x',
        status: 'draft',
      }),
    ).toBeNull();
    const settings = link({ uid: 'api::site-setting.site-setting', documentId: undefined });
    expect(check(settings)).toMatchObject({ ok: true, claims: { type: 'site-setting', documentId: '' } });
  });

  it('needs a documentId for a collection type', () => {
    expect(() => link({ documentId: undefined })).toThrow(/documentId/);
  });

  it('refuses to work with a missing or short secret, naming the variable', () => {
    expect(() => previewSecret(undefined)).toThrow(/PREVIEW_SECRET/);
    expect(() => previewSecret('short')).toThrow(/at least 32/);
    expect(previewSecret(` ${SECRET} `)).toBe(SECRET);
  });
});
