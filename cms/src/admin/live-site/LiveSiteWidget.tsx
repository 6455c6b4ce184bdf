import { useEffect, useState } from 'react';
import { describeStatus, type LiveSiteStatus, type Tone } from './status';

const POLL_MS = 3000;

const toneColours: Record<Tone, string> = { good: '#328048', busy: '#4945ff', bad: '#d02b20' };

/** Home page widget: what visitors see right now, and whether the last publish made it. */
export function LiveSiteWidget() {
  const [status, setStatus] = useState<LiveSiteStatus | null>(null);

  useEffect(() => {
    let cancelled = false;
    const poll = async () => {
      try {
        const response = await fetch('/api/live-site/status', { cache: 'no-store' });
        const next = (await response.json()) as LiveSiteStatus;
        if (!cancelled) setStatus(next);
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
  }, []);

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
