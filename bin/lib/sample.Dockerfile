# syntax=docker/dockerfile:1
# A small Dockerfile the launchers run once after a build to record which classes dfkit loads
# (a class-data-sharing archive), which makes every later start faster.
ARG BASE=alpine:3.20
FROM ${BASE} AS build
RUN --mount=type=cache,target=/var/cache/apk apk add --no-cache curl \
    && curl -fsSL https://example.com/x.tar.gz | tar -xz -C /opt
COPY --chown=1000:1000 . /src
ENV PATH=/opt/bin:$PATH LANG=C.UTF-8
WORKDIR /src
RUN <<EOF
set -eu
make
EOF
FROM scratch
COPY --from=build /src/app /app
USER 1000
HEALTHCHECK --interval=30s CMD ["/app", "health"]
ENTRYPOINT ["/app"]
