import { describe, expect, it } from 'vitest';
import { classifyLink, isWebAddress } from './links';

describe('the link policy for rich text', () => {
  const site = 'https://www.nusl.example';

  it('calls links to other hosts external and links to the site internal', () => {
    expect(classifyLink('https://www.gov.uk/x', site)).toBe('external');
    expect(classifyLink('https://www.nusl.example/join/', site)).toBe('internal');
    expect(classifyLink('https://www.nusl.example/join/')).toBe('external');
    expect(classifyLink('//cdn.example/x', site)).toBe('external');
  });

  it('accepts pages on the site, e-mail and phone links', () => {
    for (const url of ['/news/', '#section', '?q=x', './a', '../b', 'membership/']) {
      expect(classifyLink(url, site)).toBe('internal');
    }
    expect(classifyLink('mailto:a@b.example')).toBe('contact');
    expect(classifyLink('tel:+442079460000')).toBe('contact');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,x',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '',
  ])('refuses %j', (url) => {
    expect(classifyLink(url, site)).toBeNull();
  });
});

describe('web-address fields', () => {
  it('accepts full http(s) addresses with a real host and pages on this site', () => {
    expect(isWebAddress('https://www.example.org/join')).toBe(true);
    expect(isWebAddress(' http://example.org ')).toBe(true);
    expect(isWebAddress('/membership/headteachers/')).toBe(true);
  });

  it('refuses what a visitor could not open', () => {
    for (const value of ['www.example', 'https://localhost', '//example.org', 'mailto:a@b.example', 'join'])
      expect(isWebAddress(value)).toBe(false);
  });
});
