# syntax=docker/dockerfile:1
# partner-graph as a container image: `docker build -t partner-graph .` (README, Containers).
#
# Two stages. `build` installs every dependency (dev ones included: TypeScript), compiles sqlite3's
# native module when no prebuilt binary can be fetched, compiles the server, then drops the dev
# dependencies. `runtime` gets the production node_modules and the compiled server only (no
# sources, tests, .git or data), runs as the unprivileged `node` user, and starts node directly:
# node is the process that receives the runtime's SIGTERM and drains (no npm or shell in between).
#
# Node 22 LTS: the project supports Node >= 20.10 and its CI runs on Node 20, but Node 20 reached its
# end of life in April 2026; ruru (GraphiQL) also declares Node >= 22.
ARG NODE_VERSION=22

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
# sqlite3 downloads a prebuilt binary when it can and compiles itself (node-gyp) when it cannot.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
# patches/: fixes to dependencies that `npm ci` applies (postinstall: patch-package; patches/README.md).
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY seeds ./seeds
COPY scripts ./scripts
COPY bench ./bench
COPY schema ./schema
RUN npm run build \
  && npm prune --omit=dev --no-audit --no-fund \
  && rm -rf dist/bench

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
  HOST=0.0.0.0 \
  PORT=4000
WORKDIR /app
# The CJK font the printable PDFs embed (src/common/pdf.ts: GET /partners/{id}/invoices.pdf).
RUN apt-get update \
  && apt-get install -y --no-install-recommends fonts-wqy-zenhei \
  && rm -rf /var/lib/apt/lists/*
# Owned by root, read-only for the server; only data/ (the default SQLite file) is writable.
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist/src ./dist/src
COPY --from=build /app/dist/seeds ./dist/seeds
COPY --from=build /app/dist/schema ./dist/schema
COPY --from=build /app/dist/scripts ./dist/scripts
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 4000
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The node flags of `npm start` (README, "Memory and GC pauses"): the old generation is collected once
# it holds 256 MiB rather than at 1.5-4 times the ~60 MiB live heap (every 2 s under load), and V8 keeps
# one helper thread, not four, beside the request thread on the one or two CPUs an instance gets; and
# without allocation-site pretenuring, which allocated objects of every request in the old generation,
# where they kept the rest of the request alive until the next mark-compact.
CMD ["node", "--initial-old-space-size=256", "--v8-pool-size=1", "--no-allocation-site-pretenuring", "dist/src/index.js"]
