import { describe, expect, it } from 'vitest';
import { parseRedirectsFile, redirectsFile } from './file';

describe('the _redirects file', () => {
  it('writes one line per redirect with 301 for permanent and 302 for temporary', () => {
    const text = redirectsFile([
      { from: '/news/old/', to: '/news/new/', permanent: true },
      { from: '/join/', to: 'https://join.example.org/?from=site', permanent: false },
    ]);
    expect(text.split('\n').slice(1)).toEqual([
      '/news/old/ /news/new/ 301',
      '/join/ https://join.example.org/?from=site 302',
      '',
    ]);
  });

  it('reads back what it writes, skipping comments and blank lines', () => {
    const text = redirectsFile([{ from: '/a/', to: '/b/', permanent: true }]);
    expect([...parseRedirectsFile(`${text}\n\n# note\n`, '_redirects')]).toEqual([
      ['/a/', { to: '/b/', status: 301 }],
    ]);
  });

  it('keeps the first rule for a path, as hosts do', () => {
    const rules = parseRedirectsFile('/a/ /b/ 301\n/a/ /c/ 302\n', '_redirects');
    expect(rules.get('/a/')).toEqual({ to: '/b/', status: 301 });
  });

  it.each([
    ['/a/\n', 'line 1: expected "<from path> <to> <status>"'],
    ['# fine\n/a/ /b/ 200\n', 'line 2: the status "200" is not 301 or 302'],
    ['/a/ /b/ 301 force\n', 'line 1: unexpected "force" after the status'],
    ['a/ /b/ 301\n', 'line 1: expected'],
  ])('fails on %j, naming the file and line', (text, problem) => {
    expect(() => parseRedirectsFile(text, 'live/client/_redirects')).toThrow(
      `live/client/_redirects, ${problem}`,
    );
  });
});
