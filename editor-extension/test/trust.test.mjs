// Unit test of the extension's trust rule: how it would start `rhetlint lsp` (the initializationOptions it sends) under
// each combination of workspace trust and the rhetlint.allowCodeRules setting. src/extension.ts is bundled with esbuild
// against fakes of `vscode` and `vscode-languageclient/node` (test/support/fake-*.cjs), so it runs without VS Code.
// Run: npm test (after npm ci).
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const fakes = {
  vscode: join(here, 'support', 'fake-vscode.cjs'),
  'vscode-languageclient/node': join(here, 'support', 'fake-languageclient.cjs'),
};

describe('code rules and workspace trust', () => {
  let folder;
  let extension;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'rhetlint-trust-'));
    const outfile = join(folder, 'extension.cjs');
    await build({
      entryPoints: [join(here, '..', 'src', 'extension.ts')], bundle: true, outfile, format: 'cjs', platform: 'node', logLevel: 'silent',
      plugins: [{
        name: 'fakes',
        setup(b) {
          b.onResolve({ filter: /^vscode(-languageclient\/node)?$/ }, (args) => ({ path: fakes[args.path] }));
        },
      }],
    });
    extension = createRequire(import.meta.url)(outfile);
  });

  after(() => rmSync(folder, { recursive: true, force: true }));

  beforeEach(() => {
    // The server path is any executable: the fake client never runs it.
    globalThis.fakeVscode = { isTrusted: true, settings: { 'server.path': { globalValue: process.execPath } }, clients: [], listeners: {} };
  });

  /** The rhetlint settings the server would be started with. */
  async function startedWith({ isTrusted, allowCodeRules }) {
    Object.assign(globalThis.fakeVscode, { isTrusted });
    if (allowCodeRules !== undefined) globalThis.fakeVscode.settings.allowCodeRules = allowCodeRules;
    await extension.activate({ subscriptions: [], extensionPath: folder });
    await extension.deactivate();
    assert.equal(globalThis.fakeVscode.clients.length, 1);
    return globalThis.fakeVscode.clients[0].clientOptions.initializationOptions.rhetlint;
  }

  test('a trusted workspace with the user setting on starts the server with code rules allowed', async () => {
    assert.equal((await startedWith({ isTrusted: true, allowCodeRules: { globalValue: true } })).allowCodeRules, true);
  });

  test('an untrusted workspace never allows code rules, whatever the user setting says', async () => {
    assert.equal((await startedWith({ isTrusted: false, allowCodeRules: { globalValue: true } })).allowCodeRules, false);
  });

  test('with the setting off or unset the server is started without code rules', async () => {
    assert.equal((await startedWith({ isTrusted: true, allowCodeRules: { globalValue: false } })).allowCodeRules, false);
    globalThis.fakeVscode.clients = [];
    globalThis.fakeVscode.settings.allowCodeRules = undefined;
    assert.equal((await startedWith({ isTrusted: true })).allowCodeRules, false);
  });

  test("a workspace's own settings cannot allow code rules", async () => {
    assert.equal((await startedWith({ isTrusted: true, allowCodeRules: { workspaceValue: true } })).allowCodeRules, false);
  });

  test('granting trust sends the setting to a running server', async () => {
    Object.assign(globalThis.fakeVscode, { isTrusted: false });
    globalThis.fakeVscode.settings.allowCodeRules = { globalValue: true };
    await extension.activate({ subscriptions: [], extensionPath: folder });
    const client = globalThis.fakeVscode.clients[0];
    assert.equal(client.clientOptions.initializationOptions.rhetlint.allowCodeRules, false);
    globalThis.fakeVscode.isTrusted = true;
    await Promise.all(globalThis.fakeVscode.listeners.grantTrust.map((listener) => listener()));
    await extension.deactivate();
    assert.deepEqual(client.notifications.map((n) => [n.method, n.params.settings.rhetlint.allowCodeRules]),
      [['workspace/didChangeConfiguration', true]]);
  });
});
