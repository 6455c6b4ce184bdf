import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@guildhall/launch/cms-build';

const hasDockerCompose = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0;

function composeConfig(envText: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'guildhall-compose-'));
  copyFileSync(path.join(repoRoot, 'docker-compose.yml'), path.join(dir, 'docker-compose.yml'));
  writeFileSync(path.join(dir, 'deploy.env'), envText);
  return spawnSync('docker-compose', ['--env-file', 'deploy.env', 'config'], { cwd: dir, encoding: 'utf8' });
}

describe.skipIf(!hasDockerCompose)('the docker-compose deployment', () => {
  it('is valid with every variable from .env.example set', () => {
    const env = readFileSync(path.join(repoRoot, '.env.example'), 'utf8');
    const result = composeConfig(env);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('condition: service_healthy');
  });

  it('refuses to start without its secrets, naming the missing one', () => {
    const result = composeConfig('');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/set POSTGRES_PASSWORD|set APP_KEYS|set CMS_SITE_TOKEN/);
  });

  it('takes every secret from the environment as a required variable', () => {
    const compose = readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8');
    const secretKeys =
      /^\s+((?:POSTGRES|DATABASE)_PASSWORD|APP_KEYS|\w*(?:SALT|SECRET|ENCRYPTION_KEY)|CMS_(?:SITE|PREVIEW|API)_TOKEN): (.*)$/gm;
    const assignments = [...compose.matchAll(secretKeys)];
    expect(assignments.length).toBeGreaterThanOrEqual(10);
    for (const [, key, value] of assignments) expect(value, key).toMatch(/^\$\{\w+:\?/);
  });
});
