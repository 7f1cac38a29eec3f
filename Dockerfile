# syntax=docker/dockerfile:1
# Shekara's server as an image: the web app built, the server bundled, the native GOST addon
# compiled, production dependencies only, run as a user of its own. docs/DEPLOYMENT.md shows it
# in its place (compose.yaml: a TLS terminator, two nodes, PostgreSQL with a streaming replica).
#
#   docker build -t shekara .
#
# Both stages must run the same Node.js: the addon calls the OpenSSL functions the node binary
# exports. In production pin both to digests of the same release (node:20.x.y-bookworm and -slim).
ARG NODE_BUILD_IMAGE=node:20-bookworm
ARG NODE_RUN_IMAGE=node:20-bookworm-slim

# --- build: a full Debian image, which has the C compiler the addon needs -------------------
FROM ${NODE_BUILD_IMAGE} AS build
WORKDIR /app
ENV NODE_ENV=production

# Dependencies first, so that a change of sources reuses this layer. Every package the build
# needs (Vite, esbuild, tsx) is a production dependency; the postinstall compiles the addon.
COPY package.json package-lock.json ./
COPY contracts/package.json contracts/
COPY packages/nca/package.json packages/nca/
COPY packages/nca/native packages/nca/native
COPY packages/nca/scripts packages/nca/scripts
RUN npm ci --omit=dev --no-audit --no-fund \
 && test -f packages/nca/build/native/shekara_gost.node

COPY . .
# The web app, then the server's bundle (server/dist: what `npm start` would otherwise make at the
# first start, in a directory the running user may not write). The index is touched last, so the
# server's look at the web sources finds the build newer than all of them.
RUN npm run build \
 && node --input-type=module -e "const { bundled } = await import('./server/bundle.mjs'); await bundled('main');" \
 && touch web/dist/index.html \
 && test -f server/dist/main.mjs && test -f server/dist/worker.mjs

# --- run: the slim image, nothing to compile with ------------------------------------------
FROM ${NODE_RUN_IMAGE} AS run
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    DATA_DIR=/var/lib/shekara
# The same path as in the build stage: the bundle names its sources' files by absolute path.
WORKDIR /app
RUN groupadd --system --gid 10001 shekara \
 && useradd --system --uid 10001 --gid shekara --home-dir /var/lib/shekara --shell /usr/sbin/nologin shekara \
 && mkdir -p /var/lib/shekara && chown shekara:shekara /var/lib/shekara
# Owned by root and not writable by the server: it writes only DATA_DIR.
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/bin bin
COPY --from=build /app/contracts contracts
COPY --from=build /app/packages/nca packages/nca
COPY --from=build /app/server server
COPY --from=build /app/web web
COPY --from=build /app/vite.config.ts ./

USER shekara:shekara
EXPOSE 8080 9464
VOLUME ["/var/lib/shekara"]
# Liveness for the container runtime; a load balancer asks /health/ready (docs/DEPLOYMENT.md).
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM: not ready, listeners closed, in-flight requests answered (SHUTDOWN_TIMEOUT_MS), then exit.
STOPSIGNAL SIGTERM
CMD ["node", "--max-semi-space-size=32", "--wasm-tiering-budget=1000000000", "bin/start.mjs"]
