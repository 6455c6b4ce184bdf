import { describe, expect, it } from 'vitest';
import { fullBuildReason, PendingChanges, REDIRECTS_CHANGED_EVENT } from './changes';
import type { WebhookEvent } from './webhook';

const event = (fields: Partial<WebhookEvent>): WebhookEvent => ({
  event: 'entry.publish',
  model: 'article',
  documentId: 'doc-1',
  receivedAt: '2026-12-01T12:00:00.000Z',
  ...fields,
});

describe('fullBuildReason', () => {
  it.each(['entry.publish', 'entry.unpublish', 'entry.delete', 'entry.update', 'entry.create'])(
    'lets a %s of an article be redrawn page by page',
    (name) => {
      expect(fullBuildReason(event({ event: name, model: 'article' }))).toBeNull();
    },
  );

  it('lets a campaign briefing that names its document be redrawn page by page', () => {
    expect(fullBuildReason(event({ model: 'campaign-briefing', documentId: 'brief-7' }))).toBeNull();
  });

  it('asks for a full build for a media event, naming the event', () => {
    expect(fullBuildReason(event({ event: 'media.update', model: null, documentId: null }))).toBe(
      'a media.update event',
    );
  });

  it('asks for a full build for an event that is not about entries, even on an article', () => {
    expect(fullBuildReason(event({ event: 'review-workflows.updateEntryStage' }))).toBe(
      'a review-workflows.updateEntryStage event',
    );
  });

  it.each([
    ['site-setting', 'a change to a site-setting'],
    ['topic', 'a change to a topic'],
    ['author', 'a change to an author'],
  ])('asks for a full build when a %s changes, naming the model', (model, reason) => {
    expect(fullBuildReason(event({ model }))).toBe(reason);
  });

  it('asks for a full build for an entry event that names no model', () => {
    expect(fullBuildReason(event({ model: null }))).toBe('a change to an unnamed model');
  });

  it('asks for a full build for an article event that names no entry', () => {
    expect(fullBuildReason(event({ event: 'entry.unpublish', documentId: null }))).toBe(
      'an entry.unpublish event that names no entry',
    );
  });

  it('lets a change to the redirects be redrawn page by page, though it names no entry', () => {
    expect(
      fullBuildReason(event({ event: REDIRECTS_CHANGED_EVENT, model: 'redirect', documentId: null })),
    ).toBeNull();
  });

  it('lets a deleted redirect be redrawn page by page', () => {
    expect(
      fullBuildReason(event({ event: 'entry.delete', model: 'redirect', documentId: 'r-1' })),
    ).toBeNull();
  });

  it.each([null, ''])('asks for a full build for an event without a name (%j)', (name) => {
    expect(fullBuildReason(event({ event: name }))).toBe('an unnamed event');
  });
});

describe('PendingChanges', () => {
  it('hands over nothing to do when no event came', () => {
    expect(new PendingChanges().take()).toEqual({ fullBuild: null, entries: [], redirects: false });
  });

  it('lists each changed entry once, however many events named it', () => {
    const changes = new PendingChanges();
    changes.add(event({ event: 'entry.update', documentId: 'a' }));
    changes.add(event({ event: 'entry.publish', documentId: 'a' }));
    changes.add(event({ event: 'entry.publish', documentId: 'b' }));
    changes.add(event({ event: 'entry.publish', model: 'campaign-briefing', documentId: 'a' }));
    expect(changes.take()).toEqual({
      fullBuild: null,
      entries: [
        { model: 'article', documentId: 'a' },
        { model: 'article', documentId: 'b' },
        { model: 'campaign-briefing', documentId: 'a' },
      ],
      redirects: false,
    });
  });

  it('asks to read the redirects again when the CMS says they changed, besides the entries', () => {
    const changes = new PendingChanges();
    changes.add(event({ documentId: 'a' }));
    changes.add(event({ event: REDIRECTS_CHANGED_EVENT, model: 'redirect', documentId: null }));
    changes.add(event({ event: 'entry.delete', model: 'redirect', documentId: 'r-1' }));
    expect(changes.take()).toEqual({
      fullBuild: null,
      entries: [{ model: 'article', documentId: 'a' }],
      redirects: true,
    });
  });

  it('asks for a full build with the reason of the first event that needs one', () => {
    const changes = new PendingChanges();
    changes.add(event({ documentId: 'a' }));
    changes.add(event({ event: 'media.create', model: null, documentId: null }));
    changes.add(event({ model: 'site-setting' }));
    changes.requireFullBuild('the scheduled full build');
    const work = changes.take();
    expect(work.fullBuild).toBe('a media.create event');
    expect(work.entries).toEqual([{ model: 'article', documentId: 'a' }]);
  });

  it('keeps the first reason given directly over a later event', () => {
    const changes = new PendingChanges();
    changes.requireFullBuild('the service started');
    changes.add(event({ model: 'topic' }));
    expect(changes.take().fullBuild).toBe('the service started');
  });

  it('is empty after a round took its changes, so the next round starts afresh', () => {
    const changes = new PendingChanges();
    changes.add(event({ documentId: 'a' }));
    changes.add(event({ model: 'topic' }));
    changes.add(event({ event: REDIRECTS_CHANGED_EVENT, model: 'redirect', documentId: null }));
    changes.take();
    expect(changes.take()).toEqual({ fullBuild: null, entries: [], redirects: false });

    changes.add(event({ documentId: 'b' }));
    changes.add(event({ model: 'author' }));
    expect(changes.take()).toEqual({
      fullBuild: 'a change to an author',
      entries: [{ model: 'article', documentId: 'b' }],
      redirects: false,
    });
  });
});
