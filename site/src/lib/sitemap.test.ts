import { describe, expect, it } from 'vitest';
import { locOf } from './sitemap';

describe('a page address in the sitemap', () => {
  const site = new URL('https://www.nusl.example/');

  it('is the site origin followed by a plain path', () => {
    expect(locOf('/news/pay-award-2024/', site)).toBe('https://www.nusl.example/news/pay-award-2024/');
    expect(locOf('/', site)).toBe('https://www.nusl.example/');
    expect(locOf('/news/v1.2~draft_notes', site)).toBe('https://www.nusl.example/news/v1.2~draft_notes');
  });

  it('is resolved as a browser would when the path has dot segments, other characters or no host of its own', () => {
    expect(locOf('/news/../campaigns/', site)).toBe('https://www.nusl.example/campaigns/');
    expect(locOf('/news/./pay/', site)).toBe('https://www.nusl.example/news/pay/');
    expect(locOf('/news/café/', site)).toBe('https://www.nusl.example/news/caf%C3%A9/');
    expect(locOf('//elsewhere.example/news/', site)).toBe('https://elsewhere.example/news/');
  });

  it('is escaped for XML', () => {
    expect(locOf('/news/pay&conditions/', site)).toBe('https://www.nusl.example/news/pay&#38;conditions/');
    expect(locOf("/news/heads'-pay/", site)).toBe('https://www.nusl.example/news/heads&#39;-pay/');
  });

  it('starts at the origin even when the site address has a path', () => {
    expect(locOf('/news/pay/', new URL('https://www.nusl.example/members/'))).toBe(
      'https://www.nusl.example/news/pay/',
    );
  });
});
