#!/usr/bin/env node
// Renders bench/ls-bench.sh's results into the "## Language server" section of BENCHMARKS.md.
//   node bench/render-ls-bench.js RESULTS.jsonl STARTED LOAD_BEFORE LOAD_AFTER COMMIT NODE_VERSION RUNS
'use strict';

const fs = require('fs');
const os = require('os');

const [resultsFile, started, loadBefore, loadAfter, commit, nodeLsVersion, runs] =
  process.argv.slice(2);
const results = fs
  .readFileSync(resultsFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

function pct(xs, p) {
  if (!xs || xs.length === 0) return NaN;
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
function ms(x) {
  if (Number.isNaN(x)) return 'n/a';
  if (x >= 1000) return (x / 1000).toFixed(2) + ' s';
  if (x >= 100) return x.toFixed(0) + ' ms';
  if (x >= 10) return x.toFixed(1) + ' ms';
  return x.toFixed(2) + ' ms';
}
const find = (name, lines) => results.find((r) => r.name === name && r.file === `ls-${lines}.Dockerfile`);

// target: [label, key, percentile, limit ms]
const targets = [
  ['start + initialize (fresh process)', 'start', 50, 400],
  ['didChange → diagnostics', 'change', 95, 20],
  ['completion', 'completion', 95, 5],
  ['hover', 'hover', 95, 5],
  ['semanticTokens/full', 'tokens', 95, 30],
];

const out = [];
out.push('<!-- bench:ls:start -->');
out.push('## Language server');
out.push('');
out.push(
  `_Written by \`bench/ls-bench.sh\` from a run started ${started}; rerun it to refresh this section._`
);
out.push('');
out.push(
  'One client (`bench/ls-bench.js`: stdio, Content-Length framing, the capabilities an editor ' +
    'sends) drives each server in turn on generated multi-stage Dockerfiles. Start-up is a fresh ' +
    'process until the `initialize` answer (median of 10). didChange types or deletes one ' +
    'character at the end of the middle line (incremental sync) and waits for the ' +
    '`publishDiagnostics` of that version; completion and hover are asked at instruction ' +
    'keywords, after `RUN `, at line starts and inside `${…}`, spread over the file. ' +
    `${runs} requests of each kind per server and file.`
);
out.push('');
for (const lines of [2000, 8000]) {
  const d = find('dfls', lines);
  const n = find('node', lines);
  const any = d || n;
  if (!any) continue;
  out.push(`### ${any.lines.toLocaleString('en')} lines (${(any.bytes / 1024).toFixed(0)} KiB)`);
  out.push('');
  // The targets are set on the 2,000-line file; bigger files are there to show growth (linear:
  // about ×4 from 2,000 to 8,000 lines).
  const base = lines === 2000 ? null : find('dfls', 2000);
  out.push(
    base
      ? '| measure | | dfls p50 | dfls p95 | node server p50 | node server p95 | dfls p50 vs 2,000 lines |'
      : '| measure | target | dfls p50 | dfls p95 | node server p50 | node server p95 | |'
  );
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const [label, key, p, limit] of targets) {
    const dv = d ? pct(d[key], p) : NaN;
    let last = Number.isNaN(dv) ? '' : dv <= limit ? 'met' : '**missed**';
    if (base) {
      const ratio = pct(d && d[key], 50) / pct(base[key], 50);
      last = Number.isNaN(ratio) ? '' : `×${ratio.toFixed(1)}`;
    }
    out.push(
      `| ${label} | ${base ? '' : (p === 50 ? 'median' : 'p' + p) + ' ≤ ' + limit + ' ms'} | ${ms(pct(d && d[key], 50))} | ` +
        `${ms(pct(d && d[key], 95))} | ${ms(pct(n && n[key], 50))} | ${ms(pct(n && n[key], 95))} | ${last} |`
    );
  }
  out.push(
    `| didOpen → first diagnostics | | ${ms(d ? d.open : NaN)} | | ${ms(n ? n.open : NaN)} | | |`
  );
  out.push('');
  const answers = (r) =>
    r
      ? `completion answered ${r.completionAnswered}/${r.completion.length}, hover ${r.hoverAnswered}/${r.hover.length}, ` +
        `${r.tokenCount} semantic tokens`
      : 'not run';
  out.push(`Answers: dfls ${answers(d)}; node server ${answers(n)}.`);
  out.push('');
}
out.push('| | |');
out.push('| --- | --- |');
out.push(`| commit measured | \`${commit}\` |`);
out.push(`| reproduce | \`bench/ls-bench.sh\` (from the repository root) |`);
out.push(
  `| machine | ${os.cpus().length} × ${os.cpus()[0].model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB |`
);
out.push(`| load average at start → end | ${loadBefore} → ${loadAfter} |`);
out.push(`| Node | ${process.version} |`);
out.push(`| dockerfile-language-server-nodejs | ${nodeLsVersion} (pinned in the script) |`);
out.push('<!-- bench:ls:end -->');

const section = out.join('\n');
const md = fs.readFileSync('BENCHMARKS.md', 'utf8');
const re = /<!-- bench:ls:start -->[\s\S]*<!-- bench:ls:end -->/;
fs.writeFileSync(
  'BENCHMARKS.md',
  re.test(md) ? md.replace(re, section) : md.trimEnd() + '\n\n' + section + '\n'
);
