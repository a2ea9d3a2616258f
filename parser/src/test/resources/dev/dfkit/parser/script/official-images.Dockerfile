# RUN instructions in the style of well-known official images, written for dfkit's shell tests.
FROM debian:bookworm-slim

RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl gnupg && rm -rf /var/lib/apt/lists/*

RUN set -eux; \
	groupadd -r redis --gid=999; \
	useradd -r -g redis --uid=999 --home-dir=/var/lib/redis --shell=/sbin/nologin redis

RUN set -eux; \
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends wget; \
	rm -rf /var/lib/apt/lists/*; \
	dpkgArch="$(dpkg --print-architecture | awk -F- '{ print $NF }')"; \
	wget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \
	wget -O /usr/local/bin/gosu.asc "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch.asc"; \
	export GNUPGHOME="$(mktemp -d)"; \
	gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4; \
	gpg --batch --verify /usr/local/bin/gosu.asc /usr/local/bin/gosu; \
	gpgconf --kill all; \
	rm -rf "$GNUPGHOME" /usr/local/bin/gosu.asc; \
	apt-mark auto '.*' > /dev/null; \
	[ -z "$savedAptMark" ] || apt-mark manual $savedAptMark > /dev/null; \
	apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \
	chmod +x /usr/local/bin/gosu; \
	gosu --version; \
	gosu nobody true

RUN set -eux; \
	arch="$(dpkg --print-architecture)"; arch="${arch##*-}"; \
	case "$arch" in \
		'amd64') \
			url='https://dl.google.com/go/go1.22.5.linux-amd64.tar.gz'; \
			sha256='904b924d435eaea086515bc63235b192ea441bd8c9b198c507e85009e6e4c7f0'; \
			;; \
		'arm64') \
			url='https://dl.google.com/go/go1.22.5.linux-arm64.tar.gz'; \
			sha256='8d21325bfcf431be3660527c1a39d3d9ad71535fabdf5041c826e44e31642b5a'; \
			;; \
		'i386' | 'armhf') \
			url=; \
			;; \
		*) echo >&2 "error: unsupported architecture '$arch' (likely packaging update needed)"; exit 1 ;; \
	esac; \
	build=; \
	if [ -z "$url" ]; then \
		build=1; \
		url='https://dl.google.com/go/go1.22.5.src.tar.gz'; \
		echo >&2; \
		echo >&2 "warning: current architecture ($arch) does not have a compatible Go binary release; will be building from source"; \
		echo >&2; \
	fi; \
	wget -O go.tgz.asc "$url.asc"; \
	wget -O go.tgz "$url" --progress=dot:giga; \
	echo "$sha256 *go.tgz" | sha256sum -c -; \
	tar -C /usr/local -xzf go.tgz; \
	rm go.tgz; \
	if [ -n "$build" ]; then \
		savedAptMark="$(apt-mark showmanual)"; \
		( \
			cd /usr/local/go/src; \
			export GOROOT_BOOTSTRAP="$(go env GOROOT)" GOHOSTOS="$GOOS" GOHOSTARCH="$GOARCH"; \
			./make.bash; \
		); \
		apt-mark auto '.*' > /dev/null; \
		apt-mark manual $savedAptMark > /dev/null; \
	fi; \
	go version

RUN set -ex \
	&& for key in \
		4ED778F539E3634C779C87C6D7062848A1AB005C \
		141F07595B7B3FFE74309A937405533BE57C7D57 \
	; do \
		gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys "$key" || \
		gpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key" ; \
	done

RUN ARCH= && dpkgArch="$(dpkg --print-architecture)" \
	&& case "${dpkgArch##*-}" in \
		amd64) ARCH='x64';; \
		ppc64el) ARCH='ppc64le';; \
		s390x) ARCH='s390x';; \
		arm64) ARCH='arm64';; \
		armhf) ARCH='armv7l';; \
		i386) ARCH='x86';; \
		*) echo "unsupported architecture"; exit 1 ;; \
	esac \
	&& curl -fsSLO --compressed "https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH.tar.xz" \
	&& tar -xJf "node-v$NODE_VERSION-linux-$ARCH.tar.xz" -C /usr/local --strip-components=1 --no-same-owner \
	&& rm "node-v$NODE_VERSION-linux-$ARCH.tar.xz" \
	&& ln -s /usr/local/bin/node /usr/local/bin/nodejs \
	&& node --version \
	&& npm --version

RUN set -eux; \
	find /usr/local -depth \
		\( \
			\( -type d -a \( -name test -o -name tests -o -name idle_test \) \) \
			-o \( -type f -a \( -name '*.pyc' -o -name '*.pyo' -o -name 'libpython*.a' \) \) \
		\) -exec rm -rf '{}' + \
	; \
	ldconfig; \
	python3 --version

RUN set -eux; \
	for src in idle3 pydoc3 python3 python3-config; do \
		dst="$(echo "$src" | tr -d 3)"; \
		[ -s "/usr/local/bin/$src" ]; \
		[ ! -e "/usr/local/bin/$dst" ]; \
		ln -svT "$src" "/usr/local/bin/$dst"; \
	done

RUN pip install --no-cache-dir --upgrade pip setuptools wheel && pip install --no-cache-dir -r /tmp/requirements.txt

RUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash - && apt-get install -y nodejs

RUN curl -fsSL "https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-static-amd64" -o /tini \
    && echo "${TINI_SHA256}  /tini" | sha256sum -c - \
    && chmod +x /tini

RUN wget -qO- https://example.com/archive.tar.gz | tar -xz -C /opt --strip-components=1

RUN apk add --no-cache --virtual .build-deps gcc musl-dev linux-headers make \
    && make -j "$(nproc)" \
    && make install \
    && runDeps="$( \
        scanelf --needed --nobanner --format '%n#p' --recursive /usr/local \
            | tr ',' '\n' \
            | sort -u \
            | awk 'system("[ -e /usr/local/lib/" $1 " ]") == 0 { next } { print "so:" $1 }' \
    )" \
    && apk add --no-network --virtual .redis-rundeps $runDeps \
    && apk del --no-network .build-deps

RUN mkdir -p /docker-entrypoint-initdb.d && chown -R postgres:postgres /var/run/postgresql && chmod 3777 /var/run/postgresql

RUN set -eux; \
	sed -ri "s!^#?(listen_addresses)\s*=\s*\S+.*!\1 = '*'!" /usr/share/postgresql/postgresql.conf.sample; \
	grep -F "listen_addresses = '*'" /usr/share/postgresql/postgresql.conf.sample

RUN { \
		echo '[global]'; \
		echo 'error_log = /proc/self/fd/2'; \
		echo; \
		echo '[www]'; \
		echo 'access.log = /proc/self/fd/2'; \
	} | tee php-fpm.d/docker.conf

RUN docker-php-ext-configure gd --with-freetype --with-jpeg && docker-php-ext-install -j$(nproc) gd

RUN if [ "$(uname -m)" = "x86_64" ]; then ARCH=amd64; else ARCH=arm64; fi && echo $ARCH > /arch

RUN [ "$TARGETARCH" = "arm64" ] && echo arm || echo other

RUN test -n "$VERSION" || (echo "VERSION is required" && false)

RUN cd /src && make -j`nproc` && make install DESTDIR=/out

RUN echo "deb http://deb.debian.org/debian bookworm-backports main" > /etc/apt/sources.list.d/backports.list

RUN useradd -m -s /bin/bash app && echo 'app ALL=(ALL) NOPASSWD:ALL' >> /etc/sudoers

RUN while ! nc -z db 5432; do sleep 1; done

RUN until curl -sf http://localhost:8080/health; do sleep 2; done

RUN ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log

RUN addgroup -S app && adduser -S -G app app && chown -R app:app /app

RUN go build -ldflags="-s -w -X main.version=${VERSION}" -o /out/app ./cmd/app

RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt

RUN --mount=type=cache,target=/var/cache/apt,sharing=locked apt-get update && apt-get install -y git

RUN set -o pipefail && curl -fsSL https://example.com/key.gpg | gpg --dearmor -o /usr/share/keyrings/example.gpg

RUN export PATH="/opt/venv/bin:$PATH" && python -m venv /opt/venv && pip install .

RUN [[ -f /etc/os-release ]] && . /etc/os-release && echo "$ID"

RUN for ((i = 0; i < 3; i++)); do echo "try $i"; done

RUN function retry() { "$@" || "$@" || "$@"; }; retry apt-get update

RUN x=$((1 + $(nproc))) && echo "jobs: $x" && echo $'tab:\there' 'single' "double \"quoted\"" \$HOME

RUN echo ~ ~/bin *.txt {a,b}.conf && printf '%s\n' "${PATH//:/ }" "${#PATH}" "${HOME:-/root}"

RUN cat <<EOF > /etc/app.conf
key=value
home=$HOME
EOF

RUN <<EOT bash
set -e
apt-get update
apt-get install -y vim
EOT

RUN <<-EOF
	set -eux
	if [ -d /app ]; then
		cd /app && make
	fi
	for f in *.sh; do
		sh -n "$f"
	done
	EOF

RUN <<EOF
#!/usr/bin/env bash
set -euo pipefail
declare -a pkgs=(curl "git" jq)
for p in "${pkgs[@]}"; do
  apt-get install -y "$p" \
    --no-install-recommends
done
cat <<'INNER' | sed 's/^/> /'
$not_expanded `nor this`
INNER
case "$(uname -s)" in
  Linux*)  os=linux ;;
  Darwin*) os=darwin ;;
esac
x=$(
  # a comment with a quote: don't
  echo hi
)
EOF

RUN <<EOF python3
print("not a shell script, but the shell's stdin")
EOF

RUN <<EOF
#!/usr/bin/env python3
print("run as a file by BuildKit")
EOF
