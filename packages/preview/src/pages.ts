// The preview server's own pages: what an editor sees instead of a preview, in plain
// words, with what to do next. Self-contained (no site stylesheet), so they show even
// when the site's build cannot be loaded.

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export interface NoticePage {
  title: string;
  paragraphs: string[];
  /** One line per problem, e.g. each field of a draft that breaks the site's rules. */
  problems?: string[];
  /** The reload script and the admin origin, so the page reloads itself after the editor saves a fix. */
  reload?: { script: string; adminOrigin: string };
  /** Reload by itself after this many seconds (the site is still being built). */
  refreshSeconds?: number;
}

export function noticePage(page: NoticePage): string {
  const problems = page.problems?.length
    ? `<ul>${page.problems.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`
    : '';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
${page.refreshSeconds ? `<meta http-equiv="refresh" content="${page.refreshSeconds}">` : ''}
<title>${escapeHtml(page.title)} — Preview</title>
<style>body{font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}h1{font-size:1.75rem;line-height:1.25}li{margin:.5rem 0}</style>
</head>
<body>
<main>
<h1>${escapeHtml(page.title)}</h1>
${page.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n')}
${problems}
</main>
${page.reload ? `<script src="${escapeHtml(page.reload.script)}" data-admin-origin="${escapeHtml(page.reload.adminOrigin)}" defer></script>` : ''}
</body>
</html>
`;
}

/**
 * Keeps a preview current. Strapi's Preview posts `{ type: 'strapiUpdate' }` to the frame
 * after a save made from the preview screen; saves made anywhere else (the edit view,
 * another tab, another editor) show too, because the page asks every few seconds,
 * with If-None-Match, whether it would now look different, and reloads when it would.
 */
export const RELOAD_SCRIPT = `(() => {
  const adminOrigin = document.currentScript && document.currentScript.dataset.adminOrigin;
  const CHECK_EVERY_MS = 3000;
  const reload = () => window.location.reload();
  window.addEventListener('message', (event) => {
    if (!adminOrigin || event.origin !== adminOrigin) return;
    if (event.data && event.data.type === 'strapiUpdate') reload();
  });
  let shown = null;
  const check = async () => {
    if (!document.hidden) {
      try {
        const response = await fetch(window.location.href, {
          cache: 'no-store',
          headers: shown ? { 'If-None-Match': shown } : {},
        });
        if (response.status !== 304) {
          const tag = response.headers.get('ETag');
          if (shown && tag !== shown) return reload();
          shown = tag;
        }
      } catch {
        // The preview server is restarting or the network dropped: ask again later.
      }
    }
    setTimeout(check, CHECK_EVERY_MS);
  };
  check();
})();
`;
