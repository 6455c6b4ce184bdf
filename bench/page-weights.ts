import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  page: string;
  htmlCssBytes: number;
  htmlCssGzipBytes: number;
  jsBytes: number;
}

const read = (root: string, urlPath: string) => {
  const file = path.join(root, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  return existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
};

/** What a visitor downloads for one page: its HTML, its stylesheets and any script. */
export function pageWeight(root: string, urlPath: string): PageWeight {
  const html = read(root, urlPath);
  const text = html.toString('utf8');
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) =>
    read(root, match[1] ?? ''),
  );
  const linkedJs = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map(
    (match) => read(root, match[1] ?? '').length,
  );
  const inlineJs = [
    ...text.matchAll(/<script(?![^>]*(?:src=|application\/ld\+json))[^>]*>([\s\S]*?)<\/script>/g),
  ].map((match) => Buffer.byteLength(match[1] ?? ''));
  const htmlCss = Buffer.concat([html, ...css]);
  return {
    page: urlPath,
    htmlCssBytes: htmlCss.length,
    htmlCssGzipBytes: gzipSync(html).length + css.reduce((sum, file) => sum + gzipSync(file).length, 0),
    jsBytes: [...linkedJs, ...inlineJs].reduce((sum, bytes) => sum + bytes, 0),
  };
}
