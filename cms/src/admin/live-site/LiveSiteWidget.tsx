import { useEffect, useState } from 'react';
import { describeStatus, type RebuildStatus, type Tone } from './status';

export const liveSiteUrl = (process.env.STRAPI_ADMIN_LIVE_SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '');

const POLL_MS = 3000;

const toneColours: Record<Tone, string> = { good: '#328048', busy: '#4945ff', bad: '#d02b20' };

/** Home page widget: what visitors see right now, and whether the last publish made it. */
export function LiveSiteWidget() {
  const [status, setStatus] = useState<RebuildStatus | null>(null);
  const [unreachable, setUnreachable] = useState(false);

  useEffect(() => {
    let cancelled = false;
    const poll = async () => {
      try {
        const response = await fetch(`${liveSiteUrl}/status`, { cache: 'no-store' });
        if (!response.ok) throw new Error(String(response.status));
        const next = (await response.json()) as RebuildStatus;
        if (!cancelled) {
          setStatus(next);
          setUnreachable(false);
        }
      } catch {
        if (!cancelled) setUnreachable(true);
      }
    };
    void poll();
    const timer = setInterval(poll, POLL_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, []);

  if (unreachable) {
    return <p role="status">The rebuild service at {liveSiteUrl} is not answering, so publishing will not reach the site.</p>;
  }
  if (!status) return <p role="status">Checking the live site…</p>;

  const { tone, headline, detail } = describeStatus(status);
  return (
    <div role="status" data-testid="live-site-status" data-state={status.state}>
      <p style={{ color: toneColours[tone], fontWeight: 600, marginBottom: 8 }}>{headline}</p>
      {detail && <p style={{ whiteSpace: 'pre-wrap', fontSize: 13 }}>{detail}</p>}
      <p style={{ marginTop: 8 }}>
        <a href={liveSiteUrl} target="_blank" rel="noreferrer">
          Open the live site
        </a>
      </p>
    </div>
  );
}
