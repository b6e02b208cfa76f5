'use strict';
// Completion: a missing section's official title at the start of a line; the canonical table
// as a snippet inside section 二/三/四 when the table is missing; the whole template (as
// `nianbao template` prints it) in an empty document.

const test = require('node:test');
const assert = require('node:assert/strict');
const { Session, serverBinary } = require('./lib/session');
const T = require('./lib/text');
const H = require('./lib/hongze');
const cli = require('./lib/cli');

serverBinary();

// What an item inserts, as plain text (snippet syntax resolved to its default text).
function inserted(item) {
  const raw = (item.textEdit && item.textEdit.newText) || item.insertText || item.label;
  if (item.insertTextFormat !== 2) return raw;
  return raw
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
}

function itemsOf(result) {
  if (!result) return [];
  return Array.isArray(result) ? result : result.items;
}

// Lines [from, to] (1-based, inclusive) removed.
function withoutLines(text, from, to) {
  const lines = text.split('\n');
  lines.splice(from - 1, to - from + 1);
  return lines.join('\n');
}

// The first cell of every row of the table that follows heading `title` in the template.
function templateRowLabels(template, title) {
  const lines = template.split('\n');
  const at = lines.findIndex((l) => l.includes(title));
  const labels = [];
  for (let i = at + 1; i < lines.length && !lines[i].startsWith('## '); i++) {
    const m = /^\|\s*([^|]*?)\s*\|/.exec(lines[i]);
    if (m && m[1] && !/^-+$/.test(m[1])) labels.push(m[1]);
  }
  assert.ok(labels.length > 0, `template has a table under ${title}`);
  return labels;
}

function assertInOrder(haystack, needles, what) {
  let at = 0;
  for (const n of needles) {
    const i = haystack.indexOf(n, at);
    assert.ok(i >= 0, `${what}: "${n}" (in order) in:\n${haystack}`);
    at = i + n.length;
  }
}

let s;
test.before(async () => {
  s = await Session.start();
});
test.after(async () => {
  try {
    await s.stop();
  } finally {
    s.kill();
  }
});

async function complete(uri, text, position) {
  s.open(uri, text);
  const r = await s.request('textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 1 } });
  s.close(uri);
  return itemsOf(r);
}

test('a missing section\'s official title at the start of a line, not the ones present', async () => {
  // hongze-2023 without section 六 (lines 87-89), then an empty last line.
  const text = withoutLines(H.TEXT, 87, 89).replace(/\n*$/, '\n\n');
  const last = text.split('\n').length - 1;
  const items = await complete('file:///nianbao-test/completion/no-six-2023.md', text, { line: last, character: 0 });
  const six = items.filter((i) => inserted(i).includes('六、其他需要报告的事项'));
  assert.equal(six.length, 1, `one item for section 六: ${JSON.stringify(items.map((i) => i.label))}`);
  for (const present of ['一、总体情况', '三、收到和处理政府信息公开申请情况', '五、存在的主要问题及改进情况']) {
    assert.ok(!items.some((i) => inserted(i).includes(present)), `no item for ${present}, which is there`);
  }
});

test('no section title in the middle of a sentence', async () => {
  const text = withoutLines(H.TEXT, 87, 89);
  const l7 = T.line(text, 7);
  const position = T.positionAt(text, l7.start + 10, s.encoding);
  const items = await complete('file:///nianbao-test/completion/mid-2023.md', text, position);
  assert.ok(!items.some((i) => inserted(i).includes('六、其他需要报告的事项')), 'not inside prose');
});

for (const [section, title, from, to] of [
  ['二', '二、主动公开政府信息情况', 23, 43],
  ['三', '三、收到和处理政府信息公开申请情况', 47, 73],
  ['四', '四、政府信息公开行政复议、行政诉讼情况', 77, 81],
]) {
  test(`section ${section} without its table: the canonical table as a snippet`, async () => {
    // hongze-2023 with the table's lines replaced by one empty line, the cursor on it.
    const lines = H.TEXT.split('\n');
    lines.splice(from - 1, to - from + 1, '');
    const text = lines.join('\n');
    const items = await complete(`file:///nianbao-test/completion/no-table-${section}-2023.md`, text, { line: from - 1, character: 0 });
    const template = cli.template(2023, '某县交通运输局');
    const labels = templateRowLabels(template, title);
    const table = items.find((i) => labels.every((l) => inserted(i).includes(l)));
    assert.ok(table, `an item with every row of table ${section}: ${JSON.stringify(items.map((i) => i.label))}`);
    assert.ok(table.kind === 15 || table.insertTextFormat === 2, 'a snippet (CompletionItemKind.Snippet, or snippet syntax)');
    assertInOrder(inserted(table), labels, `table ${section} rows`);
  });
}

test('no table snippet where the table is already there', async () => {
  // Cursor on the blank line after table 三 (line 74), inside section 三, which has its table.
  const items = await complete('file:///nianbao-test/completion/has-table-2023.md', H.TEXT, { line: 73, character: 0 });
  assert.ok(!items.some((i) => inserted(i).includes('本年新收政府信息公开申请数量')), 'no second table 三');
});

test('an empty document: the whole template of `nianbao template`', async () => {
  const items = await complete('file:///nianbao-test/completion/empty.md', '', { line: 0, character: 0 });
  const whole = items.filter((i) => inserted(i).includes('六、其他需要报告的事项') && inserted(i).includes('一、总体情况'));
  assert.equal(whole.length, 1, `one item with the whole template: ${JSON.stringify(items.map((i) => i.label))}`);
  const got = inserted(whole[0]).split('\n');
  const year = new Date().getFullYear();
  const matches = [year, year - 1].some((y) => {
    const want = cli.template(y, 'ORGANNAME').split('\n');
    if (want.length !== got.length) return false;
    return want.every((w, i) => {
      if (!w.includes('ORGANNAME')) return w === got[i];
      const pattern = w
        .split('ORGANNAME')
        .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
      return new RegExp(`^${pattern}$`).test(got[i]);
    });
  });
  assert.ok(matches, `the template for ${year} or ${year - 1}, organ name aside:\n${got.join('\n')}`);
});
