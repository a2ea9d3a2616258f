#!/usr/bin/env node
// Renders the results of bench/parse-bench.sh: prints a summary and rewrites the parser section of
// BENCHMARKS.md (between <!-- bench:parser:start --> and <!-- bench:parser:end -->), keeping every
// other section as it is.
//
// Usage: node bench/render-parser-bench.js RESULTS_DIR BENCHMARKS.md [NOTES.md]
// Reads the run's metadata (BENCH_COMMIT, BENCH_JAVA_VERSION, BENCH_JAVA_OPTS, BENCH_AST_LATEST,
// BENCH_SECONDS, BENCH_STARTED) from RESULTS_DIR/meta.json, falling back to the environment, and
// BENCH_NO_WRITE from the environment.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const START = '<!-- bench:parser:start -->';
const END = '<!-- bench:parser:end -->';
const FLOOR = 5;
const MIB = 1048576;

const [resultsDir, benchmarksFile, notesFile] = process.argv.slice(2);
const read = (name) => JSON.parse(fs.readFileSync(path.join(resultsDir, name), 'utf8'));
const env = {
  ...process.env,
  ...(fs.existsSync(path.join(resultsDir, 'meta.json')) ? read('meta.json') : {}),
};
const readText = (name) => {
  try {
    return fs.readFileSync(path.join(resultsDir, name), 'utf8').trim();
  } catch (e) {
    return 'n/a';
  }
};

// Pools the forks NAME-1.json, NAME-2.json, ... of one measurement: statistics are recomputed over
// all their measured iterations.
function pooled(name) {
  const forks = [];
  for (let i = 1; fs.existsSync(path.join(resultsDir, `${name}-${i}.json`)); i++) {
    forks.push(read(`${name}-${i}.json`));
  }
  if (forks.length === 0) throw new Error(`no ${name}-1.json in ${resultsDir}`);
  const first = forks[0];
  const samples = forks.flatMap((f) => f.samplesMs);
  const n = samples.length;
  const total = samples.reduce((a, b) => a + b, 0);
  const mean = total / n;
  const sorted = samples.slice().sort((a, b) => a - b);
  const median = n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const min = sorted[0];
  const stddev = n > 1 ? Math.sqrt(samples.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1)) : 0;
  const out = { ...first, forks: forks.length, meanMs: mean, medianMs: median, minMs: min, stddevMs: stddev };
  out.forkMeansMs = forks.map((f) => f.meanMs);
  const perSec = (ms) => first.bytes / MIB / (ms / 1000);
  out.mbPerSecMean = perSec(mean);
  out.mbPerSecMedian = perSec(median);
  out.mbPerSecBest = perSec(min);
  const perFile = (ms) => (ms * 1000) / first.files;
  out.usPerFileMean = perFile(mean);
  out.usPerFileMedian = perFile(median);
  out.usPerFileMin = perFile(min);
  out.usPerFileStddev = perFile(stddev);
  out.peakRssMb = Math.max(...forks.map((f) => f.peakRssMb));
  if (first.allocMbPerIteration !== undefined) {
    out.allocMbPerIteration = forks.reduce((a, f) => a + f.allocMbPerIteration, 0) / forks.length;
    out.gcCount = forks.reduce((a, f) => a + f.gcCount, 0);
    out.gcMs = forks.reduce((a, f) => a + f.gcMs, 0);
    out.gcShare = out.gcMs / total;
  }
  for (const f of forks) {
    if (f.instructions !== first.instructions || f.bytes !== first.bytes) {
      throw new Error(`${name}: forks disagree on the input`);
    }
  }
  return out;
}

const r = {
  inputs: read('inputs.json'),
  dfkitBig: pooled('dfkit-big'),
  astBig: pooled('ast-big'),
  dfkitCorpus: pooled('dfkit-corpus'),
  astCorpus: pooled('ast-corpus'),
  dfkitCold: { ...read('dfkit-cold.json'), ...read('dfkit-cold-wall.json') },
  astCold: { ...read('ast-cold.json'), ...read('ast-cold-wall.json') },
  scales: [8, 4, 2].map((d) => ({
    d,
    dfkit: read(`dfkit-scale-${d}.json`),
    ast: read(`ast-scale-${d}.json`),
  })),
};

// ---- formatting helpers ----------------------------------------------------------------------
const fmt = (x, digits) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const sig = (x) => (x >= 100 ? fmt(x, 0) : x >= 10 ? fmt(x, 1) : x >= 1 ? fmt(x, 2) : fmt(x, 3));
const ratio = (x) => `${x >= 10 ? fmt(x, 1) : fmt(x, 2)}×`;
// dfkit's speed relative to dockerfile-ast: > 1 means dfkit is faster.
const speed = (x) => (x >= 1 ? `${ratio(x)} (dfkit faster)` : `${ratio(x)} (dfkit ${ratio(1 / x)} slower)`);
const mib = (bytes) => `${fmt(bytes / MIB, 2)} MiB`;

function machine() {
  const cpu = (/model name\s*:\s*(.*)/.exec(safeRead('/proc/cpuinfo')) || [])[1] || os.cpus()[0].model;
  const osName = (/PRETTY_NAME="?([^"\n]*)"?/.exec(safeRead('/etc/os-release')) || [])[1] || os.type();
  const memKb = Number((/MemTotal:\s*(\d+)/.exec(safeRead('/proc/meminfo')) || [])[1] || 0);
  const ram = memKb > 0 ? `${fmt(memKb / 1048576, 1)} GiB` : `${fmt(os.totalmem() / 2 ** 30, 1)} GiB`;
  return { nproc: os.cpus().length, cpu: cpu.trim(), os: `${osName}, kernel ${os.release()}`, ram };
}

function safeRead(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    return '';
  }
}

// ---- the section -------------------------------------------------------------------------------
function render() {
  const m = machine();
  const { dfkitBig: jb, astBig: nb, dfkitCorpus: jc, astCorpus: nc, dfkitCold, astCold } = r;
  const big = r.inputs;
  const date = env.BENCH_STARTED || new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const meanRatio = jb.mbPerSecMean / nb.mbPerSecMean;
  const medianRatio = jb.mbPerSecMedian / nb.mbPerSecMedian;
  const bestRatio = jb.mbPerSecBest / nb.mbPerSecBest;
  const floorMet = meanRatio >= FLOOR;
  const capped = nb.iterations !== jb.iterations || nb.warmup !== jb.warmup;

  const out = [];
  out.push('## Parser', '');
  out.push(`_Written by \`bench/parse-bench.sh\` from a run started ${date}; rerun it to refresh this section._`, '');
  out.push(
    `**Floor: dfkit ≥ ${FLOOR}× dockerfile-ast's throughput on the big file — ` +
      `${floorMet ? 'MET' : 'NOT MET'}: ${ratio(meanRatio)} on mean time ` +
      `(${ratio(medianRatio)} on the median iteration, ${ratio(bestRatio)} on the best).**`,
    '',
  );
  out.push('| | |', '| --- | --- |');
  out.push(`| commit measured | \`${env.BENCH_COMMIT || 'unknown'}\` |`);
  out.push(`| reproduce | \`bench/parse-bench.sh\` (from the repository root; about ${Math.ceil((Number(env.BENCH_SECONDS) || 0) / 60)} min here) |`);
  out.push(`| machine | ${m.nproc} × ${m.cpu}, ${m.ram} RAM, ${m.os} |`);
  out.push(`| load average (1/5/15 min) at start → end | ${readText('load-start.txt')} → ${readText('load-end.txt')} |`);
  out.push(`| Java | ${env.BENCH_JAVA_VERSION || jb.vm}; \`${env.BENCH_JAVA_OPTS || '-Xmx2g'}\`, default GC (${jb.gc}) |`);
  out.push(`| Node | ${nb.vm} |`);
  out.push(`| dockerfile-ast | ${nb.version} (pinned in the script${env.BENCH_AST_LATEST && env.BENCH_AST_LATEST !== 'unknown' ? `; latest on npm at run time: ${env.BENCH_AST_LATEST}` : ''}) |`);
  out.push('');

  out.push('### Results', '');
  out.push('| input | measure | dfkit | dockerfile-ast | dfkit vs dockerfile-ast |');
  out.push('| --- | --- | ---: | ---: | --- |');
  const bigName = `generated big.Dockerfile: ${mib(big.bigBytes)}, ${fmt(big.bigLines, 0)} lines, ${fmt(big.bigStages, 0)} stages, ${fmt(jb.instructions, 0)} instructions`;
  out.push(`| ${bigName} | **throughput, MB/s from mean time** (higher is better) | **${sig(jb.mbPerSecMean)}** | **${sig(nb.mbPerSecMean)}** | **${speed(meanRatio)}** |`);
  out.push(`| | throughput, MB/s from median iteration | ${sig(jb.mbPerSecMedian)} | ${sig(nb.mbPerSecMedian)} | ${speed(medianRatio)} |`);
  out.push(`| | throughput, MB/s from best iteration | ${sig(jb.mbPerSecBest)} | ${sig(nb.mbPerSecBest)} | ${speed(bestRatio)} |`);
  out.push(`| | ms per parse: mean ± stddev (min) | ${fmt(jb.meanMs, 0)} ± ${fmt(jb.stddevMs, 0)} (${fmt(jb.minMs, 0)}) | ${fmt(nb.meanMs, 0)} ± ${fmt(nb.stddevMs, 0)} (${fmt(nb.minMs, 0)}) | |`);
  out.push(`| | forks × (warm-up + measured iterations) | ${jb.forks} × (${jb.warmup} + ${jb.iterations}) | ${nb.forks} × (${nb.warmup} + ${nb.iterations})${capped ? ', capped (see below)' : ''} | |`);
  out.push(`| | mean ms per parse in each fork | ${jb.forkMeansMs.map((x) => fmt(x, 0)).join(', ')} | ${nb.forkMeansMs.map((x) => fmt(x, 0)).join(', ')} | |`);
  const corpusName = `BuildKit conformance corpus: ${jc.files} files, ${fmt(jc.bytes / 1024, 1)} KiB`;
  const corpusMeanRatio = nc.usPerFileMean / jc.usPerFileMean;
  out.push(`| ${corpusName} | **mean µs per file** (lower is better), ± stddev | **${fmt(jc.usPerFileMean, 1)}** ± ${fmt(jc.usPerFileStddev, 1)} | **${fmt(nc.usPerFileMean, 1)}** ± ${fmt(nc.usPerFileStddev, 1)} | **${speed(corpusMeanRatio)}** |`);
  out.push(`| | median pass, µs per file | ${fmt(jc.usPerFileMedian, 1)} | ${fmt(nc.usPerFileMedian, 1)} | ${speed(nc.usPerFileMedian / jc.usPerFileMedian)} |`);
  out.push(`| | best pass, µs per file | ${fmt(jc.usPerFileMin, 1)} | ${fmt(nc.usPerFileMin, 1)} | ${speed(nc.usPerFileMin / jc.usPerFileMin)} |`);
  out.push(`| | forks × (warm-up + measured passes) | ${jc.forks} × (${jc.warmup} + ${jc.iterations}) | ${nc.forks} × (${nc.warmup} + ${nc.iterations}) | |`);
  out.push(`| | mean µs per file in each fork | ${jc.forkMeansMs.map((x) => fmt((x * 1000) / jc.files, 0)).join(', ')} | ${nc.forkMeansMs.map((x) => fmt((x * 1000) / nc.files, 0)).join(', ')} | |`);
  out.push(`| cold start: new process parses big.Dockerfile once (for information) | wall ms, start-up included (of which the parse) | ${fmt(dfkitCold.wallMs, 0)} (${fmt(dfkitCold.parseMs, 0)}) | ${fmt(astCold.wallMs, 0)} (${fmt(astCold.parseMs, 0)}) | ${speed(astCold.wallMs / dfkitCold.wallMs)} |`);
  out.push('');
  if (capped) {
    out.push(
      `dockerfile-ast's big-file run was capped at ${nb.warmup} warm-up + ${nb.iterations} measured ` +
        `iterations because a single cold parse took ${fmt(astCold.parseMs / 1000, 1)} s ` +
        `(the input was not shrunk).`,
      '',
    );
  }

  out.push('### Size scaling', '');
  out.push(
    'Prefixes of big.Dockerfile (same generator and seed, cut at a stage boundary), ' +
      `median iteration of ${r.scales[0].dfkit.warmup} warm-up + ${r.scales[0].dfkit.iterations} measured ` +
      'for both parsers; the full-size row repeats the main run.',
    '',
  );
  out.push('| input size | dfkit MB/s | dockerfile-ast MB/s | dfkit vs dockerfile-ast |');
  out.push('| ---: | ---: | ---: | --- |');
  const rows = r.scales.map((s) => ({ bytes: s.dfkit.bytes, j: s.dfkit.mbPerSecMedian, n: s.ast.mbPerSecMedian }));
  rows.push({ bytes: jb.bytes, j: jb.mbPerSecMedian, n: nb.mbPerSecMedian });
  for (const row of rows) {
    out.push(`| ${mib(row.bytes)} | ${sig(row.j)} | ${sig(row.n)} | ${speed(row.j / row.n)} |`);
  }
  out.push('');
  const notes = [];
  const first = rows[0];
  const last = rows[rows.length - 1];
  for (const [name, a, b] of [['dfkit', first.j, last.j], ['dockerfile-ast', first.n, last.n]]) {
    const drop = b / a;
    if (drop < 0.7) {
      notes.push(
        `${name} is super-linear on this input: its throughput falls from ${sig(a)} MB/s at ` +
          `${mib(first.bytes)} to ${sig(b)} MB/s at ${mib(last.bytes)} (${fmt(100 * (1 - drop), 0)}% lower).`,
      );
    }
  }
  notes.push(
    `dfkit allocated ${fmt(jb.allocMbPerIteration, 0)} MiB per parse of big.Dockerfile ` +
      `(${fmt((jb.allocMbPerIteration * MIB) / jb.bytes, 0)} bytes per input byte); ` +
      `GC ran ${jb.gcCount} times during the measured iterations and took ${fmt(jb.gcMs, 0)} ms, ${fmt(100 * jb.gcShare, 0)}% of the measured time (collector time as ` +
      `reported by the JVM; concurrent phases overlap the parse). Peak RSS: dfkit ${fmt(jb.peakRssMb, 0)} MiB ` +
      `(heap capped at ${fmt(jb.maxHeapMb, 0)} MiB), dockerfile-ast ${fmt(nb.peakRssMb, 0)} MiB.`,
  );
  if (jb.instructions !== nb.instructions) {
    notes.push(`Instruction counts differ on big.Dockerfile: dfkit ${jb.instructions}, dockerfile-ast ${nb.instructions}.`);
  }
  notes.push(
    `Top-level instructions seen on the corpus: dfkit ${jc.instructions}, dockerfile-ast ${nc.instructions} ` +
      '(they disagree on some edge-case files); ' +
      `dfkit reported ${jc.diagnostics} diagnostics there and ${jb.diagnostics} on big.Dockerfile.`,
  );
  const noisy = [jb, nb, jc, nc].some((x) => x.stddevMs > 0.25 * x.meanMs);
  if (noisy) {
    notes.push(
      'Some runs have a standard deviation above 25% of the mean: the machine was busy ' +
        '(see the load average above), so read the median and best rows beside the means.',
    );
  }
  out.push('### Automatic observations', '');
  for (const n of notes) out.push(`- ${n}`);
  out.push('');

  out.push('### How it is measured', '');
  out.push(
    '- Inputs: `bench/gen-inputs.js` writes `bench/work/big.Dockerfile` from a fixed seed: stages of `ARG`, ' +
      '`FROM … AS`, `ENV`/`LABEL` with several pairs and continuations, `apt-get`/`apk` installs, long `RUN … && \\` ' +
      'chains with comment lines inside, `RUN --mount`, `RUN <<EOF` and `COPY <<EOF` heredocs, `COPY --from/--chown`, ' +
      '`ADD --chmod`, `EXPOSE`, `VOLUME`, `SHELL`, `ONBUILD`, `HEALTHCHECK`, `USER` and JSON-form `ENTRYPOINT`/`CMD`, ' +
      'each drawn at random (no repeated block). The corpus is every `Dockerfile` under ' +
      '`shared/conformance/buildkit-parser/` except `testfiles-negative/`.',
    '- Both harnesses read and decode the files before timing, then time each iteration with a monotonic ' +
      'wall clock (`System.nanoTime`, `process.hrtime.bigint`). One iteration is one parse of the big file, or one ' +
      'pass over the corpus (every file once); µs per file = pass time ÷ number of files. Warm-up iterations run ' +
      'first and are not timed; the first one also counts instructions.',
    '- dfkit: `DockerfileParser.parse(text, name)` (lexing, parsing and building the typed AST with its ' +
      'diagnostics), consuming `result.dockerfile().instructions().size()`; `bench/ParseBench.java`, compiled into ' +
      '`bench/work/classes`, run with `java -Xmx2g -cp parser/target/dfkit-parser.jar:parser/target/lib/*:bench/work/classes`.',
    `- dockerfile-ast ${nb.version}: \`DockerfileParser.parse(text)\`, consuming \`.getInstructions().length\`; ` +
      '`bench/parse-bench.js` on plain `node`. It builds its instruction objects eagerly but splits most ' +
      'arguments lazily (it tokenises `RUN`/`COPY`/`ADD` arguments during the parse to find heredocs), ' +
      'so it does less work per parse than dfkit, which builds every node up front.',
    '- MB/s means MiB (1,048,576 bytes) of UTF-8 input per second; the ratio column is dfkit\'s speed relative ' +
      'to dockerfile-ast (throughput ÷ throughput, or time ÷ time inverted), so above 1× means dfkit is faster.',
    '- The big-file and corpus measurements run in several fresh processes (forks) per parser, interleaved ' +
      'dfkit, dockerfile-ast, dockerfile-ast, dfkit, … so background load hits both alike; mean, median, best ' +
      'and stddev are over the measured iterations of all forks pooled. The scaling rows use one fork each. ' +
      'Cold start is the wall time of one process that starts, reads big.Dockerfile, parses it once and prints a line.',
    '',
  );

  if (notesFile && fs.existsSync(notesFile)) {
    const text = fs.readFileSync(notesFile, 'utf8').trim();
    if (text) out.push(text, '');
  }
  return { section: out.join('\n').trimEnd(), meanRatio, corpusMeanRatio, floorMet };
}

function summary(res) {
  const { dfkitBig: jb, astBig: nb, dfkitCorpus: jc, astCorpus: nc, dfkitCold, astCold } = r;
  const rows = [
    ['input', 'dfkit', 'dockerfile-ast', 'dfkit vs ast'],
    ['big file MB/s (mean)', sig(jb.mbPerSecMean), sig(nb.mbPerSecMean), ratio(res.meanRatio)],
    ['big file MB/s (median)', sig(jb.mbPerSecMedian), sig(nb.mbPerSecMedian), ratio(jb.mbPerSecMedian / nb.mbPerSecMedian)],
    ['big file MB/s (best)', sig(jb.mbPerSecBest), sig(nb.mbPerSecBest), ratio(jb.mbPerSecBest / nb.mbPerSecBest)],
    ['corpus µs/file (mean)', fmt(jc.usPerFileMean, 1), fmt(nc.usPerFileMean, 1), ratio(res.corpusMeanRatio)],
    ['corpus µs/file (median)', fmt(jc.usPerFileMedian, 1), fmt(nc.usPerFileMedian, 1), ratio(nc.usPerFileMedian / jc.usPerFileMedian)],
    ['cold start ms (wall)', fmt(dfkitCold.wallMs, 0), fmt(astCold.wallMs, 0), ratio(astCold.wallMs / dfkitCold.wallMs)],
  ];
  for (const s of r.scales) {
    rows.push([`1/${s.d} size MB/s (median)`, sig(s.dfkit.mbPerSecMedian), sig(s.ast.mbPerSecMedian), ratio(s.dfkit.mbPerSecMedian / s.ast.mbPerSecMedian)]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
  console.log(`\nfloor (dfkit >= ${FLOOR}x dockerfile-ast MB/s on mean time): ${res.floorMet ? 'MET' : 'NOT MET'} (${ratio(res.meanRatio)})`);
}

function write(section) {
  const block = `${START}\n${section}\n${END}`;
  let text = fs.existsSync(benchmarksFile) ? fs.readFileSync(benchmarksFile, 'utf8') : '';
  if (!text.trim()) {
    text =
      '# dfkit benchmarks\n\n' +
      'Each section is written by a script under `bench/` between its own markers; rerun the script to ' +
      'refresh it and leave the other sections alone.\n\n';
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

const res = render();
summary(res);
if (!env.BENCH_NO_WRITE) {
  write(res.section);
  console.log(`\nwrote the parser section of ${benchmarksFile}`);
}
