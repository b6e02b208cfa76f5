'use strict';
// Code actions: each finding's fix as a quickfix (safe ones preferred, "set to the computed
// value" never), source.fixAll.nianbao = `nianbao lint --fix`, and "disable on this line / in
// this file" comments that the command line then honours (checked by running it).

const test = require('node:test');
const assert = require('node:assert/strict');
const { Session, serverBinary, editsFor, editedUris } = require('./lib/session');
const T = require('./lib/text');
const H = require('./lib/hongze');
const cli = require('./lib/cli');

serverBinary();

const URI = 'file:///nianbao-test/actions/hongze-2023.md';
const key = (r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
const rules = (findings) => findings.map((f) => f.rule).sort();

async function actionsFor(s, diag, uri = URI) {
  assert.ok(diag, 'the diagnostic to act on was published');
  return s.request('textDocument/codeAction', {
    textDocument: { uri },
    range: diag.range,
    context: { diagnostics: [diag], triggerKind: 1 },
  });
}

// Applies an action's WorkspaceEdit to the text, after checking it only edits this document.
function apply(text, action, enc) {
  assert.ok(action.edit, `action "${action.title}" carries its edit (no resolve needed)`);
  assert.deepEqual(editedUris(action.edit), [URI], 'it edits this document only');
  return T.applyEdits(text, editsFor(action.edit, URI), enc);
}

// Every finding rule of `before` except those `dropped`, as multisets.
function without(before, dropped) {
  const out = rules(before);
  for (const r of dropped) {
    const i = out.indexOf(r);
    assert.ok(i >= 0, `${r} was there to be dropped`);
    out.splice(i, 1);
  }
  return out;
}

let s;
let diags;
const before = () => cli.lint(H.TEXT);

test.before(async () => {
  // UTF-32 positions: the edits on CJK lines are then in code points.
  s = await Session.start({ init: { positionEncodings: ['utf-32'] } });
  assert.equal(s.encoding, 'utf-32');
  diags = await s.openAndWait(URI, H.TEXT);
});
test.after(async () => {
  try {
    await s.stop();
  } finally {
    s.kill();
  }
});

test('the label typo: a preferred quickfix writing the official label', async () => {
  const d = diags.find((x) => x.code === 'label-typo');
  const actions = await actionsFor(s, d);
  const fix = actions.find((a) => a.kind === 'quickfix' && editsFor(a.edit, URI).some((e) => e.newText === H.OFFICIAL));
  assert.ok(fix, `a quickfix writing ${H.OFFICIAL}: ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.equal(fix.isPreferred, true, 'a safe fix is preferred');
  assert.deepEqual(editsFor(fix.edit, URI).map((e) => key(e.range)), [key(T.lspRange(H.TEXT, T.find(H.TEXT, H.TYPO, 56), s.encoding))]);
  assert.ok((fix.diagnostics || []).some((x) => x.code === 'label-typo'), 'the action names the diagnostic it fixes');
  const fixed = apply(H.TEXT, fix, s.encoding);
  assert.deepEqual(rules(cli.lint(fixed)), without(before(), ['label-typo']));
});

test('a wrong total: "set to the computed value" offered, never preferred', async () => {
  const cell = T.cell(H.TEXT, 81, 4);
  const d = diags.find((x) => x.code === 'sum-review' && key(x.range) === key(T.lspRange(H.TEXT, cell, s.encoding)));
  assert.ok(d, 'the sum-review on 行政复议 总计');
  const actions = await actionsFor(s, d);
  const set = actions.find((a) => editsFor(a.edit, URI).some((e) => e.newText === '11'));
  assert.ok(set, `an action writing 11 (10 + 1 + 0 + 0): ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.equal(set.kind, 'quickfix');
  assert.notEqual(set.isPreferred, true, 'which cell is wrong is the author\'s call');
  assert.deepEqual(editsFor(set.edit, URI).map((e) => key(e.range)), [key(T.lspRange(H.TEXT, cell, s.encoding))]);
  for (const a of actions) assert.notEqual(a.isPreferred, true, `nothing preferred for an arithmetic finding: ${a.title}`);
});

for (const rule of ['sum-review', 'label-typo', 'rectification-missing']) {
  test(`${rule}: "disable on this line" writes a comment the CLI honours`, async () => {
    const d = diags.find((x) => x.code === rule);
    const actions = await actionsFor(s, d);
    const line = actions.find((a) => editsFor(a.edit, URI).some((e) => /nianbao-disable-(next-)?line/.test(e.newText) && e.newText.includes(rule)));
    assert.ok(line, `a disable-on-this-line action: ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.notEqual(line.isPreferred, true);
    const edited = apply(H.TEXT, line, s.encoding);
    const onLine = diags.filter((x) => x.code === rule && x.range.start.line === d.range.start.line).map((x) => x.code);
    assert.deepEqual(rules(cli.lint(edited)), without(before(), onLine), 'only that rule, only on that line, is gone');
  });

  test(`${rule}: "disable in this file" writes a comment the CLI honours`, async () => {
    const d = diags.find((x) => x.code === rule);
    const actions = await actionsFor(s, d);
    const file = actions.find((a) => editsFor(a.edit, URI).some((e) => /nianbao-disable-file/.test(e.newText) && e.newText.includes(rule)));
    assert.ok(file, `a disable-in-this-file action: ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.notEqual(file.isPreferred, true);
    const edited = apply(H.TEXT, file, s.encoding);
    const all = diags.filter((x) => x.code === rule).map((x) => x.code);
    assert.deepEqual(rules(cli.lint(edited)), without(before(), all), 'every finding of that rule is gone, nothing else');
  });
}

test('source.fixAll.nianbao applies every safe fix: the same text as `nianbao lint --fix`', async () => {
  for (const only of [['source.fixAll.nianbao'], ['source.fixAll'], ['source']]) {
    const actions = await s.request('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only, triggerKind: 1 },
    });
    const all = actions.filter((a) => a.kind === 'source.fixAll.nianbao');
    assert.equal(all.length, 1, `one fix-all action for only=${only}`);
    for (const a of actions) assert.ok(a.kind && a.kind.startsWith(only[0]), `only ${only} honoured: ${a.kind}`);
    const fixed = apply(H.TEXT, all[0], s.encoding);
    assert.equal(fixed, cli.fix(H.TEXT), 'fix-all = lint --fix');
    assert.ok(fixed.includes(H.OFFICIAL) && !fixed.includes(H.TYPO));
    assert.equal(T.cell(fixed, 81, 4).text, '0', 'a number is never changed by fix-all');
  }
});

test('fix-all on a text with nothing safe to fix: no edit', async () => {
  const uri = 'file:///nianbao-test/actions/fixed-2023.md';
  const fixed = cli.fix(H.TEXT);
  await s.openAndWait(uri, fixed);
  const actions = await s.request('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll.nianbao'], triggerKind: 1 },
  });
  for (const a of actions || []) assert.deepEqual(editsFor(a.edit, uri), [], `nothing to do: ${a.title}`);
  s.close(uri);
});

test('quickfix only for findings in the range asked about', async () => {
  const actions = await s.request('textDocument/codeAction', {
    textDocument: { uri: URI },
    range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } },
    context: { diagnostics: [], only: ['quickfix'], triggerKind: 1 },
  });
  assert.deepEqual(actions || [], [], 'line 3 has no finding');
});

test('every fix `nianbao lint` offers is a quickfix with the same edits, preferred exactly when safe', async () => {
  // The second method is the command line's JSON (`fixes`: title, safe, edits with 1-based lines
  // and code-point columns); this session speaks UTF-32, whose characters are code points.
  const fs = require('node:fs');
  const path = require('node:path');
  const { CORPUS } = require('./lib/session');
  const files = [
    ...fs.readdirSync(path.join(CORPUS, 'rules')).flatMap((r) =>
      fs
        .readdirSync(path.join(CORPUS, 'rules', r))
        .filter((f) => /^fires.*\.md$/.test(f))
        .map((f) => path.join('rules', r, f)),
    ),
    ...fs.readdirSync(path.join(CORPUS, 'reports')).filter((f) => f.endsWith('.md')).map((f) => path.join('reports', f)),
  ];
  const toLsp = (e) => ({
    range: { start: { line: e.line - 1, character: e.column - 1 }, end: { line: e.end_line - 1, character: e.end_column - 1 } },
    newText: e.new_text,
  });
  const editKey = (e) => `${e.range.start.line}:${e.range.start.character}-${e.range.end.line}:${e.range.end.character}=${e.newText}`;
  let compared = 0;
  const problems = [];
  for (const rel of files) {
    const text = fs.readFileSync(path.join(CORPUS, rel), 'utf8');
    const findings = cli.lint(text).filter((f) => f.fixes.length);
    if (!findings.length) continue;
    const uri = `file:///nianbao-test/fixes/${rel.replace(/\//g, '-')}`;
    const published = await s.openAndWait(uri, text);
    for (const f of findings) {
      const d = published.find(
        (x) => x.code === f.rule && x.range.start.line === f.line - 1 && x.range.start.character === f.column - 1 && x.range.end.character === f.end_column - 1,
      );
      if (!d) {
        problems.push(`${rel}:${f.line}:${f.column} ${f.rule}: no such diagnostic`);
        continue;
      }
      const actions = (await actionsFor(s, d, uri)) || [];
      for (const fix of f.fixes) {
        compared++;
        const want = fix.edits.map(toLsp).map(editKey).sort().join(' ');
        const a = actions.find((x) => editsFor(x.edit, uri).map(editKey).sort().join(' ') === want);
        if (!a) problems.push(`${rel}:${f.line}:${f.column} ${f.rule}: no action with the edits of "${fix.title}"`);
        else if (a.kind !== 'quickfix') problems.push(`${rel}:${f.line}:${f.column} ${f.rule}: kind ${a.kind}`);
        else if ((a.isPreferred === true) !== fix.safe) problems.push(`${rel}:${f.line}:${f.column} ${f.rule}: isPreferred ${a.isPreferred} for safe=${fix.safe}`);
      }
    }
    s.close(uri);
  }
  assert.ok(compared >= 20, `fixes compared: ${compared}`);
  assert.deepEqual(problems, []);
});
