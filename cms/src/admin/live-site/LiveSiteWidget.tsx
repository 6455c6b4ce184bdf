import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import type { LiveSiteStatus } from '../../api/live-site/live-site-status';
import { describeStatus, type Tone } from './status';

const POLL_MS = 3000;

const toneColours: Record<Tone, string> = { good: '#328048', busy: '#4945ff', bad: '#d02b20' };

/** Home page widget: what visitors see right now, and whether the last publish made it. */
export function LiveSiteWidget() {
  const [status, setStatus] = useState<LiveSiteStatus | null>(null);
  // The admin's own session: the status is an admin route, refused to anyone not signed in.
  const { get } = useFetchClient();

  useEffect(() => {
    let cancelled = false;
    const poll = async () => {
      try {
        const { data } = await get<LiveSiteStatus>('/live-site/status');
        if (!cancelled) setStatus(data);
      } catch (error) {
        if (!cancelled) setStatus({ reachable: false, liveSiteUrl: '', reason: String(error) });
      }
    };
    void poll();
    const timer = setInterval(poll, POLL_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [get]);

  if (!status) return <p role="status">Checking the live site…</p>;

  const { tone, headline, detail } = describeStatus(status);
  return (
    <div
      role="status"
      data-testid="live-site-status"
      data-state={status.reachable ? status.state : 'unreachable'}
    >
      <p style={{ color: toneColours[tone], fontWeight: 600, marginBottom: 8 }}>{headline}</p>
      {detail && <p style={{ whiteSpace: 'pre-wrap', fontSize: 13 }}>{detail}</p>}
      {status.liveSiteUrl && (
        <p style={{ marginTop: 8 }}>
          <a href={status.liveSiteUrl} target="_blank" rel="noreferrer">
            Open the live site
          </a>
        </p>
      )}
    </div>
  );
}
