import { describe, expect, it } from 'vitest';
import { ukDateTime, ukDateTimeShort } from './schedule';

describe('UK time for editors', () => {
  it('shows a winter time as it is in UTC, since the UK keeps GMT then', () => {
    expect(ukDateTime('2026-03-03T00:01:00Z')).toBe('00:01 on Tuesday 3 March 2026 (UK time)');
  });

  it('shows a summer time an hour ahead of UTC, since the UK keeps BST then', () => {
    expect(ukDateTime('2026-07-02T23:01:00Z')).toBe('00:01 on Friday 3 July 2026 (UK time)');
    expect(ukDateTimeShort(new Date('2026-07-02T23:01:00Z'))).toBe('00:01, Fri 3 Jul 2026');
  });

  it('follows the clocks changing on the last Sunday of March and of October', () => {
    expect(ukDateTime('2026-03-29T00:59:00Z')).toBe('00:59 on Sunday 29 March 2026 (UK time)');
    expect(ukDateTime('2026-03-29T01:00:00Z')).toBe('02:00 on Sunday 29 March 2026 (UK time)');
    expect(ukDateTime('2026-10-25T00:59:00Z')).toBe('01:59 on Sunday 25 October 2026 (UK time)');
    expect(ukDateTime('2026-10-25T01:00:00Z')).toBe('01:00 on Sunday 25 October 2026 (UK time)');
  });

  it('refuses something that is not a date, naming it', () => {
    expect(() => ukDateTime('next Tuesday')).toThrow('not a date and time: "next Tuesday"');
  });
});
