import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

/**
 * The variables in a .env file (KEY=value lines, quotes removed, no interpolation), read
 * with Node's own parser, as Strapi reads cms/.env. A missing file has no variables.
 */
export function readEnvFile(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  return parseEnv(readFileSync(file, 'utf8')) as Record<string, string>;
}
