import { describe, expect, it } from 'vitest';
import { canonicalPath, normaliseFrom, normaliseTo, RedirectRuleError } from './normalise';

describe('normaliseFrom', () => {
  it('adds the trailing slash, lowers the case and collapses repeated slashes', () => {
    expect(normaliseFrom('  /News//Pay-Award ')).toBe('/news/pay-award/');
  });

  it('leaves a path that names a file without a slash', () => {
    expect(normaliseFrom('/Old-Site/About.HTML')).toBe('/old-site/about.html');
  });

  it('writes non-ASCII characters and escapes the same way', () => {
    expect(normaliseFrom('/news/café')).toBe(normaliseFrom('/news/caf%C3%A9/'));
  });

  it.each([
    ['', 'From is empty'],
    ['news/old/', 'start it with one /'],
    ['//evil.example/', 'start it with one /'],
    ['https://www.example.org/news/old/', 'full web address'],
    ['/news/old/?page=2', 'query (?) or a fragment (#)'],
    ['/news/old title/', 'contains a space'],
    ['/news/../admin/', 'contains ".."'],
    ['/news/100%/', 'valid escape'],
  ])('refuses %j, saying why', (input, reason) => {
    expect(() => normaliseFrom(input)).toThrow(RedirectRuleError);
    expect(() => normaliseFrom(input)).toThrow(reason);
  });
});

describe('normaliseTo', () => {
  it('makes a path on this site canonical and keeps its query and fragment', () => {
    expect(normaliseTo('/Membership/Headteachers#join')).toBe('/membership/headteachers/#join');
  });

  it('keeps a web address as typed', () => {
    expect(normaliseTo(' https://www.gov.uk/Guidance ')).toBe('https://www.gov.uk/Guidance');
  });

  it.each([
    ['', 'To is empty'],
    ['news/new/', 'neither a path on this site'],
    ['ftp://files.example.org/', 'neither a path on this site'],
    ['https://exa mple.org/', 'not a valid web address'],
  ])('refuses %j, saying why', (input, reason) => {
    expect(() => normaliseTo(input)).toThrow(reason);
  });
});

describe('canonicalPath', () => {
  it('gives a request path the same form as a stored one', () => {
    expect(canonicalPath('/NEWS/Old-Title')).toBe(normaliseFrom('/news/old-title/'));
  });

  it('is null for a path that cannot be decoded', () => {
    expect(canonicalPath('/%E0%A4%A')).toBeNull();
  });
});
