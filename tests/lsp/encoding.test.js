'use strict';
// positionEncoding negotiation (LSP 3.17 general.positionEncodings) and exact positions on CJK
// text and astral characters in every encoding, in both directions: the ranges the server
// sends (diagnostics) and the ranges it receives (incremental changes).

const test = require('node:test');
const assert = require('node:assert/strict');
const { Session, serverBinary } = require('./lib/session');
const T = require('./lib/text');
const H = require('./lib/hongze');

serverBinary();

const URI = 'file:///nianbao-test/encoding/hongze-2023.md';

function byRule(diags, rule) {
  return diags.filter((d) => d.code === rule).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

// Every finding of the golden, plus the impossible date, at its hand-found range.
function assertRanges(diags, text, enc) {
  const expected = H.spans(text).map((e) => ({ rule: e.rule, range: T.lspRange(text, e.span, enc) }));
  expected.push({ rule: 'date-invalid', range: T.lspRange(text, H.dateSpan(text), enc) });
  const actual = diags.map((d) => ({ rule: d.code, range: d.range }));
  const key = (x) => `${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character} ${x.rule}`;
  assert.deepEqual(actual.map(key).sort(), expected.map(key).sort(), `ranges in ${enc}`);
}

const cases = [
  { name: 'utf-8', offer: ['utf-8'], expect: 'utf-8' },
  { name: 'utf-16', offer: ['utf-16'], expect: 'utf-16' },
  { name: 'utf-32', offer: ['utf-32'], expect: 'utf-32' },
  { name: 'none offered → utf-16', offer: undefined, expect: 'utf-16' },
  { name: 'empty list → utf-16', offer: [], expect: 'utf-16' },
  { name: 'an unknown encoding only → utf-16', offer: ['latin-1'], expect: 'utf-16' },
  { name: 'utf-32 preferred over utf-8', offer: ['utf-32', 'utf-8', 'utf-16'], expect: null },
];

for (const c of cases) {
  test(`positionEncoding ${c.name}: exact ranges out and in`, async () => {
    const s = await Session.start({ init: false });
    try {
      const r = await s.initialize({ positionEncodings: c.offer });
      const negotiated = r.capabilities.positionEncoding || 'utf-16';
      if (c.expect) assert.equal(negotiated, c.expect, 'negotiated encoding');
      else assert.ok(c.offer.includes(negotiated), `${negotiated} is one of those offered`);
      const enc = negotiated;

      let text = H.WITH_DATE;
      let diags = await s.openAndWait(URI, text, 1);
      assertRanges(diags, text, enc);

      // 1. Replace the day "30" (a range after two astral characters) by "31": the text the
      // server holds must now read 2月31日, at the same place.
      const day = T.find(text, '30日', H.DATE_LINE_NO);
      const dayRange = T.lspRange(text, { start: day.start, end: day.start + 2 }, enc);
      s.change(URI, 2, [{ range: dayRange, text: '31' }]);
      text = text.slice(0, day.start) + '31' + text.slice(day.start + 2);
      diags = (await s.diagnostics(URI, { version: 2 })).diagnostics;
      let date = byRule(diags, 'date-invalid');
      assert.equal(date.length, 1, 'one date-invalid after the edit');
      assert.match(date[0].message, /2024年2月31日/, 'the server applied the change where the client meant it');
      assert.deepEqual(date[0].range, T.lspRange(text, T.find(text, '2024年2月31日', H.DATE_LINE_NO), enc));

      // 2. Insert an astral character at the start of the line: the date moves by its width in
      // the encoding (2 in UTF-16, 4 in UTF-8, 1 in UTF-32).
      const lineStart = T.line(text, H.DATE_LINE_NO).start;
      s.change(URI, 3, [{ range: T.rangeOf(text, lineStart, lineStart, enc), text: '𝄞' }]);
      const before = T.lspRange(text, T.find(text, '2024年2月31日', H.DATE_LINE_NO), enc);
      text = text.slice(0, lineStart) + '𝄞' + text.slice(lineStart);
      diags = (await s.diagnostics(URI, { version: 3 })).diagnostics;
      date = byRule(diags, 'date-invalid');
      assert.equal(date.length, 1);
      assert.equal(date[0].range.start.character, before.start.character + T.units('𝄞', enc), 'shifted by one U+1D11E');
      assert.deepEqual(date[0].range, T.lspRange(text, T.find(text, '2024年2月31日', H.DATE_LINE_NO), enc));

      // 3. Replace the misspelt label (CJK, after CJK cells) by the official one: label-typo goes,
      // every other range is unchanged.
      const typo = T.find(text, H.TYPO, 56);
      s.change(URI, 4, [{ range: T.lspRange(text, typo, enc), text: H.OFFICIAL }]);
      text = text.slice(0, typo.start) + H.OFFICIAL + text.slice(typo.end);
      diags = (await s.diagnostics(URI, { version: 4 })).diagnostics;
      assert.deepEqual(byRule(diags, 'label-typo'), [], 'no label-typo once the label is official');
      const sums = byRule(diags, 'sum-review');
      assert.deepEqual(
        sums.map((d) => d.range),
        [T.lspRange(text, T.cell(text, 81, 4), enc), T.lspRange(text, T.cell(text, 81, 14), enc)],
      );

      // 4. A change whose range ends in the middle of the line after an astral character and
      // spans two lines: delete from after 😀 on the date line back to the end of line 89.
      const l89 = T.line(text, H.DATE_LINE_NO - 2);
      const smile = T.find(text, '😀', H.DATE_LINE_NO);
      s.change(URI, 5, [{ range: T.rangeOf(text, l89.end, smile.end, enc), text: '' }]);
      text = text.slice(0, l89.end) + text.slice(smile.end);
      diags = (await s.diagnostics(URI, { version: 5 })).diagnostics;
      date = byRule(diags, 'date-invalid');
      assert.equal(date.length, 1);
      assert.deepEqual(date[0].range, T.lspRange(text, T.find(text, '2024年2月31日'), enc), 'the date is now on line 89');
      assert.equal(date[0].range.start.line, 88);
      await s.stop();
    } finally {
      s.kill();
    }
  });
}

test('CRLF line ends: lines and characters as the specification counts them', async () => {
  // LSP 3.17: \r\n is one line end, and the \r is no character of the line.
  const s = await Session.start({ init: { positionEncodings: ['utf-16'] } });
  const uri = 'file:///nianbao-test/encoding/crlf-2023.md';
  try {
    const text = H.WITH_DATE.replace(/\n/g, '\r\n');
    const diags = await s.openAndWait(uri, text);
    assertRanges(diags, text, 'utf-16');
    // An incremental edit on a CRLF line: the day 30 → 31.
    const day = T.find(text, '30日', H.DATE_LINE_NO);
    s.change(uri, 2, [{ range: T.lspRange(text, { start: day.start, end: day.start + 2 }, 'utf-16'), text: '31' }]);
    const p = await s.diagnostics(uri, { version: 2 });
    const date = byRule(p.diagnostics, 'date-invalid');
    assert.equal(date.length, 1);
    assert.match(date[0].message, /2024年2月31日/);
    await s.stop();
  } finally {
    s.kill();
  }
});

test('a change position past the end of its line means the end of the line', async () => {
  // LSP 3.17 Position: "If the character value is greater than the line length it defaults back
  // to the line length."
  for (const enc of ['utf-16', 'utf-8']) {
    const s = await Session.start({ init: { positionEncodings: [enc] } });
    const uri = `file:///nianbao-test/encoding/past-eol-${enc}-2023.md`;
    try {
      let text = H.TEXT;
      await s.openAndWait(uri, text);
      // Line 89 (the fee statement); append a signature with an impossible date at its end.
      const l89 = T.line(text, 89);
      s.change(uri, 2, [{ range: { start: { line: 88, character: 100000 }, end: { line: 88, character: 100000 } }, text: '落款：2024年2月30日' }]);
      text = text.slice(0, l89.end) + '落款：2024年2月30日' + text.slice(l89.end);
      const p = await s.diagnostics(uri, { version: 2 });
      const date = byRule(p.diagnostics, 'date-invalid');
      assert.equal(date.length, 1, `${enc}: the date landed at the end of line 89`);
      assert.deepEqual(date[0].range, T.lspRange(text, T.find(text, '2024年2月30日', 89), enc));
      await s.stop();
    } finally {
      s.kill();
    }
  }
});
