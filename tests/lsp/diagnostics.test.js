'use strict';
// Push diagnostics: what each one carries (range, severity, code, codeDescription, source,
// relatedInformation, data), the document's version, Chinese messages by default; and report
// detection (a README gets nothing, a report does).

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { fileURLToPath } = require('node:url');
const { Session, serverBinary, corpusText, Severity, isEnglish } = require('./lib/session');
const T = require('./lib/text');
const H = require('./lib/hongze');

serverBinary();

// A file: link must lead somewhere: the file exists and has the anchor (an HTML id or name, or a
// heading whose GitHub slug is the fragment).
function assertAnchor(href, rule) {
  const file = fileURLToPath(href);
  assert.ok(fs.existsSync(file), `codeDescription names a file that exists: ${file}`);
  const fragment = decodeURIComponent(href.hash.slice(1));
  assert.ok(fragment, `${href.href} has an anchor`);
  const content = fs.readFileSync(file, 'utf8');
  const slug = (h) => h.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
  const found =
    content.includes(`id="${fragment}"`) ||
    content.includes(`name="${fragment}"`) ||
    content.split('\n').some((l) => /^#{1,6} /.test(l) && slug(l.replace(/^#+ /, '')) === fragment);
  assert.ok(found, `${file} has the anchor #${fragment} (for ${rule})`);
}

const key = (r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

test('hongze-2023: every finding of the golden, at its hand-found range, with all its fields', async () => {
  const s = await Session.start({ init: { positionEncodings: ['utf-16'] } });
  const uri = 'file:///nianbao-test/diagnostics/hongze-2023.md';
  try {
    s.open(uri, H.TEXT, 5);
    const p = await s.diagnostics(uri);
    assert.equal(p.version, 5, 'published with the version of didOpen');
    const diags = p.diagnostics;
    const expected = H.spans(H.TEXT);
    // The spans table above is the golden file, line for line.
    assert.deepEqual(
      expected.map((e) => `${e.line} ${e.severity} ${e.rule}`),
      H.golden().map((g) => `${g.line} ${g.severity} ${g.rule}`),
    );
    assert.deepEqual(
      diags.map((d) => `${key(d.range)} ${d.severity} ${d.code}`).sort(),
      expected.map((e) => `${key(T.lspRange(H.TEXT, e.span, 'utf-16'))} ${Severity[e.severity]} ${e.rule}`).sort(),
    );
    for (const d of diags) {
      assert.equal(d.source, 'nianbao', `${d.code}: source`);
      assert.equal(typeof d.code, 'string');
      assert.equal(typeof d.message, 'string');
      assert.ok(d.message.length > 0);
      assert.ok(!isEnglish(d.message), `${d.code}: a Chinese message by default: ${d.message}`);
      assert.ok(d.codeDescription && typeof d.codeDescription.href === 'string', `${d.code}: codeDescription`);
      const href = new URL(d.codeDescription.href); // throws on a malformed URI
      assert.ok(href.href.includes(d.code), `${d.code}: its documentation anchor names the rule (${href.href})`);
      if (href.protocol === 'file:') assertAnchor(href, d.code);
    }
    // Each arithmetic finding sits on its total cell, names 11 or 5 against the reported 0, and
    // points at each of its four parts (the cells before the total, in the same group).
    for (const e of expected.filter((x) => x.rule === 'sum-review')) {
      const d = diags.find((x) => x.code === 'sum-review' && key(x.range) === key(T.lspRange(H.TEXT, e.span, 'utf-16')));
      assert.ok(d, `sum-review at cell ${e.span.text}`);
      const computed = e.parts.map((i) => Number(T.cell(H.TEXT, 81, i).text)).reduce((a, b) => a + b, 0);
      assert.ok(d.message.includes(String(computed)), `message names the computed ${computed}: ${d.message}`);
      assert.ok(d.message.includes('0'), 'and the reported 0');
      const related = d.relatedInformation || [];
      assert.deepEqual(
        related.map((r) => `${r.location.uri} ${key(r.location.range)}`).sort(),
        e.parts.map((i) => `${uri} ${key(T.lspRange(H.TEXT, T.cell(H.TEXT, 81, i), 'utf-16'))}`).sort(),
        'one related location per part of the sum',
      );
      for (const r of related) assert.ok(r.message.length > 0, 'each related location says what it is');
      assert.notEqual(d.data, undefined, 'data for the code actions (set to computed value)');
    }
    const typo = diags.find((d) => d.code === 'label-typo');
    assert.notEqual(typo.data, undefined, 'data for the code actions (official label)');
    await s.stop();
  } finally {
    s.kill();
  }
});

test('text-table-mismatch: related information points from the prose to the table cell', async () => {
  const s = await Session.start();
  const uri = 'file:///nianbao-test/diagnostics/text-table-mismatch-2023.md';
  const text = corpusText('rules/text-table-mismatch/fires.md');
  try {
    const diags = await s.openAndWait(uri, text);
    const d = diags.filter((x) => x.code === 'text-table-mismatch');
    assert.equal(d.length, 1, 'one text-table-mismatch (corpus golden: line 11)');
    assert.equal(d[0].severity, Severity.warning);
    // The claim "收到政府信息公开申请27件" is on line 11; the range covers its number.
    const number = T.find(text, '27', 11);
    const start = T.positionAt(text, number.start, 'utf-16');
    const end = T.positionAt(text, number.end, 'utf-16');
    assert.equal(d[0].range.start.line, 10);
    assert.ok(d[0].range.start.character <= start.character && d[0].range.end.line === 10 && d[0].range.end.character >= end.character, `range ${key(d[0].range)} covers "27" at ${start.character}`);
    // The other half: 本年新收 总计 (line 43, last cell, 25).
    const cell = T.cell(text, 43, 9);
    assert.equal(cell.text, '25');
    const related = (d[0].relatedInformation || []).map((r) => `${r.location.uri} ${key(r.location.range)}`);
    assert.ok(related.includes(`${uri} ${key(T.lspRange(text, cell, 'utf-16'))}`), `related ${JSON.stringify(related)} names the 总计 cell of row 一`);
    await s.stop();
  } finally {
    s.kill();
  }
});

test('English messages when initialize says locale en', async () => {
  const s = await Session.start({ init: { locale: 'en' } });
  const uri = 'file:///nianbao-test/diagnostics/en/hongze-2023.md';
  try {
    const diags = await s.openAndWait(uri, H.TEXT);
    const sums = diags.filter((d) => d.code === 'sum-review');
    assert.equal(sums.length, 2);
    // README's documented English message: 行政复议 “总计” is reported as 0, but … = 11
    assert.ok(sums.some((d) => /is reported as 0/.test(d.message) && /\b11\b/.test(d.message)), sums.map((d) => d.message).join('\n'));
    const rect = diags.find((d) => d.code === 'rectification-missing');
    assert.ok(isEnglish(rect.message), `an English sentence: ${rect.message}`);
    await s.stop();
  } finally {
    s.kill();
  }
});

test('English for en-US and en_GB too; zh-CN stays Chinese', async () => {
  for (const [locale, english] of [
    ['en-US', true],
    ['en_GB', true],
    ['zh-CN', false],
  ]) {
    const s = await Session.start({ init: { locale } });
    const uri = `file:///nianbao-test/diagnostics/${locale}/hongze-2023.md`;
    try {
      const diags = await s.openAndWait(uri, H.TEXT);
      const rect = diags.find((d) => d.code === 'rectification-missing');
      assert.equal(isEnglish(rect.message), english, `${locale}: ${rect.message}`);
      await s.stop();
    } finally {
      s.kill();
    }
  }
});

// Opens `text`, then turns it into a report (a title line at the top) and waits for that
// version's diagnostics: whatever was published for the first version came before it.
async function diagnosticsBeforeBecomingAReport(s, uri, text) {
  s.open(uri, text, 1);
  await s.barrier();
  s.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# 某县交通运输局2023年政府信息公开工作年度报告\n\n' }]);
  const p = await s.diagnostics(uri, { version: 2 });
  assert.ok(p.diagnostics.length > 0, 'once it is a report, it gets diagnostics');
  const all = s.publishedFor(uri);
  return all.slice(0, all.indexOf(p));
}

test('a README is not a report: no diagnostics at all; a report gets them', async () => {
  const s = await Session.start();
  try {
    const cases = [
      ['readme', corpusText('README.md')],
      ['plain', '# 项目说明\n\n## 安装\n\n运行 make。\n\n## 用法\n\n见下文。\n'],
      ['one section', '# 工作笔记\n\n## 一、总体情况\n\n本年度工作情况。\n'],
      ['empty', ''],
    ];
    for (const [name, text] of cases) {
      const uri = `file:///nianbao-test/detection/${name.replace(/ /g, '-')}.md`;
      const before = await diagnosticsBeforeBecomingAReport(s, uri, text);
      for (const p of before) assert.deepEqual(p.diagnostics, [], `${name}: nothing for a document that is not a report`);
    }
    // A title alone makes a report, and so do two sections. With no section at all the report's
    // structure cannot be read: one section-missing says so, not six (issue 10).
    const titled = await s.openAndWait('file:///nianbao-test/detection/title.md', '# 某县交通运输局2023年政府信息公开工作年度报告\n');
    assert.equal(titled.filter((d) => d.code === 'section-missing').length, 1, 'a title alone: one section-missing');
    const twoSections = await s.openAndWait(
      'file:///nianbao-test/detection/two-sections.md',
      '## 一、总体情况\n\n本年度工作情况。\n\n## 二、主动公开政府信息情况\n\n见下表。\n',
    );
    assert.equal(twoSections.filter((d) => d.code === 'section-missing').length, 4, 'two sections without a title: four missing');
    await s.stop();
  } finally {
    s.kill();
  }
});
