'use strict';
// Text synchronisation: full and incremental changes, several changes in one notification,
// versions, bursts of changes linted once, never a stale version published, close clears.

const test = require('node:test');
const assert = require('node:assert/strict');
const { Session, serverBinary } = require('./lib/session');
const { RawServer, frame } = require('./lib/raw');
const T = require('./lib/text');
const H = require('./lib/hongze');

serverBinary();

const sumReviews = (diags) => diags.filter((d) => d.code === 'sum-review');

test('full-text changes replace the document; versions are echoed', async () => {
  const s = await Session.start();
  const uri = 'file:///nianbao-test/sync/full-2023.md';
  try {
    let diags = await s.openAndWait(uri, H.TEXT, 1);
    assert.equal(sumReviews(diags).length, 2);
    // Correct both totals (11 and 5, computed by hand from the row 10 1 0 0 | … | 5 0 0 0).
    let text = H.TEXT;
    const c14 = T.cell(text, 81, 14);
    text = text.slice(0, c14.start) + '5' + text.slice(c14.end);
    const c4 = T.cell(text, 81, 4);
    text = text.slice(0, c4.start) + '11' + text.slice(c4.end);
    s.change(uri, 7, [{ text }]);
    const p = await s.diagnostics(uri, { version: 7 });
    assert.deepEqual(sumReviews(p.diagnostics), [], 'no sum-review once both totals are right');
    // The other findings stay, at their places.
    assert.equal(p.diagnostics.filter((d) => d.code === 'label-typo').length, 1);
    await s.stop();
  } finally {
    s.kill();
  }
});

test('several incremental changes in one notification apply in order', async () => {
  const s = await Session.start();
  const uri = 'file:///nianbao-test/sync/multi-2023.md';
  try {
    await s.openAndWait(uri, H.TEXT, 1);
    const enc = s.encoding;
    // First change: two blank lines after the title (everything below moves down by 2). Second
    // change, in the coordinates of the text after the first: the 行政复议 total, now on line
    // 83, from 0 to 11. Third: the misspelt label, now on line 58.
    let text = H.TEXT;
    const changes = [];
    const l2 = T.line(text, 2).start;
    changes.push({ range: T.rangeOf(text, l2, l2, enc), text: '\n\n' });
    text = text.slice(0, l2) + '\n\n' + text.slice(l2);
    const c = T.cell(text, 83, 4);
    changes.push({ range: T.lspRange(text, c, enc), text: '11' });
    text = text.slice(0, c.start) + '11' + text.slice(c.end);
    const typo = T.find(text, H.TYPO, 58);
    changes.push({ range: T.lspRange(text, typo, enc), text: H.OFFICIAL });
    text = text.slice(0, typo.start) + H.OFFICIAL + text.slice(typo.end);
    s.change(uri, 2, changes);
    const p = await s.diagnostics(uri, { version: 2 });
    const sums = sumReviews(p.diagnostics);
    assert.equal(sums.length, 1, 'only 复议后起诉 is still wrong');
    assert.deepEqual(sums[0].range, T.lspRange(text, T.cell(text, 83, 14), enc));
    assert.deepEqual(p.diagnostics.filter((d) => d.code === 'label-typo'), []);
    const outdated = p.diagnostics.filter((d) => d.code === 'label-outdated');
    assert.deepEqual(outdated.map((d) => d.range), [T.lspRange(text, T.find(text, '（六）其他处理', 73), enc)]);
    await s.stop();
  } finally {
    s.kill();
  }
});

test('changes waiting together are applied together and linted once, for the last version', async () => {
  const raw = new RawServer();
  const uri = 'file:///nianbao-test/sync/burst-2023.md';
  try {
    await raw.initialize();
    await raw.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: H.TEXT } });
    await raw.waitFor(() => raw.messages.find((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri), 'first diagnostics');
    const before = raw.messages.length;
    // 49 edits in one write: each inserts one blank line after the title.
    const parts = [];
    for (let v = 2; v <= 50; v++) {
      parts.push(
        frame({
          jsonrpc: '2.0',
          method: 'textDocument/didChange',
          params: { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' }] },
        }),
      );
    }
    await raw.write(Buffer.concat(parts));
    const last = await raw.waitFor(
      () => raw.messages.find((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === 50),
      'diagnostics for version 50',
    );
    await raw.assertAlive('the burst');
    const published = raw.messages.slice(before).filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri);
    assert.deepEqual(
      published.map((m) => m.params.version),
      [50],
      'one lint for the changes that were waiting together, published with the last version',
    );
    // 49 lines were inserted above table 四: its row is now line 81 + 49.
    let text = H.TEXT;
    const l2 = T.line(text, 2).start;
    text = text.slice(0, l2) + '\n'.repeat(49) + text.slice(l2);
    const sums = last.params.diagnostics.filter((d) => d.code === 'sum-review').map((d) => d.range);
    assert.deepEqual(sums, [T.lspRange(text, T.cell(text, 130, 4), 'utf-16'), T.lspRange(text, T.cell(text, 130, 14), 'utf-16')]);
    await raw.stop();
  } finally {
    raw.kill();
  }
});

test('10⁴ changes in one burst: every one applied, versions never go back, the server answers', async () => {
  const raw = new RawServer();
  const uri = 'file:///nianbao-test/sync/burst10k-2023.md';
  const N = 10000;
  try {
    await raw.initialize();
    await raw.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: H.TEXT } });
    const parts = [];
    for (let v = 2; v <= N + 1; v++) {
      parts.push(
        frame({
          jsonrpc: '2.0',
          method: 'textDocument/didChange',
          params: { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' }] },
        }),
      );
    }
    await raw.write(Buffer.concat(parts));
    const last = await raw.waitFor(
      () => raw.messages.find((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === N + 1),
      `diagnostics for version ${N + 1}`,
      60000,
    );
    await raw.assertAlive('10⁴ changes');
    const versions = raw.messages.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri).map((m) => m.params.version);
    for (let i = 1; i < versions.length; i++) assert.ok(versions[i] >= versions[i - 1], `published versions never go back: ${versions.slice(0, 20)}`);
    assert.ok(versions.length < N / 10, `far fewer lints than changes (${versions.length} publications for ${N} changes)`);
    const sums = last.params.diagnostics.filter((d) => d.code === 'sum-review');
    assert.deepEqual(
      sums.map((d) => d.range.start.line),
      [80 + N, 80 + N],
      'table 四 moved down by one line per change',
    );
    await raw.stop();
  } finally {
    raw.kill();
  }
});

test('close clears the diagnostics; reopening lints again', async () => {
  const s = await Session.start();
  const uri = 'file:///nianbao-test/sync/close-2023.md';
  try {
    const diags = await s.openAndWait(uri, H.TEXT, 1);
    assert.equal(diags.length, 6);
    const after = s.publishedFor(uri).length;
    s.close(uri);
    const cleared = await s.diagnostics(uri, { after, what: 'the clearing publication' });
    assert.deepEqual(cleared.diagnostics, []);
    // Requests about a closed document do not crash the server.
    await s.request('textDocument/documentSymbol', { textDocument: { uri } }).catch((e) => {
      assert.equal(typeof e.code, 'number');
    });
    const again = await s.openAndWait(uri, H.TEXT, 1);
    assert.equal(again.length, 6);
    await s.stop();
  } finally {
    s.kill();
  }
});

test('no publication carries a version older than one already published', async () => {
  const s = await Session.start();
  const uri = 'file:///nianbao-test/sync/versions-2023.md';
  try {
    await s.openAndWait(uri, H.TEXT, 1);
    for (let v = 2; v <= 30; v++) {
      s.change(uri, v, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '改' }]);
    }
    await s.diagnostics(uri, { version: 30 });
    await s.barrier();
    const versions = s.publishedFor(uri).map((p) => p.version);
    for (let i = 1; i < versions.length; i++) assert.ok(versions[i] >= versions[i - 1], `versions ${versions}`);
    assert.equal(versions[versions.length - 1], 30);
    await s.stop();
  } finally {
    s.kill();
  }
});
