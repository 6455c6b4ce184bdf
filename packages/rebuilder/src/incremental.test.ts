import type { SitePlan } from 'site/renderer';
import { describe, expect, it } from 'vitest';
import { planDifference } from './incremental';

const plan = (outputs: Record<string, string>): SitePlan => ({ frame: 'frame-1', outputs });

describe('planDifference', () => {
  it('writes the outputs whose fingerprint changed and leaves the others alone', () => {
    const before = plan({ '/': 'home-1', '/news/a/': 'a-1', '/news/b/': 'b-1', '/rss.xml': 'rss-1' });
    const after = plan({ '/': 'home-2', '/news/a/': 'a-1', '/news/b/': 'b-1', '/rss.xml': 'rss-2' });
    expect(planDifference(before, after)).toEqual({ written: ['/', '/rss.xml'], removed: [] });
  });

  it('writes new outputs and removes the ones that are gone, as a renamed slug needs', () => {
    const before = plan({ '/': 'home-1', '/news/old-slug/': 'a-1', '/sitemap-0.xml': 'map-1' });
    const after = plan({ '/': 'home-2', '/news/new-slug/': 'a-2', '/sitemap-0.xml': 'map-2' });
    expect(planDifference(before, after)).toEqual({
      written: ['/', '/news/new-slug/', '/sitemap-0.xml'],
      removed: ['/news/old-slug/'],
    });
  });

  it('lists both in sorted order, whatever order the plans came in', () => {
    const before = plan({ '/z/': '1', '/m/': '1', '/b/': '1', '/y/': '1' });
    const after = plan({ '/x/': '2', '/a/': '2', '/m/': '2' });
    expect(planDifference(before, after)).toEqual({
      written: ['/a/', '/m/', '/x/'],
      removed: ['/b/', '/y/', '/z/'],
    });
  });

  it('finds nothing to do between equal plans', () => {
    const outputs = { '/': 'home-1', '/news/a/': 'a-1' };
    expect(planDifference(plan(outputs), plan({ ...outputs }))).toEqual({ written: [], removed: [] });
  });

  it('writes everything for a site that had no outputs, and removes everything for one that has none', () => {
    const full = plan({ '/news/a/': 'a-1', '/': 'home-1' });
    expect(planDifference(plan({}), full)).toEqual({ written: ['/', '/news/a/'], removed: [] });
    expect(planDifference(full, plan({}))).toEqual({ written: [], removed: ['/', '/news/a/'] });
  });

  it('leaves both plans as they were', () => {
    const before = plan({ '/b/': '1', '/a/': '1' });
    const after = plan({ '/c/': '2', '/a/': '2' });
    planDifference(before, after);
    expect(before).toEqual(plan({ '/b/': '1', '/a/': '1' }));
    expect(after).toEqual(plan({ '/c/': '2', '/a/': '2' }));
  });
});
