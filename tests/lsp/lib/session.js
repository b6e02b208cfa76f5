'use strict';
// A scripted LSP client on VS Code's own protocol stack (vscode-languageserver-protocol over
// vscode-jsonrpc) driving a real `nianbao lsp` process on pipes.
//
// The server is $NIANBAO (CTest passes the built binary), run under $NIANBAO_WRAPPER when set
// (valgrind). A missing binary fails the test: nothing here skips.

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const assert = require('node:assert/strict');
const proto = require('vscode-languageserver-protocol/node');
const text = require('./text');

const SOURCE_DIR = path.resolve(__dirname, '..', '..', '..');
const CORPUS = path.join(SOURCE_DIR, 'corpus');
// Generous: under valgrind a lint takes tens of milliseconds and start-up a second or two.
const SLOW = Boolean(process.env.NIANBAO_WRAPPER);
const TIMEOUT = SLOW ? 60000 : 10000;

function serverBinary() {
  const p = process.env.NIANBAO;
  if (!p) throw new Error('NIANBAO is not set: it must name the nianbao binary (CTest sets it)');
  const abs = path.resolve(p);
  if (!fs.existsSync(abs)) throw new Error(`NIANBAO=${abs}: no such file (build it first)`);
  return abs;
}

// The environment the server runs in: no locale variables, so that "Chinese by default" is the
// server's default and not the machine's.
function serverEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  for (const k of ['LANG', 'LANGUAGE', 'LC_ALL', 'LC_MESSAGES']) if (!(k in extra)) delete env[k];
  return env;
}

function spawnServer({ cwd = SOURCE_DIR, env = {} } = {}) {
  const wrapper = process.env.NIANBAO_WRAPPER ? process.env.NIANBAO_WRAPPER.split(/\s+/) : [];
  const argv = [...wrapper, serverBinary(), 'lsp'];
  const proc = spawn(argv[0], argv.slice(1), { cwd, env: serverEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
  const state = { stderr: '' };
  proc.stderr.setEncoding('utf8');
  proc.stderr.on('data', (d) => {
    state.stderr += d;
  });
  // A server that dies makes writes fail with EPIPE; the test then fails on the exit, not on
  // an unhandled stream error.
  proc.stdin.on('error', () => {});
  const exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  return { proc, exited, stderr: () => state.stderr };
}

// Reports from ASan, UBSan, LeakSanitizer and memcheck in the server's stderr.
function sanitizerReports(stderr) {
  const lines = stderr.split('\n');
  return lines.filter((l) =>
    /ERROR: (Address|Leak|Memory|Thread)Sanitizer|runtime error:|SUMMARY: \w+Sanitizer|==\d+== (Invalid|Conditional|Use of uninitialised|Syscall param|Mismatched|Source and destination)|definitely lost: [1-9]|indirectly lost: [1-9]/.test(
      l,
    ),
  );
}

function fileUri(p) {
  return pathToFileURL(p).href;
}

function corpusText(rel) {
  return fs.readFileSync(path.join(CORPUS, rel), 'utf8');
}

function tempDir(prefix = 'nianbao-lsp-') {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

function defaultCapabilities(positionEncodings) {
  const caps = {
    general: {},
    window: { showMessage: {}, workDoneProgress: false },
    workspace: {
      configuration: false,
      didChangeConfiguration: { dynamicRegistration: false },
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceFolders: true,
      applyEdit: true,
      workspaceEdit: { documentChanges: true },
    },
    textDocument: {
      synchronization: { dynamicRegistration: false, didSave: false, willSave: false },
      publishDiagnostics: {
        relatedInformation: true,
        versionSupport: true,
        codeDescriptionSupport: true,
        dataSupport: true,
        tagSupport: { valueSet: [1, 2] },
      },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      foldingRange: {},
      selectionRange: {},
      formatting: {},
      completion: {
        completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] },
      },
      codeAction: {
        codeActionLiteralSupport: {
          codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll'] },
        },
        isPreferredSupport: true,
        dataSupport: true,
      },
    },
  };
  if (positionEncodings !== undefined) caps.general.positionEncodings = positionEncodings;
  return caps;
}

class Session {
  constructor(server, conn) {
    this.server = server;
    this.conn = conn;
    this.published = []; // every publishDiagnostics, in arrival order
    this.messages = []; // window/showMessage
    this.logs = []; // window/logMessage
    this.serverRequests = []; // requests the server sent us
    this.notifications = [];
    this.waiters = [];
    this.encoding = 'utf-16';
    this.closed = false;
    conn.onNotification((method, params) => {
      this.notifications.push({ method, params });
      if (method === 'textDocument/publishDiagnostics') this.published.push(params);
      else if (method === 'window/showMessage') this.messages.push(params);
      else if (method === 'window/logMessage') this.logs.push(params);
      this.wake();
    });
    conn.onRequest((method, params) => {
      this.serverRequests.push({ method, params });
      this.wake();
      if (method === 'workspace/configuration') return (params.items || []).map(() => null);
      if (method === 'workspace/workspaceFolders') return null;
      return null;
    });
    conn.onError(() => {});
    conn.onClose(() => {
      this.closed = true;
      this.wake();
    });
    conn.listen();
  }

  // Starts a server and, unless init === false, initializes it.
  static async start({ cwd, env, init = {}, wrapperFree = false } = {}) {
    void wrapperFree;
    const server = spawnServer({ cwd, env });
    const conn = proto.createProtocolConnection(
      new proto.StreamMessageReader(server.proc.stdout),
      new proto.StreamMessageWriter(server.proc.stdin),
    );
    const s = new Session(server, conn);
    if (init !== false) await s.initialize(init);
    return s;
  }

  async initialize({
    positionEncodings,
    capabilities,
    initializationOptions,
    locale,
    rootUri = null,
    workspaceFolders = null,
    pullDiagnostics = false,
  } = {}) {
    const caps = capabilities || defaultCapabilities(positionEncodings);
    if (pullDiagnostics) caps.textDocument.diagnostic = { dynamicRegistration: false, relatedDocumentSupport: false };
    const params = {
      processId: process.pid,
      clientInfo: { name: 'nianbao-lsp-tests', version: '1' },
      rootUri,
      workspaceFolders,
      capabilities: caps,
    };
    if (locale !== undefined) params.locale = locale;
    if (initializationOptions !== undefined) params.initializationOptions = initializationOptions;
    this.initResult = await this.request('initialize', params);
    this.capabilities = this.initResult.capabilities;
    this.encoding = this.capabilities.positionEncoding || 'utf-16';
    this.notify('initialized', {});
    return this.initResult;
  }

  wake() {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  // Resolves when check() returns a truthy value (which is returned), re-checked whenever a
  // message arrives; rejects after `timeout` ms with `what`.
  waitFor(check, what, timeout = TIMEOUT) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`timed out after ${timeout} ms waiting for ${what}`));
      }, timeout);
      const attempt = () => {
        let v;
        try {
          v = check();
        } catch (e) {
          clearTimeout(timer);
          reject(e);
          return;
        }
        if (v) {
          clearTimeout(timer);
          resolve(v);
        } else if (this.closed) {
          clearTimeout(timer);
          reject(new Error(`the server closed the connection while waiting for ${what}`));
        } else {
          this.waiters.push(attempt);
        }
      };
      attempt();
    });
  }

  // params null or undefined: a message without params (shutdown). vscode-jsonrpc would send
  // [null] for an explicit null, and count an undefined token as a second parameter.
  request(method, params, token) {
    const args = params === null || params === undefined ? [] : [params];
    if (token) args.push(token);
    const p = this.conn.sendRequest(method, ...args);
    return Promise.race([
      p,
      new Promise((_, reject) => {
        const t = setTimeout(() => reject(new Error(`no answer to ${method} in ${TIMEOUT} ms`)), TIMEOUT);
        t.unref();
        p.then(
          () => clearTimeout(t),
          () => clearTimeout(t),
        );
      }),
    ]);
  }

  // The error object of a request that must fail.
  async requestError(method, params) {
    try {
      const r = await this.request(method, params);
      assert.fail(`${method} answered ${JSON.stringify(r)} instead of an error`);
    } catch (e) {
      if (e instanceof assert.AssertionError) throw e;
      if (typeof e.code !== 'number') throw e;
      return e;
    }
    return null;
  }

  notify(method, params) {
    if (params === null || params === undefined) return this.conn.sendNotification(method);
    return this.conn.sendNotification(method, params);
  }

  open(uri, content, version = 1, languageId = 'markdown') {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text: content } });
  }

  change(uri, version, contentChanges) {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri) {
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  // A request every server answers (with -32601 if nothing else): once it is answered, every
  // message sent before it has been read.
  async barrier() {
    try {
      await this.request('nianbao-test/barrier', {});
    } catch (e) {
      if (typeof e.code !== 'number') throw e;
    }
  }

  publishedFor(uri) {
    return this.published.filter((p) => p.uri === uri);
  }

  // The first publishDiagnostics for `uri` (after the `after`-th one) that satisfies pred.
  diagnostics(uri, { version, pred = () => true, after = 0, what } = {}) {
    return this.waitFor(
      () =>
        this.publishedFor(uri)
          .slice(after)
          .find((p) => (version === undefined || p.version === version) && pred(p.diagnostics)),
      what || `diagnostics for ${uri}${version === undefined ? '' : ` version ${version}`}`,
    );
  }

  // Opens a document and waits for its diagnostics.
  async openAndWait(uri, content, version = 1) {
    const after = this.publishedFor(uri).length;
    this.open(uri, content, version);
    const p = await this.diagnostics(uri, { version, after });
    return p.diagnostics;
  }

  // Shuts down, exits, and checks the exit status and the sanitizers' silence.
  async stop() {
    await this.request('shutdown', null);
    this.notify('exit', null);
    const { code, signal } = await this.exited();
    this.conn.dispose();
    assert.equal(signal, null, `the server was killed by ${signal}\n${this.server.stderr()}`);
    assert.equal(code, 0, `exit status after shutdown + exit\n${this.server.stderr()}`);
    this.assertClean();
  }

  assertClean() {
    const reports = sanitizerReports(this.server.stderr());
    assert.deepEqual(reports, [], `sanitizer/memcheck reports in the server's stderr:\n${this.server.stderr()}`);
  }

  exited(timeout = TIMEOUT) {
    return Promise.race([
      this.server.exited,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`the server did not exit within ${timeout} ms`)), timeout).unref()),
    ]);
  }

  // Ends the process no matter what (for `after` hooks of failed tests).
  kill() {
    if (this.server.proc.exitCode === null && this.server.proc.signalCode === null) this.server.proc.kill('SIGKILL');
    this.conn.dispose();
  }

  // Text-helper shortcuts in the negotiated encoding.
  range(content, span) {
    return text.lspRange(content, span, this.encoding);
  }
}

// The edits a WorkspaceEdit makes to `uri` (changes or documentChanges).
function editsFor(workspaceEdit, uri) {
  const out = [];
  if (!workspaceEdit) return out;
  if (workspaceEdit.changes && workspaceEdit.changes[uri]) out.push(...workspaceEdit.changes[uri]);
  for (const dc of workspaceEdit.documentChanges || []) {
    if (dc.textDocument && dc.textDocument.uri === uri) out.push(...dc.edits);
  }
  return out;
}

// Every URI a WorkspaceEdit touches.
function editedUris(workspaceEdit) {
  const uris = new Set(Object.keys((workspaceEdit && workspaceEdit.changes) || {}));
  for (const dc of (workspaceEdit && workspaceEdit.documentChanges) || []) if (dc.textDocument) uris.add(dc.textDocument.uri);
  return [...uris];
}

// Runs `fn(session)` with a started session and always ends the server.
async function withSession(opts, fn) {
  const s = await Session.start(opts);
  try {
    const r = await fn(s);
    await s.stop();
    return r;
  } finally {
    s.kill();
  }
}

const Severity = { error: 1, warning: 2, info: 3, hint: 4 };

// An English message keeps Chinese terms (section 五, table labels) but is mostly Latin letters;
// a Chinese one is mostly CJK.
function isEnglish(message) {
  const latin = (message.match(/[A-Za-z]/g) || []).length;
  const cjk = (message.match(/[\u4e00-\u9fff]/g) || []).length;
  return latin > cjk;
}

// "5 warning overview-aspect-missing" lines of a corpus .expected file.
function expectedFindings(rel) {
  return corpusText(rel)
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const [line, severity, rule] = l.trim().split(/\s+/);
      return { line: Number(line), severity, rule };
    });
}

module.exports = {
  Session,
  withSession,
  spawnServer,
  serverBinary,
  serverEnv,
  sanitizerReports,
  fileUri,
  corpusText,
  tempDir,
  defaultCapabilities,
  editsFor,
  editedUris,
  expectedFindings,
  Severity,
  isEnglish,
  SOURCE_DIR,
  CORPUS,
  TIMEOUT,
  SLOW,
};
