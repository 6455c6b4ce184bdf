# The rebuild service: receives the CMS webhook, builds the site with Astro,
# swaps it in atomically and serves it. Built sites live on a volume. The same image
# runs the preview server (docker-compose.yml overrides the command).
FROM node:20-bookworm-slim AS deps
RUN npm install --global pnpm@10.34.8
WORKDIR /app
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY site/package.json site/
COPY packages/content/package.json packages/content/
COPY packages/rich-text/package.json packages/rich-text/
COPY packages/editorial/package.json packages/editorial/
COPY packages/paths/package.json packages/paths/
COPY packages/redirects/package.json packages/redirects/
COPY packages/rebuilder/package.json packages/rebuilder/
COPY packages/security-headers/package.json packages/security-headers/
COPY packages/settings/package.json packages/settings/
COPY packages/preview-link/package.json packages/preview-link/
COPY packages/preview/package.json packages/preview/
RUN pnpm install --frozen-lockfile --filter site... --filter @guildhall/rebuilder... --filter @guildhall/preview...

FROM deps AS runtime
COPY tsconfig.base.json ./
COPY packages packages
COPY site site
RUN mkdir -p /data/sites && chown -R node:node /data /app/site
USER node
ENV NODE_ENV=production PORT=4321 HOST=0.0.0.0 SITES_DIR=/data/sites
# 4321: the live site. 4322: the webhook and build status (STATUS_PORT), for the CMS only.
EXPOSE 4321 4322
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:4321/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["pnpm", "--filter", "@guildhall/rebuilder", "start"]
