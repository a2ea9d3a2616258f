# syntax=docker/dockerfile:1.7
# check=skip=JSONArgsRecommended
# dfls lints this file in the background after start (see EditRehearsal): the instructions, flags,
# scripts and mistakes of everyday Dockerfiles, so the compiler has seen them before the user types.
ARG GO_VERSION=1.22
ARG BASE=debian:bookworm-slim
FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS build
ARG TARGETOS TARGETARCH
ARG VERSION=0.0.0
ENV CGO_ENABLED=0 GOFLAGS=-trimpath
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    go mod download && go mod verify
COPY . .
RUN --mount=type=cache,target=/root/.cache/go-build \
    GOOS=$TARGETOS GOARCH=$TARGETARCH go build -ldflags="-s -w -X main.version=${VERSION}" \
      -o /out/app ./cmd/app \
    # strip what the image does not need
    && rm -rf /src/testdata

FROM node:20 AS web
WORKDIR /web
COPY web/package.json web/package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY web/ ./
RUN npm run build; \
    cd dist && ls -la | grep -v map > /tmp/files.txt
RUN cd /web && yarn install

FROM python:3.12-slim AS tools
RUN pip install --no-cache-dir 'requests==2.32.3' pyyaml \
    && python -c "import yaml, requests; print(requests.__version__)"
RUN pip install flask
RUN apt-get update && apt-get install -y --no-install-recommends \
        ca-certificates \
        curl=7.88.1-10 \
        git \
        tini \
    && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install curl
RUN <<EOT
set -eu
for f in /etc/ssl/certs/*.pem; do
  if [ -s "$f" ]; then echo "$f"; fi
done | wc -l
EOT
COPY <<-CONF /etc/app/app.conf
	listen = 0.0.0.0:8080
	log = ${LOG_LEVEL:-info}
	CONF

FROM ${BASE}
LABEL org.opencontainers.image.title="app" \
      org.opencontainers.image.version=$VERSION \
      maintainer="ops@example.com"
MAINTAINER ops@example.com
ENV APP_HOME=/opt/app PATH="/opt/app/bin:${PATH}"
ARG UID=10001
RUN groupadd -r app && useradd -r -g app -u ${UID} -d $APP_HOME app \
    && mkdir -p $APP_HOME/bin /var/log/app \
    && chown -R app:app $APP_HOME /var/log/app
RUN curl -fsSL https://example.com/install.sh | sh
RUN wget -qO- https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin \
    && chmod +x /usr/local/bin/tool
COPY --from=build --chown=app:app /out/app $APP_HOME/bin/app
COPY --from=web /web/dist $APP_HOME/static
COPY --from=tools /etc/app/app.conf /etc/app/
COPY --from=0 /out/app /usr/local/bin/
ADD https://example.com/archive.tar.gz /tmp/
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d \
    https://example.com/data.tar.gz /opt/data/
WORKDIR app
RUN cd /tmp && sudo rm -rf cache
EXPOSE 8080/tcp 9090
EXPOSE 70000
VOLUME ["/var/log/app"]
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=3s --retries=3 \
    CMD curl -fs http://localhost:8080/health || exit 1
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN set -o pipefail && grep -r "TODO" $APP_HOME | head -n 5 || true
ONBUILD COPY . /opt/app/src
ONBUILD RUN make -C /opt/app/src
USER app
ENTRYPOINT ["tini", "--", "/opt/app/bin/app"]
CMD serve --port 8080
CMD ["serve"]
