#!/usr/bin/env node
// One LSP client, many servers: measures a language server over stdio the way an editor uses it.
//   node bench/ls-bench.js --name NAME --file F.Dockerfile [--runs N] [--start-runs N]
//        [--tokens-runs N] [--timeout MS] -- SERVER COMMAND...
// Prints one JSON object: start+initialize times (fresh process each), didOpen→diagnostics,
// didChange→diagnostics (incremental edits), completion, hover and semanticTokens/full times,
// each as a list of milliseconds, plus what the answers held (so an empty answer is visible).
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
if (dash < 0) usage();
const opts = options(argv.slice(0, dash));
const command = argv.slice(dash + 1);
if (!opts.name || !opts.file || command.length === 0) usage();
const runs = Number(opts.runs || 200);
const startRuns = Number(opts['start-runs'] || 10);
const tokensRuns = Number(opts['tokens-runs'] || 20);
const timeout = Number(opts.timeout || 60000);

function usage() {
  process.stderr.write(
    'usage: ls-bench.js --name NAME --file FILE [--runs N] [--start-runs N] [--tokens-runs N] -- CMD...\n'
  );
  process.exit(2);
}

function options(list) {
  const out = {};
  for (let i = 0; i < list.length; i += 2) out[list[i].replace(/^--/, '')] = list[i + 1];
  return out;
}

// ---- a minimal JSON-RPC client over a child's stdio (Content-Length framing) ----------------
class Client {
  constructor(cmd) {
    this.child = spawn(cmd[0], cmd.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', () => {}); // servers log there; not ours to print
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = [];
    this.buffer = Buffer.alloc(0);
    this.exited = new Promise((resolve) => this.child.on('exit', resolve));
    this.child.stdout.on('data', (chunk) => this.receive(chunk));
  }

  receive(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const header = this.buffer.indexOf('\r\n\r\n');
      if (header < 0) return;
      const match = /Content-Length: *(\d+)/i.exec(this.buffer.slice(0, header).toString('ascii'));
      const length = Number(match[1]);
      if (this.buffer.length < header + 4 + length) return;
      const body = this.buffer.slice(header + 4, header + 4 + length).toString('utf8');
      this.buffer = this.buffer.slice(header + 4 + length);
      this.dispatch(JSON.parse(body), process.hrtime.bigint());
    }
  }

  dispatch(msg, at) {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      if (p) {
        this.pending.delete(msg.id);
        if (msg.error) p.reject(new Error(msg.error.message));
        else p.resolve({ result: msg.result, at });
      }
      return;
    }
    if (msg.id !== undefined) {
      // Server-to-client requests: configuration gets empty settings, the rest a null result.
      const result =
        msg.method === 'workspace/configuration' ? (msg.params.items || []).map(() => null) : null;
      this.write({ jsonrpc: '2.0', id: msg.id, result });
      return;
    }
    for (const l of this.listeners.slice()) l(msg, at);
  }

  write(msg) {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request(method, params) {
    const id = this.nextId++;
    const sent = process.hrtime.bigint();
    const answer = new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      setTimeout(() => reject(new Error(`${method} timed out`)), timeout).unref();
    });
    this.write({ jsonrpc: '2.0', id, method, params });
    return answer.then(({ result, at }) => ({ result, ms: Number(at - sent) / 1e6 }));
  }

  notify(method, params) {
    this.write({ jsonrpc: '2.0', method, params });
  }

  // The next notification `method` that satisfies `test`, with the time it arrived.
  next(method, test) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} in ${timeout} ms`)), timeout);
      const l = (msg, at) => {
        if (msg.method === method && test(msg.params)) {
          this.listeners.splice(this.listeners.indexOf(l), 1);
          clearTimeout(timer);
          resolve(at);
        }
      };
      this.listeners.push(l);
    });
  }

  async stop() {
    try {
      await this.request('shutdown', null);
      this.notify('exit', null);
    } catch (e) {
      // a server that cannot shut down is killed below
    }
    const t = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await this.exited;
    clearTimeout(t);
  }
}

const capabilities = {
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    publishDiagnostics: { versionSupport: true, relatedInformation: true },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    semanticTokens: {
      requests: { full: { delta: true }, range: true },
      tokenTypes: ['keyword', 'parameter', 'variable', 'string', 'comment', 'class', 'operator'],
      tokenModifiers: ['declaration', 'definition', 'readonly'],
      formats: ['relative'],
    },
  },
  workspace: { configuration: true },
};

async function started(root) {
  const client = new Client(command);
  const t0 = process.hrtime.bigint();
  const init = await client.request('initialize', {
    processId: process.pid,
    rootUri: 'file://' + root,
    capabilities,
  });
  client.notify('initialized', {});
  return { client, ms: Number(process.hrtime.bigint() - t0) / 1e6, caps: init.result.capabilities };
}

// Positions worth asking about, found in the text: instruction keywords (hover), the spot after
// "RUN " (completion of flags and words), the first character of a line (instruction
// completion), and variable references (completion after "${" and hover on the name).
function positions(lines) {
  const keyword = [];
  const afterRun = [];
  const lineStart = [];
  const variable = [];
  lines.forEach((line, i) => {
    const m = /^(\s*)([A-Za-z]+)\s/.exec(line);
    if (m && /^(FROM|RUN|COPY|ADD|ENV|ARG|WORKDIR|LABEL|CMD|ENTRYPOINT|EXPOSE|USER)$/i.test(m[2])) {
      keyword.push({ line: i, character: m[1].length + 1 });
      lineStart.push({ line: i, character: 0 });
      if (/^RUN$/i.test(m[2])) afterRun.push({ line: i, character: m[1].length + 4 });
    }
    const v = line.indexOf('${');
    if (v >= 0) variable.push({ line: i, character: v + 2 });
  });
  return { keyword, afterRun, lineStart, variable };
}

function spread(list, n) {
  if (list.length === 0) return [];
  const out = [];
  for (let i = 0; i < n; i++) out.push(list[Math.floor((i * list.length) / n) % list.length]);
  return out;
}

function count(result) {
  if (result == null) return 0;
  if (Array.isArray(result)) return result.length;
  if (Array.isArray(result.items)) return result.items.length;
  if (Array.isArray(result.data)) return result.data.length / 5;
  if (result.contents !== undefined) return 1;
  return 1;
}

async function main() {
  const file = path.resolve(opts.file);
  const root = path.dirname(file);
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const uri = 'file://' + file;
  const out = { name: opts.name, file: path.basename(file), lines: lines.length, bytes: text.length };

  out.start = [];
  for (let i = 0; i < startRuns; i++) {
    const s = await started(root);
    out.start.push(s.ms);
    await s.client.stop();
  }

  const { client, caps } = await started(root);
  out.capabilities = Object.keys(caps).sort();
  const pull = Boolean(caps.diagnosticProvider);
  let version = 1;
  const diagnosticsFor = (v) =>
    pull
      ? null
      : client.next(
          'textDocument/publishDiagnostics',
          (p) => p.uri === uri && (p.version === undefined || p.version === null || p.version === v)
        );

  // didOpen → diagnostics
  const t0 = process.hrtime.bigint();
  let arrived = diagnosticsFor(version);
  client.notify('textDocument/didOpen', {
    textDocument: { uri, languageId: 'dockerfile', version, text },
  });
  let findings = null;
  if (pull) {
    const r = await client.request('textDocument/diagnostic', { textDocument: { uri } });
    findings = (r.result.items || []).length;
    out.open = Number(process.hrtime.bigint() - t0) / 1e6;
  } else {
    out.open = Number((await arrived) - t0) / 1e6;
  }
  out.findings = findings;

  // didChange → diagnostics: type a character at the end of a middle line, then delete it.
  const mid = Math.floor(lines.length / 2);
  const end = lines[mid].length;
  out.change = [];
  for (let i = 0; i < runs; i++) {
    version++;
    const insert = i % 2 === 0;
    const range = insert
      ? { start: { line: mid, character: end }, end: { line: mid, character: end } }
      : { start: { line: mid, character: end }, end: { line: mid, character: end + 1 } };
    arrived = diagnosticsFor(version);
    const sent = process.hrtime.bigint();
    client.notify('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text: insert ? 'x' : '' }],
    });
    if (pull) {
      await client.request('textDocument/diagnostic', { textDocument: { uri } });
      out.change.push(Number(process.hrtime.bigint() - sent) / 1e6);
    } else {
      out.change.push(Number((await arrived) - sent) / 1e6);
    }
  }
  if (runs % 2 === 1) {
    // leave the text as it was for the requests below
    version++;
    const p = diagnosticsFor(version);
    client.notify('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [
        { range: { start: { line: mid, character: end }, end: { line: mid, character: end + 1 } }, text: '' },
      ],
    });
    if (!pull) await p;
  }

  const at = positions(lines);
  const ask = async (method, list, n) => {
    const times = [];
    let answered = 0;
    for (const position of spread(list, n)) {
      const r = await client.request(method, { textDocument: { uri }, position });
      times.push(r.ms);
      if (count(r.result) > 0) answered++;
    }
    return { times, answered };
  };
  const completion = await ask(
    'textDocument/completion',
    [...at.afterRun, ...at.lineStart, ...at.variable],
    runs
  );
  out.completion = completion.times;
  out.completionAnswered = completion.answered;
  const hover = await ask('textDocument/hover', [...at.keyword, ...at.variable], runs);
  out.hover = hover.times;
  out.hoverAnswered = hover.answered;

  out.tokens = [];
  out.tokenCount = 0;
  if (caps.semanticTokensProvider) {
    for (let i = 0; i < tokensRuns; i++) {
      const r = await client.request('textDocument/semanticTokens/full', { textDocument: { uri } });
      out.tokens.push(r.ms);
      out.tokenCount = count(r.result);
    }
  }
  await client.stop();
  process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((e) => {
  process.stderr.write(`ls-bench: ${opts.name}: ${e.message}\n`);
  process.exit(1);
});
