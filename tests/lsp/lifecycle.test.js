'use strict';
// Lifecycle per LSP 3.17 ("Lifecycle Messages", "Base Protocol"): initialize first, shutdown,
// exit codes, unknown methods, $/ notifications, $/cancelRequest, advertised capabilities.

const test = require('node:test');
const assert = require('node:assert/strict');
const { Session, serverBinary } = require('./lib/session');
const { RawServer, frame } = require('./lib/raw');

serverBinary(); // no server: every test of this file fails

const ServerNotInitialized = -32002;
const InvalidRequest = -32600;
const MethodNotFound = -32601;
const RequestCancelled = -32800;

test('a request before initialize is answered -32002 and initialize still works', async () => {
  const s = await Session.start({ init: false });
  try {
    const e = await s.requestError('textDocument/documentSymbol', { textDocument: { uri: 'file:///x.md' } });
    assert.equal(e.code, ServerNotInitialized);
    const e2 = await s.requestError('shutdown', null);
    assert.equal(e2.code, ServerNotInitialized, 'shutdown before initialize');
    // Notifications before initialize are dropped (not answered, not fatal).
    s.notify('textDocument/didOpen', { textDocument: { uri: 'file:///early.md', languageId: 'markdown', version: 1, text: '# x' } });
    const r = await s.initialize();
    assert.ok(r.capabilities, 'initialize result has capabilities');
    await s.stop();
  } finally {
    s.kill();
  }
});

test('initialize advertises what issue 6 builds', async () => {
  const s = await Session.start({ init: false });
  try {
    const r = await s.initialize({ positionEncodings: ['utf-16'] });
    const c = r.capabilities;
    assert.equal(r.serverInfo && r.serverInfo.name, 'nianbao');
    assert.equal(c.positionEncoding, 'utf-16');
    const sync = c.textDocumentSync;
    assert.equal(typeof sync, 'object', 'textDocumentSync as TextDocumentSyncOptions');
    assert.equal(sync.openClose, true);
    assert.equal(sync.change, 2, 'incremental sync');
    assert.ok(c.hoverProvider, 'hoverProvider');
    assert.ok(c.documentSymbolProvider, 'documentSymbolProvider');
    assert.ok(c.foldingRangeProvider, 'foldingRangeProvider');
    assert.ok(c.selectionRangeProvider, 'selectionRangeProvider');
    assert.ok(c.documentFormattingProvider, 'documentFormattingProvider');
    assert.ok(c.completionProvider, 'completionProvider');
    assert.ok(c.codeActionProvider, 'codeActionProvider');
    const kinds = c.codeActionProvider.codeActionKinds || [];
    assert.ok(kinds.includes('quickfix'), `codeActionKinds ${JSON.stringify(kinds)} has quickfix`);
    assert.ok(kinds.includes('source.fixAll.nianbao'), `codeActionKinds ${JSON.stringify(kinds)} has source.fixAll.nianbao`);
    // diagnosticProvider is checked in pull.test.js, for a client that announces pull diagnostics.
    await s.stop();
  } finally {
    s.kill();
  }
});

test('after shutdown every request is -32600 and exit gives status 0', async () => {
  const s = await Session.start();
  try {
    assert.equal(await s.request('shutdown', null), null, 'shutdown result is null');
    const e = await s.requestError('textDocument/documentSymbol', { textDocument: { uri: 'file:///x.md' } });
    assert.equal(e.code, InvalidRequest);
    const e2 = await s.requestError('initialize', { processId: null, rootUri: null, capabilities: {} });
    assert.equal(e2.code, InvalidRequest, 'initialize after shutdown');
    s.notify('exit', null);
    const { code, signal } = await s.exited();
    assert.equal(signal, null);
    assert.equal(code, 0);
    s.assertClean();
  } finally {
    s.kill();
  }
});

test('exit without shutdown gives status 1', async () => {
  const s = await Session.start();
  try {
    s.notify('exit', null);
    const { code, signal } = await s.exited();
    assert.equal(signal, null);
    assert.equal(code, 1);
    s.assertClean();
  } finally {
    s.kill();
  }
});

test('exit before initialize gives status 1', async () => {
  const s = await Session.start({ init: false });
  try {
    s.notify('exit', null);
    const { code, signal } = await s.exited();
    assert.equal(signal, null);
    assert.equal(code, 1);
  } finally {
    s.kill();
  }
});

test('end of input without exit: the server ends by itself, no crash', async () => {
  const raw = new RawServer();
  try {
    await raw.initialize();
    await raw.closeStdin();
    const { signal } = await raw.exited();
    assert.equal(signal, null, 'not killed by a signal');
    raw.assertClean();
  } finally {
    raw.kill();
  }
});

test('unknown requests are -32601, $/ requests too; unknown and $/ notifications are ignored', async () => {
  const s = await Session.start();
  try {
    const e = await s.requestError('nianbao/noSuchMethod', {});
    assert.equal(e.code, MethodNotFound);
    const e2 = await s.requestError('$/noSuchRequest', {});
    assert.equal(e2.code, MethodNotFound, '"$/" request');
    s.notify('nianbao/noSuchNotification', { a: 1 });
    s.notify('$/setTrace', { value: 'verbose' });
    s.notify('$/progress', { token: 'x', value: { kind: 'end' } });
    s.notify('$/somethingElse', {});
    // Still answering, and the notifications produced no error message.
    const e3 = await s.requestError('nianbao/noSuchMethod', {});
    assert.equal(e3.code, MethodNotFound);
    await s.stop();
  } finally {
    s.kill();
  }
});

test('$/cancelRequest: a request cancelled while still pending is answered -32800', async () => {
  // The request and its cancellation reach the server in one write, behind a burst of changes
  // to a large document, so the cancellation is already on stdin while the request is pending.
  const raw = new RawServer();
  try {
    await raw.initialize();
    await raw.openProbe();
    const uri = 'file:///nianbao-test/cancel-2023.md';
    const big = '# 某县交通运输局2023年政府信息公开工作年度报告\n\n## 一、总体情况\n\n' + '本年度工作情况如下。\n\n'.repeat(20000);
    await raw.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: big } });
    const parts = [];
    for (let v = 2; v <= 40; v++) {
      parts.push(
        frame({
          jsonrpc: '2.0',
          method: 'textDocument/didChange',
          params: { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: '改' }] },
        }),
      );
    }
    parts.push(frame({ jsonrpc: '2.0', id: 'to-cancel', method: 'textDocument/formatting', params: { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } } }));
    parts.push(frame({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 'to-cancel' } }));
    await raw.write(Buffer.concat(parts));
    const r = await raw.response('to-cancel');
    assert.equal(raw.responses('to-cancel').length, 1, 'exactly one answer');
    assert.ok(r.error, `a cancelled request answers an error, got ${JSON.stringify(r).slice(0, 200)}`);
    assert.equal(r.error.code, RequestCancelled);
    // Cancelling what is not pending (answered, or never sent) is ignored.
    await raw.notify('$/cancelRequest', { id: 'to-cancel' });
    await raw.notify('$/cancelRequest', { id: 987654 });
    await raw.assertAlive('$/cancelRequest');
    await raw.stop();
  } finally {
    raw.kill();
  }
});

test('a request that is not cancelled is answered normally despite a cancellation of another id', async () => {
  const raw = new RawServer();
  try {
    await raw.initialize();
    await raw.write(
      Buffer.concat([
        frame({ jsonrpc: '2.0', id: 7, method: 'nianbao/noSuchMethod', params: {} }),
        frame({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 8 } }),
      ]),
    );
    const r = await raw.response(7);
    assert.equal(r.error.code, MethodNotFound);
    await raw.stop();
  } finally {
    raw.kill();
  }
});
