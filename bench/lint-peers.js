#!/usr/bin/env node
// Linter benchmark harness for the npm peers of dflint: lints every Dockerfile it is given in one
// Node process, the way `dflint DIR` does, and prints the findings as one JSON array (as
// `dflint --format json` does), so the timed work is comparable: start Node, load the linter,
// find the files, read them, lint them, serialise the findings.
//
//   node bench/lint-peers.js dockerfile-utils PATH...   validate(content) from dockerfile-utils
//   node bench/lint-peers.js dockerfilelint PATH...     run(dir, content) from dockerfilelint's lib
//   node bench/lint-peers.js TOOL --summary PATH...     print one summary line instead (counts,
//                                                       files that threw, time spent linting)
//
// Without --summary it also writes one line on stderr: files, findings, files the linter threw on.
//
// A PATH that is a directory is searched for Dockerfile, Dockerfile.*, *.Dockerfile,
// *.dockerfile, Containerfile and Containerfile.* (skipping .git), as dflint does.
// The packages are resolved from LINT_NODE_MODULES (default: work/lint-node/node_modules beside
// this script). A file a linter throws on is counted and skipped, not fatal.
'use strict';

const fs = require('fs');
const path = require('path');

const modules = process.env.LINT_NODE_MODULES || path.join(__dirname, 'work', 'lint-node', 'node_modules');

function isDockerfileName(name) {
  if (name.endsWith('.dockerignore')) return false;
  return name === 'Dockerfile' || name.startsWith('Dockerfile.') || name.endsWith('.Dockerfile')
    || name.endsWith('.dockerfile') || name === 'Containerfile' || name.startsWith('Containerfile.');
}

function find(p, out) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) {
    out.push(p);
    return;
  }
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const q = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== '.git') walk(q);
      } else if (e.isFile() && isDockerfileName(e.name)) {
        out.push(q);
      }
    }
  };
  walk(p);
}

function linter(tool) {
  if (tool === 'dockerfile-utils') {
    const utils = require(path.join(modules, 'dockerfile-utils'));
    return (file, text) => utils.validate(text).map((d) => ({
      file,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      rule: String(d.code),
      severity: ['', 'error', 'warning', 'info', 'hint'][d.severity] || String(d.severity),
      message: d.message,
    }));
  }
  if (tool === 'dockerfilelint') {
    const lint = require(path.join(modules, 'dockerfilelint'));
    // The CLI passes the file's folder, where it looks for a .dockerfilelintrc.
    return (file, text) => lint.run(path.dirname(path.resolve(file)), text).map((i) => ({
      file,
      line: i.line,
      rule: i.title,
      severity: i.category,
      message: i.description,
    }));
  }
  throw new Error(`unknown tool ${tool} (dockerfile-utils or dockerfilelint)`);
}

function version(tool) {
  return JSON.parse(fs.readFileSync(path.join(modules, tool, 'package.json'), 'utf8')).version;
}

function main(argv) {
  const tool = argv[0];
  const summary = argv.includes('--summary');
  const paths = argv.slice(1).filter((a) => a !== '--summary');
  if (!tool || paths.length === 0) {
    console.error('usage: lint-peers.js dockerfile-utils|dockerfilelint [--summary] PATH...');
    process.exit(2);
  }
  const t0 = process.hrtime.bigint();
  const lint = linter(tool);
  const t1 = process.hrtime.bigint();
  const files = [];
  for (const p of paths) find(p, files);
  files.sort();
  const findings = [];
  const threw = [];
  let bytes = 0;
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    bytes += Buffer.byteLength(text);
    try {
      for (const x of lint(f, text)) findings.push(x);
    } catch (e) {
      threw.push({ file: f, error: String(e && e.message ? e.message : e).split('\n')[0] });
    }
  }
  const t2 = process.hrtime.bigint();
  if (summary) {
    const rules = {};
    for (const x of findings) rules[x.rule] = (rules[x.rule] || 0) + 1;
    console.log(JSON.stringify({
      tool, version: version(tool), files: files.length, bytes, findings: findings.length,
      threw: threw.length, threwFiles: threw.slice(0, 10), loadMs: Number(t1 - t0) / 1e6,
      lintMs: Number(t2 - t1) / 1e6, rules,
    }));
  } else {
    process.stdout.write(JSON.stringify(findings, null, 2) + '\n');
    // One line on stderr for the check runs of bench/lint-bench.sh (hyperfine discards it).
    process.stderr.write(`lint-peers: ${tool} ${version(tool)}: ${files.length} files, ${findings.length} findings, ` +
      `${threw.length} files threw${threw.length ? ` (first: ${threw[0].file}: ${threw[0].error})` : ''}\n`);
  }
}

main(process.argv.slice(2));
