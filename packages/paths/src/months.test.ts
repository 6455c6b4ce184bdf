import { describe, expect, it } from 'vitest';
import { monthOf, paths } from './index';

describe('month archives', () => {
  it('files an entry under the month of its first-published date', () => {
    expect(monthOf('2024-05-31')).toEqual({ year: '2024', month: '05' });
    expect(paths.month(paths.news, monthOf('2019-03-01'))).toBe('/news/2019/03/');
  });
});
