'use strict';
// Across years in the editor: last year's report found beside this one (same file name with
// the year one less) or named by configuration, and then the across-years rules run. Expected
// findings: corpus/years/fires.expected (CASES.md explains them: 上年结转 商业企业 1 vs 0 and 总计
// 3 vs 2 on line 44, three paragraphs copied word for word on lines 13, 15, 17).

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { Session, serverBinary, corpusText, tempDir, fileUri, Severity } = require('./lib/session');
const T = require('./lib/text');

serverBinary();

const THIS_YEAR = corpusText('years/fires.md');
const LAST_YEAR = corpusText('years/prev-2022-fires.md');
const key = (r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

function assertAcrossYears(diags) {
  const carry = diags.filter((d) => d.code === 'carryover-mismatch');
  assert.deepEqual(
    carry.map((d) => key(d.range)).sort(),
    [T.cell(THIS_YEAR, 44, 4), T.cell(THIS_YEAR, 44, 9)].map((c) => key(T.lspRange(THIS_YEAR, c, 'utf-16'))).sort(),
    'carryover-mismatch on 商业企业 (1 vs 0) and 总计 (3 vs 2) of 二、上年结转',
  );
  for (const d of carry) assert.equal(d.severity, Severity.warning);
  const copied = diags.filter((d) => d.code === 'copied-text');
  assert.deepEqual(copied.map((d) => d.range.start.line).sort((a, b) => a - b), [12, 14, 16], 'copied-text on lines 13, 15, 17');
}

const noAcrossYears = (diags) => diags.filter((d) => d.code === 'carryover-mismatch' || d.code === 'copied-text');

test('last year found as the same file name with the year one less', async () => {
  const dir = tempDir();
  for (const [name, prev] of [
    ['report-2023.md', 'report-2022.md'],
    ['泽南县交通运输局2023年年报.md', '泽南县交通运输局2022年年报.md'],
  ]) {
    fs.writeFileSync(path.join(dir, prev), LAST_YEAR);
    fs.writeFileSync(path.join(dir, name), THIS_YEAR);
  }
  const s = await Session.start({ cwd: dir, init: { rootUri: fileUri(dir), workspaceFolders: [{ uri: fileUri(dir), name: 'w' }] } });
  try {
    assertAcrossYears(await s.openAndWait(fileUri(path.join(dir, 'report-2023.md')), THIS_YEAR));
    assertAcrossYears(await s.openAndWait(fileUri(path.join(dir, '泽南县交通运输局2023年年报.md')), THIS_YEAR));
    await s.stop();
  } finally {
    s.kill();
  }
});

test('no across-years findings when no such file is there (two years back does not count)', async () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'report-2021.md'), LAST_YEAR);
  fs.writeFileSync(path.join(dir, 'report-2023.md'), THIS_YEAR);
  fs.writeFileSync(path.join(dir, 'other-2022.md'), LAST_YEAR);
  const s = await Session.start({ cwd: dir, init: { rootUri: fileUri(dir) } });
  try {
    const diags = await s.openAndWait(fileUri(path.join(dir, 'report-2023.md')), THIS_YEAR);
    assert.deepEqual(noAcrossYears(diags), []);
    assert.deepEqual(diags, [], 'on its own the report is clean (its golden lists only across-years findings)');
    await s.stop();
  } finally {
    s.kill();
  }
});

test('last year named by configuration (initializationOptions "previous")', async () => {
  const dir = tempDir();
  const prev = path.join(dir, 'last-year.md');
  fs.writeFileSync(prev, LAST_YEAR);
  fs.writeFileSync(path.join(dir, 'this-year.md'), THIS_YEAR);
  const s = await Session.start({ cwd: dir, init: { rootUri: fileUri(dir), initializationOptions: { previous: prev } } });
  try {
    assertAcrossYears(await s.openAndWait(fileUri(path.join(dir, 'this-year.md')), THIS_YEAR));
    await s.stop();
  } finally {
    s.kill();
  }
});

test('last year named by .nianbao.json "previous" (relative to the file that names it)', async () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'archive'));
  fs.writeFileSync(path.join(dir, 'archive', 'old.md'), LAST_YEAR);
  fs.writeFileSync(path.join(dir, '.nianbao.json'), JSON.stringify({ previous: 'archive/old.md' }));
  fs.writeFileSync(path.join(dir, 'this-year.md'), THIS_YEAR);
  const s = await Session.start({ cwd: dir, init: { rootUri: fileUri(dir), workspaceFolders: [{ uri: fileUri(dir), name: 'w' }] } });
  try {
    assertAcrossYears(await s.openAndWait(fileUri(path.join(dir, 'this-year.md')), THIS_YEAR));
    await s.stop();
  } finally {
    s.kill();
  }
});
