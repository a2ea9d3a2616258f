#!/usr/bin/env node
// Generates the linter benchmark inputs (bench/lint-bench.sh runs it):
//
//   OUT/lint-corpus/gen/NNNN-project/VARIANT/Dockerfile   ~1,500 generated Dockerfiles in the style of
//       the official images and of application repositories (see the families below), each in its
//       own build-context folder with the files it copies (docker-entrypoint.sh, package.json, ...),
//       some with a .dockerignore, some with deliberate problems (missing COPY sources, a .env
//       file sent by COPY ., :latest tags, relative WORKDIR, legacy ENV, shell-form CMD, secrets
//       in ARG/ENV, undefined variables, unquoted shell variables, ...);
//   OUT/lint-corpus/conformance/NAME/Dockerfile          the BuildKit parser conformance Dockerfiles
//       (every Dockerfile under --conformance except testfiles-negative/);
//   OUT/lint-big/big.Dockerfile                           one Dockerfile of about --big-bytes: the same
//       families embedded one after another as stages (stage names made unique);
//   OUT/lint-big/half.Dockerfile, quarter.Dockerfile      prefixes of it, cut where an embedded file
//       starts, at about 1/2 and 1/4 of its size;
//   OUT/lint-typical/Dockerfile (+ its context files)     one typical file: the generated file of
//       median size among the most common family, copied with its folder;
//   OUT/lint-corpus.txt                                   the corpus file list, one path a line.
//
// Everything comes from a fixed seed (mulberry32), so the same arguments give the same bytes.
// Prints a JSON summary on stdout.
//
// Usage: node bench/gen-lint-corpus.js [--out DIR] [--conformance DIR] [--files N]
//                                      [--big-bytes N] [--seed N]
'use strict';

const fs = require('fs');
const path = require('path');

const args = parseArgs(process.argv.slice(2), {
  out: 'bench/work',
  conformance: '../shared/conformance/buildkit-parser',
  files: '1500',
  'big-bytes': String(3 * 1048576),
  seed: '20250117',
});

// ---- randomness ----------------------------------------------------------------------------------
function rng(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let random = rng(Number(args.seed));
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const chance = (p) => random() < p;
function sample(xs, n) {
  const copy = xs.slice();
  const out = [];
  while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
  return out;
}
function weighted(table) {
  const total = table.reduce((a, [w]) => a + w, 0);
  let x = random() * total;
  for (const [w, v] of table) {
    if ((x -= w) < 0) return v;
  }
  return table[table.length - 1][1];
}
function hex(n) {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[int(0, 15)];
  return s;
}
const ver = () => `${int(0, 9)}.${int(0, 30)}.${int(0, 20)}`;

// ---- vocabulary ----------------------------------------------------------------------------------
const PROJECTS = ['nginx', 'redis', 'postgres', 'memcached', 'haproxy', 'rabbitmq', 'httpd', 'mariadb',
  'mongo', 'traefik', 'caddy', 'ghost', 'drupal', 'wordpress', 'nextcloud', 'gitea', 'grafana',
  'prometheus', 'consul', 'vault', 'etcd', 'minio', 'influxdb', 'telegraf', 'kafka', 'zookeeper',
  'solr', 'tomcat', 'jetty', 'varnish', 'squid', 'bind9', 'unbound', 'openldap', 'keycloak',
  'sonarqube', 'jenkins-agent', 'buildkite', 'api', 'worker', 'gateway', 'auth', 'billing',
  'search', 'indexer', 'scheduler', 'notifier', 'ingest', 'reports', 'web', 'admin', 'metrics',
  'proxy', 'cache', 'frontend', 'backend', 'checkout', 'catalog', 'inventory', 'payments'];
const DEBIAN = ['debian:bookworm-slim', 'debian:bookworm', 'debian:bullseye-slim', 'debian:12.5-slim',
  'ubuntu:22.04', 'ubuntu:24.04', 'ubuntu:jammy', 'buildpack-deps:bookworm-curl', 'debian:trixie-slim'];
const ALPINE = ['alpine:3.19', 'alpine:3.20', 'alpine:3.18', 'alpine:3.21'];
const APT_BUILD = ['autoconf', 'automake', 'bison', 'build-essential', 'ca-certificates', 'cmake', 'curl',
  'dpkg-dev', 'file', 'g++', 'gcc', 'git', 'gnupg', 'libc6-dev', 'libedit-dev', 'libevent-dev',
  'libffi-dev', 'libicu-dev', 'libjemalloc-dev', 'libkrb5-dev', 'libldap2-dev', 'liblz4-dev',
  'libpcre2-dev', 'libreadline-dev', 'libssl-dev', 'libsystemd-dev', 'libxml2-dev', 'libxslt1-dev',
  'libyaml-dev', 'libzstd-dev', 'make', 'patch', 'perl', 'pkg-config', 'wget', 'xz-utils',
  'zlib1g-dev', 'bzip2', 'dirmngr', 'libbz2-dev', 'libsqlite3-dev', 'tk-dev', 'uuid-dev'];
const APT_RUN = ['ca-certificates', 'curl', 'tzdata', 'locales', 'libssl3', 'libpq5', 'libedit2',
  'libicu72', 'libxml2', 'netbase', 'procps', 'gosu', 'tini', 'dumb-init', 'less', 'jq', 'openssl',
  'libjemalloc2', 'libgomp1', 'fontconfig', 'libfreetype6', 'git', 'openssh-client', 'unzip'];
const APK_BUILD = ['autoconf', 'bison', 'build-base', 'coreutils', 'dpkg-dev', 'dpkg', 'gcc',
  'gnupg', 'libc-dev', 'libedit-dev', 'libevent-dev', 'libffi-dev', 'linux-headers', 'make',
  'musl-dev', 'ncurses-dev', 'openssl-dev', 'pcre2-dev', 'perl', 'readline-dev', 'tar', 'xz',
  'zlib-dev', 'zstd-dev', 'lz4-dev', 'util-linux-dev', 'icu-dev', 'libxml2-dev', 'cmake'];
const APK_RUN = ['ca-certificates', 'tzdata', 'su-exec', 'tini', 'bash', 'curl', 'libgcc',
  'libstdc++', 'icu-libs', 'openssl', 'jq', 'git', 'openssh-client', 'postgresql-client'];
const PIP = ['requests==2.31.0', 'flask==3.0.3', 'gunicorn==22.0.0', 'psycopg[binary]==3.1.19',
  'pydantic==2.7.1', 'uvicorn[standard]==0.29.0', 'boto3==1.34.104', 'pyyaml==6.0.1',
  'celery==5.4.0', 'django==5.0.6', 'sqlalchemy==2.0.30', 'redis==5.0.4', 'numpy==1.26.4'];
const NPM = ['pm2', 'typescript', 'nodemon', 'serve', 'pnpm', 'yarn', '@nestjs/cli', 'prisma'];
const COMMENTS = [
  'Install build dependencies',
  'keep the layer small: clean caches in the same RUN',
  'TODO(ops): pin this once upstream publishes checksums',
  'See https://docs.docker.com/build/building/best-practices/',
  'The binary is statically linked, so the runtime image needs no libc',
  'Runtime user; uid matches the volume owner on the host',
  'Cache mounts survive between builds',
  'add our user and group first to make sure their IDs get assigned consistently',
  'https://github.com/docker-library/official-images#consistency',
  'verify the signature',
  'smoke test',
  'explicitly set user/group IDs',
  'grab gosu for easy step-down from root',
  'make the sample config easier to munge (and "correct by default")',
  'this is a huge hack, see https://example.com/issues/1234',
  'Dépendances système — ne pas supprimer',
  '依存パッケージをインストール',
];
const GPG_KEYS = () => Array.from({ length: int(1, 4) }, () => hex(40).toUpperCase());

// ---- building blocks -----------------------------------------------------------------------------
// Each family writes lines into `out` (an array) and records context files it needs in `ctx.files`
// (path relative to the context folder -> content). `ctx.problems` switches deliberate mistakes on.

function comment(out, indent = '') {
  out.push(`${indent}# ${pick(COMMENTS)}`);
}

function maybeBlank(out) {
  if (chance(0.6)) out.push('');
}

function fromLine(ctx, image, stage) {
  let ref = image;
  if (ctx.problems.untagged && !ctx.embedded && chance(0.5)) ref = image.split(':')[0];
  else if (ctx.problems.latest && chance(0.5)) ref = `${image.split(':')[0]}:latest`;
  if (!ctx.embedded && ctx.globalArg && chance(0.5)) ref = `${image.split(':')[0]}:\${${ctx.globalArg}}`;
  if (chance(0.06)) ref = `${ref.split(':')[0]}@sha256:${hex(64)}`;
  const platform = stage && chance(0.2) ? '--platform=$BUILDPLATFORM ' : '';
  let as = '';
  if (stage) {
    const name = ctx.problems.stageCase && chance(0.5) ? stage[0].toUpperCase() + stage.slice(1) : stage;
    as = ` ${ctx.problems.asCase && chance(0.5) ? 'as' : 'AS'} ${name}${ctx.suffix}`;
  }
  ctx.out.push(`${kw(ctx, 'FROM')} ${platform}${ref}${as}`);
}

// Keywords: mostly upper case; a file with the casing problem writes some in lower case.
function kw(ctx, k) {
  return ctx.problems.casing && chance(0.3) ? k.toLowerCase() : k;
}

function envBlock(ctx, out, pairs) {
  if (ctx.problems.legacyEnv && chance(0.6)) {
    for (const [k, v] of pairs) out.push(`${kw(ctx, 'ENV')} ${k} ${v}`);
  } else if (pairs.length > 2 && chance(0.6)) {
    out.push(`${kw(ctx, 'ENV')} ${pairs[0][0]}=${pairs[0][1]} \\`);
    for (let i = 1; i < pairs.length; i++) {
      out.push(`    ${pairs[i][0]}=${pairs[i][1]}${i === pairs.length - 1 ? '' : ' \\'}`);
    }
  } else {
    for (const [k, v] of pairs) out.push(`${kw(ctx, 'ENV')} ${k}=${v}`);
  }
}

function labels(ctx, out) {
  const n = int(2, 6);
  const all = [
    ['org.opencontainers.image.title', `"${ctx.project}"`],
    ['org.opencontainers.image.version', `"${ver()}"`],
    ['org.opencontainers.image.source', `"https://github.com/acme/${ctx.project}"`],
    ['org.opencontainers.image.licenses', `"${pick(['MIT', 'Apache-2.0', 'BSD-3-Clause', 'GPL-2.0-only'])}"`],
    ['org.opencontainers.image.created', `"2024-0${int(1, 9)}-1${int(0, 9)}T12:00:00Z"`],
    ['org.opencontainers.image.revision', `"${hex(40)}"`],
    ['org.opencontainers.image.vendor', '"ACME Corp"'],
    ['org.opencontainers.image.description', `"The ${ctx.project} service"`],
  ];
  const chosen = sample(all, n);
  if (ctx.problems.maintainer) out.push(`MAINTAINER Jane Doe <jane@example.com>`);
  out.push(`${kw(ctx, 'LABEL')} ${chosen[0][0]}=${chosen[0][1]}${chosen.length > 1 ? ' \\' : ''}`);
  for (let i = 1; i < chosen.length; i++) {
    out.push(`      ${chosen[i][0]}=${chosen[i][1]}${i === chosen.length - 1 ? '' : ' \\'}`);
  }
}

function userSetup(ctx, out, alpine) {
  const uid = pick([999, 101, 1000, 1001, 70, 65532]);
  const u = ctx.project.replace(/[^a-z]/g, '').slice(0, 12) || 'app';
  if (chance(0.5)) comment(out);
  if (alpine) {
    out.push(`RUN set -eux; \\`);
    out.push(`    addgroup -g ${uid} -S ${u}; \\`);
    out.push(`    adduser -u ${uid} -S -D -G ${u} -H -h /var/lib/${u} -s /sbin/nologin ${u}`);
  } else {
    out.push(`RUN set -eux; \\`);
    out.push(`    groupadd -r -g ${uid} ${u}; \\`);
    out.push(`    useradd -r -g ${u} -u ${uid} --home-dir=/var/lib/${u} --shell=/usr/sbin/nologin ${u}`);
  }
  return u;
}

function aptInstall(ctx, out, pkgs, { build = false } = {}) {
  const lines = [];
  const sorted = pkgs.slice().sort();
  const noRec = ctx.problems.aptNoRecommends && chance(0.6) ? '' : ' --no-install-recommends';
  const yes = ctx.problems.aptNoYes && chance(0.5) ? '' : ' -y';
  if (build) lines.push('    savedAptMark="$(apt-mark showmanual)"; \\');
  lines.push('    apt-get update; \\');
  lines.push(`    apt-get install${yes}${noRec} \\`);
  for (const p of sorted) {
    const pin = chance(0.1) ? `=${ver()}-${int(1, 4)}` : '';
    lines.push(`        ${p}${pin} \\`);
    if (chance(0.04)) lines.push(`# ${pick(COMMENTS)}`);
  }
  lines.push('    ; \\');
  if (!(ctx.problems.aptNoClean && chance(0.6))) lines.push('    rm -rf /var/lib/apt/lists/*; \\');
  return lines;
}

function endChain(lines) {
  // The last line of a RUN chain loses its trailing "; \" or " \".
  const last = lines.length - 1;
  lines[last] = lines[last].replace(/;? \\$/, '');
  return lines;
}

function archCase(ctx, lines) {
  lines.push('    dpkgArch="$(dpkg --print-architecture)"; \\');
  lines.push('    case "${dpkgArch##*-}" in \\');
  for (const [deb, up] of sample([['amd64', 'x86_64'], ['arm64', 'aarch64'], ['armhf', 'armv7'],
    ['i386', 'x86'], ['ppc64el', 'ppc64le'], ['s390x', 's390x']], int(2, 5))) {
    lines.push(`        ${deb}) arch='${up}'; sha256='${hex(64)}' ;; \\`);
  }
  lines.push(`        *) echo >&2 "error: unsupported architecture: $dpkgArch"; exit 1 ;; \\`);
  lines.push('    esac; \\');
}

function downloadVerify(ctx, lines, url, file) {
  const q = ctx.problems.unquoted && chance(0.5) ? '' : '"';
  lines.push(`    wget -O ${file} ${q}${url}${q}; \\`);
  if (chance(0.7)) lines.push(`    echo "$sha256 *${file}" | sha256sum -c -; \\`);
  if (chance(0.5)) {
    lines.push(`    wget -O ${file}.asc ${q}${url}.asc${q}; \\`);
    lines.push('    export GNUPGHOME="$(mktemp -d)"; \\');
    for (const k of GPG_KEYS()) lines.push(`    gpg --batch --keyserver keyserver.ubuntu.com --recv-keys ${k}; \\`);
    lines.push(`    gpg --batch --verify ${file}.asc ${file}; \\`);
    lines.push('    gpgconf --kill all; \\');
    lines.push(`    rm -rf "$GNUPGHOME" ${file}.asc; \\`);
  }
}

function buildFromSource(ctx, lines, name) {
  lines.push(`    mkdir -p /usr/src/${name}; \\`);
  lines.push(`    tar -xf ${name}.tar.gz -C /usr/src/${name} --strip-components=1; \\`);
  lines.push(`    rm ${name}.tar.gz; \\`);
  if (chance(0.4)) {
    lines.push(`    grep -E '^ *createBoolConfig[(]"protected-mode",.*, *1 *,.*[)],$' /usr/src/${name}/src/config.c; \\`);
    lines.push(`    sed -ri 's!^( *createBoolConfig[(]"protected-mode",.*, *)1( *,.*[)],)$!\\10\\2!' /usr/src/${name}/src/config.c; \\`);
  }
  lines.push(`    cd /usr/src/${name}; \\`);
  lines.push('    gnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \\');
  const opts = sample(['--enable-shared', '--with-ssl', '--with-openssl', '--enable-optimizations',
    '--with-lto', '--with-system-expat', '--without-ensurepip', '--enable-loadable-sqlite-extensions',
    `--prefix=/usr/local`, `--sysconfdir=/etc/${name}`, '--with-pcre2', '--with-threads'], int(2, 7));
  lines.push('    ./configure \\');
  lines.push('        --build="$gnuArch" \\');
  for (const o of opts) lines.push(`        ${o} \\`);
  lines.push('    ; \\');
  lines.push(`    make -j "$(nproc)"${chance(0.5) ? ' all' : ''}; \\`);
  lines.push('    make install; \\');
  lines.push(`    cd /; rm -rf /usr/src/${name}; \\`);
}

function aptAutoremove(lines) {
  lines.push('    apt-mark auto \'.*\' > /dev/null; \\');
  lines.push('    [ -z "$savedAptMark" ] || apt-mark manual $savedAptMark > /dev/null; \\');
  lines.push('    find /usr/local -type f -executable -exec ldd \'{}\' \';\' \\');
  lines.push("        | awk '/=>/ { so = $(NF-1); if (index(so, \"/usr/local/\") == 1) { next }; gsub(\"^/(usr/)?\", \"\", so); printf \"*%s\\n\", so }' \\");
  lines.push('        | sort -u \\');
  lines.push("        | xargs -r dpkg-query --search 2>/dev/null \\");
  lines.push("        | cut -d: -f1 \\");
  lines.push('        | sort -u \\');
  lines.push('        | xargs -r apt-mark manual \\');
  lines.push('    ; \\');
  lines.push('    apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \\');
}

function entrypointFiles(ctx, name) {
  ctx.files['docker-entrypoint.sh'] = [
    '#!/bin/sh',
    'set -e',
    '',
    `# first arg is \`-f\` or \`--some-option\``,
    `if [ "\${1#-}" != "$1" ]; then`,
    `\tset -- ${name} "$@"`,
    'fi',
    '',
    `if [ "$1" = '${name}' ] && [ "$(id -u)" = '0' ]; then`,
    `\tfind . \\! -user ${name} -exec chown ${name} '{}' +`,
    `\texec gosu ${name} "$0" "$@"`,
    'fi',
    '',
    'exec "$@"',
    '',
  ].join('\n');
}

function tail(ctx, out, { user, port, entry = true, cmd }) {
  maybeBlank(out);
  if (chance(0.6)) out.push(`${kw(ctx, 'VOLUME')} /data`);
  if (chance(0.7)) out.push(`${kw(ctx, 'WORKDIR')} ${ctx.problems.relWorkdir && chance(0.5) ? 'data' : '/data'}`);
  if (entry) {
    if (ctx.problems.missingSource && !ctx.embedded) {
      out.push(`${kw(ctx, 'COPY')} docker-entrypoint.sh /usr/local/bin/`);
    } else {
      entrypointFiles(ctx, user || ctx.project);
      out.push(`${kw(ctx, 'COPY')} ${chance(0.3) ? '--chmod=0755 ' : ''}docker-entrypoint.sh /usr/local/bin/`);
    }
    if (chance(0.3)) out.push('RUN ln -s usr/local/bin/docker-entrypoint.sh / # backwards compat');
    out.push(`${kw(ctx, 'ENTRYPOINT')} ["docker-entrypoint.sh"]`);
  }
  maybeBlank(out);
  if (port) {
    const p = ctx.problems.exposeCase && chance(0.5) ? `${port}/TCP` : chance(0.3) ? `${port}/tcp` : `${port}`;
    out.push(`${kw(ctx, 'EXPOSE')} ${p}${chance(0.2) ? ` ${port + 1}` : ''}`);
  }
  if (chance(0.3)) out.push(`${kw(ctx, 'STOPSIGNAL')} ${pick(['SIGQUIT', 'SIGINT', 'SIGTERM', 'SIGWINCH'])}`);
  if (chance(0.35)) {
    out.push(`${kw(ctx, 'HEALTHCHECK')} --interval=${int(5, 60)}s --timeout=${int(1, 10)}s --start-period=${int(1, 60)}s --retries=${int(2, 5)} \\`);
    out.push(`  CMD ${pick([`curl -fsS http://localhost:${port || 8080}/healthz || exit 1`,
      `["${cmd || ctx.project}", "healthcheck"]`, `pg_isready -U postgres || exit 1`,
      `wget -qO- http://127.0.0.1:${port || 8080}/ping >/dev/null || exit 1`])}`);
  }
  if (user && chance(0.5)) out.push(`${kw(ctx, 'USER')} ${user}`);
  if (ctx.problems.userRoot) out.push(`${kw(ctx, 'USER')} root`);
  if (ctx.problems.shellCmd) out.push(`${kw(ctx, 'CMD')} ${cmd || ctx.project} --config /etc/${ctx.project}/config.yml`);
  else out.push(`${kw(ctx, 'CMD')} ["${cmd || ctx.project}"${chance(0.4) ? ', "--foreground"' : ''}]`);
  if (ctx.problems.multiCmd) out.push(`${kw(ctx, 'CMD')} ["${cmd || ctx.project}", "--help"]`);
}

// Runtime extras the application images add after their last FROM: build metadata, labels, runtime
// packages, a non-root user, config munging.
function appExtras(ctx, out, alpine) {
  if (chance(0.5)) {
    out.push(`${kw(ctx, 'ARG')} BUILD_DATE`);
    out.push(`${kw(ctx, 'ARG')} VCS_REF`);
    if (chance(0.5)) out.push(`${kw(ctx, 'ARG')} VERSION=${ver()}`);
  }
  if (chance(0.6)) labels(ctx, out);
  if (chance(0.6)) {
    if (chance(0.5)) comment(out);
    if (alpine) {
      out.push('RUN set -eux; \\');
      out.push(`    apk add --no-cache ${sample(APK_RUN, int(2, 6)).join(' ')}; \\`);
      out.push(`    mkdir -p /var/lib/${ctx.project} /var/log/${ctx.project}; \\`);
      out.push(`    ln -sf /dev/stdout /var/log/${ctx.project}/access.log`);
    } else {
      const l = ['RUN set -eux; \\', ...aptInstall(ctx, out, sample(APT_RUN, int(2, 8)))];
      l.push(`    mkdir -p /var/lib/${ctx.project} /var/log/${ctx.project}; \\`);
      if (chance(0.5)) l.push("    sed -i 's/^# *\\(en_US.UTF-8\\)/\\1/' /etc/locale.gen && locale-gen; \\");
      l.push(`    ln -sf /dev/stdout /var/log/${ctx.project}/access.log`);
      out.push(...endChain(l));
    }
  }
  if (chance(0.4)) {
    const envs = sample([['TZ', 'Etc/UTC'], ['LANG', 'C.UTF-8'], ['LC_ALL', 'C.UTF-8'],
      [`${ctx.project.toUpperCase().replace(/[^A-Z]/g, '_')}_HOME`, `/opt/${ctx.project}`],
      ['LOG_LEVEL', pick(['info', 'debug'])], ['HOME', `/var/lib/${ctx.project}`]], int(2, 4));
    envBlock(ctx, out, envs);
  }
  if (chance(0.3)) {
    out.push(`RUN set -eux; \\`);
    for (let i = int(2, 6); i > 0; i--) {
      out.push(`    sed -ri 's/^#?(${pick(['listen_addresses', 'log_destination', 'bind', 'port', 'max_connections', 'daemonize'])})\\s*=.*/\\1 = ${pick(["'*'", 'no', String(int(10, 9999)), 'stderr'])}/' /etc/${ctx.project}/${ctx.project}.conf; \\`);
    }
    out.push(`    grep -F "listen" /etc/${ctx.project}/${ctx.project}.conf`);
  }
}

// A test stage some application repositories add between build and runtime.
function testStage(ctx, out, from, cmd) {
  if (!chance(0.35)) return;
  maybeBlank(out);
  fromLine(ctx, from, 'test');
  out.push(`${kw(ctx, 'WORKDIR')} /src`);
  out.push(`${kw(ctx, 'COPY')} . .`);
  out.push(`RUN ${cmd}`);
}

// ---- families --------------------------------------------------------------------------------------

// Official-image style server on Debian: ENV versions, gosu, a source build with an arch switch.
function serverDebian(ctx, out) {
  const name = ctx.project;
  fromLine(ctx, pick(DEBIAN));
  maybeBlank(out);
  const user = userSetup(ctx, out, false);
  maybeBlank(out);
  if (chance(0.6)) {
    out.push(`# ${pick(COMMENTS)}`);
    out.push(`${kw(ctx, 'ENV')} GOSU_VERSION=1.${int(10, 17)}`);
    const l = ['RUN set -eux; \\'];
    l.push(...aptInstall(ctx, out, ['ca-certificates', 'gnupg', 'wget'], { build: true }));
    l.push('    dpkgArch="$(dpkg --print-architecture | awk -F- \'{ print $NF }\')"; \\');
    downloadVerify(ctx, l, 'https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch', '/usr/local/bin/gosu');
    l.push('    apt-mark auto \'.*\' > /dev/null; \\');
    l.push('    [ -z "$savedAptMark" ] || apt-mark manual $savedAptMark > /dev/null; \\');
    l.push('    apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \\');
    l.push('    chmod +x /usr/local/bin/gosu; \\');
    l.push('    gosu --version; \\');
    l.push('    gosu nobody true');
    out.push(...endChain(l));
    maybeBlank(out);
  }
  if (chance(0.3)) labels(ctx, out);
  const envs = [[`${name.toUpperCase().replace(/[^A-Z]/g, '_')}_VERSION`, ver()]];
  if (chance(0.7)) envs.push([`${name.toUpperCase().replace(/[^A-Z]/g, '_')}_DOWNLOAD_URL`, `https://download.example.org/releases/${name}-${ver()}.tar.gz`]);
  if (chance(0.5)) envs.push([`${name.toUpperCase().replace(/[^A-Z]/g, '_')}_DOWNLOAD_SHA256`, hex(64)]);
  if (chance(0.3)) envs.push(['LANG', 'C.UTF-8']);
  envBlock(ctx, out, envs);
  maybeBlank(out);
  if (chance(0.5)) comment(out);
  const l = ['RUN set -eux; \\'];
  l.push(...aptInstall(ctx, out, sample(APT_BUILD, int(5, 16)), { build: true }));
  if (chance(0.7)) archCase(ctx, l);
  downloadVerify(ctx, l, `$${envs[0][0].replace('VERSION', 'DOWNLOAD_URL')}`, `${name}.tar.gz`);
  buildFromSource(ctx, l, name);
  aptAutoremove(l);
  l.push(`    ${name} --version`);
  out.push(...endChain(l));
  if (chance(0.2)) {
    // A second source build: a module or extension, built the same way.
    const mod = `${name}-${pick(['module', 'plugin', 'ext', 'contrib'])}`;
    maybeBlank(out);
    envBlock(ctx, out, [[`${mod.toUpperCase().replace(/[^A-Z]/g, '_')}_VERSION`, ver()]]);
    const m = ['RUN set -eux; \\'];
    m.push(...aptInstall(ctx, out, sample(APT_BUILD, int(3, 10)), { build: true }));
    downloadVerify(ctx, m, `https://download.example.org/${mod}/${mod}-${ver()}.tar.gz`, `${mod}.tar.gz`);
    buildFromSource(ctx, m, mod);
    aptAutoremove(m);
    m.push(`    ls -l /usr/local/lib/${name}/modules`);
    out.push(...endChain(m));
  }
  if (chance(0.4)) {
    maybeBlank(out);
    out.push(`RUN mkdir -p /etc/${name}/conf.d && chown -R ${user}:${user} /etc/${name} /var/lib/${user}`);
  }
  if (chance(0.5)) appExtras(ctx, out, false);
  tail(ctx, out, { user, port: pick([80, 6379, 5432, 11211, 8080, 3306, 27017, 5672, 9090, 8500]), cmd: name });
}

// Official-image style on Alpine: apk virtual build deps, scanelf run deps.
function serverAlpine(ctx, out) {
  const name = ctx.project;
  fromLine(ctx, pick(ALPINE));
  maybeBlank(out);
  const user = userSetup(ctx, out, true);
  maybeBlank(out);
  if (chance(0.5)) out.push(`RUN apk add --no-cache ${sample(APK_RUN, int(1, 4)).join(' ')}`);
  if (ctx.problems.apkCache) out.push(`RUN apk add ${sample(APK_RUN, int(1, 3)).join(' ')}`);
  maybeBlank(out);
  const envs = [[`${name.toUpperCase().replace(/[^A-Z]/g, '_')}_VERSION`, ver()],
    [`${name.toUpperCase().replace(/[^A-Z]/g, '_')}_SHA256`, hex(64)]];
  envBlock(ctx, out, envs);
  maybeBlank(out);
  const l = ['RUN set -eux; \\', '    \\', '    apk add --no-cache --virtual .build-deps \\'];
  for (const p of sample(APK_BUILD, int(5, 14)).sort()) l.push(`        ${p} \\`);
  l.push('    ; \\');
  l.push(`    wget -O ${name}.tar.gz "https://download.example.org/releases/${name}-$${envs[0][0]}.tar.gz"; \\`);
  l.push(`    echo "$${envs[1][0]} *${name}.tar.gz" | sha256sum -c -; \\`);
  l.push(`    mkdir -p /usr/src/${name}; \\`);
  l.push(`    tar -xzf ${name}.tar.gz -C /usr/src/${name} --strip-components=1; \\`);
  l.push(`    rm ${name}.tar.gz; \\`);
  l.push(`    cd /usr/src/${name}; \\`);
  l.push(`    ./configure --prefix=/usr/local ${sample(['--enable-shared', '--with-ssl', '--disable-static', '--with-pic'], 2).join(' ')}; \\`);
  l.push('    make -j "$(nproc)"; \\');
  l.push('    make install; \\');
  l.push(`    rm -rf /usr/src/${name}; \\`);
  l.push('    \\');
  l.push('    runDeps="$( \\');
  l.push('        scanelf --needed --nobanner --format \'%n#p\' --recursive /usr/local \\');
  l.push("            | tr ',' '\\n' \\");
  l.push('            | sort -u \\');
  l.push("            | awk 'system(\"[ -e /usr/local/lib/\" $1 \" ]\") == 0 { next } { print \"so:\" $1 }' \\");
  l.push('    )"; \\');
  l.push('    apk add --no-network --virtual .run-deps $runDeps; \\');
  l.push('    apk del --no-network .build-deps; \\');
  l.push(`    ${name} --version`);
  out.push(...endChain(l));
  if (chance(0.5)) appExtras(ctx, out, true);
  tail(ctx, out, { user, port: pick([80, 6379, 5432, 11211, 8080, 9000, 8086]), cmd: name });
}

// Go: builder stage, module cache, static binary into distroless or alpine.
function goApp(ctx, out) {
  const name = ctx.project;
  if (!ctx.embedded && chance(0.5)) out.push('# syntax=docker/dockerfile:1');
  if (!ctx.embedded && chance(0.4)) {
    ctx.globalArg = 'GO_VERSION';
    out.push(`ARG GO_VERSION=1.${int(20, 23)}`);
  }
  fromLine(ctx, `golang:1.${int(20, 23)}-${pick(['bookworm', 'alpine'])}`, 'build');
  ctx.globalArg = null;
  out.push(`${kw(ctx, 'WORKDIR')} ${ctx.problems.relWorkdir ? 'src' : '/src'}`);
  ctx.files['go.mod'] = `module github.com/acme/${name}\n\ngo 1.22\n`;
  ctx.files['go.sum'] = '';
  ctx.files[`cmd/${name}/main.go`] = 'package main\n\nfunc main() {}\n';
  if (chance(0.6)) {
    out.push(`${kw(ctx, 'COPY')} go.mod go.sum ./`);
    out.push('RUN --mount=type=cache,target=/go/pkg/mod go mod download');
  }
  out.push(`${kw(ctx, 'COPY')} . .`);
  if (ctx.problems.undefinedVar) out.push(`RUN echo "building $BUILD_SHA"`);
  out.push(`${kw(ctx, 'ARG')} TARGETOS TARGETARCH`);
  if (chance(0.4)) out.push(`${kw(ctx, 'ARG')} VERSION=dev`);
  out.push('RUN --mount=type=cache,target=/go/pkg/mod \\');
  out.push('    --mount=type=cache,target=/root/.cache/go-build \\');
  out.push(`    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -ldflags="-s -w${chance(0.4) ? ' -X main.version=${VERSION}' : ''}" -o /out/${name} ./cmd/${name}`);
  if (chance(0.4)) out.push(`RUN go test ./... ${chance(0.5) ? '-race ' : ''}-count=1`);
  testStage(ctx, out, `golang:1.${int(20, 23)}`, 'go vet ./... && go test -count=1 ./...');
  maybeBlank(out);
  if (chance(0.5)) {
    fromLine(ctx, pick(['gcr.io/distroless/static-debian12:nonroot', 'gcr.io/distroless/base-debian12']));
    out.push(`${kw(ctx, 'COPY')} --from=build${ctx.suffix} /out/${name} /${name}`);
    out.push(`${kw(ctx, 'USER')} 65532:65532`);
    out.push(`${kw(ctx, 'ENTRYPOINT')} ["/${name}"]`);
  } else {
    fromLine(ctx, pick(ALPINE));
    appExtras(ctx, out, true);
    out.push(`RUN apk add --no-cache ca-certificates tzdata && adduser -D -u 10001 ${name.replace(/[^a-z]/g, '')}`);
    out.push(`${kw(ctx, 'COPY')} --from=build${ctx.suffix} /out/${name} /usr/local/bin/${name}`);
    if (ctx.problems.copyFromUnknown) out.push(`${kw(ctx, 'COPY')} --from=assets${ctx.suffix} /dist /srv/www`);
    out.push(`${kw(ctx, 'USER')} ${name.replace(/[^a-z]/g, '')}`);
    out.push(`${kw(ctx, 'EXPOSE')} ${pick([8080, 9090, 3000])}`);
    if (ctx.problems.shellCmd) out.push(`${kw(ctx, 'ENTRYPOINT')} /usr/local/bin/${name}`);
    else out.push(`${kw(ctx, 'ENTRYPOINT')} ["/usr/local/bin/${name}"]`);
    out.push(`${kw(ctx, 'CMD')} ["serve", "--addr", ":${int(3000, 9999)}"]`);
  }
}

// Node: deps stage, build stage, slim runtime.
function nodeApp(ctx, out) {
  const name = ctx.project;
  const nodeVer = pick(['18', '20', '22']);
  const variant = pick(['alpine', 'bookworm-slim', 'slim']);
  ctx.files['package.json'] = JSON.stringify({ name, version: ver(), private: true,
    scripts: { build: 'tsc -p .', start: 'node dist/index.js' } }, null, 2) + '\n';
  ctx.files['package-lock.json'] = '{"lockfileVersion": 3}\n';
  ctx.files['src/index.ts'] = 'export {};\n';
  if (chance(0.3)) ctx.files['.env'] = 'DATABASE_URL=postgres://app:secret@db/app\n';
  if (!ctx.embedded && chance(0.4)) {
    ctx.globalArg = 'NODE_VERSION';
    out.push(`ARG NODE_VERSION=${nodeVer}`);
  }
  fromLine(ctx, `node:${nodeVer}-${variant}`, 'deps');
  ctx.globalArg = null;
  out.push(`${kw(ctx, 'WORKDIR')} /app`);
  out.push(`${kw(ctx, 'COPY')} package.json package-lock.json ./`);
  out.push(chance(0.5) ? 'RUN npm ci --omit=dev' : 'RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev');
  maybeBlank(out);
  fromLine(ctx, `node:${nodeVer}-${variant}`, 'build');
  out.push(`${kw(ctx, 'WORKDIR')} /app`);
  out.push(`${kw(ctx, 'COPY')} --from=deps${ctx.suffix} /app/node_modules ./node_modules`);
  out.push(`${kw(ctx, 'COPY')} . .`);
  if (ctx.problems.secretArg) out.push(`${kw(ctx, 'ARG')} NPM_TOKEN`);
  if (chance(0.4)) out.push(`RUN npm install -g ${sample(NPM, int(1, 2)).join(' ')}`);
  out.push('RUN npm run build && npm prune --omit=dev');
  maybeBlank(out);
  testStage(ctx, out, `node:${nodeVer}-${variant}`, 'npm ci && npm test');
  maybeBlank(out);
  fromLine(ctx, `node:${nodeVer}-${variant}`, 'runtime');
  appExtras(ctx, out, variant === 'alpine');
  envBlock(ctx, out, [['NODE_ENV', 'production'], ['PORT', String(int(3000, 9000))]]);
  out.push(`${kw(ctx, 'WORKDIR')} /app`);
  if (ctx.problems.sudo) out.push('RUN sudo chown -R node:node /app');
  out.push(`${kw(ctx, 'COPY')} --from=build${ctx.suffix} --chown=node:node /app/dist ./dist`);
  out.push(`${kw(ctx, 'COPY')} --from=deps${ctx.suffix} --chown=node:node /app/node_modules ./node_modules`);
  out.push(`${kw(ctx, 'USER')} node`);
  out.push(`${kw(ctx, 'EXPOSE')} ${int(3000, 9000)}`);
  if (chance(0.4)) out.push(`${kw(ctx, 'HEALTHCHECK')} CMD node -e "require('http').get('http://localhost:'+process.env.PORT+'/health', r => process.exit(r.statusCode === 200 ? 0 : 1))"`);
  if (ctx.problems.shellCmd) out.push(`${kw(ctx, 'CMD')} node dist/index.js`);
  else out.push(`${kw(ctx, 'CMD')} ["node", "dist/index.js"]`);
}

// Python: venv builder, pip, slim runtime; some single-stage.
function pythonApp(ctx, out) {
  const name = ctx.project;
  const py = `3.${int(9, 12)}`;
  ctx.files['requirements.txt'] = sample(PIP, int(2, 6)).join('\n') + '\n';
  ctx.files[`${name.replace(/[^a-z]/g, '')}/__init__.py`] = '';
  if (chance(0.25)) ctx.files['.env'] = 'SECRET_KEY=dev\n';
  if (chance(0.5)) {
    fromLine(ctx, `python:${py}-slim`, 'builder');
    envBlock(ctx, out, [['PIP_NO_CACHE_DIR', '1'], ['PIP_DISABLE_PIP_VERSION_CHECK', '1']]);
    out.push(...endChain(['RUN set -eux; \\', ...aptInstall(ctx, out, sample(['build-essential', 'libpq-dev', 'gcc', 'libffi-dev'], 2))]));
    out.push('RUN python -m venv /opt/venv');
    out.push(`${kw(ctx, 'ENV')} PATH="/opt/venv/bin:$PATH"`);
    out.push(`${kw(ctx, 'COPY')} requirements.txt .`);
    out.push(`RUN pip install ${ctx.problems.pipCache ? '' : '--no-cache-dir '}-r requirements.txt`);
    maybeBlank(out);
    fromLine(ctx, `python:${py}-slim`);
    out.push(`${kw(ctx, 'COPY')} --from=builder${ctx.suffix} /opt/venv /opt/venv`);
    envBlock(ctx, out, [['PATH', '"/opt/venv/bin:$PATH"'], ['PYTHONUNBUFFERED', '1'], ['PYTHONDONTWRITEBYTECODE', '1']]);
  } else {
    fromLine(ctx, `python:${py}${pick(['', '-slim', '-alpine'])}`);
    envBlock(ctx, out, [['PYTHONUNBUFFERED', '1'], ['PYTHONDONTWRITEBYTECODE', '1']]);
    if (ctx.problems.secretArg) out.push(`${kw(ctx, 'ENV')} AWS_SECRET_ACCESS_KEY=changeme`);
    out.push(`${kw(ctx, 'WORKDIR')} ${ctx.problems.relWorkdir ? 'app' : '/app'}`);
    out.push(`${kw(ctx, 'COPY')} requirements.txt .`);
    out.push(`RUN pip install ${ctx.problems.pipCache ? '' : '--no-cache-dir '}${chance(0.3) ? '--upgrade pip && pip install --no-cache-dir ' : ''}-r requirements.txt`);
  }
  appExtras(ctx, out, false);
  out.push(`${kw(ctx, 'WORKDIR')} /app`);
  out.push(`${kw(ctx, 'COPY')} . .`);
  if (ctx.problems.undefinedVar) out.push(`${kw(ctx, 'COPY')} config/$APP_ENV.yaml /app/config.yaml`);
  if (chance(0.5)) out.push(`RUN useradd --create-home --uid ${int(1000, 2000)} app && chown -R app /app`);
  if (chance(0.5)) out.push(`${kw(ctx, 'USER')} app`);
  out.push(`${kw(ctx, 'EXPOSE')} ${pick([8000, 5000, 8080])}`);
  if (ctx.problems.shellCmd) out.push(`${kw(ctx, 'CMD')} gunicorn -b 0.0.0.0:8000 ${name.replace(/[^a-z]/g, '')}.wsgi`);
  else out.push(`${kw(ctx, 'CMD')} ["gunicorn", "--bind", "0.0.0.0:8000", "--workers", "${int(2, 8)}", "${name.replace(/[^a-z]/g, '')}.wsgi:app"]`);
}

// Java: maven build, jlink or JRE runtime.
function javaApp(ctx, out) {
  const name = ctx.project;
  ctx.files['pom.xml'] = `<project><artifactId>${name}</artifactId></project>\n`;
  ctx.files['src/main/java/App.java'] = 'class App {}\n';
  fromLine(ctx, `maven:3.9-eclipse-temurin-${pick(['17', '21'])}`, 'build');
  out.push(`${kw(ctx, 'WORKDIR')} /workspace`);
  out.push(`${kw(ctx, 'COPY')} pom.xml .`);
  out.push('RUN --mount=type=cache,target=/root/.m2 mvn -B -q dependency:go-offline');
  out.push(`${kw(ctx, 'COPY')} src ./src`);
  out.push('RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests package \\');
  out.push(`    && cp target/*.jar /workspace/app.jar`);
  if (chance(0.4)) {
    out.push('RUN jlink --add-modules java.base,java.logging,java.sql,java.naming,jdk.unsupported \\');
    out.push('      --strip-debug --no-man-pages --no-header-files --compress=2 --output /jre');
  }
  maybeBlank(out);
  fromLine(ctx, `eclipse-temurin:${pick(['17', '21'])}-jre${pick(['', '-alpine', '-jammy'])}`);
  appExtras(ctx, out, false);
  if (chance(0.5)) out.push(`RUN groupadd --system app && useradd --system --gid app app`);
  out.push(`${kw(ctx, 'COPY')} --from=build${ctx.suffix} /workspace/app.jar /opt/app/app.jar`);
  envBlock(ctx, out, [['JAVA_OPTS', '"-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"']]);
  out.push(`${kw(ctx, 'EXPOSE')} 8080`);
  if (chance(0.5)) out.push(`${kw(ctx, 'USER')} app`);
  out.push(`${kw(ctx, 'ENTRYPOINT')} ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/app/app.jar"]`);
}

// Modern BuildKit style: heredocs, cache/secret mounts, COPY --link, checks.
function buildkitModern(ctx, out) {
  const name = ctx.project;
  if (!ctx.embedded) {
    out.push('# syntax=docker/dockerfile:1.7');
    if (chance(0.3)) out.push('# check=skip=JSONArgsRecommended');
    out.push('');
  }
  fromLine(ctx, pick(DEBIAN), 'base');
  out.push('RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\');
  out.push('    --mount=type=cache,target=/var/lib/apt,sharing=locked \\');
  out.push(`    apt-get update && apt-get install -y --no-install-recommends ${sample(APT_RUN, int(2, 6)).join(' ')}`);
  maybeBlank(out);
  fromLine(ctx, `base${ctx.suffix}`, 'build');
  out.push(`${kw(ctx, 'WORKDIR')} /src`);
  ctx.files['Makefile'] = 'all:\n\ttrue\n';
  out.push(`${kw(ctx, 'COPY')} --link . .`);
  out.push('RUN --mount=type=secret,id=netrc,target=/root/.netrc \\');
  out.push(`    --mount=type=cache,target=/root/.cache make -j"$(nproc)" ${name}`);
  const delim = pick(['EOF', 'EOT', 'SCRIPT']);
  const dash = chance(0.2);
  out.push(`RUN <<${dash ? '-' : ''}${delim}`);
  if (chance(0.5)) out.push('#!/usr/bin/env bash');
  out.push('set -euo pipefail');
  for (let i = int(3, 9); i > 0; i--) {
    const ind = dash ? '\t' : '';
    out.push(ind + pick([
      `echo "configuring ${name} (\${VERSION:-dev})"`,
      `install -d -m 0755 /srv/${name}`,
      `printf '%s\\n' "listen=0.0.0.0:${int(1024, 65000)}" > /etc/${name}.conf`,
      `for f in /docker-entrypoint.d/*.sh; do [ -x "$f" ] && "$f"; done`,
      `cp build/${name} /usr/local/bin/`,
      ctx.problems.unquoted ? `cp $SRC_DIR/*.conf /etc/${name}/` : `cp "/src/etc/${name}.conf" /etc/`,
      `strip /usr/local/bin/${name} || true`,
    ]));
  }
  out.push(delim);
  out.push(`${kw(ctx, 'COPY')} <<EOF /etc/${name}/config.yaml`);
  out.push(`service: ${name}`);
  out.push(`port: ${int(1024, 65000)}`);
  out.push(`log_level: ${pick(['debug', 'info', 'warn'])}`);
  out.push('EOF');
  maybeBlank(out);
  testStage(ctx, out, `build${ctx.suffix}`, `make test`);
  fromLine(ctx, `base${ctx.suffix}`, 'runtime');
  appExtras(ctx, out, false);
  out.push(`${kw(ctx, 'COPY')} --link --from=build${ctx.suffix} /usr/local/bin/${name} /usr/local/bin/`);
  out.push(`${kw(ctx, 'COPY')} --link --from=build${ctx.suffix} /etc/${name} /etc/${name}`);
  out.push(`${kw(ctx, 'USER')} ${pick(['nobody', '65532:65532', '1000'])}`);
  out.push(`${kw(ctx, 'HEALTHCHECK')} --interval=30s CMD ["/usr/local/bin/${name}", "health"]`);
  out.push(`${kw(ctx, 'ENTRYPOINT')} ["/usr/local/bin/${name}"]`);
}

// The small Dockerfiles of application repositories, problems and all.
function simple(ctx, out) {
  const name = ctx.project;
  const base = weighted([[3, pick(DEBIAN)], [2, pick(ALPINE)], [2, `node:${pick(['18', '20'])}`],
    [2, `python:3.${int(9, 12)}`], [1, `centos:7`], [1, `fedora:${int(38, 40)}`]]);
  fromLine(ctx, base);
  if (ctx.problems.maintainer) out.push('MAINTAINER ops@example.com');
  if (base.startsWith('centos') || base.startsWith('fedora')) {
    const tool = base.startsWith('centos') ? 'yum' : 'dnf';
    out.push(`RUN ${tool} install -y ${sample(['httpd', 'php', 'git', 'make', 'gcc', 'which', 'procps-ng'], int(2, 4)).join(' ')}${chance(0.5) ? ` && ${tool} clean all` : ''}`);
  } else if (base.startsWith('alpine')) {
    out.push(`RUN apk ${ctx.problems.apkCache ? '' : '--no-cache '}add ${sample(APK_RUN, int(2, 5)).join(' ')}`);
  } else if (base.startsWith('node')) {
    ctx.files['package.json'] = '{}\n';
    out.push(`${kw(ctx, 'WORKDIR')} ${ctx.problems.relWorkdir ? 'usr/src/app' : '/usr/src/app'}`);
    out.push(`${kw(ctx, 'COPY')} package*.json ./`);
    out.push(`RUN npm ${chance(0.5) ? 'install' : 'ci'}`);
  } else if (base.startsWith('python')) {
    ctx.files['requirements.txt'] = 'flask\n';
    out.push(`${kw(ctx, 'COPY')} requirements.txt /tmp/`);
    out.push(`RUN pip install ${ctx.problems.pipCache ? '' : '--no-cache-dir '}-r /tmp/requirements.txt`);
  } else {
    out.push(`RUN apt-get update && apt-get install -y ${sample(APT_RUN, int(2, 6)).join(' ')}${ctx.problems.aptNoClean ? '' : ' && rm -rf /var/lib/apt/lists/*'}`);
  }
  if (ctx.problems.pipeNoFail) out.push(`RUN curl -sSL https://install.example.com/${name}.sh | sh`);
  if (ctx.problems.cdRun) out.push(`RUN cd /opt && git clone https://github.com/acme/${name}.git`);
  if (ctx.problems.sudo) out.push('RUN sudo mkdir -p /var/run/app');
  if (ctx.problems.secretArg) out.push(`${kw(ctx, 'ARG')} ${pick(['GITHUB_TOKEN', 'DB_PASSWORD', 'API_SECRET'])}`);
  if (ctx.problems.undefinedVar) out.push(`${kw(ctx, 'WORKDIR')} /opt/$APP_HOME`);
  if (ctx.problems.unquoted) out.push(`RUN for f in $(ls /etc/${name}); do echo $f; done`);
  if (chance(0.5)) {
    ctx.files['app.conf'] = 'listen 80;\n';
    out.push(`${kw(ctx, 'ADD')} app.conf /etc/${name}/app.conf`);
  }
  ctx.files['README.md'] = `# ${name}\n`;
  if (chance(0.4)) ctx.files['.env'] = 'TOKEN=abc\n';
  out.push(`${kw(ctx, 'COPY')} . ${ctx.problems.relWorkdir ? 'app/' : '/app/'}`);
  if (ctx.problems.exposeCase) out.push(`${kw(ctx, 'EXPOSE')} 8080/TCP`);
  else out.push(`${kw(ctx, 'EXPOSE')} ${pick([80, 8080, 3000, 5000])}`);
  if (ctx.problems.shellCmd || chance(0.3)) out.push(`${kw(ctx, 'CMD')} ${pick(['npm start', 'python app.py', `/app/${name}`, 'httpd -DFOREGROUND'])}`);
  else out.push(`${kw(ctx, 'CMD')} ["/app/run.sh"]`);
  if (ctx.problems.multiCmd) out.push(`${kw(ctx, 'CMD')} ["sleep", "infinity"]`);
}

const FAMILIES = [
  [30, 'server-debian', serverDebian],
  [20, 'server-alpine', serverAlpine],
  [14, 'go', goApp],
  [14, 'node', nodeApp],
  [14, 'python', pythonApp],
  [7, 'java', javaApp],
  [8, 'buildkit', buildkitModern],
  [12, 'simple', simple],
];

const PROBLEMS = {
  untagged: 0.08, latest: 0.1, casing: 0.05, stageCase: 0.06, asCase: 0.05, legacyEnv: 0.12,
  maintainer: 0.06, relWorkdir: 0.05, shellCmd: 0.15, multiCmd: 0.03, userRoot: 0.05,
  missingSource: 0.06, exposeCase: 0.04, secretArg: 0.08, undefinedVar: 0.08, unquoted: 0.15,
  aptNoRecommends: 0.15, aptNoYes: 0.03, aptNoClean: 0.1, apkCache: 0.1, pipCache: 0.15,
  pipeNoFail: 0.15, cdRun: 0.15, sudo: 0.04, copyFromUnknown: 0.05,
};

function newCtx(project, embedded, suffix) {
  const problems = {};
  for (const [k, p] of Object.entries(PROBLEMS)) problems[k] = chance(p);
  return { project, embedded, suffix, problems, files: {}, globalArg: null };
}

function generateFile(index, embedded) {
  const [, family, fn] = weighted(FAMILIES.map((f) => [f[0], f]));
  const project = pick(PROJECTS);
  const ctx = newCtx(project, embedded, embedded ? `-${index}` : '');
  const out = [];
  ctx.out = out;
  if (chance(0.35)) {
    out.push('#');
    out.push(`# ${project}: ${pick(['NOTE: THIS DOCKERFILE IS GENERATED VIA "apply-templates.sh"', 'Container image for the service', 'Build: docker build -t acme/' + project + ' .'])}`);
    out.push('#');
    if (chance(0.5)) out.push('# PLEASE DO NOT EDIT IT DIRECTLY.');
    out.push('#');
    out.push('');
  }
  fn(ctx, out);
  // A few files also get a .dockerignore (some with patterns that are unused or invalid).
  if (chance(0.3)) {
    const lines = ['# build context', '.git', 'node_modules', '*.md', '!README.md'];
    if (chance(0.3)) lines.push('/tmp');
    if (chance(0.2)) lines.push('.git');
    if (chance(0.2)) lines.push('dist/[');
    ctx.files['.dockerignore'] = lines.join('\n') + '\n';
  }
  return { family, project, text: out.join('\n') + '\n', files: ctx.files };
}

// ---- outputs ---------------------------------------------------------------------------------------
function rmrf(p) {
  fs.rmSync(p, { recursive: true, force: true });
}

function writeCorpus(root, count) {
  const entries = [];
  for (let i = 0; i < count; i++) {
    const g = generateFile(i, false);
    const variant = g.family.startsWith('server') ? `${ver().split('.').slice(0, 2).join('.')}/${g.family.split('-')[1]}` : g.family;
    const dir = path.join(root, 'gen', `${String(i).padStart(4, '0')}-${g.project}`, variant);
    fs.mkdirSync(dir, { recursive: true });
    const fileName = weighted([[90, 'Dockerfile'], [4, 'Dockerfile.prod'], [3, `${g.project}.Dockerfile`], [3, 'Containerfile']]);
    const file = path.join(dir, fileName);
    fs.writeFileSync(file, g.text);
    for (const [rel, content] of Object.entries(g.files)) {
      const p = path.join(dir, rel);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, content);
    }
    entries.push({ file, family: g.family, bytes: Buffer.byteLength(g.text), dir });
  }
  return entries;
}

function conformanceFiles(root) {
  const found = [];
  (function walk(d) {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'testfiles-negative') walk(p);
      } else if (e.name === 'Dockerfile') {
        found.push(p);
      }
    }
  })(root);
  return found;
}

function writeBig(dir, minBytes) {
  const out = ['# syntax=docker/dockerfile:1.7', ''];
  let bytes = Buffer.byteLength(out.join('\n') + '\n');
  const starts = []; // byte offsets where an embedded file starts
  let i = 0;
  while (bytes < minBytes) {
    starts.push(bytes);
    const g = generateFile(i++, true);
    const text = g.text + '\n';
    out.push(text);
    bytes += Buffer.byteLength(text);
  }
  const text = out.slice(0, 2).join('\n') + '\n' + out.slice(2).join('');
  fs.writeFileSync(path.join(dir, 'big.Dockerfile'), text);
  const buf = Buffer.from(text);
  const prefix = (name, target) => {
    const cut = starts.filter((s) => s <= target).pop();
    fs.writeFileSync(path.join(dir, name), buf.subarray(0, cut));
    return { file: path.join(dir, name), bytes: cut, lines: countLines(buf.subarray(0, cut)) };
  };
  return {
    big: { file: path.join(dir, 'big.Dockerfile'), bytes: buf.length, lines: countLines(buf), parts: i },
    half: prefix('half.Dockerfile', buf.length / 2),
    quarter: prefix('quarter.Dockerfile', buf.length / 4),
  };
}

function countLines(buf) {
  let n = 0;
  for (const b of buf) if (b === 10) n++;
  return n;
}

function copyDir(src, dest) {
  fs.mkdirSync(dest, { recursive: true });
  for (const e of fs.readdirSync(src, { withFileTypes: true })) {
    const s = path.join(src, e.name);
    const d = path.join(dest, e.name);
    if (e.isDirectory()) copyDir(s, d);
    else fs.copyFileSync(s, d);
  }
}

function main() {
  const out = args.out;
  const corpus = path.join(out, 'lint-corpus');
  rmrf(corpus);
  fs.mkdirSync(corpus, { recursive: true });
  random = rng(Number(args.seed));
  const generated = writeCorpus(corpus, Number(args.files));

  const conf = conformanceFiles(args.conformance);
  if (conf.length === 0) throw new Error(`no conformance Dockerfiles under ${args.conformance}`);
  const confEntries = conf.map((f) => {
    const rel = path.relative(args.conformance, path.dirname(f)).split(path.sep).join('__');
    const dest = path.join(corpus, 'conformance', rel, 'Dockerfile');
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(f, dest);
    return { file: dest, bytes: fs.statSync(dest).size };
  });

  // The typical file: the generated Dockerfile of median size.
  const counts = {};
  for (const g of generated) counts[g.family] = (counts[g.family] || 0) + 1;
  const named = generated.filter((g) => path.basename(g.file) === 'Dockerfile')
    .sort((a, b) => a.bytes - b.bytes || (a.file < b.file ? -1 : 1));
  const typical = named[Math.floor(named.length / 2)];
  const typicalDir = path.join(out, 'lint-typical');
  rmrf(typicalDir);
  copyDir(typical.dir, typicalDir);
  for (const f of fs.readdirSync(typicalDir)) {
    if (f !== 'Dockerfile' && /^(Dockerfile\.|Containerfile|.*\.Dockerfile$)/.test(f)) fs.rmSync(path.join(typicalDir, f));
  }

  const bigDir = path.join(out, 'lint-big');
  rmrf(bigDir);
  fs.mkdirSync(bigDir, { recursive: true });
  random = rng(Number(args.seed) + 1);
  const big = writeBig(bigDir, Number(args['big-bytes']));

  const all = generated.map((g) => g.file).concat(confEntries.map((c) => c.file)).sort();
  fs.writeFileSync(path.join(out, 'lint-corpus.txt'), all.join('\n') + '\n');
  const sizes = generated.map((g) => g.bytes).sort((a, b) => a - b);
  const q = (p) => sizes[Math.min(sizes.length - 1, Math.floor(p * sizes.length))];
  let contextFiles = 0;
  (function walk(d) {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else contextFiles++;
    }
  })(corpus);
  console.log(JSON.stringify({
    seed: Number(args.seed),
    corpus,
    files: all.length,
    generatedFiles: generated.length,
    conformanceFiles: confEntries.length,
    bytes: generated.reduce((a, g) => a + g.bytes, 0) + confEntries.reduce((a, c) => a + c.bytes, 0),
    filesOnDisk: contextFiles,
    families: counts,
    sizeQuantiles: { min: sizes[0], p10: q(0.1), median: q(0.5), p90: q(0.9), max: sizes[sizes.length - 1] },
    typical: { file: path.join(typicalDir, 'Dockerfile'), from: typical.file, family: typical.family, bytes: typical.bytes,
      lines: countLines(fs.readFileSync(typical.file)) },
    big,
  }, null, 1));
}

function parseArgs(argv, defaults) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)$/.exec(argv[i]);
    if (!m || !(m[1] in defaults) || i + 1 >= argv.length) {
      throw new Error('usage: gen-lint-corpus.js [--out DIR] [--conformance DIR] [--files N] ' +
        `[--big-bytes N] [--seed N]; bad argument ${argv[i]}`);
    }
    out[m[1]] = argv[++i];
  }
  return out;
}

main();
