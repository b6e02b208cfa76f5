'use strict';
// Soak: 10⁵ incremental edits to one document, typed one message at a time; the client waits for
// the diagnostics of every tenth edit (so the server lints at least 10⁴ times). Every 10³ edits the
// client asks a question and waits for the diagnostics of the current version, which it knows
// by hand (the text is then the original report: its six golden findings). The server's
// resident memory (VmRSS, /proc/PID/status) after the run is within 10 % of what it was after
// the first 10³ edits. Prints its figures; run by tests/check.sh on the build-ci/ binary (RSS
// under a sanitizer or valgrind would measure them, not the server).
//
//   NIANBAO=build-ci/nianbao node --test tests/lsp/soak/
//   NIANBAO_SOAK_EDITS=20000 …   (fewer edits while working on it)

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { serverBinary } = require('../lib/session');
const { RawServer, frame } = require('../lib/raw');
const T = require('../lib/text');
const H = require('../lib/hongze');

serverBinary();

const EDITS = Number(process.env.NIANBAO_SOAK_EDITS || 100000);
const CHECK_EVERY = 1000;
const LINT_EVERY = Number(process.env.NIANBAO_SOAK_LINT_EVERY || 10);

function rssKiB(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  assert.ok(m, 'VmRSS in /proc/PID/status');
  return Number(m[1]);
}

// The four edits of a cycle, each as an LSP change on the text left by the previous one: type a
// character into prose and delete it, break the 行政复议 total (0 → 11) and restore it. After
// each full cycle the text is the original again.
function cycle() {
  const enc = 'utf-16';
  const text0 = H.TEXT;
  const prose = T.line(text0, 7).start + 5;
  const typed = text0.slice(0, prose) + '字' + text0.slice(prose);
  const cell = T.cell(text0, 81, 4);
  const broken = text0.slice(0, cell.start) + '11' + text0.slice(cell.end);
  return [
    { range: T.rangeOf(text0, prose, prose, enc), text: '字' },
    { range: T.rangeOf(typed, prose, prose + 1, enc), text: '' },
    { range: T.lspRange(text0, cell, enc), text: '11' },
    { range: T.rangeOf(broken, cell.start, cell.start + 2, enc), text: '0' },
  ];
}

test(`soak: ${EDITS} incremental edits, answers throughout, stable memory`, { timeout: 30 * 60 * 1000 }, async (t) => {
  const raw = new RawServer();
  const started = Date.now();
  try {
    await raw.initialize();
    const uri = 'file:///nianbao-test/soak/hongze-2023.md';
    await raw.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 0, text: H.TEXT } });
    const changes = cycle();
    let rssAfterFirst = null;
    let worstCheckMs = 0;
    let publications = 0;
    const series = [];
    for (let version = 1; version <= EDITS; version++) {
      await raw.write(
        frame({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [changes[(version - 1) % 4]] } }),
      );
      if (version % LINT_EVERY === 0 && version % CHECK_EVERY !== 0) {
        // Wait for this version's diagnostics, so that the server lints at least every tenth
        // edit instead of folding the whole stream into a few lints.
        await raw.waitFor(
          () => raw.messages.find((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === version),
          `diagnostics for version ${version}`,
        );
      }
      if (version % CHECK_EVERY !== 0) continue;
      // A question, then the diagnostics of this very version (the original text: 6 findings).
      const asked = Date.now();
      const r = await raw.request('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(Array.isArray(r.result) && r.result.length > 0, `documentSymbol answered after ${version} edits`);
      const p = await raw.waitFor(
        () => raw.messages.find((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === version),
        `diagnostics for version ${version}`,
      );
      assert.deepEqual(
        p.params.diagnostics.map((d) => d.code).sort(),
        H.golden().map((g) => g.rule).sort(),
        `after ${version} edits the text is the original report again`,
      );
      worstCheckMs = Math.max(worstCheckMs, Date.now() - asked);
      publications += raw.messages.filter((m) => m.method === 'textDocument/publishDiagnostics').length;
      raw.messages = []; // keep the client's own memory flat
      if (version === CHECK_EVERY) rssAfterFirst = rssKiB(raw.server.proc.pid);
      if (version % (10 * CHECK_EVERY) === 0) series.push(`${version / 1000}k: ${rssKiB(raw.server.proc.pid)}`);
    }
    const rssAfterAll = rssKiB(raw.server.proc.pid);
    const seconds = (Date.now() - started) / 1000;
    const line =
      `soak: ${EDITS} edits in ${seconds.toFixed(1)} s, ${publications} publications; VmRSS ${rssAfterFirst} KiB ` +
      `after ${CHECK_EVERY}, ${rssAfterAll} KiB after ${EDITS} (KiB by edits: ${series.join(', ')}); slowest check ${worstCheckMs} ms`;
    t.diagnostic(line);
    console.log(line);
    assert.ok(Math.abs(rssAfterAll - rssAfterFirst) <= 0.1 * rssAfterFirst, `RSS within 10 %: ${rssAfterFirst} → ${rssAfterAll} KiB`);
    await raw.stop();
  } finally {
    raw.kill();
  }
});
