# The CMS: install, `strapi build` (admin panel + server code), then a slim,
# non-root runtime that only runs `strapi start`.
FROM node:20-bookworm-slim AS deps
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/* && npm install --global pnpm@10.34.8
WORKDIR /app
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY cms/package.json cms/
# Block shapes for the demo content (a type-only import) and the CMS's scripts' helpers.
COPY packages/content/package.json packages/content/
COPY packages/launch/package.json packages/launch/
COPY packages/editorial/package.json packages/editorial/
COPY packages/paths/package.json packages/paths/
COPY packages/preview-link/package.json packages/preview-link/
COPY packages/redirects/package.json packages/redirects/
COPY packages/settings/package.json packages/settings/
# The rebuild service's status type (a type-only import of the admin's widget).
COPY packages/rebuilder/package.json packages/rebuilder/
COPY packages/security-headers/package.json packages/security-headers/
RUN pnpm install --frozen-lockfile --filter cms...

FROM deps AS build
COPY tsconfig.base.json ./
COPY packages/content packages/content
COPY packages/launch packages/launch
COPY packages/editorial packages/editorial
COPY packages/paths packages/paths
COPY packages/preview-link packages/preview-link
COPY packages/redirects packages/redirects
COPY packages/settings packages/settings
COPY packages/rebuilder packages/rebuilder
COPY packages/security-headers packages/security-headers
COPY cms cms
ENV NODE_ENV=production
RUN pnpm --filter 'cms^...' run --if-present build \
 && cd cms && pnpm exec strapi build && rm -rf .env node_modules/.cache

FROM node:20-bookworm-slim AS runtime
RUN npm install --global pnpm@10.34.8 && mkdir -p /data/uploads && chown -R node:node /data
WORKDIR /app
COPY --from=build --chown=node:node /app /app
USER node
ENV NODE_ENV=production HOST=0.0.0.0 PORT=1337 PUBLIC_DIR=/data
EXPOSE 1337
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:1337/_health').then(r=>process.exit(r.status===204?0:1),()=>process.exit(1))"
WORKDIR /app/cms
CMD ["node_modules/.bin/strapi", "start"]
