// Drives code-server in Debian's Chromium (playwright-core, no browser download) and checks the
// nianbao extension as a user meets it, on corpus/rules/sum-row/fires.md (two row totals wrong,
// on lines whose cells follow CJK labels) copied as report-2023.md:
//   - the Problems panel lists both sum-row findings at [Ln 45, Col 52] and [Ln 46, Col 64]
//     (UTF-16 columns, the CLI's code-point columns: the labels before them are all in the BMP);
//   - the squiggles are drawn (.squiggly-error);
//   - the status-bar item counts 2 errors;
//   - semantic highlighting: "Inspect Editor Tokens and Scopes" at the total of line 45 shows the
//     server's semantic token type "number" and a colour other than plain text's;
//   - the quick fix from the light bulb at 45:52 sets the total to 13 (the line as the editor
//     draws it) and the finding is gone from the Problems panel;
//   - the "nianbao: Fix all" command fixes the label typo of typo-2023.md;
//   - "nianbao: Show rules" opens the rule list; "nianbao: Restart server" replaces the server
//     process (seen in /proc);
//   - a screenshot of the squiggle and the Problems panel, when asked for.
//
//   node e2e.mjs --url URL --workspace DIR --profile DIR --nianbao PATH [--screenshot FILE]
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';

// The edits are read back from the editor, not from disk: code-server 4.100.3 here answers every
// save of a file it opened with a save conflict ("the content of the file is newer"), with or
// without this extension, so nothing is saved.
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    workspace: { type: 'string' },
    nianbao: { type: 'string' },
    profile: { type: 'string' },
    screenshot: { type: 'string' },
  },
});

const failures = [];
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
}

const TIMEOUT = 30000;

// Process ids of the `nianbao lsp` servers running from the binary under test (from /proc).
function servers() {
  const found = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (argv[0] === args.nianbao && argv[1] === 'lsp') found.push(pid);
    } catch {}
  }
  return found.sort();
}

const browser = await chromium.launchPersistentContext(args.profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1440, height: 900 },
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

async function openFile(page, name) {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name });
  await row.first().waitFor({ timeout: TIMEOUT });
  await row.first().click();
  await page.locator(`.tabs-container .tab[aria-label^="${name}"]`).waitFor({ timeout: TIMEOUT });
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: TIMEOUT });
}

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: TIMEOUT });
  await input.fill(`>${title}`);
  const item = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await item.waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
}

async function goTo(page, line, column) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: TIMEOUT });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
}

async function problemRows(page) {
  return page.locator('.markers-panel .monaco-list-row').allInnerTexts();
}

// Waits until the Problems panel rows satisfy `predicate`; returns the last rows seen.
async function waitForProblems(page, predicate, timeout = TIMEOUT) {
  const end = Date.now() + timeout;
  let rows = [];
  while (Date.now() < end) {
    rows = await problemRows(page);
    if (predicate(rows)) return rows;
    await page.waitForTimeout(250);
  }
  return rows;
}

try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(TIMEOUT);
  await page.goto(args.url);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  await openFile(page, 'report-2023.md');

  await page.keyboard.press('Control+Shift+M');
  const sumRow = (rows) => rows.filter((r) => r.includes('sum-row'));
  let rows = await waitForProblems(page, (r) => sumRow(r).length === 2, 60000);
  const found = sumRow(rows);
  check(found.length === 2, `the Problems panel lists 2 sum-row findings (rows: ${JSON.stringify(rows)})`);
  check(found.some((r) => r.includes('[Ln 45, Col 52]')), 'one at [Ln 45, Col 52] (after 16 CJK characters)');
  check(found.some((r) => r.includes('[Ln 46, Col 64]')), 'one at [Ln 46, Col 64]');
  check(
    found.some((r) => r.includes('“（一）予以公开”行“总计”填报12') && r.includes('应为13')),
    'the finding at line 45 says the total 12 should be 13, in Chinese (nianbao.lang "zh" reached the server; the UI is English)',
  );

  // Squiggles are drawn only for the lines on screen: bring line 45 there.
  await goTo(page, 45, 52);
  const squiggle = page.locator('.monaco-editor .squiggly-error');
  await squiggle.first().waitFor({ timeout: TIMEOUT }).catch(() => undefined);
  check((await squiggle.count()) >= 1, 'a squiggle (.squiggly-error) is drawn at the wrong total');

  // The item's accessible label is "nianbao: N errors, M warnings" (editors/vscode).
  const ours = page.locator('.statusbar-item [aria-label^="nianbao:"], .statusbar-item[aria-label^="nianbao:"]');
  const label = (await ours.first().getAttribute('aria-label').catch(() => null)) ?? '';
  check(label === 'nianbao: 2 errors, 0 warnings', `the status bar counts 2 errors, 0 warnings ("${label}")`);

  if (args.screenshot) {
    await goTo(page, 45, 52);
    await page.waitForTimeout(500);
    await page.screenshot({ path: args.screenshot });
    console.log(`screenshot: ${args.screenshot}`);
  }

  // Semantic tokens: the token inspector at the total cell of line 45.
  await goTo(page, 45, 53);
  await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
  const inspector = page.locator('.token-inspect-widget');
  await inspector.waitFor({ timeout: TIMEOUT });
  await page.waitForTimeout(1000);
  const inspected = await inspector.innerText();
  const flat = inspected.replace(/\s+/g, ' ');
  check(/semantic token type number\b/.test(flat), `the cell is a semantic "number" token (${flat.slice(0, 300)})`);
  const colour = /foreground (#[0-9A-Fa-f]{6})/.exec(flat)?.[1];
  check(colour !== undefined && colour.toUpperCase() !== '#CCCCCC', `and is coloured as one (${colour}, plain text is #CCCCCC)`);
  await page.keyboard.press('Escape');

  // The quick fix from the light bulb at the first finding.
  await goTo(page, 45, 52);
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget .monaco-list-row');
  await menu.first().waitFor({ timeout: TIMEOUT }).catch(() => undefined);
  const actions = await menu.allInnerTexts();
  const index = actions.findIndex((a) => a.includes('13'));
  check(index >= 0, `the light bulb offers setting the total to 13 (${JSON.stringify(actions)})`);
  if (index >= 0) {
    // Choose it with the keyboard, as the list takes it (a click can land on the hover).
    for (let i = 0; i < actions.length; i++) {
      const focused = await page.locator('.action-widget .monaco-list-row.focused').innerText().catch(() => '');
      if (focused.includes('13')) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    rows = await waitForProblems(page, (r) => sumRow(r).length === 1);
    check(sumRow(rows).length === 1 && !sumRow(rows)[0].includes('Ln 45'), 'after the quick fix only the finding at line 46 is left');
    const line45 = page.locator('.monaco-editor .view-line', { hasText: '（一）予以公开 |  | 9 | 2 | 0 | 1 | 1 | 0 | 13 |' });
    check((await line45.count()) === 1, 'line 45 now ends with the total 13');
  } else {
    await page.keyboard.press('Escape');
  }

  // "nianbao: Fix all" on the report with a label typo. The report before is closed first: its
  // findings go with it, and the Problems panel (a list that draws only its visible rows) shows
  // the new report's at the top.
  await runCommand(page, 'File: Revert File'); // nothing can be saved here (see the top)
  await runCommand(page, 'View: Close All Editors');
  await waitForProblems(page, (r) => !r.some((x) => x.includes('sum-row')));
  await openFile(page, 'typo-2023.md');
  rows = await waitForProblems(page, (r) => r.some((x) => x.includes('label-typo')));
  const typoShown = rows.some((r) => r.includes('label-typo') && r.includes('[Ln 48, Col 9]'));
  check(typoShown, `typo-2023.md: label-typo at [Ln 48, Col 9] (${JSON.stringify(rows)})`);
  await runCommand(page, 'nianbao: Fix all safe findings');
  rows = await waitForProblems(page, (r) => !r.some((x) => x.includes('label-typo')));
  check(typoShown && !rows.some((r) => r.includes('label-typo')), 'after "Fix all" the label-typo finding is gone');
  await goTo(page, 48, 1);
  const line48 = page.locator('.monaco-editor .view-line', { hasText: '2.其他法律行政法规禁止公开 | 0 |' });
  await line48.first().waitFor({ timeout: TIMEOUT }).catch(() => undefined);
  check((await line48.count()) === 1, "line 48 has the template's label");
  const typo = page.locator('.monaco-editor .view-line', { hasText: '2.其他法律行政止公开' });
  check((await typo.count()) === 0, 'and the misspelt one is gone');

  // "nianbao: Show rules" opens the rule list.
  await runCommand(page, 'nianbao: Show rules');
  const rules = page.locator('.monaco-editor .view-lines', { hasText: 'section-missing' });
  await rules.first().waitFor({ timeout: TIMEOUT }).catch(() => undefined);
  check((await rules.count()) > 0, '"Show rules" opens a document listing the rules');

  // "nianbao: Restart server" ends the server and starts another.
  const before = servers();
  check(before.length === 1, `one server runs before the restart (${before})`);
  await runCommand(page, 'nianbao: Restart server');
  const end = Date.now() + TIMEOUT;
  let after = servers();
  while (Date.now() < end && (after.length !== 1 || after[0] === before[0])) {
    await page.waitForTimeout(250);
    after = servers();
  }
  check(after.length === 1 && after[0] !== before[0], `"Restart server" replaced it (${before} -> ${after})`);
} catch (error) {
  failures.push(String(error));
  console.log(`FAIL ${error}`);
  try {
    const page = browser.pages()[0];
    if (page && args.screenshot) await page.screenshot({ path: `${args.screenshot}.failed.png` });
  } catch {}
} finally {
  await browser.close();
}

console.log(failures.length ? `${failures.length} check(s) failed` : 'all checks passed');
process.exit(failures.length ? 1 : 0);
