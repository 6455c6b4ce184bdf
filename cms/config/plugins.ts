import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

// Uploads stay on local disk unless UPLOAD_PROVIDER=aws-s3 (any S3-compatible store).
function uploadProvider(env: Env) {
  const provider = env('UPLOAD_PROVIDER', 'local');
  if (provider === 'local') return {};
  if (provider !== 'aws-s3')
    throw new Error(`Unsupported UPLOAD_PROVIDER "${provider}": use "local" or "aws-s3".`);
  const missing = ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].filter(
    (name) => !env(name),
  );
  if (missing.length > 0) throw new Error(`UPLOAD_PROVIDER=aws-s3 needs ${missing.join(', ')}.`);
  const endpoint = env('S3_ENDPOINT');
  return {
    provider: 'aws-s3',
    providerOptions: {
      baseUrl: env('S3_PUBLIC_URL'),
      rootPath: env('S3_ROOT_PATH'),
      s3Options: {
        credentials: { accessKeyId: env('S3_ACCESS_KEY_ID'), secretAccessKey: env('S3_SECRET_ACCESS_KEY') },
        region: env('S3_REGION'),
        ...(endpoint ? { endpoint, forcePathStyle: env.bool('S3_FORCE_PATH_STYLE', true) } : {}),
        params: { ACL: env('S3_ACL', 'public-read'), Bucket: env('S3_BUCKET') },
      },
    },
    actionOptions: { upload: {}, uploadStream: {}, delete: {} },
  };
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => {
  const isProduction = env('NODE_ENV') === 'production';
  return {
    'users-permissions': {
      config: {
        jwtSecret: env('JWT_SECRET'),
      },
    },
    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        // The site pages through every collection; a page larger than this is refused.
        defaultLimit: env.int('GRAPHQL_DEFAULT_LIMIT', 25),
        maxLimit: env.int('GRAPHQL_MAX_LIMIT', 100),
        depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 6),
        landingPage: !isProduction,
        apolloServer: {
          introspection: !isProduction,
          // A persisted query arrives as a hash without its text, which the draft rule
          // (src/middlewares/drafts-need-preview-token.ts) could not check; the site never uses them.
          persistedQueries: false,
        },
      },
    },
    upload: {
      config: {
        ...uploadProvider(env),
        sizeLimit: env.int('UPLOAD_SIZE_LIMIT_BYTES', 20 * 1024 * 1024),
        security: {
          allowedTypes: ['image/*', 'application/pdf'],
          deniedTypes: ['image/svg+xml'],
        },
      },
    },
  };
};

export default config;
