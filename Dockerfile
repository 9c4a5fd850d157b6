# syntax=docker/dockerfile:1
# apiward sidecar image. `make image` builds it; docs/deploy.md shows how to load
# it into kind/minikube. Three stages so the runtime layer carries production
# dependencies only: no TypeScript, jest or swc in the image that runs.
ARG NODE_IMAGE=node:20-bookworm-slim

# better-sqlite3 compiles from source when no prebuilt binary matches the
# platform (e.g. an arm64 builder), so both install stages get a toolchain.
FROM ${NODE_IMAGE} AS toolchain
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY package.json package-lock.json ./

FROM toolchain AS build
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM toolchain AS prod-deps
RUN npm ci --omit=dev && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=prod-deps /src/node_modules ./node_modules
COPY --from=build /src/dist ./dist
COPY package.json ./
# The gRPC server loads its .proto files at start-up, relative to dist/.
COPY proto ./proto
# The state dir (SQLite audit trail, learned profiles) is the only path the
# process writes: with a read-only root filesystem it must be a volume.
RUN mkdir -p /var/lib/apiward && chown 10001:10001 /var/lib/apiward
VOLUME ["/var/lib/apiward"]
# Numeric ids so Kubernetes' runAsNonRoot can verify them without /etc/passwd.
USER 10001:10001
EXPOSE 50051 9090
# Node runs as PID 1 with no init: the serve command installs its own SIGTERM
# handler, which drains open ext_proc streams before exiting. No HEALTHCHECK:
# Kubernetes probes the gRPC health service instead.
STOPSIGNAL SIGTERM
ENTRYPOINT ["node", "dist/cli.js"]
CMD ["serve", "--grpc-addr", "0.0.0.0:50051", "--admin-addr", "0.0.0.0:9090", "--state-dir", "/var/lib/apiward"]
