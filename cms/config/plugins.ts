import type { Core } from '@strapi/strapi';

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
        depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 10),
        landingPage: !isProduction,
        apolloServer: {
          introspection: !isProduction,
        },
      },
    },
    upload: {
      config: {
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
