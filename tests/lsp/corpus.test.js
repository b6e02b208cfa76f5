'use strict';
// Every corpus case in the editor: each file with a hand-written golden (X.expected: one
// "LINE SEVERITY RULE" per finding, see corpus/CASES.md) is opened at its real path, so that
// corpus/config/*/.nianbao.json applies as it does for the CLI, and the server's diagnostics,
// reduced to the same three fields, must be the golden. Left out, because the golden needs what
// an editor does not have: cases with extra lint arguments (X.args: --previous, covered by
// years.test.js) and files that are not UTF-8 (an editor hands the server decoded text).

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { Session, serverBinary, CORPUS, fileUri, expectedFindings, Severity } = require('./lib/session');

serverBinary();

// In the editor last year's report is found beside this one (same file name, year one less), so
// its across-years findings join the golden. corpus/README.md ("Across years") checked them by
// hand: hongze-2024 repeats one passage of hongze-2023 word for word ("一是扎实推进依申请公开工作，
// …规范化、专业化水平", copied-text), and its 上年结转 matches 2023's 结转 (no carryover-mismatch).
const WITH_LAST_YEAR = {
  // corpus/years/hongze-2024.txt is this very text, linted with --previous raw/hongze-2023.txt
  'raw/hongze-2024.txt': { golden: 'years/hongze-2024.expected' },
  'reports/hongze-2024.md': { add: { severity: 'warning', rule: 'copied-text', passage: '一是扎实推进依申请公开工作' } },
  // The same two reports as a crawler saves them (corpus/scraped): the passage survives there too.
  'scraped/hongze-2024.glued.txt': { add: { severity: 'warning', rule: 'copied-text', passage: '一是扎实推进依申请公开工作' } },
  'scraped/hongze-2024.spaced.txt': { add: { severity: 'warning', rule: 'copied-text', passage: '一是扎实推进依申请公开工作' } },
};

function goldenOf(c) {
  const extra = WITH_LAST_YEAR[c.rel];
  if (extra && extra.golden) {
    assert.equal(fs.readFileSync(path.join(CORPUS, extra.golden.replace('.expected', '.txt')), 'utf8'), c.text, `${extra.golden} is about this text`);
    return expectedFindings(extra.golden);
  }
  const findings = expectedFindings(c.golden);
  if (extra && extra.add) {
    const line = c.text.split('\n').findIndex((l) => l.includes(extra.add.passage)) + 1;
    assert.ok(line > 0, `the copied passage is in ${c.rel}`);
    findings.push({ line, severity: extra.add.severity, rule: extra.add.rule });
  }
  return findings;
}

function cases() {
  const out = [];
  const walk = (dir) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (/\.(md|txt)$/.test(name) && name !== 'README.md' && name !== 'CASES.md') {
        const stem = p.replace(/\.(md|txt)$/, '');
        if (!fs.existsSync(`${stem}.expected`) || fs.existsSync(`${stem}.args`)) continue;
        const bytes = fs.readFileSync(p);
        let text;
        try {
          text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          continue;
        }
        out.push({ file: p, rel: path.relative(CORPUS, p), text, golden: path.relative(CORPUS, `${stem}.expected`) });
      }
    }
  };
  walk(CORPUS);
  return out;
}

test('every corpus case: the server shows exactly its golden findings', async () => {
  const all = cases();
  assert.ok(all.length >= 80, `the corpus cases were found (${all.length})`);
  const s = await Session.start({ init: { rootUri: fileUri(CORPUS) } });
  const failures = [];
  try {
    for (const c of all) {
      const uri = fileUri(c.file);
      const want = goldenOf(c)
        .map((g) => `${g.line} ${Severity[g.severity]} ${g.rule}`)
        .sort();
      s.open(uri, c.text, 1, c.file.endsWith('.md') ? 'markdown' : 'plaintext');
      let got;
      if (want.length === 0) {
        // A clean file may get an empty publication or none (a document that is not a report).
        await s.barrier();
        const p = s.publishedFor(uri);
        got = p.length ? p[p.length - 1].diagnostics : [];
        if (!p.length) {
          await new Promise((r) => setTimeout(r, 100));
          const again = s.publishedFor(uri);
          got = again.length ? again[again.length - 1].diagnostics : [];
        }
      } else {
        got = (await s.diagnostics(uri, { version: 1 })).diagnostics;
      }
      const summary = got.map((d) => `${d.range.start.line + 1} ${d.severity} ${d.code}`).sort();
      if (JSON.stringify(summary) !== JSON.stringify(want)) failures.push(`${c.rel}: got [${summary}] want [${want}]`);
      s.close(uri);
    }
    assert.deepEqual(failures, [], `cases that differ from their golden:\n${failures.join('\n')}`);
    await s.stop();
  } finally {
    s.kill();
  }
});
