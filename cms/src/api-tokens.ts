import type { Core } from '@strapi/strapi';

// The part of Strapi's content-API token service (admin::api-token-content-api) this
// project uses, typed: Strapi types every service as a bag of `any`.

export interface StoredApiToken {
  id: number;
  name: string;
  /** Action names, e.g. "api::article.article.find". */
  permissions: readonly string[];
}

export interface ApiTokenWithValue extends StoredApiToken {
  /** The token itself, known only when it is created or regenerated. */
  accessKey: string;
}

export interface NewApiToken {
  name: string;
  description: string;
  type: 'custom';
  lifespan: null;
  permissions: readonly string[];
}

export interface ApiTokenService {
  /** The salted hash Strapi stores and looks tokens up by. */
  hash(accessKey: string): string;
  getByName(name: string): Promise<StoredApiToken | null | undefined>;
  getByAccessKey(accessKeyHash: string): Promise<StoredApiToken | null | undefined>;
  create(attributes: NewApiToken): Promise<ApiTokenWithValue>;
  regenerate(id: number): Promise<ApiTokenWithValue>;
  update(id: number, attributes: { permissions: readonly string[] }): Promise<StoredApiToken>;
}

export const apiTokenService = (strapi: Core.Strapi): ApiTokenService =>
  strapi.service('admin::api-token-content-api') as ApiTokenService;
