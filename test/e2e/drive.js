// Drives a real VS Code workbench (code-server in headless Chromium) through the extension's user-facing
// features. Plain CommonJS run by Node 24 with NODE_PATH at the cached tools (playwright-core).
// Usage: node drive.js <baseUrl> <workspace> <resultsDir> [scenario...]
// Prints one result line per scenario, then `N passed, N failed` alone; exit code 1 on any failure.
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [baseUrl, workspace, resultsDir, ...only] = process.argv.slice(2);
const t0 = Date.now();
const log = (m) => console.log(`  [+${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

class Skip extends Error {}

/** The analysts the operator introduces ("... comes from the line of X from Y."), so nothing is hard-coded. */
function expectedAnalysts(text) {
  const re = /from the line of ([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)+) (?:from|with|of) ([A-Z][\w&.'-]*(?: [A-Z&][\w&.'-]*)*?)[.,]/g;
  return [...text.matchAll(re)].map((m) => `${m[1]} (${m[2]})`);
}

// ------------------------------------------------------------------ workbench helpers
/** Polls an async predicate (Node side, so no eval in the page, whose CSP forbids it). */
async function poll(fn, timeout, every = 250) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await fn()) return true;
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, every));
  }
}

const MODE = '.statusbar-item[id="status.editor.mode"]';

async function languageMode(page) {
  return (await page.locator(MODE).innerText({ timeout: 2000 }).catch(() => '')).trim();
}

async function waitForMode(page, mode, timeout = 30000) {
  await page.waitForFunction(([sel, m]) => (document.querySelector(sel)?.innerText || '').trim() === m,
    [MODE, mode], { timeout }).catch(async () => {
    throw new Error(`language mode is "${await languageMode(page)}", expected "${mode}"`);
  });
}

/** Types into the quick input (F1 = command palette) and accepts the row whose label is exactly `label`. */
async function quickPick(page, prefix, query, label) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill(prefix + query);
  const row = page.locator('.quick-input-list .monaco-list-row', {
    has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) }),
  }).first();
  await row.waitFor({ state: 'visible', timeout: 15000 });
  await row.click();
  await input.waitFor({ state: 'hidden', timeout: 10000 }).catch(() => {});
}

const runCommand = (page, title) => quickPick(page, '>', title, title);

/** Opens a workspace file through Quick Open and waits until the editor tab shows it. */
async function openFile(page, name) {
  await quickPick(page, '', name, name);
  await page.waitForSelector(`.tab.active[aria-label^="${name}"]`, { timeout: 15000 });
  await page.waitForFunction(() => (document.querySelector('.editor-instance .monaco-editor .view-lines')?.textContent || '').length > 0,
    null, { timeout: 15000 });
}

/** Screen point of the middle of `needle` in the rendered editor text (across wrapped view lines). */
async function locateText(page, needle) {
  return page.evaluate((needleArg) => {
    const editor = document.querySelector('.editor-instance .monaco-editor .view-lines');
    if (!editor) return null;
    const lines = [...editor.querySelectorAll('.view-line')].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    const pieces = []; // [textNode, offsetInJoinedText]
    let joined = '';
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n; (n = walker.nextNode());) { pieces.push([n, joined.length]); joined += n.textContent; }
    }
    const at = joined.replace(/\u00a0/g, ' ').indexOf(needleArg);
    if (at < 0) return null;
    const mid = at + Math.floor(needleArg.length / 2);
    const piece = pieces.filter(([, off]) => off <= mid).pop();
    const range = document.createRange();
    range.setStart(piece[0], mid - piece[1]);
    range.setEnd(piece[0], mid - piece[1] + 1);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, needle);
}

/** Hovers `pt` until a hover containing all `expects` shows (the first hover after opening a file is often lost). */
async function hoverUntil(page, pt, expects, attempts = 10) {
  for (let i = 1; i <= attempts; i++) {
    await page.mouse.move(5, 400);
    await page.waitForTimeout(200);
    await page.mouse.move(pt.x - 3, pt.y);
    await page.mouse.move(pt.x, pt.y, { steps: 4 });
    const ok = await page.waitForFunction((ex) => {
      const t = [...document.querySelectorAll('.monaco-hover-content')].map((e) => e.innerText).join('\n');
      return ex.every((x) => t.includes(x));
    }, expects, { timeout: 3000 }).then(() => true, () => false);
    if (ok) return true;
  }
  return false;
}

/** Every row of a virtualised list (only visible rows are in the DOM): scrolls it with the wheel, then back. */
async function collectRows(page, listSelector) {
  const list = page.locator(listSelector).first();
  const box = await list.boundingBox().catch(() => null);
  const read = () => page.evaluate((sel) => [...document.querySelectorAll(`${sel} .monaco-list-row`)]
    .map((r) => `${r.innerText} ${r.getAttribute('aria-label') || ''}`.replace(/\s+/g, ' ').trim()), listSelector);
  const seen = new Set(await read());
  if (!box) return [...seen];
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0, stale = 0; i < 30 && stale < 2; i++) {
    await page.mouse.wheel(0, Math.max(60, box.height * 0.7));
    await page.waitForTimeout(150);
    const before = seen.size;
    for (const r of await read()) seen.add(r);
    stale = seen.size === before ? stale + 1 : 0;
  }
  await page.mouse.wheel(0, -1e6);
  await page.waitForTimeout(150);
  return [...seen];
}

async function hoverText(page) {
  return (await page.locator('.monaco-hover-content').allInnerTexts()).filter((t) => t.trim()).join(' | ');
}

// ------------------------------------------------------------------ scenarios
const scenarios = {
  async outline(page) {
    const expected = ['Questions and Answers', ...expectedAnalysts(fs.readFileSync(path.join(workspace, 'sample.transcript'), 'utf8'))];
    if (expected.length < 3) throw new Error('sample.transcript introduces fewer than two analysts: ' + JSON.stringify(expected));
    await openFile(page, 'sample.transcript');
    await waitForMode(page, 'Earnings Transcript');
    log('language mode: Earnings Transcript');
    await runCommand(page, 'Explorer: Focus on Outline View');
    // give the outline the explorer's height: fold the folder tree above it
    const folders = page.locator('.pane', { has: page.locator('.explorer-folders-view') }).locator('.pane-header').first();
    if ((await folders.getAttribute('aria-expanded').catch(() => null)) === 'true') await folders.click();
    const LIST = '.outline-pane';
    const has = (rows) => expected.every((x) => rows.some((r) => r.includes(x)));
    let seen = [];
    const found = await poll(async () => has((seen = await collectRows(page, LIST))), 30000, 500);
    log('outline rows: ' + JSON.stringify(seen));
    await page.mouse.move(5, 790); // let the row tooltip go away before the picture
    await poll(() => page.evaluate(() => !document.querySelector('.workbench-hover, .monaco-hover:not(.hidden)')), 2000);
    await page.screenshot({ path: path.join(resultsDir, 'outline.png') });
    if (!found) throw new Error(`outline lacks ${JSON.stringify(expected.filter((x) => !seen.some((r) => r.includes(x))))}`);
    // rows are collected top to bottom: the analysts come after (under) the Q&A section
    const qa = seen.findIndex((r) => r.includes(expected[0]));
    const early = expected.slice(1).filter((x) => seen.findIndex((r) => r.includes(x)) < qa);
    if (early.length) throw new Error(`listed before "${expected[0]}": ${JSON.stringify(early)}`);
    return `${expected.length - 1} analysts listed under "Questions and Answers"`;
  },

  async hover(page) {
    if (!fs.existsSync(path.join(workspace, 'kingsoft.transcript'))) throw new Skip('corpus file kingsoft-cloud-q2-2023.txt absent');
    const needle = 'RMB207 1,000,000';
    const expect = 'CNY 207,000,000';
    await runCommand(page, 'View: Hide Panel').catch(() => {}); // more room for the long line and its hover
    await openFile(page, 'kingsoft.transcript');
    await waitForMode(page, 'Earnings Transcript');
    let pt = await locateText(page, needle);
    if (!pt) { // far along a very long line: let Find reveal it, then close the widget so it does not cover it
      await page.locator('.editor-instance .monaco-editor .view-lines').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+f');
      const find = page.locator('.find-widget textarea, .find-widget input').first();
      await find.waitFor({ state: 'visible', timeout: 10000 });
      await find.fill(needle); // typing selects and reveals the first match after the cursor (line 1)
      await page.waitForTimeout(300);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('.find-widget.visible'), null, { timeout: 5000 }).catch(() => {});
      await page.waitForFunction((n) => (document.querySelector('.editor-instance .monaco-editor .view-lines')?.textContent || '')
        .replace(/\u00a0/g, ' ').includes(n.split(' ')[0]), needle, { timeout: 10000 }).catch(() => {});
      pt = await locateText(page, needle);
    }
    if (!pt) throw new Error(`"${needle}" not found in the editor DOM`);
    log(`"${needle}" at ${Math.round(pt.x)},${Math.round(pt.y)}`);
    const ok = await hoverUntil(page, pt, [expect]);
    const text = await hoverText(page);
    log('hover: ' + JSON.stringify(text.slice(0, 300)));
    await page.screenshot({ path: path.join(resultsDir, 'hover.png') });
    if (!ok) throw new Error(`no hover containing "${expect}"`);
    return `hover shows ${expect}`;
  },

  async diagnostics(page) {
    await openFile(page, 'planted.transcript');
    await waitForMode(page, 'Earnings Transcript');
    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)').catch(() => page.keyboard.press('Control+Shift+M'));
    await page.waitForSelector('.markers-panel', { state: 'visible', timeout: 15000 });
    // The restated-figure contradiction: by its code, or by its subject and both amounts.
    const matches = (t) => /restated-figure/.test(t) ||
      (/free cash flow/i.test(t) && /\$46(\.0+)? ?(million|M)\b/.test(t) && /\$40(\.0+)? ?(million|M)\b/.test(t));
    let problems = [];
    const found = await poll(async () => (problems = await collectRows(page, '.markers-panel')).some(matches), 30000, 500);
    log('problems: ' + JSON.stringify(problems));
    const squiggle = await page.waitForFunction(() => {
      const s = document.querySelector('.editor-instance .monaco-editor .squiggly-warning, .editor-instance .monaco-editor .squiggly-error');
      return s ? s.className : null;
    }, null, { timeout: 10000 }).then((h) => h.jsonValue(), () => null);
    log('squiggle: ' + squiggle);
    await page.screenshot({ path: path.join(resultsDir, 'diagnostics.png') });
    if (!found) throw new Error('no problem about the restated free cash flow ($46 million vs $40 million)');
    if (!squiggle) throw new Error('no squiggle (.squiggly-warning/.squiggly-error) in the editor');
    return `problem listed and ${/warning/.test(squiggle) ? '.squiggly-warning' : '.squiggly-error'} shown`;
  },

  async openAs(page) {
    await openFile(page, 'sample.txt');
    await waitForMode(page, 'Plain Text');
    await runCommand(page, 'Earnings Transcript: Open as Earnings Transcript');
    await waitForMode(page, 'Earnings Transcript');
    return 'Plain Text -> Earnings Transcript';
  },
};

// ------------------------------------------------------------------ runner
(async () => {
  fs.mkdirSync(resultsDir, { recursive: true });
  // diagnostics before hover, so the Problems panel (and its screenshot) holds only the small files' problems
  const names = only.length ? only : ['outline', 'diagnostics', 'hover', 'openAs'];
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 800 },
  });
  const counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    const page = ctx.pages()[0] || await ctx.newPage();
    page.on('pageerror', (e) => log('pageerror: ' + e.message));
    await page.goto(`${baseUrl}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 90000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
    log('workbench loaded');
    for (const name of names) {
      const started = Date.now();
      const secs = () => ((Date.now() - started) / 1000).toFixed(1);
      for (const stale of [`${name}.png`, `${name}-failure.png`]) fs.rmSync(path.join(resultsDir, stale), { force: true });
      try {
        if (!scenarios[name]) throw new Error('unknown scenario');
        const detail = await scenarios[name](page);
        counts.passed++;
        console.log(`PASS ${name} (${secs()}s): ${detail}`);
      } catch (e) {
        if (e instanceof Skip) { counts.skipped++; console.log(`SKIP ${name}: ${e.message}`); continue; }
        counts.failed++;
        console.log(`FAIL ${name} (${secs()}s): ${e.message.split('\n')[0]}`);
        // keep a failing run's screenshot apart, so it can never be published as a good one
        const shot = path.join(resultsDir, `${name}.png`);
        if (fs.existsSync(shot)) fs.renameSync(shot, path.join(resultsDir, `${name}-failure.png`));
        else await page.screenshot({ path: path.join(resultsDir, `${name}-failure.png`) }).catch(() => {});
      }
      await page.keyboard.press('Escape').catch(() => {});
    }
  } catch (e) {
    counts.failed++;
    console.log(`FAIL workbench: ${e.message.split('\n')[0]}`);
  } finally {
    await ctx.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  }
  if (counts.skipped) console.log(`${counts.skipped} skipped`);
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed || !counts.passed ? 1 : 0);
})();
