#!/usr/bin/env node
// Summarises the execution samples of a JFR recording (used for the profile notes of the linter
// benchmark): top methods by self samples, top dfkit methods by inclusive samples (a method counts
// once per sample however deep it recurses), and the share of each rule class.
//
// Usage: node bench/lint-jfr-top.js RECORDING.jfr [TOP]
// Needs `jfr` (from the JDK) on PATH. Record with a short sampling period for a few-second run,
// e.g. a copy of $JAVA_HOME/lib/jfr/profile.jfc with method-sampling-java-interval set to 1 ms:
//   java -XX:StartFlightRecording=filename=rec.jfr,settings=fine.jfc -jar linter/target/dfkit-linter.jar ...
'use strict';

const { execFileSync } = require('child_process');

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: lint-jfr-top.js RECORDING.jfr [TOP]');
  process.exit(2);
}
const TOP = Number(topArg || 25);
const json = execFileSync('jfr', ['print', '--json', '--events', 'jdk.ExecutionSample', file], {
  maxBuffer: 1 << 30,
  encoding: 'utf8',
});
const events = JSON.parse(json).recording.events;
const cls = (f) => f.method.type.name.replace(/\//g, '.');
const name = (f) => `${cls(f)}.${f.method.name}`;
const self = new Map();
const incl = new Map();
const rules = new Map();
const bump = (m, k) => m.set(k, (m.get(k) || 0) + 1);
let total = 0;
for (const e of events) {
  const frames = (e.values.stackTrace && e.values.stackTrace.frames) || [];
  if (frames.length === 0) continue;
  total++;
  bump(self, name(frames[0]));
  const seen = new Set();
  let rule = null;
  for (const f of frames) {
    const n = name(f);
    if (!seen.has(n)) {
      seen.add(n);
      if (n.startsWith('dev.dfkit.')) bump(incl, n);
    }
    // The outermost rule frame: a check() of a class in the rules package.
    if (f.method.name === 'check' && cls(f).startsWith('dev.dfkit.lint.rules.')) rule = cls(f);
  }
  bump(rules, rule ? rule.replace('dev.dfkit.lint.rules.', '') : '(not in a rule)');
}
const pct = (n) => `${((100 * n) / total).toFixed(1).padStart(5)}%`;
const show = (title, m, n) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n)) {
    console.log(`${pct(v)} ${String(v).padStart(6)}  ${k}`);
  }
};
console.log(`${total} execution samples in ${file}`);
show('self (top frame)', self, TOP);
show('inclusive, dfkit methods', incl, TOP);
show('by rule (outermost Rule.check on the stack)', rules, TOP);
