import { linkSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { replaceFile } from './files';

describe('replacing a file', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a body given in pieces as one file, leaving a hard link to the old file as it was', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'replace-file-'));
    const file = path.join(dir, 'content.json');
    const shared = path.join(dir, 'shared.json');
    writeFileSync(file, 'old');
    linkSync(file, shared);
    await replaceFile(
      file,
      ['{"a":', '[1,', '2]}'].map((piece) => Buffer.from(piece)),
    );
    expect(readFileSync(file, 'utf8')).toBe('{"a":[1,2]}');
    expect(readFileSync(shared, 'utf8')).toBe('old');
  });
});
