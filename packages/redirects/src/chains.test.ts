import { describe, expect, it } from 'vitest';
import { planMove, planRedirect, type StoredRedirect } from './chains';

const redirect = (id: string, from: string, to: string): StoredRedirect => ({ id, from, to });

describe('planRedirect', () => {
  it('points existing redirects to the old address on to the new destination (A→B then B→C gives A→C)', () => {
    const plan = planRedirect([redirect('1', '/a/', '/b/')], { from: '/b/', to: '/c/' });
    expect(plan).toEqual({ to: '/c/', retarget: [{ id: '1', to: '/c/' }] });
  });

  it('sends a new redirect straight to the end of the chain its destination starts', () => {
    const existing = [redirect('1', '/b/', '/c/'), redirect('2', '/c/', 'https://example.org/d')];
    expect(planRedirect(existing, { from: '/a/', to: '/b/' }).to).toBe('https://example.org/d');
  });

  it('refuses a loop, naming every address on it', () => {
    const existing = [redirect('1', '/b/', '/c/'), redirect('2', '/c/', '/a/')];
    expect(() => planRedirect(existing, { from: '/a/', to: '/b/' })).toThrow(
      'This redirect would make a loop (/a/ → /b/ → /c/ → /a/)',
    );
  });

  it('refuses a redirect to its own address', () => {
    expect(() => planRedirect([], { from: '/a/', to: '/a/#top' })).toThrow('same address as "From"');
  });

  it('refuses a second redirect from the same address, naming the first', () => {
    expect(() => planRedirect([redirect('1', '/a/', '/b/')], { from: '/a/', to: '/c/' })).toThrow(
      'already a redirect from /a/ (to /b/)',
    );
  });

  it('lets a redirect be edited without clashing with itself', () => {
    const plan = planRedirect([redirect('1', '/a/', '/b/')], { id: '1', from: '/a/', to: '/c/' });
    expect(plan).toEqual({ to: '/c/', retarget: [] });
  });

  it('does not follow a web address elsewhere', () => {
    const existing = [redirect('1', '/x/', '/y/')];
    expect(planRedirect(existing, { from: '/a/', to: 'https://example.org/x/' }).to).toBe(
      'https://example.org/x/',
    );
  });
});

describe('planMove', () => {
  /** A move as the CMS records it: planMove's changes, then the redirect saved like any other. */
  function move(existing: StoredRedirect[], from: string, to: string) {
    const { id, remove } = planMove(existing, from, to);
    const rest = existing.filter((redirect) => !remove.includes(redirect.id));
    return { id, remove, ...planRedirect(rest, { id, from, to }) };
  }

  it('records old → new and points the redirect into the old address on (A→B, then B→C)', () => {
    const plan = move([redirect('1', '/news/first/', '/news/second/')], '/news/second/', '/news/third/');
    expect(plan).toEqual({
      id: undefined,
      remove: [],
      to: '/news/third/',
      retarget: [{ id: '1', to: '/news/third/' }],
    });
  });

  it('removes the redirect away from an address a page moves back to, instead of making a loop', () => {
    const plan = move([redirect('1', '/news/first/', '/news/second/')], '/news/second/', '/news/first/');
    expect(plan).toEqual({ id: undefined, remove: ['1'], to: '/news/first/', retarget: [] });
  });

  it('updates a redirect that already starts at the old address', () => {
    const plan = move([redirect('7', '/news/old/', '/somewhere/')], '/news/old/', '/news/new/');
    expect(plan).toEqual({ id: '7', remove: [], to: '/news/new/', retarget: [] });
  });
});
