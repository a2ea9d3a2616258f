# syntax=docker/dockerfile:1
# check=skip=JSONArgsRecommended
# A Dockerfile the launchers run once after a build to record which classes dfkit loads (a
# class-data-sharing archive), which makes every later start faster. It uses every instruction and
# the shell forms real files use, so that what a typical file needs is in the archive.
ARG BASE=alpine:3.20
ARG VERSION
FROM --platform=$BUILDPLATFORM ${BASE} AS build
ARG VERSION=1.2.3
ARG TARGETARCH
LABEL org.opencontainers.image.title="sample" org.opencontainers.image.version="${VERSION}"
MAINTAINER someone@example.com
SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
RUN --mount=type=cache,target=/var/cache/apk apk add --no-cache curl \
    && curl -fsSL https://example.com/x-${VERSION:-dev}.tar.gz | tar -xz -C /opt
RUN set -eux; \
    apt-get update && apt-get install -y --no-install-recommends ca-certificates git=1:2.39 \
    && rm -rf /var/lib/apt/lists/*; \
    if [ "$TARGETARCH" = "arm64" ]; then arch=aarch64; else arch="$(uname -m)"; fi; \
    for f in /etc/*.conf; do echo "$f" >> /tmp/list 2>/dev/null || true; done; \
    cd /tmp && wget -q -O - "https://example.com/$arch" | sha256sum -c - ; \
    pip install --no-cache-dir requests==2.31.0 && npm install -g yarn@1.22.0 \
    && gem install bundler -v 2.5.0 && go install example.com/tool@v1.0.0; \
    yum install -y make && yum clean all; dnf install -y gcc; zypper install -y git; \
    useradd -m -u 1000 app; (cd /src || exit 1) && { echo `date` > /build-date; }; \
    case "$arch" in x86_64) echo amd ;; *) echo other ;; esac; \
    while read -r line; do echo "${line#prefix}"; done < /tmp/list; sudo true
COPY --chown=1000:1000 --chmod=755 . /src
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a.tar.gz /opt/
ADD files.tar.gz /opt/files/
ENV PATH=/opt/bin:$PATH LANG=C.UTF-8
ENV LEGACY value
WORKDIR /src
RUN <<EOF
set -eu
make VERSION="$VERSION"
EOF
COPY <<-EOT /etc/app.conf
	name=app
	EOT
ONBUILD RUN echo child
FROM scratch
COPY --from=build --link /src/app /app
EXPOSE 8080/tcp 9090
VOLUME ["/data"]
USER 1000:1000
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s CMD ["/app", "health"]
ENTRYPOINT ["/app"]
CMD --verbose
