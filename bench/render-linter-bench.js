#!/usr/bin/env node
// Renders the results of bench/lint-bench.sh: prints a summary and rewrites the linter section of
// BENCHMARKS.md (between <!-- bench:linter:start --> and <!-- bench:linter:end -->), keeping every
// other section as it is.
//
// Usage: node bench/render-linter-bench.js RESULTS_DIR BENCHMARKS.md [NOTES.md]
// Reads the run's metadata from RESULTS_DIR/meta.json (falling back to the environment) and
// BENCH_NO_WRITE from the environment, so a run can be rendered again after editing the notes.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const START = '<!-- bench:linter:start -->';
const END = '<!-- bench:linter:end -->';
const MIB = 1048576;
const TARGET_CORPUS_MS = 1000;
const TARGET_COLD_MS = 250;
const LINEAR_TOLERANCE = 0.15; // a doubling of the input may cost at most 2 × 1.15 the lint time

const [resultsDir, benchmarksFile, notesFile] = process.argv.slice(2);
if (!resultsDir || !benchmarksFile) {
  console.error('usage: render-linter-bench.js RESULTS_DIR BENCHMARKS.md [NOTES.md]');
  process.exit(2);
}
const file = (name) => path.join(resultsDir, name);
const exists = (name) => fs.existsSync(file(name));
const readJson = (name) => JSON.parse(fs.readFileSync(file(name), 'utf8'));
const readText = (name, dflt = 'n/a') => (exists(name) ? fs.readFileSync(file(name), 'utf8').trim() : dflt);
const env = { ...process.env, ...(exists('meta.json') ? readJson('meta.json') : {}) };

// ---- measurements ------------------------------------------------------------------------------
// Pools the hyperfine exports hf/NAME.ROUND.json (one run each) of one command.
function measured(name) {
  const dir = file('hf');
  const rounds = fs.existsSync(dir)
    ? fs.readdirSync(dir).filter((f) => f.startsWith(`${name}.`) && /^\d+\.json$/.test(f.slice(name.length + 1)))
    : [];
  if (rounds.length === 0) return null;
  const times = [];
  const user = [];
  const system = [];
  const exits = [];
  for (const f of rounds) {
    const r = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')).results[0];
    times.push(...r.times.map((t) => t * 1000));
    user.push(r.user * 1000);
    system.push(r.system * 1000);
    exits.push(...(r.exit_codes || []));
  }
  const n = times.length;
  const mean = times.reduce((a, b) => a + b, 0) / n;
  const sorted = times.slice().sort((a, b) => a - b);
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const stddev = n > 1 ? Math.sqrt(times.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1)) : 0;
  const avg = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const bad = exits.filter((c) => c !== 0 && c !== 1);
  if (bad.length) throw new Error(`${name}: exit codes ${bad.join(', ')} (only 0 and 1 are results)`);
  const check = exists(`check-${name}.json`) ? readJson(`check-${name}.json`) : {};
  return { name, n, mean, median, stddev, min: sorted[0], max: sorted[n - 1], user: avg(user), system: avg(system), check };
}

const inputs = readJson('inputs.json');
const m = {};
for (const name of ['dflint-corpus', 'dflint-sc-corpus', 'utils-corpus', 'dfl-corpus', 'hadolint-corpus',
  'dflint-cold', 'dflint-cold-nocds', 'dflint-cold-xshareoff', 'java-cold', 'dflint-cold-sc', 'utils-cold',
  'dfl-cold', 'hadolint-cold', 'node-empty', 'dflint-version', 'shellcheck-one',
  'dflint-quarter', 'dflint-half', 'dflint-big', 'utils-quarter', 'utils-half', 'utils-big', 'hadolint-big']) {
  m[name] = measured(name);
}
const checkOnly = (name) => (exists(`check-${name}.json`) ? readJson(`check-${name}.json`) : null);
const caps = exists('caps.json') ? readJson('caps.json') : {};
const phases = {
  corpus: exists('phases-corpus.json') ? readJson('phases-corpus.json') : null,
  big: exists('phases-big.json') ? readJson('phases-big.json') : null,
  typical: exists('phases-typical.json') ? readJson('phases-typical.json') : null,
};
const quiet = exists('quiet.jsonl') ? readText('quiet.jsonl').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
const spawnsCorpus = Number(readText('shellcheck-spawns-corpus.txt', '0')) || 0;

// ---- formatting --------------------------------------------------------------------------------
const fmt = (x, d) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const ms = (x) => (x >= 100 ? fmt(x, 0) : x >= 10 ? fmt(x, 1) : fmt(x, 2));
const secOrMs = (x) => (x >= 10000 ? `${fmt(x / 1000, 1)} s` : x >= 1000 ? `${fmt(x / 1000, 2)} s` : `${ms(x)} ms`);
const ratio = (x) => `${x >= 10 ? fmt(x, 1) : fmt(x, 2)}×`;
const mib = (b) => `${fmt(b / MIB, 2)} MiB`;
const meanSd = (r) => (r ? `${secOrMs(r.mean)} ± ${secOrMs(r.stddev)}` : 'n/a');
// How dflint compares with another command: > 1 means dflint is faster.
const vs = (dflint, other) => {
  if (!dflint || !other) return '';
  const x = other.mean / dflint.mean;
  return x >= 1 ? `dflint ${ratio(x)} faster` : `dflint ${ratio(1 / x)} slower`;
};
const rss = (r) => (r && r.check && r.check.rssKb ? `${fmt(r.check.rssKb / 1024, 0)} MiB` : 'n/a');
const findings = (r) => (r && r.check && r.check.findings != null ? fmt(r.check.findings, 0) : 'n/a');

function safeRead(f) {
  try {
    return fs.readFileSync(f, 'utf8');
  } catch (e) {
    return '';
  }
}
function machine() {
  const cpu = (/model name\s*:\s*(.*)/.exec(safeRead('/proc/cpuinfo')) || [])[1] || os.cpus()[0].model;
  const osName = (/PRETTY_NAME="?([^"\n]*)"?/.exec(safeRead('/etc/os-release')) || [])[1] || os.type();
  const memKb = Number((/MemTotal:\s*(\d+)/.exec(safeRead('/proc/meminfo')) || [])[1] || 0);
  return { nproc: os.cpus().length, cpu: cpu.trim(), os: `${osName}, kernel ${os.release()}`, ram: `${fmt(memKb / 1048576, 1)} GiB` };
}
function pkgVersion(pkg) {
  try {
    return JSON.parse(fs.readFileSync(path.join(__dirname, 'work', 'lint-node', 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch (e) {
    return 'n/a';
  }
}

// ---- targets -----------------------------------------------------------------------------------
const startup = m['dflint-version'];
const sizes = [
  ['quarter', inputs.big.quarter.bytes, inputs.big.quarter.lines],
  ['half', inputs.big.half.bytes, inputs.big.half.lines],
  ['big', inputs.big.big.bytes, inputs.big.big.lines],
];
// Lint time = wall time − the wall time of `dflint --version` (JVM and command-line start-up).
const lintTime = (r) => (r && startup ? Math.max(1, r.mean - startup.mean) : null);
const perMib = (t, bytes) => (t == null ? null : t / (bytes / MIB));
const doubling = (tool) => {
  const t = sizes.map(([s]) => (tool === 'dflint' ? lintTime(m[`dflint-${s}`]) : m[`utils-${s}`] && m[`utils-${s}`].mean));
  const b = sizes.map(([, bytes]) => bytes);
  // normalised for the exact size ratios (the prefixes are cut where an embedded file starts)
  return [t[1] / t[0] / (b[1] / b[0]) * 2, t[2] / t[1] / (b[2] / b[1]) * 2];
};
const dflDoubling = doubling('dflint');
const utilsDoubling = m['utils-big'] ? doubling('utils') : [NaN, NaN];
const linear = dflDoubling.every((x) => x <= 2 * (1 + LINEAR_TOLERANCE));
const corpusMet = m['dflint-corpus'] && m['dflint-corpus'].mean < TARGET_CORPUS_MS;
const coldMet = m['dflint-cold'] && m['dflint-cold'].mean < TARGET_COLD_MS;

// ---- the section -------------------------------------------------------------------------------
function render() {
  const mc = machine();
  const out = [];
  const c = m['dflint-corpus'];
  const cold = m['dflint-cold'];
  const date = env.BENCH_STARTED || new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const minutes = env.BENCH_SECONDS ? `about ${Math.max(1, Math.round(Number(env.BENCH_SECONDS) / 60))} min here` : '';
  out.push('## Linter', '');
  out.push(`_Written by \`bench/lint-bench.sh\` from a run started ${date}; rerun it to refresh this section._`, '');

  out.push('### Targets', '');
  out.push('| target | measured (mean of the runs) | |', '| --- | --- | --- |');
  out.push(`| one \`dflint\` invocation over the corpus (${fmt(inputs.files, 0)} Dockerfiles, ${mib(inputs.bytes)}) in under ${TARGET_CORPUS_MS / 1000} s wall, JVM start included — dflint's own rules (\`--ignore ShellCheck\`) | **${meanSd(c)}** (median ${secOrMs(c.median)}, min ${secOrMs(c.min)}); dockerfile-utils ${meanSd(m['utils-corpus'])} | **${corpusMet ? 'MET' : 'MISSED'}** |`);
  out.push(`| one typical file (${fmt(inputs.typical.bytes, 0)} bytes, ${inputs.typical.lines} lines) in under ${TARGET_COLD_MS} ms wall from a cold start, with the AppCDS archive — own rules | **${meanSd(cold)}** (median ${ms(cold.median)} ms, min ${ms(cold.min)} ms); Node alone ${meanSd(m['node-empty'])}, dockerfile-utils ${meanSd(m['utils-cold'])} | **${coldMet ? 'MET' : 'MISSED'}** |`);
  out.push(`| linear time on a single ${mib(inputs.big.big.bytes)} Dockerfile | ${mib(inputs.big.big.bytes)}: **${meanSd(m['dflint-big'])}**; lint time (wall − start-up) grows ${ratio(dflDoubling[0])} and ${ratio(dflDoubling[1])} per doubling of the input (2× is linear); dockerfile-utils ${meanSd(m['utils-big'])}, ${ratio(utilsDoubling[0])} and ${ratio(utilsDoubling[1])} | **${linear ? 'MET' : 'MISSED'}** (tolerance: ≤ ${ratio(2 * (1 + LINEAR_TOLERANCE))} per doubling) |`);
  out.push('');
  if (m['dflint-sc-corpus']) {
    out.push(`With ShellCheck (dflint's default when \`shellcheck\` is on PATH, as here) the corpus takes **${meanSd(m['dflint-sc-corpus'])}**: dflint starts one \`shellcheck\` process per Dockerfile that has shell-form \`RUN\`s (${fmt(spawnsCorpus, 0)} processes for this corpus). The targets are about dflint's own rules; the ShellCheck number is there so that nobody mistakes one for the other.`, '');
  }

  out.push('| | |', '| --- | --- |');
  out.push(`| commit measured | \`${env.BENCH_COMMIT || 'n/a'}\` |`);
  out.push(`| reproduce | \`bench/lint-bench.sh\` (from the repository root${minutes ? `; ${minutes}` : ''}) |`);
  out.push(`| machine | ${mc.nproc} × ${mc.cpu}, ${mc.ram} RAM, ${mc.os} |`);
  out.push(`| load average (1/5/15 min) at start → end | ${readText('load-start.txt')} → ${readText('load-end.txt')} |`);
  if (quiet.length) {
    out.push(`| other CPU use just before each group | ${quiet.map((q) => `${q.group} ${q.busyPercent}%${q.waitedS ? ` (after waiting ${q.waitedS} s)` : ''}`).join(', ')} |`);
  }
  out.push(`| Java | ${env.BENCH_JAVA_VERSION || 'n/a'} |`);
  out.push(`| launcher JVM flags (\`bin/lib/launch.sh\`) | \`${env.BENCH_LAUNCH_FLAGS || 'n/a'} -XX:SharedArchiveFile=linter/target/dfkit-linter.jsa\` |`);
  out.push(`| Node | ${env.BENCH_NODE_VERSION || 'n/a'} |`);
  out.push(`| dockerfile-utils | ${pkgVersion('dockerfile-utils')} (pinned; latest on npm at run time: ${env.BENCH_UTILS_LATEST || 'n/a'}), on dockerfile-ast ${pkgVersion('dockerfile-ast')} |`);
  out.push(`| dockerfilelint | ${pkgVersion('dockerfilelint')} (pinned; latest on npm at run time: ${env.BENCH_DFL_LATEST || 'n/a'}) |`);
  out.push(`| ShellCheck | ${env.BENCH_SHELLCHECK_VERSION || 'n/a'} |`);
  out.push(`| hadolint | ${env.BENCH_HADOLINT_VERSION || 'n/a'}${/not installed/.test(env.BENCH_HADOLINT_VERSION || '') ? ' (measured only when on PATH)' : ''} |`);
  out.push(`| ${env.BENCH_HYPERFINE_VERSION || 'hyperfine'} | rounds: corpus and big files ${env.BENCH_RUNS || '?'}, cold start ${env.BENCH_COLD_RUNS || '?'}, corpus with ShellCheck ${env.BENCH_SC_RUNS || '?'} |`);
  out.push('');

  // Corpus
  const fam = Object.entries(inputs.families).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  out.push(`### Corpus: one process lints ${fmt(inputs.files, 0)} Dockerfiles (${mib(inputs.bytes)})`, '');
  out.push(`${fmt(inputs.generatedFiles, 0)} generated (${fam}; median ${fmt(inputs.sizeQuantiles.median, 0)} bytes, 90th percentile ${fmt(inputs.sizeQuantiles.p90, 0)}) and the ${inputs.conformanceFiles} BuildKit conformance Dockerfiles, each in its own build-context folder (${fmt(inputs.filesOnDisk, 0)} files in all).`, '');
  out.push('| command | mean ± σ | min | median | runs | findings | peak RSS | first row compared |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  const row = (label, r, ref, bold) => {
    if (!r) return;
    const b = (s) => (bold ? `**${s}**` : s);
    out.push(`| ${label} | ${b(meanSd(r))} | ${secOrMs(r.min)} | ${secOrMs(r.median)} | ${r.n} | ${findings(r)} | ${rss(r)} | ${ref && r !== ref ? vs(ref, r) : ''} |`);
  };
  const rowOwn = (label, r) => {
    if (!r) return;
    out.push(`| ${label} | ${meanSd(r)} | ${secOrMs(r.min)} | ${secOrMs(r.median)} | ${r.n} | ${findings(r)} | ${rss(r)} | |`);
  };
  row('`bin/dflint --format json --ignore ShellCheck DIR` (own rules)', c, c, true);
  rowOwn('`bin/dflint --format json DIR` (with ShellCheck)', m['dflint-sc-corpus']);
  row('dockerfile-utils `validate()`, all files in one `node`', m['utils-corpus'], c);
  row('dockerfilelint `run()`, all files in one `node`', m['dfl-corpus'], c);
  row('`hadolint -f json FILE...`', m['hadolint-corpus'], c);
  out.push('');
  for (const [k, label] of [['utils-corpus', 'dockerfile-utils'], ['dfl-corpus', 'dockerfilelint']]) {
    const line = /lint-peers: .*/.exec(readText(`err-${k}.txt`, '')) || null;
    const threw = line && /(\d+) files threw(?: \(first: (.*)\))?/.exec(line[0]);
    if (threw && Number(threw[1]) > 0) {
      out.push(`${label} threw an exception on ${threw[1]} of the files (skipped, so their findings are missing; first: \`${threw[2]}\`).`, '');
    }
  }
  const sc = checkOnly('dflint-sc-corpus');
  if (sc) out.push(`The ShellCheck check run (through a counting wrapper) took ${secOrMs(sc.wallMs)}.`, '');

  // Cold
  out.push(`### Cold start: one process lints one typical file`, '');
  out.push(`The typical file is the generated Dockerfile of median size (${fmt(inputs.typical.bytes, 0)} bytes, ${inputs.typical.lines} lines, family ${inputs.typical.family}), linted in its build-context folder. Every run is a new process; the file cache is warm.`, '');
  out.push('| command | mean ± σ | min | median | runs | user + sys CPU | first row compared |', '| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  const crow = (label, r, bold, compare = true) => {
    if (!r) return;
    const b = (s) => (bold ? `**${s}**` : s);
    out.push(`| ${label} | ${b(meanSd(r))} | ${ms(r.min)} ms | ${ms(r.median)} ms | ${r.n} | ${ms(r.user + r.system)} ms | ${compare && r !== cold ? vs(cold, r) : ''} |`);
  };
  crow('`bin/dflint --format json --ignore ShellCheck FILE` (AppCDS archive)', cold, true);
  crow('the same without the AppCDS archive (`DFKIT_JAVA_OPTS`: same flags, the JDK\'s own CDS archive only)', m['dflint-cold-nocds']);
  crow('the same with no class-data sharing at all (`-Xshare:off`)', m['dflint-cold-xshareoff']);
  crow('`java <launcher flags> -jar linter/target/dfkit-linter.jar …` (no launcher script)', m['java-cold']);
  crow('`bin/dflint --format json FILE` (with ShellCheck: one `shellcheck` process)', m['dflint-cold-sc'], false, false);
  crow('`bin/dflint --version` (start-up alone: JVM, command line, rules; nothing linted)', startup, false, false);
  crow('dockerfile-utils: `node bench/lint-peers.js dockerfile-utils FILE`', m['utils-cold']);
  crow('dockerfilelint: `node bench/lint-peers.js dockerfilelint FILE`', m['dfl-cold']);
  crow('`hadolint -f json FILE`', m['hadolint-cold']);
  crow('`node -e 0` (Node start-up alone)', m['node-empty'], false, false);
  crow('`shellcheck -f json1` on a one-line script (one of the processes dflint spawns)', m['shellcheck-one'], false, false);
  out.push('');
  if (m['dflint-cold-nocds']) {
    const gain = m['dflint-cold-nocds'].median - cold.median;
    out.push(`Comparing medians: the AppCDS archive saves ${ms(gain)} ms a start (${fmt((100 * gain) / m['dflint-cold-nocds'].median, 0)}%)${m['java-cold'] ? `; the launcher script (bash, and its staleness check running \`find\` over the sources) costs ${ms(cold.median - m['java-cold'].median)} ms over calling \`java\` directly` : ''}.`, '');
  }

  // Big
  out.push('### One big file: linearity', '');
  out.push(`\`${path.basename(inputs.big.big.file)}\` embeds ${fmt(inputs.big.big.parts, 0)} generated Dockerfiles one after another as build stages (stage names made unique); the smaller inputs are its prefixes, cut where an embedded file starts. Lint time is the wall time minus the start-up (\`dflint --version\`, ${secOrMs(startup ? startup.mean : NaN)}). dockerfile-utils has no start-up worth subtracting (Node: ${secOrMs(m['node-empty'] ? m['node-empty'].mean : NaN)}).`, '');
  out.push('| input | dflint mean ± σ (runs) | dflint lint time per MiB | dockerfile-utils mean ± σ (runs) | dockerfile-utils per MiB | compared |', '| --- | ---: | ---: | ---: | ---: | --- |');
  for (const [s, bytes, lines] of sizes) {
    const d = m[`dflint-${s}`];
    const u = m[`utils-${s}`];
    out.push(`| ${mib(bytes)}, ${fmt(lines, 0)} lines | ${meanSd(d)} (${d ? d.n : 0}) | ${secOrMs(perMib(lintTime(d), bytes))} | ${meanSd(u)} (${u ? u.n : 0}) | ${u ? secOrMs(perMib(u.mean, bytes)) : 'n/a'} | ${vs(d, u)} |`);
  }
  out.push('');
  if (caps.utilsBigRuns && caps.utilsBigRuns < Number(env.BENCH_RUNS || 0)) {
    out.push(`dockerfile-utils on the full file was capped at ${caps.utilsBigRuns} runs: its check run took ${secOrMs(caps.utilsBigCheckMs)} (> ${caps.slowS} s).`, '');
  }

  // Where the time goes
  out.push('### Where the time goes (measured in this run)', '');
  const p = phases.corpus;
  if (p) {
    const p1 = p.passes[0];
    const pw = p.passes[p.passes.length - 1];
    out.push(`From \`bench/lint-phases.java\`, which repeats what \`dflint\` does with the same classes, timing each phase and wrapping each rule in a timer (launcher flags and AppCDS archive; it has no JIT-compiled code from a previous pass in pass 1 — like \`dflint\` — and some in the later passes of the same JVM):`, '');
    out.push('| phase (ms) | corpus, pass 1 (cold) | corpus, pass ' + pw.pass + ' (warm) |' + (phases.big ? ' big file, pass 1 | big file, pass ' + phases.big.passes[phases.big.passes.length - 1].pass + ' |' : '') + (phases.typical ? ' typical file, pass 1 |' : ''));
    out.push('| --- | ---: | ---: |' + (phases.big ? ' ---: | ---: |' : '') + (phases.typical ? ' ---: |' : ''));
    const cell = (ph, k) => (ph && ph.phasesMs[k] != null ? ms(ph.phasesMs[k]) : '');
    const bigP = phases.big ? [phases.big.passes[0], phases.big.passes[phases.big.passes.length - 1]] : null;
    const typP = phases.typical ? phases.typical.passes[0] : null;
    out.push(`| JVM start until \`main\` | ${ms(p.jvmStartToMainMs)} | |${bigP ? ` ${ms(phases.big.jvmStartToMainMs)} | |` : ''}${typP ? ` ${ms(phases.typical.jvmStartToMainMs)} |` : ''}`);
    for (const k of Object.keys(p.cliMs)) {
      out.push(`| ${k} | ${ms(p.cliMs[k])} | |${bigP ? ` ${ms(phases.big.cliMs[k])} | |` : ''}${typP ? ` ${ms(phases.typical.cliMs[k])} |` : ''}`);
    }
    for (const k of Object.keys(p1.phasesMs)) {
      if (k.startsWith('rules: load')) continue; // done by new DflintCommand() already
      out.push(`| ${k} | ${cell(p1, k)} | ${cell(pw, k)} |${bigP ? ` ${cell(bigP[0], k)} | ${cell(bigP[1], k)} |` : ''}${typP ? ` ${cell(typP, k)} |` : ''}`);
    }
    out.push(`| **total in the process** | **${ms(p.jvmStartToMainMs + Object.values(p.cliMs).reduce((a, b) => a + b, 0) + p1.totalMs)}** | ${ms(pw.totalMs)} |${bigP ? ` **${ms(phases.big.jvmStartToMainMs + Object.values(phases.big.cliMs).reduce((a, b) => a + b, 0) + bigP[0].totalMs)}** | ${ms(bigP[1].totalMs)} |` : ''}${typP ? ` **${ms(phases.typical.jvmStartToMainMs + Object.values(phases.typical.cliMs).reduce((a, b) => a + b, 0) + typP.totalMs)}** |` : ''}`);
    out.push('');
    const top = (ph, n) => Object.entries(ph.rulesMs).slice(0, n).map(([k, v]) => `${k} ${ms(v)}`).join(', ');
    out.push(`Slowest rules on the corpus (ms summed over all files; a rule that first asks for the build variables or the build-context listing pays for computing them, and a GC pause counts for the rule it interrupts): pass 1: ${top(p1, 8)}; pass ${pw.pass}: ${top(pw, 8)}.`);
    if (bigP) out.push(` On the big file, pass 1: ${top(bigP[0], 5)}.`);
    out.push('');
  }
  const cl = readText('class-load.txt', '');
  if (cl) {
    const lines = cl.split('\n');
    const count = (re) => lines.filter((l) => re.test(l)).length;
    const top = count(/source: shared objects file \(top\)/);
    const base = count(/source: shared objects file$/);
    const picocli = count(/ picocli\..* source: (jar|file):/);
    const jars = count(/source: (jar|file):/);
    const other = lines.length - top - base - jars;
    const pre6Lines = readText('cds-dump.txt', '').split('\n').filter((l) => /Pre JDK 6 class not supported by CDS/.test(l));
    const pre6 = pre6Lines.length;
    const pre6Picocli = pre6Lines.filter((l) => /picocli\//.test(l)).length;
    out.push(`Class loading in one cold run on the typical file (\`-Xlog:class+load\`): ${fmt(lines.length, 0)} classes; ${fmt(top, 0)} from the AppCDS archive, ${fmt(base, 0)} from the JDK's CDS archive, **${fmt(jars, 0)} loaded and verified from jars, ${fmt(picocli, 0)} of them picocli's**, ${fmt(other, 0)} generated at run time (lambdas, proxies, JDK internals). When the archive is dumped, the JVM skips ${fmt(pre6, 0)} classes as "Pre JDK 6 class not supported by CDS", ${fmt(pre6Picocli, 0)} of them picocli's (its published jar holds Java 5 class files; the linter jar carries picocli compiled for Java 17 from its source jar, so none should be).`, '');
  }
  const perf = (what) => {
    const t = readText(`perf-${what}.txt`, '');
    if (!t) return null;
    const v = {};
    for (const line of t.split('\n')) {
      const i = line.indexOf('=');
      if (i > 0) v[line.slice(0, i)] = Number(line.slice(i + 1));
    }
    const hz = v['sun.os.hrt.frequency'] || 1e9;
    const t2ms = (k) => (v[k] != null ? (1000 * v[k]) / hz : null);
    return {
      createVm: v['sun.rt.createVmEndTime'] - v['sun.rt.createVmBeginTime'],
      clsTotal: t2ms('sun.cls.time'),
      init: t2ms('sun.cls.classInitTime.self'),
      appLoad: t2ms('sun.cls.appClassLoadTime.self'),
      define: t2ms('sun.cls.defineAppClassTime.self'),
      verify: t2ms('sun.cls.classVerifyTime.self'),
      link: t2ms('sun.cls.classLinkedTime.self'),
      shared: t2ms('sun.cls.sharedClassLoadTime'),
      loaded: v['java.cls.loadedClasses'],
      sharedLoaded: v['java.cls.sharedLoadedClasses'],
      verified: v['sun.cls.verifiedClasses'],
      compiles: (v['sun.ci.standardCompiles'] || 0) + (v['sun.ci.osrCompiles'] || 0),
      jit: (t2ms('sun.ci.standardTime') || 0) + (t2ms('sun.ci.osrTime') || 0),
      gc: (t2ms('sun.gc.collector.0.time') || 0) + (t2ms('sun.gc.collector.1.time') || 0),
      gcCount: (v['sun.gc.collector.0.invocations'] || 0) + (v['sun.gc.collector.1.invocations'] || 0),
    };
  };
  const pt = perf('typical');
  const pc = perf('corpus');
  if (pt || pc) {
    out.push('JVM counters of one cold run each (`-XX:+PerfDataSaveToFile`, read with `jstat -snap`; elapsed times in ms, the parts are "self" times, so they do not overlap):', '');
    out.push('| counter | typical file | corpus |', '| --- | ---: | ---: |');
    const r = (label, k, f = ms) => out.push(`| ${label} | ${pt && pt[k] != null ? f(pt[k]) : ''} | ${pc && pc[k] != null ? f(pc[k]) : ''} |`);
    const n = (x) => fmt(x, 0);
    r('JVM creation (until the launcher calls `main`)', 'createVm');
    r('class loading, linking and initialisation, in all', 'clsTotal');
    r('… static initialisers (`<clinit>`: ObjectMapper, ANTLR ATNs, regexes, …)', 'init');
    r('… reading classes from jars', 'appLoad');
    r('… defining classes from bytes', 'define');
    r('… bytecode verification', 'verify');
    r('… linking', 'link');
    r('… mapping classes from the CDS archives', 'shared');
    out.push(`| classes from CDS archives / from bytes / verified | ${pt ? `${n(pt.sharedLoaded)} / ${n(pt.loaded)} / ${n(pt.verified)}` : ''} | ${pc ? `${n(pc.sharedLoaded)} / ${n(pc.loaded)} / ${n(pc.verified)}` : ''} |`);
    out.push(`| JIT (C1) compilations and their time (compiler thread, beside the main thread) | ${pt ? `${n(pt.compiles)}, ${ms(pt.jit)}` : ''} | ${pc ? `${n(pc.compiles)}, ${ms(pc.jit)}` : ''} |`);
    out.push(`| GC pauses and their time | ${pt ? `${n(pt.gcCount)}, ${ms(pt.gc)}` : ''} | ${pc ? `${n(pc.gcCount)}, ${ms(pc.gc)}` : ''} |`);
    out.push('');
  }
  if (spawnsCorpus && m['dflint-sc-corpus'] && c) {
    const per = (m['dflint-sc-corpus'].mean - c.mean) / spawnsCorpus;
    out.push(`ShellCheck: ${fmt(spawnsCorpus, 0)} \`shellcheck\` processes for ${fmt(inputs.files, 0)} files cost ${secOrMs(m['dflint-sc-corpus'].mean - c.mean)}, ${ms(per)} ms a process; starting one on a one-line script takes ${m['shellcheck-one'] ? ms(m['shellcheck-one'].median) : 'n/a'} ms (median), so most of the time is ShellCheck analysing the scripts (see the notes).`, '');
  }

  // How
  out.push('### How it is measured', '');
  out.push(
    '- Inputs: `bench/gen-lint-corpus.js` (fixed seed) writes `bench/work/lint-corpus/`: Dockerfiles in the style of the official images (Debian and Alpine servers built from source with `savedAptMark`, architecture `case`s, GPG checks, `apk --virtual` build deps, gosu, entrypoint scripts) and of application repositories (Go, Node, Python and Java multi-stage builds with `COPY --from`, `RUN --mount` caches and secrets, heredoc `RUN`/`COPY`, test stages, `HEALTHCHECK`, `USER`, labels, comments), with deliberate problems in some (unpinned or `:latest` images, relative `WORKDIR`, legacy `ENV k v`, shell-form `CMD`, secrets in `ARG`/`ENV`, undefined variables, missing `COPY` sources, `.env` files sent by `COPY .`, bad `.dockerignore` patterns, unquoted shell variables), each in a build-context folder with the files it copies; plus every `Dockerfile` under `shared/conformance/buildkit-parser/` except `testfiles-negative/`. The corpus folder is made a git work tree (`bench/work/` is git-ignored, and `dflint DIR` skips files git ignores).',
    '- Every number is the wall time of a whole process (start-up, finding the files, reading, linting, printing JSON to a discarded stdout), measured by hyperfine without a shell (`-N`); a process exiting 1 (findings) counts as a result. Each group of commands runs in rounds, one run per command per round, the order reversed every other round, so background load hits all alike; mean, σ, min and median are over the pooled runs. Each command also ran once beforehand as a check (exit code, findings counted, peak RSS, file cache warmed).',
    '- dflint runs through `bin/dflint`, so the launcher script (and its staleness check) is included, as a user would see it; its AppCDS archive is the one the launcher makes on first use. "Own rules" means `--ignore ShellCheck` (a `shellcheck: false` configuration does the same).',
    '- The npm peers run in `bench/lint-peers.js`: one `node` process finds the files the way dflint does, reads each, calls dockerfile-utils\' `validate(content)` or dockerfilelint\'s `run(folder, content)`, and prints all findings as one JSON array. dockerfilelint throws on some files (counted and skipped by the harness); their findings are missing from its count.',
    '- Findings are not comparable between tools (different rule sets); they are there to show each tool linted the files.',
    '',
  );
  if (notesFile && fs.existsSync(notesFile)) {
    const text = fs.readFileSync(notesFile, 'utf8').trim();
    if (text) out.push(text, '');
  }
  return out.join('\n').trimEnd();
}

function summary() {
  const rows = [['measurement', 'mean', 'min', 'runs']];
  for (const [label, k] of [
    ['corpus dflint (own rules)', 'dflint-corpus'], ['corpus dflint + ShellCheck', 'dflint-sc-corpus'],
    ['corpus dockerfile-utils', 'utils-corpus'], ['corpus dockerfilelint', 'dfl-corpus'], ['corpus hadolint', 'hadolint-corpus'],
    ['cold dflint (AppCDS)', 'dflint-cold'], ['cold dflint (no AppCDS)', 'dflint-cold-nocds'], ['cold dflint (-Xshare:off)', 'dflint-cold-xshareoff'],
    ['cold java -jar', 'java-cold'], ['cold dflint + ShellCheck', 'dflint-cold-sc'], ['dflint --version', 'dflint-version'],
    ['cold dockerfile-utils', 'utils-cold'], ['cold dockerfilelint', 'dfl-cold'], ['node -e 0', 'node-empty'],
    ['big 1/4 dflint', 'dflint-quarter'], ['big 1/2 dflint', 'dflint-half'], ['big dflint', 'dflint-big'],
    ['big 1/4 dockerfile-utils', 'utils-quarter'], ['big 1/2 dockerfile-utils', 'utils-half'], ['big dockerfile-utils', 'utils-big'],
  ]) {
    const r = m[k];
    if (r) rows.push([label, secOrMs(r.mean), secOrMs(r.min), String(r.n)]);
  }
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => (i ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  '));
  console.log(`\ncorpus < ${TARGET_CORPUS_MS} ms: ${corpusMet ? 'MET' : 'MISSED'}; cold < ${TARGET_COLD_MS} ms: ${coldMet ? 'MET' : 'MISSED'}; linear: ${linear ? 'MET' : 'MISSED'} (doubling ${dflDoubling.map((x) => x.toFixed(2)).join(', ')})`);
}

function write(section) {
  const block = `${START}\n${section}\n${END}`;
  let text = fs.existsSync(benchmarksFile) ? fs.readFileSync(benchmarksFile, 'utf8') : '';
  if (!text.trim()) {
    text = '# dfkit benchmarks\n\nEach section is written by a script under `bench/` between its own markers; rerun the script to refresh it and leave the other sections alone.\n\n';
  }
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a >= 0 && b > a) {
    text = text.slice(0, a) + block + text.slice(b + END.length);
  } else if (a >= 0 || b >= 0) {
    throw new Error(`${benchmarksFile}: unbalanced ${START} / ${END} markers`);
  } else {
    text = `${text.trimEnd()}\n\n${block}\n`;
  }
  fs.writeFileSync(benchmarksFile, text);
}

const section = render();
summary();
if (!process.env.BENCH_NO_WRITE) {
  write(section);
  console.log(`\nwrote the linter section of ${benchmarksFile}`);
}
