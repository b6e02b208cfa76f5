'use strict';
// The malformed-input battery, on raw pipes (no JSON-RPC library in between): each case gets a
// fresh server with a probe report open; after the bad input the server must still answer
// (an unknown method → -32601 with our id, and a new version of the probe → its five
// section-missing), or, where the input ends, exit by itself without a crash.

const test = require('node:test');
const assert = require('node:assert/strict');
const { serverBinary, SLOW } = require('./lib/session');
const { RawServer, frame } = require('./lib/raw');
const H = require('./lib/hongze');

serverBinary();

const ParseError = -32700;
const InvalidRequest = -32600;
const InvalidParams = -32602;
const MethodNotFound = -32601;

async function withRaw(fn) {
  const raw = new RawServer();
  try {
    await raw.initialize();
    await raw.openProbe();
    await fn(raw);
  } finally {
    raw.kill();
  }
}

// Error responses with id null (what a server says to a message it could not read an id from).
const nullIdErrors = (raw) => raw.messages.filter((m) => m.id === null && m.error);

function header(len, extra = '') {
  return Buffer.from(`${extra}Content-Length: ${len}\r\n\r\n`, 'ascii');
}

test('a valid message with a Content-Type header is read', async () => {
  await withRaw(async (raw) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', id: 'ct', method: 'nianbao/none', params: {} }));
    await raw.write(Buffer.concat([header(body.length, 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n'), body]));
    assert.equal((await raw.response('ct')).error.code, MethodNotFound);
    await raw.assertAlive('Content-Type');
    await raw.stop();
  });
});

for (const [name, bytes] of [
  ['a header block without Content-Length', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n'],
  ['a header block without Content-Length, then a body', 'X-Nothing: 1\r\n\r\n{"jsonrpc":"2.0","id":77,"method":"nianbao/none"}'],
  ['a non-numeric Content-Length', 'Content-Length: twelve\r\n\r\n{"jsonrpc":"2.0"}'],
  ['a negative Content-Length', 'Content-Length: -5\r\n\r\n'],
  ['an empty Content-Length', 'Content-Length: \r\n\r\n'],
  ['a header line that is not a header', 'hello world\r\n\r\n'],
]) {
  test(`${name}: survived`, async () => {
    await withRaw(async (raw) => {
      await raw.write(Buffer.from(bytes, 'utf8'));
      await raw.assertAlive(name);
      await raw.stop();
    });
  });
}

test('a body shorter than announced, then end of input: a clean exit', async () => {
  const raw = new RawServer();
  try {
    await raw.initialize();
    await raw.write(Buffer.concat([header(100), Buffer.from('{"jsonrpc":"2.0","id":1,')]));
    await raw.closeStdin();
    const { code, signal } = await raw.exited();
    assert.equal(signal, null, 'no crash');
    assert.ok(code === 0 || code === 1, `exit status 0 or 1, got ${code}`);
    raw.assertClean();
  } finally {
    raw.kill();
  }
});

test('a huge announced length, then end of input: a clean exit, no giant allocation crash', async () => {
  const raw = new RawServer();
  try {
    await raw.initialize();
    await raw.write(Buffer.from('Content-Length: 99999999999999999999999\r\n\r\n{}', 'ascii'));
    await raw.closeStdin();
    const { code, signal } = await raw.exited();
    assert.equal(signal, null, 'no crash');
    assert.ok(code === 0 || code === 1, `exit status 0 or 1, got ${code}`);
    raw.assertClean();
  } finally {
    raw.kill();
  }
});

test('a header cut off by end of input: a clean exit', async () => {
  const raw = new RawServer();
  try {
    await raw.initialize();
    await raw.write(Buffer.from('Content-Len', 'ascii'));
    await raw.closeStdin();
    const { code, signal } = await raw.exited();
    assert.equal(signal, null);
    assert.ok(code === 0 || code === 1, `exit status 0 or 1, got ${code}`);
    raw.assertClean();
  } finally {
    raw.kill();
  }
});

test('a body longer than announced: the announced bytes are a message (-32700), the server recovers', async () => {
  await withRaw(async (raw) => {
    const body = '{"jsonrpc":"2.0","id":"long","method":"nianbao/none"}';
    await raw.write(Buffer.concat([header(10), Buffer.from(body)]));
    await raw.waitFor(() => nullIdErrors(raw).length > 0, 'a -32700 for the 10 bytes that are not JSON');
    assert.equal(nullIdErrors(raw)[0].error.code, ParseError);
    await raw.assertAlive('a body longer than announced');
    await raw.stop();
  });
});

for (const [name, body] of [
  ['not JSON', 'hello'],
  ['truncated JSON', '{"jsonrpc":"2.0","id":'],
  ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])],
  ['an empty body', ''],
]) {
  test(`a body that is ${name}: -32700 with id null`, async () => {
    await withRaw(async (raw) => {
      const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
      await raw.write(Buffer.concat([header(bytes.length), bytes]));
      const e = await raw.waitFor(() => nullIdErrors(raw)[0], 'an error with id null');
      assert.equal(e.error.code, ParseError);
      assert.equal(e.jsonrpc, '2.0');
      assert.equal(typeof e.error.message, 'string');
      await raw.assertAlive(name);
      await raw.stop();
    });
  });
}

for (const [name, body] of [
  ['a number', '42'],
  ['a string', '"initialize"'],
  // LSP has no batches; the element is harmless either way.
  ['an array', '[{"jsonrpc":"2.0","id":1,"method":"nianbao/none"}]'],
  ['null', 'null'],
  ['an object without method or id', '{"jsonrpc":"2.0"}'],
]) {
  test(`JSON that is ${name}: -32600 with id null`, async () => {
    await withRaw(async (raw) => {
      await raw.send(body);
      const e = await raw.waitFor(() => nullIdErrors(raw)[0], 'an error with id null');
      assert.equal(e.error.code, InvalidRequest);
      await raw.assertAlive(name);
      await raw.stop();
    });
  });
}

test('a request whose method is not a string: -32600 with its id', async () => {
  await withRaw(async (raw) => {
    await raw.send({ jsonrpc: '2.0', id: 'm', method: 17 });
    assert.equal((await raw.response('m')).error.code, InvalidRequest);
    await raw.send({ jsonrpc: '2.0', id: 'n' });
    assert.equal((await raw.response('n')).error.code, InvalidRequest, 'an id and no method');
    await raw.assertAlive('bad method');
    await raw.stop();
  });
});

test('wrong parameter types: -32602 for requests, notifications ignored', async () => {
  await withRaw(async (raw) => {
    const bad = [
      ['textDocument/hover', { textDocument: 5, position: 'here' }],
      ['textDocument/hover', { textDocument: { uri: raw.probe.uri }, position: { line: 'one', character: 0 } }],
      ['textDocument/hover', { textDocument: { uri: raw.probe.uri }, position: { line: -1, character: -1 } }],
      ['textDocument/documentSymbol', { textDocument: { uri: 17 } }],
      ['textDocument/codeAction', { textDocument: { uri: raw.probe.uri }, range: null, context: 'x' }],
      ['textDocument/completion', []],
      ['textDocument/formatting', null],
      ['textDocument/diagnostic', { textDocument: {} }],
      ['textDocument/selectionRange', { textDocument: { uri: raw.probe.uri }, positions: 'all' }],
    ];
    for (const [method, params] of bad) {
      const r = await raw.request(method, params);
      assert.ok(r.error, `${method} ${JSON.stringify(params)} must fail, got ${JSON.stringify(r)}`);
      assert.equal(r.error.code, InvalidParams, `${method} ${JSON.stringify(params)}`);
    }
    await raw.notify('textDocument/didOpen', { textDocument: { uri: 5, text: [] } });
    await raw.notify('textDocument/didChange', { textDocument: { uri: raw.probe.uri, version: 'x' }, contentChanges: 'all' });
    await raw.notify('textDocument/didChange', { textDocument: { uri: raw.probe.uri, version: 99 }, contentChanges: [{ range: { start: {} }, text: 3 }] });
    await raw.notify('textDocument/didClose', {});
    await raw.notify('workspace/didChangeConfiguration', 'settings');
    await raw.notify('workspace/didChangeWatchedFiles', { changes: 5 });
    await raw.assertAlive('wrong parameter types');
    assert.deepEqual(
      raw.messages.filter((m) => m.id === undefined && m.method === 'textDocument/publishDiagnostics' && typeof m.params.uri !== 'string'),
      [],
    );
    await raw.stop();
  });
});

test('requests about an unknown URI are answered (a result or an error), not fatal', async () => {
  await withRaw(async (raw) => {
    const uri = 'file:///nianbao-test/never-opened.md';
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }],
      ['textDocument/documentSymbol', { textDocument: { uri } }],
      ['textDocument/foldingRange', { textDocument: { uri } }],
      ['textDocument/selectionRange', { textDocument: { uri }, positions: [{ line: 0, character: 0 }] }],
      ['textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } }],
      ['textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }],
      ['textDocument/hover', { textDocument: { uri: 'not a uri at all' }, position: { line: 0, character: 0 } }],
    ]) {
      const r = await raw.request(method, params);
      assert.ok('result' in r || (r.error && typeof r.error.code === 'number'), `${method}: ${JSON.stringify(r)}`);
    }
    await raw.assertAlive('unknown URIs');
    await raw.stop();
  });
});

test('an id that is neither a string nor a number: -32600 with id null', async () => {
  await withRaw(async (raw) => {
    await raw.send({ jsonrpc: '2.0', id: { x: 1 }, method: 'nianbao/none', params: {} });
    const e = await raw.waitFor(() => nullIdErrors(raw)[0], 'an error with id null');
    assert.equal(e.error.code, InvalidRequest);
    await raw.assertAlive('an object id');
    await raw.stop();
  });
});

test('a document opened twice without a close: the second text wins, the server lives', async () => {
  await withRaw(async (raw) => {
    const uri = 'file:///nianbao-test/twice-2023.md';
    await raw.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '# 说明\n' } });
    await raw.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: H.TEXT } });
    const p = await raw.waitFor(
      () => raw.messages.find((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.diagnostics.length),
      'diagnostics of the second text',
    );
    assert.equal(p.params.diagnostics.filter((d) => d.code === 'sum-review').length, 2);
    await raw.assertAlive('a second didOpen');
    await raw.stop();
  });
});

test('a change to a document that was never opened is ignored', async () => {
  await withRaw(async (raw) => {
    const uri = 'file:///nianbao-test/ghost-2023.md';
    await raw.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: H.TEXT }] });
    await raw.notify('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: 'x' }],
    });
    await raw.notify('textDocument/didClose', { textDocument: { uri } });
    await raw.assertAlive('changes to a never-opened document');
    const published = raw.messages.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri);
    assert.deepEqual(published.filter((m) => m.params.diagnostics.length), [], 'no diagnostics for a document the client never opened');
    await raw.stop();
  });
});

test('ranges outside the document: no crash, and the document stays usable', async () => {
  await withRaw(async (raw) => {
    const uri = raw.probe.uri;
    const far = [
      { start: { line: 10000, character: 0 }, end: { line: 10001, character: 0 } },
      { start: { line: 0, character: 100000 }, end: { line: 0, character: 100001 } },
      { start: { line: 3, character: 0 }, end: { line: 1, character: 0 } }, // end before start
      { start: { line: 2147483647, character: 2147483647 }, end: { line: 2147483647, character: 2147483647 } },
    ];
    let v = 100;
    for (const range of far) {
      await raw.notify('textDocument/didChange', { textDocument: { uri, version: ++v }, contentChanges: [{ range, text: '越界' }] });
    }
    for (const range of far) {
      const r = await raw.request('textDocument/hover', { textDocument: { uri }, position: range.start });
      assert.ok('result' in r || r.error, 'answered');
      const r2 = await raw.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
      assert.ok('result' in r2 || r2.error, 'answered');
    }
    raw.probe.version = v;
    await raw.assertAlive('ranges outside the document');
    await raw.stop();
  });
});

test('a 10 MB message is read and answered', async () => {
  await withRaw(async (raw) => {
    const uri = 'file:///nianbao-test/huge-2023.md';
    const copies = Math.ceil((10 << 20) / Buffer.byteLength(H.TEXT));
    const text = H.TEXT.repeat(copies);
    assert.ok(Buffer.byteLength(JSON.stringify(text)) >= 10 << 20);
    await raw.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await raw.waitFor(
      () => raw.messages.find((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri),
      'diagnostics of the 10 MB document',
      SLOW ? 600000 : 120000,
    );
    // A 10 MB request body too (a long unknown parameter): answered with our id.
    const r = await raw.request('nianbao/none', { padding: 'x'.repeat(10 << 20) });
    assert.equal(r.error.code, MethodNotFound);
    await raw.notify('textDocument/didClose', { textDocument: { uri } });
    await raw.assertAlive('10 MB messages');
    await raw.stop();
  });
});

test('10⁴ requests in one burst: each answered once, with its own id', async () => {
  await withRaw(async (raw) => {
    const N = 10000;
    const parts = [];
    for (let i = 0; i < N; i++) parts.push(frame({ jsonrpc: '2.0', id: `b${i}`, method: i % 2 ? 'nianbao/none' : 'textDocument/foldingRange', params: { textDocument: { uri: raw.probe.uri } } }));
    await raw.write(Buffer.concat(parts));
    await raw.waitFor(() => raw.messages.filter((m) => typeof m.id === 'string' && m.id.startsWith('b')).length >= N, `${N} answers`, SLOW ? 600000 : 60000);
    const ids = raw.messages.filter((m) => typeof m.id === 'string' && m.id.startsWith('b')).map((m) => m.id);
    assert.equal(new Set(ids).size, N, 'each id answered once');
    for (const m of raw.messages.filter((x) => typeof x.id === 'string' && x.id.startsWith('b'))) {
      const i = Number(m.id.slice(1));
      if (i % 2) assert.equal(m.error && m.error.code, MethodNotFound);
      else assert.ok(Array.isArray(m.result), `foldingRange ${m.id} answered with ranges`);
    }
    await raw.assertAlive('10⁴ requests');
    await raw.stop();
  });
});
