#!/usr/bin/env node
// Renders bench/format-bench.sh's results into the "## Formatter" section of BENCHMARKS.md.
// Usage: node bench/render-format-bench.js RESULTS_DIR (the BENCH_* variables come from the script)
'use strict';
const fs = require("fs");
  const e = process.env, dir = process.argv[2];
  const j = (n) => JSON.parse(fs.readFileSync(`${dir}/${n}.json`, "utf8"));
  const stats = (xs) => { const s = xs.slice().sort((a, b) => a - b); const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    return { mean, median: s[Math.floor(s.length / 2)], min: s[0] }; };
  const f1 = (x) => x.toLocaleString("en-US", { maximumFractionDigits: x < 10 ? 2 : 1 });
  const rows = [];
  for (const c of ["conformance", "generated"]) {
    const d = j(`dffmt-${c}`), u = j(`utils-${c}`);
    const sd = stats(d.passMs), su = stats(u.passMs);
    const mib = d.bytes / 1048576;
    rows.push(`| ${c === "conformance" ? "BuildKit conformance Dockerfiles" : "generated corpus (bench/gen-inputs.js, cut into files)"}: ${d.files} files, ${f1(d.bytes / 1024)} KiB | ` +
      `**${f1(mib / (sd.mean / 1000))}** MiB/s, ${f1(sd.mean * 1000 / d.files)} µs/file (median pass ${f1(sd.median)} ms, best ${f1(sd.min)} ms) | ` +
      `**${f1(mib / (su.mean / 1000))}** MiB/s, ${f1(su.mean * 1000 / u.files)} µs/file (median pass ${f1(su.median)} ms, best ${f1(su.min)} ms) | ` +
      `${f1(su.mean / sd.mean)}× | ${d.changed} / ${u.changed} |`);
  }
  // Fresh processes: the median of the runs (the machine may be shared), every run in brackets.
  const cold = (n) => { const r = j(n).runsMs; return { median: stats(r).median, all: r.map(f1).join(", ") }; };
  const dc = cold("dffmt-cold"), dl = cold("dffmt-launcher-cold"), uc = cold("utils-cold");
  const section = [
    "<!-- bench:formatter:start -->",
    "## Formatter",
    "",
    `_Written by \`bench/format-bench.sh\` from a run started ${e.BENCH_STARTED} (${e.BENCH_SECONDS} s); rerun it to refresh this section._`,
    "",
    "| | |", "| --- | --- |",
    `| commit measured | \`${e.BENCH_COMMIT}\` |`,
    `| machine | ${e.BENCH_MACHINE} |`,
    `| Java | ${e.BENCH_JAVA}, \`-Xmx2g\` |`,
    `| Node | ${e.BENCH_NODE} |`,
    `| dockerfile-utils | ${e.BENCH_UTILS} (pinned in the script) |`,
    `| load average (1, 5, 15 min) | ${e.BENCH_LOAD || "not recorded"} |`,
    "",
    "| corpus | dffmt (mean pass) | dockerfile-utils (mean pass) | dffmt speed vs dockerfile-utils | files changed (dffmt / dockerfile-utils) |",
    "| --- | --- | --- | ---: | --- |",
    ...rows,
    `| whole generated corpus, fresh process (start-up included), \`java -jar\` | ${f1(dc.median)} ms (\`java -Xmx2g -jar dfkit-formatter.jar --check FILE...\`; runs: ${dc.all}) | ${f1(uc.median)} ms (\`node\`, one pass; runs: ${uc.all}) | ${f1(uc.median / dc.median)}× | |`,
    `| whole generated corpus, fresh process (start-up included), launcher | ${f1(dl.median)} ms (\`bin/dffmt --check FILE...\`: the launcher's JVM flags and class-data archive; runs: ${dl.all}) | ${f1(uc.median)} ms (as above) | ${f1(uc.median / dl.median)}× | |`,
    "",
    "How it is measured: each harness reads the files first, then formats every file once per pass in one process",
    "(warm-up passes first, not timed); MiB/s is input bytes over the mean pass time. dffmt is",
    "`Formatter.format(text, FormatOptions.DEFAULTS)` (`bench/FormatBench.java`): parse, lay out, and the",
    "built-in check that parses the output again and compares the trees. dockerfile-utils is",
    "`format(content, {insertSpaces: true, tabSize: 4})` with its edits applied (`bench/format-bench.js`); it",
    "only fixes indentation and whitespace at line starts, so it does much less work per file and",
    "proves nothing about the result. The ratio is the time of dockerfile-utils over that of dffmt (above 1× means",
    "dffmt is faster). Fresh-process times are the median of the runs (the script's COLD_RUNS, taking turns);",
    "the CLI formats the files of one run on one thread per core and prints them in the order given.",
    "The machine may be shared: the load average says how busy it was.",
    "<!-- bench:formatter:end -->",
  ].join("\n");
  console.log(section);
  if (!e.BENCH_NO_WRITE) {
    const md = fs.readFileSync("BENCHMARKS.md", "utf8");
    const re = /<!-- bench:formatter:start -->[\s\S]*<!-- bench:formatter:end -->/;
    fs.writeFileSync("BENCHMARKS.md", re.test(md) ? md.replace(re, section) : md.trimEnd() + "\n\n" + section + "\n");
  }
