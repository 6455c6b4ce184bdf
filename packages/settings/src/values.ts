// Reading typed settings from the environment. Each service checks its whole
// configuration at start with these, so a bad value stops it with a message naming
// the variable, never later in the middle of a request.

export type Env = Record<string, string | undefined>;

/** A bad setting; the message names the variable (and never echoes a secret). */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable} ${problem}`);
  }
}

// setTimeout fires at once for anything above this, which would turn a long timeout into none.
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** The trimmed value; compose and .env files often set a variable to nothing to mean "use the default". */
export const readSetting = (env: Env, name: string): string | undefined => {
  const value = env[name]?.trim();
  return value ? value : undefined;
};

export function integerSetting(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = readSetting(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max)
    throw new ConfigError(name, `must be a whole number from ${min} to ${max} (got "${raw}")`);
  return value;
}

export function shareSetting(env: Env, name: string, fallback: number): number {
  const raw = readSetting(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 1)
    throw new ConfigError(name, `must be a number from 0 to 1, e.g. 0.5 for 50% (got "${raw}")`);
  return value;
}

export function flagSetting(env: Env, name: string, fallback: boolean): boolean {
  const raw = readSetting(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['true', '1', 'yes', 'on'].includes(raw)) return true;
  if (['false', '0', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}

export function httpUrlSetting(env: Env, name: string): string | null {
  const raw = readSetting(env, name);
  if (raw === undefined) return null;
  if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol))
    throw new ConfigError(name, `must be an http(s) address (got "${raw}")`);
  return raw;
}

/** HOST (or another variable naming an interface): where a service listens. */
export function hostSetting(env: Env, name = 'HOST', fallback = '0.0.0.0'): string {
  const host = readSetting(env, name) ?? fallback;
  if (/\s/.test(host)) throw new ConfigError(name, `must be a host name or address (got "${host}")`);
  return host;
}
