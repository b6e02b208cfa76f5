'use strict';
// textDocument/formatting = `nianbao fmt` on the same text: one edit that gives fmt's output,
// none when the text is already canonical; exact in every position encoding (the documents
// carry CJK text and an astral character).

const test = require('node:test');
const assert = require('node:assert/strict');
const { Session, serverBinary, corpusText } = require('./lib/session');
const T = require('./lib/text');
const cli = require('./lib/cli');

serverBinary();

const OPTIONS = { tabSize: 4, insertSpaces: true };
const DOCS = [
  ['reports/hongze-2023.md', corpusText('reports/hongze-2023.md')],
  ['layouts/tab-separated.md', corpusText('layouts/tab-separated.md')],
  ['layouts/html-rowspan.md', corpusText('layouts/html-rowspan.md')],
  // An astral character in the last line, so that the edit's end position differs per encoding.
  ['hongze + 𠀀', corpusText('reports/hongze-2023.md') + '\n落款：𠀀😀某单位\n'],
];

for (const enc of ['utf-16', 'utf-8', 'utf-32']) {
  test(`formatting in ${enc}: fmt's output in one edit, nothing when canonical`, async () => {
    const s = await Session.start({ init: { positionEncodings: [enc] } });
    try {
      assert.equal(s.encoding, enc);
      let n = 0;
      for (const [name, text] of DOCS) {
        const uri = `file:///nianbao-test/formatting/${enc}/${n++}-2023.md`;
        s.open(uri, text);
        const edits = await s.request('textDocument/formatting', { textDocument: { uri }, options: OPTIONS });
        const want = cli.fmt(text);
        assert.notEqual(want, text, `${name} is not canonical (so the test means something)`);
        assert.equal((edits || []).length, 1, `${name}: one edit`);
        assert.equal(T.applyEdits(text, edits, enc), want, `${name}: the edit gives \`nianbao fmt\`'s output`);

        // The formatted text is canonical: no edit.
        s.change(uri, 2, [{ text: want }]);
        const again = await s.request('textDocument/formatting', { textDocument: { uri }, options: OPTIONS });
        assert.deepEqual(again || [], [], `${name}: nothing to do on canonical text`);
        s.close(uri);
      }
      await s.stop();
    } finally {
      s.kill();
    }
  });
}
