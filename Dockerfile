# Warta's app image: one instance per container (compose.yaml runs several behind Varnish).
# Configuration comes from the environment (README, "Configuration"); nothing secret is baked in.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY . .
# `next build` renders a few pages, which read the database: a throw-away embedded PostgreSQL
# (scripts/with-db.mjs) serves the build only. At run time pages come from Redis, never from
# what this build rendered.
RUN node scripts/with-db.mjs sh -c "node scripts/wasm-migrate.mjs deploy && node node_modules/next/dist/bin/next build" \
  && rm -rf .data .next/cache/fetch-cache \
  && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
# tsx runs the seed and the migration script; both are production dependencies.
COPY --from=build --chown=node:node /app ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# --no-prepare: the `migrate` service of compose.yaml migrates once for all instances.
CMD ["node", "--max-old-space-size=192", "scripts/serve.mjs", "start", "--no-prepare", "--port", "3000"]
