#!/usr/bin/env node
// Parser benchmark harness for the npm parser dockerfile-ast; bench/ParseBench.java is its twin.
//
//   node bench/parse-bench.js big FILE [WARMUP ITERATIONS]     one iteration = one parse of FILE
//   node bench/parse-bench.js corpus LIST [WARMUP ITERATIONS]  one iteration = every file in LIST once
//   node bench/parse-bench.js once FILE                        a single parse, for cold-start timing
//
// WARMUP defaults to 5 and ITERATIONS to 10. The first warm-up iteration also counts instructions.
// dockerfile-ast is resolved from DOCKERFILE_AST_DIR (default: work/node/node_modules beside this script).
// Prints one JSON object on stdout. Times are wall-clock (process.hrtime.bigint) around the parse
// calls only; files are read and decoded before timing starts.
'use strict';

const fs = require('fs');
const path = require('path');

const moduleDir = process.env.DOCKERFILE_AST_DIR || path.join(__dirname, 'work', 'node', 'node_modules');
const astPackage = path.resolve(moduleDir, 'dockerfile-ast');
const { DockerfileParser } = require(astPackage);
const astVersion = JSON.parse(fs.readFileSync(path.join(astPackage, 'package.json'), 'utf8')).version;

const MIB = 1048576;
let sink = 0; // every result feeds this, and it is printed, so no parse can be dropped

function main(argv) {
  if (argv.length < 2) {
    console.error('usage: parse-bench.js big|corpus|once PATH [WARMUP ITERATIONS]');
    process.exit(2);
  }
  const [mode, target] = argv;
  const warmup = argv.length > 2 ? Number(argv[2]) : 5;
  const iterations = argv.length > 3 ? Number(argv[3]) : 10;
  const files = mode === 'corpus'
    ? fs.readFileSync(target, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '')
    : [target];
  const texts = [];
  let bytes = 0;
  for (const f of files) {
    const raw = fs.readFileSync(f);
    bytes += raw.length;
    texts.push(raw.toString('utf8'));
  }

  if (mode === 'once') {
    const t0 = process.hrtime.bigint();
    const n = DockerfileParser.parse(texts[0]).getInstructions().length;
    const t1 = process.hrtime.bigint();
    sink += n;
    print({ runtime: 'dockerfile-ast', version: astVersion, mode, bytes,
      parseMs: round(Number(t1 - t0) / 1e6, 1), instructions: n });
    return;
  }
  if (mode !== 'big' && mode !== 'corpus') {
    console.error(`unknown mode ${mode}`);
    process.exit(2);
  }

  // The first warm-up pass (or an extra untimed pass when there is no warm-up) also counts what
  // was parsed, so the report shows both parsers saw the same inputs.
  let instructions = 0;
  for (const t of texts) instructions += DockerfileParser.parse(t).getInstructions().length;
  for (let i = 1; i < warmup; i++) runOnce(texts);

  const samples = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    runOnce(texts);
    samples.push(Number(process.hrtime.bigint() - t0));
  }
  const mean = samples.reduce((a, b) => a + b, 0) / iterations;
  const min = Math.min(...samples);
  const sorted = samples.slice().sort((a, b) => a - b);
  const median = iterations % 2 === 1
    ? sorted[(iterations - 1) / 2]
    : (sorted[iterations / 2 - 1] + sorted[iterations / 2]) / 2;
  const stddev = iterations > 1
    ? Math.sqrt(samples.reduce((a, s) => a + (s - mean) * (s - mean), 0) / (iterations - 1))
    : 0;

  const out = { runtime: 'dockerfile-ast', version: astVersion, mode, files: texts.length, bytes,
    warmup, iterations, meanMs: round(mean / 1e6, 4), medianMs: round(median / 1e6, 4), minMs: round(min / 1e6, 4),
    stddevMs: round(stddev / 1e6, 4) };
  if (mode === 'big') {
    out.mbPerSecMean = round(bytes / MIB / (mean / 1e9), 3);
    out.mbPerSecMedian = round(bytes / MIB / (median / 1e9), 3);
    out.mbPerSecBest = round(bytes / MIB / (min / 1e9), 3);
  } else {
    out.usPerFileMean = round(mean / 1e3 / texts.length, 2);
    out.usPerFileMedian = round(median / 1e3 / texts.length, 2);
    out.usPerFileMin = round(min / 1e3 / texts.length, 2);
    out.usPerFileStddev = round(stddev / 1e3 / texts.length, 2);
  }
  out.instructions = instructions;
  out.peakRssMb = peakRssMb();
  out.vm = `node ${process.version} (V8 ${process.versions.v8})`;
  out.samplesMs = samples.map((s) => round(s / 1e6, 3));
  out.sink = sink;
  print(out);
}

function runOnce(texts) {
  let n = 0;
  for (const t of texts) n += DockerfileParser.parse(t).getInstructions().length;
  sink += n;
}

function round(x, digits) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function peakRssMb() {
  try {
    const m = /VmHWM:\s*(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    return m ? Math.floor(Number(m[1]) / 1024) : -1;
  } catch (e) {
    return -1;
  }
}

function print(obj) {
  process.stdout.write(JSON.stringify(obj) + '\n');
}

main(process.argv.slice(2));
