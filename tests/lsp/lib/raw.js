'use strict';
// A client on raw pipes, below any JSON-RPC library: it writes exactly the bytes a test gives
// (broken headers, truncated bodies, bursts) and parses what the server writes back by hand.

const assert = require('node:assert/strict');
const { spawnServer, sanitizerReports, TIMEOUT } = require('./session');

const PROBE_TEXT = '# 某县交通运输局2023年政府信息公开工作年度报告\n\n## 一、总体情况\n\n本年度工作情况如下。\n';

function frame(body) {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
}

class RawServer {
  constructor(opts = {}) {
    this.server = spawnServer(opts);
    this.buffer = Buffer.alloc(0);
    this.messages = [];
    this.garbage = []; // anything on stdout that is not a well-framed JSON message
    this.waiters = [];
    this.ended = false;
    this.server.proc.stdout.on('data', (d) => {
      this.buffer = Buffer.concat([this.buffer, d]);
      this.parse();
      this.wake();
    });
    this.server.proc.stdout.on('end', () => {
      this.ended = true;
      if (this.buffer.length) this.garbage.push(this.buffer.toString('utf8'));
      this.wake();
    });
    this.nextId = 1000;
  }

  parse() {
    for (;;) {
      const sep = this.buffer.indexOf('\r\n\r\n');
      if (sep < 0) return;
      const header = this.buffer.subarray(0, sep).toString('ascii');
      const m = /^Content-Length: *(\d+)$/im.exec(header);
      if (!m) {
        this.garbage.push(header);
        this.buffer = this.buffer.subarray(sep + 4);
        continue;
      }
      const len = Number(m[1]);
      if (this.buffer.length < sep + 4 + len) return;
      const body = this.buffer.subarray(sep + 4, sep + 4 + len).toString('utf8');
      this.buffer = this.buffer.subarray(sep + 4 + len);
      let message;
      try {
        message = JSON.parse(body);
      } catch {
        message = undefined;
      }
      // LSP messages are JSON objects (no batches).
      if (message && typeof message === 'object' && !Array.isArray(message)) this.messages.push(message);
      else this.garbage.push(body);
    }
  }

  wake() {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  waitFor(check, what, timeout = TIMEOUT) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out after ${timeout} ms waiting for ${what}\nstderr:\n${this.server.stderr().slice(-2000)}`)), timeout);
      const attempt = () => {
        const v = check();
        if (v) {
          clearTimeout(timer);
          resolve(v);
        } else if (this.ended) {
          clearTimeout(timer);
          reject(new Error(`the server closed stdout while waiting for ${what}\nstderr:\n${this.server.stderr().slice(-2000)}`));
        } else this.waiters.push(attempt);
      };
      attempt();
    });
  }

  write(bytes) {
    return new Promise((resolve) => {
      this.server.proc.stdin.write(bytes, () => resolve());
    });
  }

  send(message) {
    return this.write(frame(message));
  }

  // Responses (messages with an id and a result or an error) whose id equals `id`.
  responses(id) {
    return this.messages.filter((m) => 'id' in m && m.id === id && ('result' in m || 'error' in m));
  }

  response(id, what) {
    return this.waitFor(() => this.responses(id)[0], what || `the answer to request ${JSON.stringify(id)}`);
  }

  async request(method, params) {
    const id = this.nextId++;
    const message = { jsonrpc: '2.0', id, method };
    if (params !== null && params !== undefined) message.params = params; // JSON-RPC: omitted, never null
    await this.send(message);
    return this.response(id, `the answer to ${method} (id ${id})`);
  }

  notify(method, params) {
    const message = { jsonrpc: '2.0', method };
    if (params !== null && params !== undefined) message.params = params;
    return this.send(message);
  }

  async initialize(extra = {}) {
    const r = await this.request('initialize', { processId: null, rootUri: null, capabilities: {}, ...extra });
    assert.ok(r.result && r.result.capabilities, `initialize failed: ${JSON.stringify(r)}`);
    await this.notify('initialized', {});
    return r.result;
  }

  // A probe report the server must keep linting: a title and section 一 only, so exactly the
  // five other sections are missing (counted by hand).
  async openProbe() {
    this.probe = { uri: 'file:///nianbao-test/probe-2023.md', version: 1 };
    await this.notify('textDocument/didOpen', {
      textDocument: { uri: this.probe.uri, languageId: 'markdown', version: 1, text: PROBE_TEXT },
    });
  }

  // The server still answers a request correctly: an unknown method gets -32601 with our id,
  // and (once the probe is open) a new version of the probe gets its five section-missing.
  async assertAlive(what) {
    const r = await this.request('nianbao-test/unknown', {}).catch((e) => {
      throw new Error(`after ${what}: ${e.message}`);
    });
    assert.equal(r.jsonrpc, '2.0', `after ${what}: jsonrpc member`);
    assert.ok(r.error, `after ${what}: an unknown method must fail, got ${JSON.stringify(r)}`);
    assert.equal(r.error.code, -32601, `after ${what}: MethodNotFound`);
    if (!this.probe) return;
    const version = ++this.probe.version;
    const text = PROBE_TEXT + `\n探针第${version}版。\n`;
    await this.notify('textDocument/didChange', {
      textDocument: { uri: this.probe.uri, version },
      contentChanges: [{ text }],
    });
    const p = await this.waitFor(
      () =>
        this.messages.find(
          (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === this.probe.uri && m.params.version === version,
        ),
      `after ${what}: diagnostics of probe version ${version}`,
    );
    const missing = p.params.diagnostics.filter((d) => d.code === 'section-missing');
    assert.equal(missing.length, 5, `after ${what}: the probe's five missing sections`);
  }

  async closeStdin() {
    this.server.proc.stdin.end();
  }

  async stop() {
    const r = await this.request('shutdown', null);
    assert.deepEqual(r.result, null, `shutdown answered ${JSON.stringify(r)}`);
    await this.notify('exit', null);
    const { code, signal } = await this.exited();
    assert.equal(signal, null, `killed by ${signal}`);
    assert.equal(code, 0, `exit status after shutdown + exit; stderr:\n${this.server.stderr().slice(-3000)}`);
    this.assertClean();
  }

  assertClean() {
    assert.deepEqual(this.garbage, [], 'stdout carries only framed JSON-RPC messages');
    assert.deepEqual(sanitizerReports(this.server.stderr()), [], `sanitizer/memcheck reports:\n${this.server.stderr()}`);
  }

  exited(timeout = TIMEOUT) {
    return Promise.race([
      this.server.exited,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`the server did not exit within ${timeout} ms`)), timeout).unref()),
    ]);
  }

  kill() {
    const p = this.server.proc;
    if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
  }
}

module.exports = { RawServer, frame };
