#!/usr/bin/env node
// Generates the parser benchmark inputs into an output directory (bench/work/ by default):
//   big.Dockerfile      a deterministic multi-stage Dockerfile of at least --min-bytes bytes
//   corpus/*.Dockerfile copies of the BuildKit parser conformance Dockerfiles
//   corpus.txt          the corpus file list, one path a line
// Usage: node bench/gen-inputs.js [--out DIR] [--conformance DIR] [--min-bytes N] [--seed N]
'use strict';

const fs = require('fs');
const path = require('path');

const args = parseArgs(process.argv.slice(2), {
  out: 'bench/work',
  conformance: '../shared/conformance/buildkit-parser',
  'min-bytes': String(5 * 1048576 + 65536),
  seed: '20240611',
});

// mulberry32: small, fast and deterministic across Node versions.
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

const random = rng(Number(args.seed));
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const chance = (p) => random() < p;
function sample(xs, n) {
  const copy = xs.slice();
  const out = [];
  while (out.length < n && copy.length > 0) {
    out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
  }
  return out;
}

const BASES = [
  ['debian', ['bookworm-slim', 'bookworm', '12.5', 'bullseye-slim']],
  ['ubuntu', ['22.04', '24.04', 'jammy', 'noble']],
  ['alpine', ['3.19', '3.20', 'latest']],
  ['golang', ['1.22-bookworm', '1.22-alpine', '1.21']],
  ['node', ['20-bookworm-slim', '20-alpine', '18']],
  ['python', ['3.12-slim', '3.11-alpine', '3.12']],
  ['eclipse-temurin', ['17-jdk', '21-jre', '17-jre-alpine']],
  ['rust', ['1.77-slim', '1.78-bookworm']],
  ['gcr.io/distroless/static-debian12', ['nonroot', 'latest']],
  ['registry.example.com:5000/platform/base', ['2024.05', 'v3.1.4']],
];
const APT = [
  'ca-certificates', 'curl', 'git', 'build-essential', 'pkg-config', 'libssl-dev', 'unzip',
  'gnupg', 'openssh-client', 'jq', 'less', 'locales', 'tzdata', 'procps', 'netcat-openbsd',
  'python3', 'python3-pip', 'python3-venv', 'libpq-dev', 'zlib1g-dev', 'libffi-dev', 'make',
  'cmake', 'g++', 'xz-utils', 'file', 'dumb-init', 'tini', 'wget', 'rsync', 'vim-tiny',
];
const APK = [
  'ca-certificates', 'curl', 'git', 'bash', 'build-base', 'openssl-dev', 'musl-dev', 'libffi-dev',
  'tzdata', 'jq', 'su-exec', 'tini', 'postgresql-client', 'libc6-compat', 'openssh-client',
];
const PIP = ['requests==2.31.0', 'flask==3.0.3', 'gunicorn==22.0.0', 'psycopg[binary]==3.1.19',
  'pydantic==2.7.1', 'uvicorn[standard]==0.29.0', 'boto3==1.34.104', 'pyyaml==6.0.1'];
const WORDS = ['api', 'worker', 'gateway', 'auth', 'billing', 'search', 'indexer', 'scheduler',
  'notifier', 'ingest', 'reports', 'web', 'admin', 'metrics', 'proxy', 'cache'];
const COMMENTS = [
  'Install build dependencies',
  'keep the layer small: clean caches in the same RUN',
  'TODO(ops): pin this once upstream publishes checksums',
  'See https://docs.docker.com/build/building/best-practices/',
  'The binary is statically linked, so the runtime image needs no libc',
  'hadolint ignore=DL3008',
  'Runtime user; uid matches the volume owner on the host',
  'Cache mounts survive between builds',
  'Dépendances système — ne pas supprimer',
  '依存パッケージをインストール',
];

function version() {
  return `${int(0, 4)}.${int(0, 30)}.${int(0, 12)}`;
}

function comment(out) {
  out.push(`# ${pick(COMMENTS)}`);
}

function fromLine(stage, name) {
  const [image, tags] = pick(BASES);
  const platform = chance(0.3) ? '--platform=$BUILDPLATFORM ' : '';
  const ref = chance(0.15) ? `${image}:\${${stage.argName}}` : `${image}:${pick(tags)}`;
  const digest = chance(0.1) ? `@sha256:${hex(64)}` : '';
  return `FROM ${platform}${ref}${digest} AS ${name}`;
}

function hex(n) {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[int(0, 15)];
  return s;
}

function aptRun(out) {
  const pkgs = sample(APT, int(4, 14)).sort();
  const lines = ['RUN set -eux; \\', '    apt-get update; \\'];
  if (chance(0.5)) lines.push('    # ' + pick(COMMENTS));
  lines.push('    apt-get install -y --no-install-recommends \\');
  for (const p of pkgs) {
    lines.push(`        ${p}${chance(0.2) ? '=' + version() + '-1' : ''} \\`);
    if (chance(0.08)) lines.push('    # ' + pick(COMMENTS));
  }
  lines.push('    ; \\');
  lines.push('    rm -rf /var/lib/apt/lists/*');
  out.push(...lines);
}

function apkRun(out) {
  const pkgs = sample(APK, int(3, 10));
  out.push(`RUN apk add --no-cache ${pkgs.join(' ')} \\`);
  if (chance(0.5)) out.push('# ' + pick(COMMENTS));
  out.push(`    && addgroup -S app && adduser -S -G app -u ${int(1000, 20000)} app`);
}

function chainRun(out, name) {
  const n = int(3, 12);
  const steps = [];
  for (let i = 0; i < n; i++) {
    steps.push(pick([
      () => `mkdir -p /opt/${name}/{bin,etc,var} /var/log/${name}`,
      () => `curl -fsSL "https://downloads.example.com/${name}/v\${VERSION}/${name}-linux-\${TARGETARCH}.tar.gz" -o /tmp/${name}.tgz`,
      () => `echo "${hex(64)}  /tmp/${name}.tgz" | sha256sum -c -`,
      () => `tar -xzf /tmp/${name}.tgz -C /opt/${name} --strip-components=1`,
      () => `rm -f /tmp/${name}.tgz`,
      () => `ln -sf /opt/${name}/bin/${name} /usr/local/bin/${name}`,
      () => `chown -R app:app /opt/${name} /var/log/${name}`,
      () => `find /opt/${name} -type f -name '*.a' -delete`,
      () => `sed -i -e 's/^#\\(listen\\)/\\1/' -e "s|@PREFIX@|/opt/${name}|g" /opt/${name}/etc/${name}.conf`,
      () => `if [ "$TARGETARCH" = "arm64" ]; then export GOARM=7; fi`,
      () => `pip install --no-cache-dir ${sample(PIP, int(1, 4)).map((p) => `'${p}'`).join(' ')}`,
      () => `go build -trimpath -ldflags="-s -w -X main.version=\${VERSION}" -o /out/${name} ./cmd/${name}`,
      () => `npm ci --omit=dev && npm cache clean --force`,
      () => `${name} --version`,
    ])());
  }
  out.push(`RUN ${steps[0]} \\`);
  for (let i = 1; i < steps.length; i++) {
    if (chance(0.12)) out.push(`    # ${pick(COMMENTS)}`);
    out.push(`    && ${steps[i]}${i === steps.length - 1 ? '' : ' \\'}`);
  }
}

function mountRun(out, name) {
  const mount = pick([
    '--mount=type=cache,target=/root/.cache/go-build',
    '--mount=type=cache,target=/var/cache/apt,sharing=locked',
    '--mount=type=bind,source=go.sum,target=go.sum',
    '--mount=type=secret,id=npmrc,target=/root/.npmrc',
    '--mount=type=ssh',
  ]);
  const net = chance(0.2) ? ' --network=none' : '';
  out.push(`RUN ${mount}${net} make -C /src/${name} build VERSION=\${VERSION}`);
}

function heredocRun(out, name) {
  const delim = pick(['EOF', 'EOT', 'SCRIPT']);
  const dash = chance(0.3) ? '-' : '';
  const shebang = chance(0.4) ? ['#!/usr/bin/env bash'] : [];
  out.push(`RUN <<${dash}${delim}`);
  out.push(...shebang);
  out.push('set -euo pipefail');
  for (let i = int(2, 8); i > 0; i--) {
    out.push(`${dash ? '\t' : ''}${pick([
      `echo "configuring ${name} (\${VERSION:-dev})"`,
      `install -d -m 0755 -o app -g app /srv/${name}`,
      `printf '%s\\n' "listen=0.0.0.0:${int(1024, 65000)}" > /etc/${name}.conf`,
      `for f in /docker-entrypoint.d/*.sh; do [ -x "$f" ] && "$f"; done`,
      `useradd --system --uid ${int(100, 999)} --home /srv/${name} ${name} || true`,
    ])}`);
  }
  out.push(delim);
}

function heredocCopy(out, name) {
  out.push(`COPY <<EOF /etc/${name}/config.yaml`);
  out.push(`service: ${name}`);
  out.push(`port: ${int(1024, 65000)}`);
  out.push('log:');
  out.push(`  level: ${pick(['debug', 'info', 'warn'])}`);
  out.push('EOF');
}

function envLine(out, name) {
  const n = int(1, 5);
  const pairs = [];
  for (let i = 0; i < n; i++) {
    pairs.push(pick([
      () => `${name.toUpperCase()}_HOME=/opt/${name}`,
      () => `PATH=/opt/${name}/bin:$PATH`,
      () => `LANG=C.UTF-8`,
      () => `TZ=Etc/UTC`,
      () => `APP_GREETING="hello from ${name}"`,
      () => `JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+UseG1GC"`,
      () => `PYTHONDONTWRITEBYTECODE=1`,
      () => `NODE_ENV=production`,
    ])());
  }
  if (n > 2 && chance(0.5)) {
    out.push(`ENV ${pairs[0]} \\`);
    for (let i = 1; i < n; i++) out.push(`    ${pairs[i]}${i === n - 1 ? '' : ' \\'}`);
  } else {
    out.push(`ENV ${pairs.join(' ')}`);
  }
}

function labelLine(out, name) {
  out.push(`LABEL org.opencontainers.image.title="${name}" \\`);
  out.push(`      org.opencontainers.image.version="${version()}" \\`);
  out.push(`      org.opencontainers.image.source="https://git.example.com/acme/${name}" \\`);
  out.push(`      maintainer="Platform Team <platform@example.com>"`);
}

function stage(out, index, prev) {
  const name = `${pick(WORDS)}-${index}`;
  const st = { argName: `${name.split('-')[0].toUpperCase()}_VERSION` };
  if (chance(0.6)) comment(out);
  out.push(`ARG ${st.argName}=${version()}`);
  out.push(fromLine(st, name));
  out.push(`ARG VERSION=${version()}`);
  if (chance(0.5)) out.push('ARG TARGETARCH');
  if (chance(0.6)) envLine(out, name.split('-')[0]);
  if (chance(0.4)) labelLine(out, name.split('-')[0]);
  out.push(`WORKDIR /src/${name}`);
  const body = int(3, 8);
  for (let i = 0; i < body; i++) {
    if (chance(0.15)) out.push('');
    if (chance(0.2)) comment(out);
    pick([
      () => aptRun(out),
      () => apkRun(out),
      () => chainRun(out, name.split('-')[0]),
      () => chainRun(out, name.split('-')[0]),
      () => mountRun(out, name.split('-')[0]),
      () => heredocRun(out, name.split('-')[0]),
      () => heredocCopy(out, name.split('-')[0]),
      () => out.push(`COPY --chown=app:app ${pick(['go.mod go.sum', 'package*.json', 'requirements.txt', 'src/'])} ./`),
      () => prev && out.push(`COPY --from=${prev} --chown=${int(1000, 2000)}:${int(1000, 2000)} /out/ /usr/local/bin/`),
      () => out.push(`ADD --chmod=0755 https://downloads.example.com/tools/${pick(WORDS)}-${version()}.tar.gz /tmp/`),
      () => envLine(out, name.split('-')[0]),
    ])();
  }
  out.push('');
  if (chance(0.5)) out.push(`EXPOSE ${int(1024, 9999)}${chance(0.5) ? '/tcp' : ''}${chance(0.3) ? ' ' + int(1024, 9999) + '/udp' : ''}`);
  if (chance(0.3)) out.push(`VOLUME ["/var/lib/${name}"]`);
  if (chance(0.3)) out.push('SHELL ["/bin/bash", "-o", "pipefail", "-c"]');
  if (chance(0.2)) out.push(`ONBUILD COPY . /src/${name}`);
  if (chance(0.2)) out.push('STOPSIGNAL SIGTERM');
  if (chance(0.5)) {
    out.push(`HEALTHCHECK --interval=30s --timeout=3s --start-period=${int(1, 60)}s --retries=3 \\`);
    out.push(`  CMD curl -fsS http://localhost:${int(1024, 9999)}/healthz || exit 1`);
  }
  out.push(`USER ${pick(['app', 'nobody', '65532:65532', '${APP_UID:-1000}'])}`);
  out.push(`ENTRYPOINT ["/usr/bin/tini", "--", "/usr/local/bin/${name.split('-')[0]}"]`);
  out.push(chance(0.8) ? `CMD ["serve", "--port", "${int(1024, 9999)}", "--log-format=json"]` : `CMD ${name.split('-')[0]} serve --verbose`);
  out.push('');
  return name;
}

function generateBig(minBytes) {
  const out = ['# syntax=docker/dockerfile:1.7', '# check=skip=JSONArgsRecommended', ''];
  let bytes = 0;
  let prev = null;
  let index = 0;
  let flushed = 0;
  while (bytes < minBytes) {
    prev = stage(out, index++, prev);
    for (; flushed < out.length; flushed++) bytes += Buffer.byteLength(out[flushed], 'utf8') + 1;
  }
  return { text: out.join('\n') + '\n', stages: index, lines: out.length };
}

function corpusFiles(root) {
  const files = [];
  const add = (p) => {
    if (fs.existsSync(p)) files.push(p);
  };
  add(path.join(root, 'heredoc', 'Dockerfile'));
  add(path.join(root, 'testfile-line', 'Dockerfile'));
  const tf = path.join(root, 'testfiles');
  for (const d of fs.readdirSync(tf).sort()) add(path.join(tf, d, 'Dockerfile'));
  return files;
}

function main() {
  const out = args.out;
  fs.mkdirSync(path.join(out, 'corpus'), { recursive: true });
  const big = generateBig(Number(args['min-bytes']));
  fs.writeFileSync(path.join(out, 'big.Dockerfile'), big.text);
  const list = [];
  for (const f of corpusFiles(args.conformance)) {
    const rel = path.relative(args.conformance, path.dirname(f)).split(path.sep).join('__');
    const dest = path.join(out, 'corpus', `${rel}.Dockerfile`);
    fs.copyFileSync(f, dest);
    list.push(dest);
  }
  if (list.length === 0) throw new Error(`no conformance Dockerfiles under ${args.conformance}`);
  fs.writeFileSync(path.join(out, 'corpus.txt'), list.join('\n') + '\n');
  const corpusBytes = list.reduce((n, f) => n + fs.statSync(f).size, 0);
  console.log(JSON.stringify({
    big: path.join(out, 'big.Dockerfile'),
    bigBytes: Buffer.byteLength(big.text, 'utf8'),
    bigLines: big.lines,
    bigStages: big.stages,
    corpusFiles: list.length,
    corpusBytes,
  }));
}

function parseArgs(argv, defaults) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)$/.exec(argv[i]);
    if (!m || !(m[1] in defaults) || i + 1 >= argv.length) {
      throw new Error(`usage: gen-inputs.js [--out DIR] [--conformance DIR] [--min-bytes N] [--seed N]; bad argument ${argv[i]}`);
    }
    out[m[1]] = argv[++i];
  }
  return out;
}

main();
