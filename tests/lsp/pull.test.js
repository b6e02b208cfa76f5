'use strict';
// Pull diagnostics (LSP 3.17 textDocument/diagnostic): full reports with a resultId,
// "unchanged" for the same text, and nothing pushed for a client that pulls.

const test = require('node:test');
const assert = require('node:assert/strict');
const { Session, serverBinary, Severity } = require('./lib/session');
const T = require('./lib/text');
const H = require('./lib/hongze');

serverBinary();

const key = (r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

test('a client that announces pull diagnostics pulls them and is pushed nothing', async () => {
  const s = await Session.start({ init: { pullDiagnostics: true } });
  const uri = 'file:///nianbao-test/pull/hongze-2023.md';
  try {
    const provider = s.capabilities.diagnosticProvider;
    assert.ok(provider, 'diagnosticProvider');
    assert.equal(typeof provider.interFileDependencies, 'boolean');
    assert.equal(typeof provider.workspaceDiagnostics, 'boolean');
    s.open(uri, H.TEXT, 1);
    const first = await s.request('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(first.kind, 'full');
    assert.equal(typeof first.resultId, 'string', 'a resultId to pull "unchanged" with');
    assert.deepEqual(
      first.items.map((d) => `${key(d.range)} ${d.severity} ${d.code}`).sort(),
      H.spans(H.TEXT)
        .map((e) => `${key(T.lspRange(H.TEXT, e.span, 'utf-16'))} ${Severity[e.severity]} ${e.rule}`)
        .sort(),
    );
    for (const d of first.items) assert.equal(d.source, 'nianbao');

    const same = await s.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
    assert.equal(same.kind, 'unchanged', 'same text, same result');
    assert.equal(same.resultId, first.resultId);

    // Correct the 行政复议 total (0 → 11): a new full report without that finding.
    const c = T.cell(H.TEXT, 81, 4);
    s.change(uri, 2, [{ range: T.lspRange(H.TEXT, c, 'utf-16'), text: '11' }]);
    const text = H.TEXT.slice(0, c.start) + '11' + H.TEXT.slice(c.end);
    const second = await s.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
    assert.equal(second.kind, 'full', 'the text changed');
    assert.notEqual(second.resultId, first.resultId);
    assert.deepEqual(
      second.items.filter((d) => d.code === 'sum-review').map((d) => key(d.range)),
      [key(T.lspRange(text, T.cell(text, 81, 14), 'utf-16'))],
    );
    // A stale resultId is answered with a full report, never "unchanged".
    const stale = await s.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
    assert.equal(stale.kind, 'full');

    await s.barrier();
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(s.publishedFor(uri), [], 'nothing pushed to a client that pulls');
    s.close(uri);
    await s.barrier();
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(
      s.publishedFor(uri).filter((p) => p.diagnostics.length > 0),
      [],
      'nothing pushed on close either (an empty clearing publication is harmless)',
    );
    await s.stop();
  } finally {
    s.kill();
  }
});

test('pull for a README-like document: an empty full report', async () => {
  const s = await Session.start({ init: { pullDiagnostics: true } });
  const uri = 'file:///nianbao-test/pull/README.md';
  try {
    s.open(uri, '# 项目说明\n\n## 安装\n\n运行 make。\n', 1);
    const r = await s.request('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(r.kind, 'full');
    assert.deepEqual(r.items, []);
    await s.stop();
  } finally {
    s.kill();
  }
});

test('pull for a document that is not open: InvalidParams or an empty report, and the server lives', async () => {
  const s = await Session.start({ init: { pullDiagnostics: true } });
  try {
    let r = null;
    try {
      r = await s.request('textDocument/diagnostic', { textDocument: { uri: 'file:///nianbao-test/pull/never-opened.md' } });
    } catch (e) {
      assert.equal(e.code, -32602, 'InvalidParams naming the unknown document (the method itself exists)');
    }
    if (r) {
      assert.equal(r.kind, 'full');
      assert.deepEqual(r.items, []);
    }
    await s.stop();
  } finally {
    s.kill();
  }
});
