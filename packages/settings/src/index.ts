export { DEFAULT_PORTS, localUrl, type ProductPart } from './defaults';
export { readEnvFile } from './env-file';
