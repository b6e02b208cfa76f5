'use strict';
// Hover (table cell, section heading, finding), documentSymbol (six sections → sub-items →
// tables), foldingRange and selectionRange, on corpus/reports/hongze-2023.md. Lines below are
// 1-based in comments and 0-based in LSP values.

const test = require('node:test');
const assert = require('node:assert/strict');
const { Session, serverBinary } = require('./lib/session');
const T = require('./lib/text');
const H = require('./lib/hongze');
const cli = require('./lib/cli');

serverBinary();

const URI = 'file:///nianbao-test/navigation/hongze-2023.md';
const HEADINGS = [
  [5, '一、总体情况'],
  [21, '二、主动公开政府信息情况'],
  [45, '三、收到和处理政府信息公开申请情况'],
  [75, '四、政府信息公开行政复议、行政诉讼情况'],
  [83, '五、存在的主要问题及改进情况'],
  [87, '六、其他需要报告的事项'],
];
const SUB_ITEMS = [9, 11, 13, 17, 19]; // （一）…（五） of section 一
const TABLE_3 = [47, 73];
const TABLE_4 = [77, 81];
// A word that says a relation does not hold, in either language.
const FAILS = /不成立|不符|不相等|不等于|不平衡|不一致|≠|✗|✘|❌|does not hold|doesn't hold|mismatch|differs/i;

function hoverText(h) {
  assert.ok(h && h.contents, 'a hover');
  const c = h.contents;
  const one = (x) => (typeof x === 'string' ? x : x.value);
  return Array.isArray(c) ? c.map(one).join('\n') : one(c);
}

function contains(outer, inner) {
  const before = (a, b) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

let s;
test.before(async () => {
  // UTF-8 positions: every hover and selection range on a CJK line is then in bytes.
  s = await Session.start({ init: { positionEncodings: ['utf-8'] } });
  assert.equal(s.encoding, 'utf-8');
  await s.openAndWait(URI, H.TEXT);
});
test.after(async () => {
  try {
    await s.stop();
  } finally {
    s.kill();
  }
});

function hoverAt(span, offset = 0) {
  return s.request('textDocument/hover', { textDocument: { uri: URI }, position: T.positionAt(H.TEXT, span.start + offset, s.encoding) });
}

test('hover on a wrong total: labels, value, the relation with its computed sum, failing', async () => {
  const h = await hoverAt(T.cell(H.TEXT, 81, 4));
  const text = hoverText(h);
  for (const word of ['行政复议', '总计']) assert.ok(text.includes(word), `mentions ${word}:\n${text}`);
  assert.match(text, /(^|[^0-9])0([^0-9.]|$)/m, 'its value 0');
  assert.match(text, /(^|[^0-9])11([^0-9]|$)/m, 'the computed 10 + 1 + 0 + 0 = 11');
  assert.match(text, FAILS, 'says the relation does not hold');
  if (h.range) assert.deepEqual(h.range, T.lspRange(H.TEXT, T.cell(H.TEXT, 81, 4), s.encoding), 'the hover range is the cell');
});

test('hover on a part of that sum names the same relation', async () => {
  const text = hoverText(await hoverAt(T.cell(H.TEXT, 81, 0)));
  for (const word of ['行政复议', '结果维持']) assert.ok(text.includes(word), `mentions ${word}:\n${text}`);
  assert.match(text, /(^|[^0-9])10([^0-9]|$)/m, 'its value 10');
  assert.match(text, /(^|[^0-9])11([^0-9]|$)/m, 'the sum it is part of, 11');
});

test('hover on a cell whose relations all hold: row and column labels, value, every relation', async () => {
  // 一、本年新收 × 自然人 = 21: row total 21 = 21+0+0+0+0+0, balance 21 + 0 = 21 + 0.
  const c = T.cell(H.TEXT, 51, 3);
  assert.equal(c.text, '21');
  const text = hoverText(await hoverAt(c));
  for (const word of ['本年新收政府信息公开申请数量', '自然人', '21']) assert.ok(text.includes(word), `mentions ${word}:\n${text}`);
  assert.doesNotMatch(text, FAILS, 'nothing fails here');
  // It takes part in the balance of its column (一 + 二 = （七） + 四) and in its row's 总计 (the
  // cell after 自然人's row sum): both relations are named.
  assert.ok(/总计/.test(text), 'the row total relation');
  assert.ok(/结转|（七）|七/.test(text), 'the balance relation (一 + 二 = （七）总计 + 四)');
});

test('hover on a section heading: what the section needs and what was found', async () => {
  const text = hoverText(await hoverAt(T.find(H.TEXT, '一、总体情况', 5)));
  for (const aspect of ['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障', '考核']) {
    assert.ok(text.includes(aspect), `names the aspect ${aspect}:\n${text}`);
  }
  // Which were found: the five sub-items cover the five aspects; nothing covers 考核 (the
  // golden's overview-aspect-missing), so only its line says it is missing.
  const lineOf = (word) => text.split('\n').find((l) => l.includes(word));
  const MISSING = /未|没有|缺|not |missing/i;
  assert.match(lineOf('考核'), MISSING, '考核 is reported missing');
  for (const found of ['依申请公开', '监督保障', '政府信息公开平台建设']) assert.doesNotMatch(lineOf(found), MISSING, `${found} was found`);
});

test('hover on a finding: the rule\'s documentation', async () => {
  const doc = cli.rulesDoc('zh')['label-typo'].doc;
  const text = hoverText(await hoverAt(T.find(H.TEXT, H.TYPO, 56), 3));
  assert.ok(text.includes(doc), `the label-typo documentation (as \`nianbao rules\` prints it):\n${text}`);
  assert.ok(text.includes('label-typo'));
});

test('hover on plain prose: nothing, or nothing that fails', async () => {
  const h = await s.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 2, character: 4 } });
  if (h) assert.doesNotMatch(hoverText(h), FAILS);
});

test('documentSymbol: the six sections, their sub-items, the tables', async () => {
  const symbols = await s.request('textDocument/documentSymbol', { textDocument: { uri: URI } });
  assert.ok(Array.isArray(symbols) && symbols.length > 0);
  assert.ok('range' in symbols[0] && 'selectionRange' in symbols[0], 'hierarchical DocumentSymbol[] for a client that supports it');
  // The sections are the top level, or the children of one title symbol.
  const top = symbols.length === 1 && symbols[0].children && symbols[0].children.length >= 6 ? symbols[0].children : symbols;
  const sections = HEADINGS.map(([line, title]) => {
    const sym = top.find((x) => x.name.includes(title));
    assert.ok(sym, `a symbol for ${title} among ${JSON.stringify(top.map((x) => x.name))}`);
    assert.equal(sym.range.start.line, line - 1, `${title} starts at its heading`);
    assert.ok(contains(sym.range, sym.selectionRange), `${title}: selectionRange inside range`);
    return sym;
  });
  for (let i = 0; i + 1 < sections.length; i++) {
    assert.ok(sections[i].range.end.line < HEADINGS[i + 1][0] - 1, `${HEADINGS[i][1]} ends before the next heading`);
  }
  const walk = (sym) => {
    for (const c of sym.children || []) {
      assert.ok(contains(sym.range, c.range), `${c.name} inside ${sym.name}`);
      assert.ok(contains(c.range, c.selectionRange), `${c.name}: selectionRange inside range`);
      walk(c);
    }
  };
  symbols.forEach(walk);
  const items = (sections[0].children || []).filter((c) => /^（[一二三四五]）/.test(c.name));
  assert.deepEqual(items.map((c) => c.range.start.line), SUB_ITEMS.map((l) => l - 1), 'section 一: （一）…（五）');
  const tableIn = (sym, [from, to]) => (sym.children || []).find((c) => c.range.start.line === from - 1 && c.range.end.line >= to - 1 && c.range.end.line <= to);
  assert.ok(tableIn(sections[2], TABLE_3), `section 三 has table 三 (lines ${TABLE_3}): ${JSON.stringify(sections[2].children)}`);
  assert.ok(tableIn(sections[3], TABLE_4), `section 四 has table 四 (lines ${TABLE_4})`);
  const t2 = (sections[1].children || []).filter((c) => c.range.start.line >= 22 && c.range.end.line <= 43);
  assert.ok(t2.length >= 1, 'section 二 has table 二');
});

test('foldingRange: sections, sub-items, tables', async () => {
  const folds = await s.request('textDocument/foldingRange', { textDocument: { uri: URI } });
  assert.ok(Array.isArray(folds));
  const starting = (line) => folds.filter((f) => f.startLine === line - 1);
  const lines = H.TEXT.split('\n');
  HEADINGS.forEach(([line, title], i) => {
    const next = i + 1 < HEADINGS.length ? HEADINGS[i + 1][0] - 1 : lines.length; // 0-based
    let lastBody = next - 1;
    while (lastBody > line - 1 && lines[lastBody].trim() === '') lastBody--;
    const f = starting(line).find((x) => x.endLine > x.startLine);
    assert.ok(f, `a fold for ${title}`);
    assert.ok(f.endLine >= lastBody && f.endLine <= next - 1, `${title} folds its body, lines ${line - 1}..${lastBody} (got ..${f.endLine})`);
  });
  // （三）政府信息管理情况。 (line 13) has its paragraph on line 15.
  assert.ok(starting(13).some((f) => f.endLine >= 14 && f.endLine <= 15), 'a fold for sub-item （三）');
  assert.ok(starting(TABLE_3[0]).some((f) => f.endLine === TABLE_3[1] - 1), 'a fold for table 三');
  assert.ok(starting(TABLE_4[0]).some((f) => f.endLine === TABLE_4[1] - 1), 'a fold for table 四');
});

test('selectionRange: cell inside row inside table inside section', async () => {
  const cell = T.cell(H.TEXT, 81, 4);
  const position = T.positionAt(H.TEXT, cell.start, s.encoding);
  const result = await s.request('textDocument/selectionRange', { textDocument: { uri: URI }, positions: [position] });
  assert.equal(result.length, 1, 'one chain per position');
  const chain = [];
  for (let r = result[0]; r; r = r.parent) chain.push(r.range);
  assert.ok(chain.length >= 3, `cell, table, section at least: ${JSON.stringify(chain)}`);
  assert.ok(contains(chain[0], { start: position, end: position }), 'the innermost range holds the position');
  for (let i = 1; i < chain.length; i++) {
    assert.ok(contains(chain[i], chain[i - 1]), `level ${i} contains level ${i - 1}`);
    assert.notDeepEqual(chain[i], chain[i - 1], `level ${i} is larger than level ${i - 1}`);
  }
  assert.deepEqual(chain[0], T.lspRange(H.TEXT, cell, s.encoding), 'first the cell');
  assert.ok(chain.some((r) => r.start.line === TABLE_4[0] - 1 && r.end.line >= TABLE_4[1] - 1 && r.end.line <= TABLE_4[1]), 'then table 四');
  assert.ok(chain.some((r) => r.start.line === HEADINGS[3][0] - 1), 'then section 四');
});
