'use strict';
// Positions computed from the text itself, independently of the server: a JavaScript string
// index (UTF-16 code units) turned into an LSP position in each encoding, and back, plus the
// places of table cells and literal strings in a document.

const ENCODINGS = ['utf-8', 'utf-16', 'utf-32'];

// Offsets of the first character of every line (LSP line ends: \n, \r\n, \r).
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') i++;
    if (c === '\n' || c === '\r') starts.push(i + 1);
  }
  return starts;
}

// Units of `piece` (a string) in the encoding.
function units(piece, encoding) {
  switch (encoding) {
    case 'utf-8':
      return Buffer.byteLength(piece, 'utf8');
    case 'utf-16':
      return piece.length;
    case 'utf-32':
      return [...piece].length;
    default:
      throw new Error(`unknown encoding ${encoding}`);
  }
}

function positionAt(text, index, encoding) {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= index) line++;
  return { line, character: units(text.slice(starts[line], index), encoding) };
}

// The JavaScript index of an LSP position; throws when the position is not on a character
// boundary of its encoding (a server that splits a character is wrong, not rounded).
function indexAt(text, position, encoding) {
  const starts = lineStarts(text);
  if (position.line >= starts.length) return text.length;
  const start = starts[position.line];
  let end = position.line + 1 < starts.length ? starts[position.line + 1] : text.length;
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  let count = 0;
  let i = start;
  while (i < end && count < position.character) {
    const cp = text.codePointAt(i);
    const width = cp > 0xffff ? 2 : 1;
    count += units(String.fromCodePoint(cp), encoding);
    i += width;
  }
  if (count !== position.character && i < end) {
    throw new Error(`position ${JSON.stringify(position)} splits a character in ${encoding}`);
  }
  return i;
}

function rangeOf(text, startIndex, endIndex, encoding) {
  return { start: positionAt(text, startIndex, encoding), end: positionAt(text, endIndex, encoding) };
}

// Applies LSP TextEdits (ranges in `encoding`) to the text.
function applyEdits(text, edits, encoding) {
  const resolved = edits.map((e) => ({
    start: indexAt(text, e.range.start, encoding),
    end: indexAt(text, e.range.end, encoding),
    newText: e.newText,
  }));
  resolved.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of resolved) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

// The text of 1-based line `lineNo` and its start index.
function line(text, lineNo) {
  const starts = lineStarts(text);
  const start = starts[lineNo - 1];
  let end = lineNo < starts.length ? starts[lineNo] : text.length;
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return { start, end, text: text.slice(start, end) };
}

// [start, end) indices of the trimmed content of the `cell`-th cell (0-based) of a pipe-table
// row on 1-based line `lineNo`.
function cell(text, lineNo, cellIndex) {
  const l = line(text, lineNo);
  const bars = [];
  for (let i = 0; i < l.text.length; i++) if (l.text[i] === '|') bars.push(i);
  if (cellIndex + 1 >= bars.length) throw new Error(`line ${lineNo} has no cell ${cellIndex}`);
  let s = bars[cellIndex] + 1;
  let e = bars[cellIndex + 1];
  while (s < e && /\s/.test(l.text[s])) s++;
  while (e > s && /\s/.test(l.text[e - 1])) e--;
  return { start: l.start + s, end: l.start + e, text: l.text.slice(s, e) };
}

// [start, end) of the `nth` occurrence (0-based) of `needle` on line `lineNo` (or anywhere when
// lineNo is null).
function find(text, needle, lineNo = null, nth = 0) {
  const scope = lineNo === null ? { start: 0, text } : line(text, lineNo);
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = scope.text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found (occurrence ${nth}) on line ${lineNo}`);
  }
  return { start: scope.start + at, end: scope.start + at + needle.length, text: needle };
}

// The whole of line `lineNo` (1-based) as a [start, end) span.
function wholeLine(text, lineNo) {
  const l = line(text, lineNo);
  return { start: l.start, end: l.end, text: l.text };
}

function lspRange(text, span, encoding) {
  return rangeOf(text, span.start, span.end, encoding);
}

module.exports = {
  ENCODINGS,
  units,
  positionAt,
  indexAt,
  rangeOf,
  applyEdits,
  line,
  cell,
  find,
  wholeLine,
  lspRange,
  lineStarts,
};
