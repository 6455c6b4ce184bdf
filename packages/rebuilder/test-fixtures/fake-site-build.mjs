// Stands in for the site build in the rebuild service's tests (and for trying the
// service without a CMS). Writes a small site into SITE_OUT_DIR/client, where the real
// build puts its public files:
//   index.html, 404.html, news/item-<n>/index.html × pages, _astro/app.abc123.css
//
// Driven by env, each overridable by a JSON file the test rewrites between builds
// (FAKE_BUILD_CONTROL, read when the build starts, as a real build reads the CMS):
//   FAKE_VERSION   / version   content version shown on every page ("Home v3")  [1]
//   FAKE_PAGES     / pages     article pages besides index.html and 404.html     [3]
//   FAKE_DELAY_MS  / delayMs   how long the "build" takes                         [0]
//   FAKE_FAIL      / fail      "exit" (exit 1), "kill" (SIGKILL itself), "hang"
//                              (never ends; its child process too), "empty" (no
//                              .html at all), "no-index" (no index.html)
//   FAKE_PID_FILE  / pidFile   where "hang" writes the pid of its child process
//   (file only)      holdUntil once its files are written, creates <holdUntil>.held
//                              and waits for <holdUntil> to exist before ending,
//                              so a test can act mid-build
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const fromFile = process.env.FAKE_BUILD_CONTROL
  ? JSON.parse(readFileSync(process.env.FAKE_BUILD_CONTROL, 'utf8'))
  : {};
const settings = {
  version: Number(process.env.FAKE_VERSION ?? 1),
  pages: Number(process.env.FAKE_PAGES ?? 3),
  delayMs: Number(process.env.FAKE_DELAY_MS ?? 0),
  fail: process.env.FAKE_FAIL ?? null,
  pidFile: process.env.FAKE_PID_FILE ?? null,
  ...fromFile,
};
const out = process.env.SITE_OUT_DIR;
if (!out) {
  console.error('Error: SITE_OUT_DIR is not set');
  process.exit(2);
}
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

console.log(`fake build: version ${settings.version}, ${settings.pages} pages, into ${out}`);
await wait(settings.delayMs);

if (settings.fail === 'exit') {
  for (let line = 1; line <= 300; line += 1) console.log(`building page ${line}`);
  console.error('Error: the CMS refused the token');
  console.error(' ELIFECYCLE  Command failed with exit code 1.');
  process.exit(1);
}
if (settings.fail === 'kill') {
  console.log('about to crash');
  process.kill(process.pid, 'SIGKILL');
}
if (settings.fail === 'hang') {
  // A grandchild in the same process group: a timeout must kill it too.
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  if (settings.pidFile) writeFileSync(settings.pidFile, String(child.pid));
  console.log('hanging');
  await new Promise(() => setInterval(() => undefined, 1000));
}

const page = (title) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<link rel="stylesheet" href="/_astro/app.abc123.css"></head>\n<body><h1>${title}</h1>\n` +
  // Some weight, so a cut-off response would show.
  `${'<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n'.repeat(800)}</body></html>\n`;
const write = (relative, content) => {
  const file = path.join(out, 'client', relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
};

write('_astro/app.abc123.css', 'body { color: #111; }\n');
write('robots.txt', 'User-agent: *\nAllow: /\n');
if (settings.fail !== 'empty') {
  if (settings.fail !== 'no-index') write('index.html', page(`Home v${settings.version}`));
  write('404.html', page('Page not found'));
  for (let item = 1; item <= settings.pages; item += 1)
    write(`news/item-${item}/index.html`, page(`Item ${item} v${settings.version}`));
}
if (settings.holdUntil) {
  console.log(`fake build: files written, holding until ${settings.holdUntil} exists`);
  writeFileSync(`${settings.holdUntil}.held`, '');
  while (!existsSync(settings.holdUntil)) await wait(20);
}
console.log('fake build: done');
