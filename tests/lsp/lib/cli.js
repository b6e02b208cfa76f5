'use strict';
// The command line as the second method: what `nianbao lint`, `fmt`, `lint --fix` and
// `template` say about the same text, run in an empty directory (no .nianbao.json above it
// unless the caller gives one).

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { serverBinary, serverEnv } = require('./session');

let emptyDir = null;
function cwd() {
  if (!emptyDir) emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-cli-'));
  return emptyDir;
}

function run(args, input, { dir } = {}) {
  // The CLI needs no wrapper (it is not the system under test here).
  const r = spawnSync(serverBinary(), args, {
    input,
    cwd: dir || cwd(),
    env: serverEnv(),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.error) throw r.error;
  return r;
}

// The findings of `nianbao lint --format json -` on the text.
function lint(input, extra = [], opts = {}) {
  const r = run(['lint', '--format', 'json', ...extra, '-'], input, opts);
  if (r.status !== 0 && r.status !== 1) throw new Error(`nianbao lint exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

function fmt(input) {
  const r = run(['fmt', '-'], input);
  if (r.status !== 0) throw new Error(`nianbao fmt exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

// `nianbao lint --fix -`: the text with every safe fix applied.
function fix(input) {
  const r = run(['lint', '--fix', '-'], input);
  if (r.status !== 0 && r.status !== 1) throw new Error(`nianbao lint --fix exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

function template(year, org) {
  const r = run(['template', '--year', String(year), '--org', org], '');
  if (r.status !== 0) throw new Error(`nianbao template exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

function rulesDoc(lang = 'zh') {
  const r = run(['rules', '--format', 'json', '--lang', lang], '');
  if (r.status !== 0) throw new Error(`nianbao rules exited ${r.status}: ${r.stderr}`);
  return Object.fromEntries(JSON.parse(r.stdout).map((x) => [x.id, x]));
}

module.exports = { lint, fmt, fix, template, rulesDoc, run };
