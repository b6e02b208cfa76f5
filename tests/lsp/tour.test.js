'use strict';
// One short session through every request and notification the server handles, and a few bad
// messages: the session tests/check.sh runs under valgrind memcheck (where the other files'
// bursts and 10 MB documents would take too long). Also run as an ordinary CTest test, so the
// ASan+UBSan build runs it too. The checks here are light: the other files hold the values.

const test = require('node:test');
const assert = require('node:assert/strict');
const { Session, serverBinary, editsFor } = require('./lib/session');
const { RawServer } = require('./lib/raw');
const T = require('./lib/text');
const H = require('./lib/hongze');

serverBinary();

test('a tour of every request, in UTF-8, then shutdown and exit 0', async () => {
  const s = await Session.start({ init: { positionEncodings: ['utf-8'], locale: 'zh-CN', initializationOptions: { rules: { 'label-format': 'info' } } } });
  const uri = 'file:///nianbao-test/tour/hongze-2023.md';
  try {
    assert.equal(s.encoding, 'utf-8');
    let text = H.WITH_DATE;
    const diags = await s.openAndWait(uri, text);
    assert.equal(diags.length, 7, 'the six golden findings and the impossible date');
    const cell = T.cell(text, 81, 4);
    s.change(uri, 2, [{ range: T.lspRange(text, cell, 'utf-8'), text: '11' }]);
    text = text.slice(0, cell.start) + '11' + text.slice(cell.end);
    const p = await s.diagnostics(uri, { version: 2 });
    assert.equal(p.diagnostics.filter((d) => d.code === 'sum-review').length, 1);
    const at = (span) => T.positionAt(text, span.start, 'utf-8');
    const doc = { textDocument: { uri } };
    assert.ok(await s.request('textDocument/hover', { ...doc, position: at(T.cell(text, 81, 14)) }));
    assert.ok(await s.request('textDocument/hover', { ...doc, position: at(T.find(text, '一、总体情况', 5)) }));
    assert.ok(await s.request('textDocument/hover', { ...doc, position: at(T.find(text, H.TYPO, 56)) }));
    assert.ok((await s.request('textDocument/documentSymbol', doc)).length > 0);
    assert.ok((await s.request('textDocument/foldingRange', doc)).length > 0);
    assert.equal((await s.request('textDocument/selectionRange', { ...doc, positions: [at(T.cell(text, 81, 0))] })).length, 1);
    await s.request('textDocument/completion', { ...doc, position: { line: 1, character: 0 } });
    const fmt = await s.request('textDocument/formatting', { ...doc, options: { tabSize: 2, insertSpaces: true } });
    assert.equal(fmt.length, 1);
    const d = p.diagnostics.find((x) => x.code === 'label-typo');
    const actions = await s.request('textDocument/codeAction', { ...doc, range: d.range, context: { diagnostics: [d] } });
    assert.ok(actions.some((a) => editsFor(a.edit, uri).some((e) => e.newText === H.OFFICIAL)));
    const all = await s.request('textDocument/codeAction', { ...doc, range: d.range, context: { diagnostics: [], only: ['source.fixAll.nianbao'] } });
    assert.equal(all.length, 1);
    s.notify('workspace/didChangeConfiguration', { settings: { nianbao: { rules: { 'label-typo': 'off' } } } });
    s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///nianbao-test/tour/.nianbao.json', type: 1 }] });
    s.notify('$/setTrace', { value: 'off' });
    await s.requestError('nianbao/noSuchMethod', {});
    s.close(uri);
    await s.stop();
  } finally {
    s.kill();
  }
});

test('a tour with pull diagnostics', async () => {
  const s = await Session.start({ init: { pullDiagnostics: true, locale: 'en' } });
  const uri = 'file:///nianbao-test/tour/pull-2023.md';
  try {
    s.open(uri, H.TEXT);
    const r = await s.request('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(r.items.length, 6);
    const again = await s.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: r.resultId });
    assert.equal(again.kind, 'unchanged');
    await s.stop();
  } finally {
    s.kill();
  }
});

test('a tour of bad input on raw pipes, then end of input', async () => {
  const raw = new RawServer();
  try {
    await raw.initialize();
    await raw.openProbe();
    await raw.write(Buffer.from('Content-Length: 5\r\n\r\nhello'));
    await raw.send('[1]');
    await raw.send({ jsonrpc: '2.0', id: 1, method: 'textDocument/hover', params: { textDocument: 3 } });
    await raw.write(Buffer.from('Content-Length: x\r\n\r\n'));
    await raw.assertAlive('bad input');
    await raw.write(Buffer.from('Content-Length: 50\r\n\r\n{"jsonrpc"'));
    await raw.closeStdin();
    const { code, signal } = await raw.exited();
    assert.equal(signal, null);
    assert.ok(code === 0 || code === 1, `a clean exit at end of input (status ${code}; 99 is memcheck's)`);
    raw.assertClean();
  } finally {
    raw.kill();
  }
});
