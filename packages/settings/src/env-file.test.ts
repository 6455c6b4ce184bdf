import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEnvFile } from './env-file';

describe('reading a .env file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'guildhall-env-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads KEY=value lines, dropping quotes and comments and keeping values with = in them', () => {
    const file = path.join(dir, '.env');
    writeFileSync(file, '# a comment\nAPP_KEYS=a==,b==\nQUOTED="hello world"\n  SPACED = value \nEMPTY=\n');
    expect(readEnvFile(file)).toEqual({
      APP_KEYS: 'a==,b==',
      QUOTED: 'hello world',
      SPACED: 'value',
      EMPTY: '',
    });
  });

  it('treats a missing file as no variables', () => {
    expect(readEnvFile(path.join(dir, 'missing.env'))).toEqual({});
  });
});
