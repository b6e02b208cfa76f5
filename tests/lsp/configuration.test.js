'use strict';
// Configuration: .nianbao.json found as the CLI finds it (walking up from the file) and
// reloaded on workspace/didChangeWatchedFiles; initializationOptions; didChangeConfiguration;
// a broken file gives one window/showMessage error and the defaults, never a dead server.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { Session, serverBinary, tempDir, fileUri, Severity, isEnglish } = require('./lib/session');
const H = require('./lib/hongze');
const cli = require('./lib/cli');

serverBinary();

const MessageType = { Error: 1, Warning: 2, Info: 3, Log: 4 };
const FileChangeType = { Created: 1, Changed: 2, Deleted: 3 };
const summary = (diags) => diags.map((d) => `${d.range.start.line + 1} ${d.severity} ${d.code}`).sort();
const cliSummary = (findings) => findings.map((f) => `${f.line} ${Severity[f.severity]} ${f.rule}`).sort();
const golden = () => H.golden().map((g) => `${g.line} ${Severity[g.severity]} ${g.rule}`).sort();

// A folder with a config and the report in a subfolder (the config is found walking up).
function workspace(config) {
  const dir = tempDir('nianbao lsp 配置-'); // a space and CJK: percent-encoded in the URIs
  const sub = path.join(dir, 'reports', '2023');
  fs.mkdirSync(sub, { recursive: true });
  const file = path.join(sub, 'hongze-2023.md');
  fs.writeFileSync(file, H.TEXT);
  const configFile = path.join(dir, '.nianbao.json');
  if (config !== undefined) fs.writeFileSync(configFile, typeof config === 'string' ? config : JSON.stringify(config));
  return { dir, file, uri: fileUri(file), configFile, configUri: fileUri(configFile) };
}

const start = (w, init = {}) => Session.start({ cwd: w.dir, init: { rootUri: fileUri(w.dir), workspaceFolders: [{ uri: fileUri(w.dir), name: 'w' }], ...init } });

test('.nianbao.json above the file is applied, as the CLI applies it; reloaded when it changes', async () => {
  const w = workspace({ rules: { 'label-typo': 'off', 'sum-review': 'warning' } });
  const s = await start(w);
  try {
    const diags = await s.openAndWait(w.uri, H.TEXT);
    // By hand: the golden without label-typo, both sum-review as warnings.
    const want = golden()
      .filter((l) => !l.endsWith(' label-typo'))
      .map((l) => l.replace(/^81 1 sum-review$/, '81 2 sum-review'))
      .sort();
    assert.deepEqual(summary(diags), want);
    // The second method: the CLI on the same file finds the same configuration.
    assert.deepEqual(summary(diags), cliSummary(cli.lint(H.TEXT, ['--config', w.configFile])));

    // The file changes; the client says so.
    fs.writeFileSync(w.configFile, JSON.stringify({ rules: { 'label-typo': 'error', 'rectification-missing': false } }));
    const after = s.publishedFor(w.uri).length;
    s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: w.configUri, type: FileChangeType.Changed }] });
    const p = await s.diagnostics(w.uri, { after, what: 'diagnostics after the configuration changed' });
    const want2 = golden()
      .filter((l) => !l.endsWith(' rectification-missing'))
      .map((l) => l.replace(/^56 2 label-typo$/, '56 1 label-typo'))
      .sort();
    assert.deepEqual(summary(p.diagnostics), want2);

    // Deleted: back to the defaults.
    fs.unlinkSync(w.configFile);
    const after2 = s.publishedFor(w.uri).length;
    s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: w.configUri, type: FileChangeType.Deleted }] });
    const p2 = await s.diagnostics(w.uri, { after: after2, what: 'diagnostics after the configuration was deleted' });
    assert.deepEqual(summary(p2.diagnostics), golden());
    await s.stop();
  } finally {
    s.kill();
  }
});

test('a broken .nianbao.json: one showMessage error, default settings, the server lives', async () => {
  const w = workspace('{ "rules": { "label-typo": "off", }');
  const s = await start(w);
  try {
    const diags = await s.openAndWait(w.uri, H.TEXT);
    assert.deepEqual(summary(diags), golden(), 'the defaults');
    await s.barrier();
    const errors = s.messages.filter((m) => m.type === MessageType.Error);
    assert.equal(errors.length, 1, `one error message: ${JSON.stringify(s.messages)}`);
    assert.ok(errors[0].message.includes('.nianbao.json'), `it names the file: ${errors[0].message}`);
    assert.deepEqual(s.publishedFor(w.configUri).filter((p) => p.diagnostics.length), [], 'no diagnostics for the config file');

    // A second broken version, announced: one more error, still the defaults.
    fs.writeFileSync(w.configFile, '{"rules": {"no-such-rule": "off"}}');
    const after = s.publishedFor(w.uri).length;
    s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: w.configUri, type: FileChangeType.Changed }] });
    await s.waitFor(() => s.messages.filter((m) => m.type === MessageType.Error).length === 2, 'a second error message (unknown rule id)');
    const p = await s.diagnostics(w.uri, { after, what: 'diagnostics after the reload' }).catch(() => null);
    if (p) assert.deepEqual(summary(p.diagnostics), golden());

    // Fixed: applied, and no further error.
    fs.writeFileSync(w.configFile, JSON.stringify({ rules: { 'label-typo': 'off' } }));
    const after2 = s.publishedFor(w.uri).length;
    s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: w.configUri, type: FileChangeType.Changed }] });
    const p2 = await s.diagnostics(w.uri, { after: after2, what: 'diagnostics after the fix' });
    assert.deepEqual(summary(p2.diagnostics), golden().filter((l) => !l.endsWith(' label-typo')));
    assert.equal(s.messages.filter((m) => m.type === MessageType.Error).length, 2);
    await s.stop();
  } finally {
    s.kill();
  }
});

test('initializationOptions configure the server like .nianbao.json does', async () => {
  const w = workspace();
  const s = await start(w, { initializationOptions: { rules: { 'sum-review': 'off', 'overview-aspect-missing': 'error' } } });
  try {
    const diags = await s.openAndWait(w.uri, H.TEXT);
    const want = golden()
      .filter((l) => !l.endsWith(' sum-review'))
      .map((l) => l.replace(/^5 2 overview-aspect-missing$/, '5 1 overview-aspect-missing'))
      .sort();
    assert.deepEqual(summary(diags), want);
    await s.stop();
  } finally {
    s.kill();
  }
});

test('workspace/didChangeConfiguration re-lints open documents with the new settings', async () => {
  const w = workspace();
  const s = await start(w);
  try {
    assert.deepEqual(summary(await s.openAndWait(w.uri, H.TEXT)), golden());
    const after = s.publishedFor(w.uri).length;
    s.notify('workspace/didChangeConfiguration', { settings: { nianbao: { rules: { 'label-outdated': 'off' }, lang: 'en' } } });
    const p = await s.diagnostics(w.uri, { after, what: 'diagnostics after didChangeConfiguration' });
    assert.deepEqual(summary(p.diagnostics), golden().filter((l) => !l.endsWith(' label-outdated')));
    const rect = p.diagnostics.find((d) => d.code === 'rectification-missing');
    assert.ok(isEnglish(rect.message), `"lang": "en" by configuration gives English: ${rect.message}`);
    await s.stop();
  } finally {
    s.kill();
  }
});

test('a bad setting pushed by the client: one message naming it, defaults, alive', async () => {
  const w = workspace();
  const s = await start(w);
  try {
    await s.openAndWait(w.uri, H.TEXT);
    s.notify('workspace/didChangeConfiguration', { settings: { nianbao: { rules: { 'label-typo': 42 } } } });
    // The issue asks for an error for a broken file; a bad editor setting may be a warning.
    const shown = () => s.messages.filter((m) => m.type === MessageType.Error || m.type === MessageType.Warning);
    await s.waitFor(() => shown().length > 0, 'a message for a bad setting');
    await s.barrier();
    assert.equal(shown().length, 1, `one message: ${JSON.stringify(s.messages)}`);
    assert.ok(shown()[0].message.includes('label-typo'), `it names the setting: ${shown()[0].message}`);
    const again = s.publishedFor(w.uri);
    assert.deepEqual(summary(again[again.length - 1].diagnostics), golden(), 'still the defaults');
    await s.stop();
  } finally {
    s.kill();
  }
});

test('"reports" in .nianbao.json names files that are reports whatever they look like', async () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, '.nianbao.json'), JSON.stringify({ reports: ['notes-*.md'] }));
  // One section and no title: not a report by itself (see diagnostics.test.js).
  const text = '# 工作笔记\n\n## 一、总体情况\n\n本年度工作情况。\n';
  const named = path.join(dir, 'notes-2023.md');
  const other = path.join(dir, 'other-2023.md');
  fs.writeFileSync(named, text);
  fs.writeFileSync(other, text);
  const s = await Session.start({ cwd: dir, init: { rootUri: fileUri(dir), workspaceFolders: [{ uri: fileUri(dir), name: 'w' }] } });
  try {
    const diags = await s.openAndWait(fileUri(named), text);
    assert.equal(diags.filter((d) => d.code === 'section-missing').length, 5, 'named a report: sections 二 to 六 missing');
    s.open(fileUri(other), text);
    await s.barrier();
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(
      s.publishedFor(fileUri(other)).filter((p) => p.diagnostics.length),
      [],
      'the file the pattern does not name gets nothing',
    );
    await s.stop();
  } finally {
    s.kill();
  }
});

test('"lang": "en" in .nianbao.json gives English messages', async () => {
  const w = workspace({ lang: 'en' });
  const s = await start(w);
  try {
    const diags = await s.openAndWait(w.uri, H.TEXT);
    assert.deepEqual(summary(diags), golden());
    const rect = diags.find((d) => d.code === 'rectification-missing');
    assert.ok(isEnglish(rect.message), `English: ${rect.message}`);
    await s.stop();
  } finally {
    s.kill();
  }
});
