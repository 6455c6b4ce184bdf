export { DEFAULT_PORTS, localUrl, type ProductPart } from './defaults.mjs';
export { readEnvFile } from './env-file';
export {
  ConfigError,
  MAX_TIMER_MS,
  flagSetting,
  hostSetting,
  httpUrlSetting,
  integerSetting,
  readSetting,
  shareSetting,
  type Env,
} from './values';
