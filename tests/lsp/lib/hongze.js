'use strict';
// corpus/reports/hongze-2023.md and the findings its golden lists (corpus/README.md explains
// each one), with every range found in the text by hand: the finding's words or cell, located
// here by searching the line, never read from the server.

const { corpusText, expectedFindings } = require('./session');
const T = require('./text');

const TEXT = corpusText('reports/hongze-2023.md');
// The same report with a signature line after the astral characters 𠀀 (U+20000) and 😀
// (U+1F600) and an impossible date: UTF-8, UTF-16 and UTF-32 positions all differ on it.
const DATE_LINE = '𠀀😀落款：2024年2月30日';
const WITH_DATE = TEXT + '\n' + DATE_LINE + '\n';
const DATE_LINE_NO = TEXT.split('\n').length + 1; // TEXT ends with a newline: a blank line, then this

const TYPO = '2.其他法律行政止公开';
const OFFICIAL = '2.其他法律行政法规禁止公开';

// Where each finding of the golden sits, as a span of `text` (which may be TEXT or WITH_DATE:
// the lines above the date are the same).
function spans(text) {
  return [
    { line: 5, severity: 'warning', rule: 'overview-aspect-missing', span: T.wholeLine(text, 5) },
    { line: 56, severity: 'warning', rule: 'label-typo', span: T.find(text, TYPO, 56) },
    { line: 71, severity: 'warning', rule: 'label-outdated', span: T.find(text, '（六）其他处理', 71) },
    // table 四's row: 行政复议 总计 is the 5th cell, 复议后起诉 总计 the 15th
    { line: 81, severity: 'error', rule: 'sum-review', span: T.cell(text, 81, 4), parts: [0, 1, 2, 3] },
    { line: 81, severity: 'error', rule: 'sum-review', span: T.cell(text, 81, 14), parts: [10, 11, 12, 13] },
    { line: 83, severity: 'info', rule: 'rectification-missing', span: T.wholeLine(text, 83) },
  ];
}

function dateSpan(text) {
  return T.find(text, '2024年2月30日', DATE_LINE_NO);
}

module.exports = { TEXT, WITH_DATE, DATE_LINE, DATE_LINE_NO, TYPO, OFFICIAL, spans, dateSpan, golden: () => expectedFindings('reports/hongze-2023.expected') };
