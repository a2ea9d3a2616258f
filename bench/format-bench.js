#!/usr/bin/env node
// Formatter benchmark harness (dockerfile-utils side): node bench/format-bench.js LIST WARMUP ITERATIONS
// Each iteration formats every file of LIST once with dockerfile-utils' format(content, options)
// and applies the returned edits; prints one JSON object with the pass times.
'use strict';
const fs = require('fs');
const path = require('path');
const base = path.resolve(__dirname, 'work/node-fmt/node_modules');
const utils = require(path.join(base, 'dockerfile-utils'));
const { TextDocument } = require(path.join(base, 'vscode-languageserver-textdocument'));

const [list, warmupArg, iterationsArg] = process.argv.slice(2);
const files = fs.readFileSync(list, 'utf8').split('\n').filter((l) => l.trim() !== '');
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
const warmup = Number(warmupArg);
const iterations = Number(iterationsArg);
const options = { insertSpaces: true, tabSize: 4 };
let changed = 0;
const passMs = [];
for (let i = 0; i < warmup + iterations; i++) {
  const t0 = process.hrtime.bigint();
  for (const text of texts) {
    const edits = utils.format(text, options);
    const out = TextDocument.applyEdits(TextDocument.create('file:///Dockerfile', 'dockerfile', 1, text), edits);
    if (i === 0 && out !== text) changed++;
  }
  const t1 = process.hrtime.bigint();
  if (i >= warmup) passMs.push(Number(t1 - t0) / 1e6);
}
console.log(JSON.stringify({ files: texts.length, bytes, changed, refused: 0, passMs }));
