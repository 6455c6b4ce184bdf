// Stands in for the site build in the rebuild service's own tests. Driven by a
// JSON file (FAKE_BUILD_CONTROL) the test rewrites between builds:
// { version, pages, delayMs, fail: false | "exit" | "kill" | "hang" }.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const control = JSON.parse(readFileSync(process.env.FAKE_BUILD_CONTROL, 'utf8'));
const out = process.env.SITE_OUT_DIR;
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

console.log(`fake build of version ${control.version}`);
await wait(control.delayMs ?? 0);
if (control.fail === 'exit') {
  console.error('Error: the CMS refused the token');
  process.exit(1);
}
if (control.fail === 'kill') process.kill(process.pid, 'SIGKILL');
if (control.fail === 'hang') await wait(60_000);

mkdirSync(path.join(out, '_astro'), { recursive: true });
const page = (title) =>
  `<!doctype html><html lang="en-GB"><head><title>${title}</title></head><body><h1>${title}</h1>${'<p>padding</p>'.repeat(2000)}</body></html>\n`;
if (control.pages > 0) {
  writeFileSync(path.join(out, 'index.html'), page(`Home v${control.version}`));
  writeFileSync(path.join(out, '404.html'), page('Not found'));
}
writeFileSync(path.join(out, '_astro', 'site.abc123.css'), 'body{color:#111}');
for (let index = 1; index < control.pages - 1; index += 1) {
  mkdirSync(path.join(out, 'news', `item-${index}`), { recursive: true });
  writeFileSync(
    path.join(out, 'news', `item-${index}`, 'index.html'),
    page(`Item ${index} v${control.version}`),
  );
}
