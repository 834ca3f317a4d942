// End-to-end checks in a real VS Code: code-server with the Rhetlint .vsix installed, in Debian's headless Chromium,
// driven by playwright-core. run.sh prepares everything and starts this with:
//   CS_URL (code-server), CS_WS (workspace folder with draft.md), PW_DIR (folder whose node_modules has
//   playwright-core), SHOT_DIR (screenshots), CHROMIUM (browser binary).
// Each check is a test; a failed check ends the run and the checks after it count as failed (not run).
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = (key, fallback) => process.env[key] ?? fallback;
const { chromium } = createRequire(join(env('PW_DIR', '.'), 'package.json'))('playwright-core');
const base = env('CS_URL', 'http://127.0.0.1:8080');
const workspace = env('CS_WS', '/tmp/rhetlint-e2e-ws');
const shots = env('SHOT_DIR', '.');
const started = Date.now();
const log = (message) => console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

const editorText = '.editor-instance .monaco-editor .view-lines';

const checks = [
  ['the draft opens with the server\'s findings as squiggles', async (page) => {
    await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 120000 });
    log('workbench loaded');
    // The Explorer lists the workspace; a click opens the file (Quick Open drops keys typed while it is loading).
    const file = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'draft.md' }).first();
    await file.waitFor({ timeout: 60000 });
    await file.click();
    await page.waitForSelector(editorText, { timeout: 30000 });
    log('draft.md open');
    // RH3002 (a warning) and three WS102, raised to warnings by the workspace's .editorconfig.
    await page.waitForFunction(() => document.querySelectorAll('.editor-instance .monaco-editor .squiggly-warning').length >= 4,
      undefined, { timeout: 90000 });
  }],
  ['the status bar counts the findings and opens the Problems view', async (page) => {
    const status = page.locator('.statusbar-item[aria-label*="Rhetlint: 0 errors, 4 warnings, 0 suggestions"]').first();
    await status.waitFor({ timeout: 30000 });
    await status.locator('a, .statusbar-item-label').first().click();
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'One columnist noted' }).first();
    await problem.waitFor({ timeout: 30000 });
    log(`problem row: ${JSON.stringify((await problem.innerText()).replace(/\s+/g, ' '))}`);
    await runCommand(page, 'View: Toggle Panel Visibility');
  }],
  ['hovering a finding shows its rewrite and a link to its rule, and no file paths', async (page) => {
    const box = await textBox(page, 'in order to');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover:visible', { hasText: 'Wordy phrase' }).first();
    await hover.waitFor({ timeout: 30000 });
    const text = (await hover.innerText()).replace(/\s+/g, ' ');
    log(`hover: ${JSON.stringify(text.slice(0, 300))}`);
    await page.screenshot({ path: join(shots, 'hover.png') });
    if (!text.includes("Rewrite: Replace with 'to'")) {
      throw new Error('the hover does not show the rewrite');
    }
    const link = hover.locator('a', { hasText: 'WS102 — Wordy phrase' }).first();
    if (await link.count() === 0) {
      throw new Error('the hover has no link to the rule');
    }
    if (/\.ya?ml|\.txt|src\//.test(text)) {
      throw new Error('the hover shows a file path');
    }
  }],
  ['the quick fix (Ctrl+.) rewrites the phrase', async (page) => {
    const fix = await quickFix(page, 'in order to', "Replace with 'to'");
    await page.screenshot({ path: join(shots, 'quickfix.png') });
    await fix.click();
    await waitForText(page, 'closed the north pier to repair the cranes');
  }],
  ['"Rhetlint: Fix all safe rewrites" applies the remaining safe rewrites', async (page) => {
    await runCommand(page, 'Rhetlint: Fix all safe rewrites');
    await waitForText(page, 'Ferries will use the south dock before the storm');
    await page.locator('.statusbar-item[aria-label*="Rhetlint: 0 errors, 1 warning, 0 suggestions"]').first()
      .waitFor({ timeout: 30000 });
  }],
  ['"Rhetlint: Explain rule" opens the page of the rule under the cursor', async (page) => {
    const box = await textBox(page, 'columnist');
    await page.mouse.click(box.x + 3, box.y + box.height / 2);
    await runCommand(page, 'Rhetlint: Explain rule');
    await page.locator('.tabs-container .tab', { hasText: 'RH3002' }).first().waitFor({ timeout: 30000 });
    // The preview is a webview: an iframe in an iframe, rendered after the tab appears.
    const deadline = Date.now() + 30000;
    let shown = '';
    while (!shown.includes('What it does') && Date.now() < deadline) {
      for (const frame of page.frames()) {
        shown = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
        if (shown.includes('What it does')) {
          break;
        }
      }
      await page.waitForTimeout(500);
    }
    await page.screenshot({ path: join(shots, 'explain.png') });
    if (!shown.includes('What it does')) {
      throw new Error('the preview does not show the rule page');
    }
    log(`preview: ${JSON.stringify(shown.replace(/\s+/g, ' ').slice(0, 120))}`);
  }],
  ['a template quick fix inserts a snippet whose placeholders are typed over in turn', async (page) => {
    await page.locator('.tabs-container .tab', { hasText: 'draft.md' }).first().click();
    await page.waitForSelector(editorText, { timeout: 30000 });
    const fix = await quickFix(page, 'columnist', 'Name the source and their role');
    await fix.click();
    await waitForText(page, '[Name], a columnist at [organization], noted that');
    // The snippet selects its first tab stop: typing replaces "[Name]", Tab moves to "[organization]".
    await page.screenshot({ path: join(shots, 'snippet.png') });
    await page.keyboard.type('Ada Brenn');
    await page.keyboard.press('Tab');
    await page.keyboard.type('the Varn Courier');
    await waitForText(page, 'Ada Brenn, a columnist at the Varn Courier, noted that');
    await page.keyboard.press('Escape');
    await page.screenshot({ path: join(shots, 'snippet-filled.png') });
  }],
];

/**
 * Puts the cursor in `needle`, opens the quick-fix menu (Ctrl+.) and returns its row titled `title`. A hover left
 * open by an earlier step can swallow the first Escape and Ctrl+. (a CI run timed out so): the mouse moves off the
 * text, the hover is closed, and the menu is asked for again until it shows.
 */
async function quickFix(page, needle, title) {
  const box = await textBox(page, needle);
  const row = page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
  for (let attempt = 1; ; attempt++) {
    await page.mouse.click(box.x + 3, box.y + box.height / 2);
    await page.mouse.move(box.x + 3, box.y + 400);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+.');
    try {
      await row.waitFor({ timeout: 10000 });
      return row;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { timeout: 30000 });
  await page.keyboard.type(title);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout: 30000 });
  await row.click();
}

// The screen box of the first occurrence of `needle` in the editor's rendered lines.
async function textBox(page, needle) {
  const box = await page.evaluate(([selector, text]) => {
    // Monaco splits a line into spans (tokens, decorations) and renders spaces as non-breaking spaces.
    for (const line of document.querySelectorAll(`${selector} .view-line`)) {
      const nodes = [];
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push(node);
      }
      const joined = nodes.map((node) => node.textContent).join('').replace(/\u00a0/g, ' ');
      const at = joined.indexOf(text);
      if (at < 0) {
        continue;
      }
      const locate = (offset) => {
        for (const node of nodes) {
          if (offset <= node.textContent.length) {
            return [node, offset];
          }
          offset -= node.textContent.length;
        }
        return [nodes.at(-1), nodes.at(-1).textContent.length];
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + text.length));
      const { x, y, width, height } = range.getBoundingClientRect();
      return { x, y, width, height };
    }
    return null;
  }, [editorText, needle]);
  if (box === null) {
    throw new Error(`'${needle}' is not in the editor`);
  }
  return box;
}

function waitForText(page, text) {
  return page.waitForFunction(([selector, wanted]) =>
    document.querySelector(selector)?.textContent?.replace(/\u00a0/g, ' ').includes(wanted), [editorText, text], { timeout: 30000 });
}

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'rhetlint-e2e-chromium-')), {
  executablePath: env('CHROMIUM', '/usr/bin/chromium'),
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const page = context.pages()[0] ?? await context.newPage();
let passed = 0;
let failed = 0;
try {
  for (const [index, [name, check]] of checks.entries()) {
    if (failed > 0) {
      console.log(`not run: ${name}`);
      failed++;
      continue;
    }
    try {
      await check(page);
      passed++;
      log(`ok: ${name}`);
    } catch (error) {
      failed++;
      console.log(`FAILED: ${name}: ${String(error?.message ?? error).split('\n')[0]}`);
      await page.screenshot({ path: join(shots, `failed-${index + 1}.png`) }).catch(() => {});
    }
  }
  await page.screenshot({ path: join(shots, 'final.png') }).catch(() => {});
} finally {
  await context.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
