// Protocol test of the real `rhetlint lsp` process, as VS Code's client library talks to it.
// Run: npm test (RHETLINT_SERVER=path/to/rhetlint or rhetlint.dll; default: this repo's Release build).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest, CodeActionResolveRequest, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  DidSaveTextDocumentNotification, ExecuteCommandRequest, FileChangeType, HoverRequest,
} from 'vscode-languageserver-protocol/node';
import { LspSession, positionOf, textAt } from './support/lsp.mjs';

const draft = [
  '# Harbor notes',
  '',
  'One columnist noted that the Varn ferry contract was rushed through the council.',
  '',
  // The curly apostrophe and the ship (a surrogate pair) put UTF-8, UTF-16 and code-point columns apart.
  'Kestria’s port office 🚢 closed the north pier in order to repair the cranes.',
  '',
  'Ferries will utilize the south dock prior to the storm.',
  '',
].join('\n');

const settings = (overrides = {}) => ({
  rhetlint: { profile: null, severityThreshold: 'suggestion', run: 'onType', debounceMs: 0, ...overrides },
});

const byCode = (code) => (diagnostic) => diagnostic.code === code;
const untitled = 'untitled:Untitled-1';

describe('rhetlint lsp over stdio', () => {
  let workspace;
  let session;
  let uri;

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'rhetlint-lsp-'));
    // The bundled wire-style pack has WS102, whose rewrites are safe: something a quick fix can apply.
    writeFileSync(join(workspace, '.editorconfig'), 'root = true\n\n[*.{md,txt}]\nrhetlint.packs = wire-style\n');
    writeFileSync(join(workspace, 'draft.md'), draft);
    uri = pathToFileURL(join(workspace, 'draft.md')).href;
    session = new LspSession({ rootUri: pathToFileURL(workspace).href, initializationOptions: settings() });
  });

  after(() => {
    session?.dispose();
    rmSync(workspace, { recursive: true, force: true });
  });

  test('initialize advertises UTF-16 positions, incremental sync, code actions, hover and explainRule', async () => {
    const { capabilities } = await session.initialize();
    assert.equal(capabilities.positionEncoding ?? 'utf-16', 'utf-16');
    const sync = capabilities.textDocumentSync;
    assert.equal(typeof sync === 'number' ? sync : sync?.change, 2, 'incremental sync (TextDocumentSyncKind.Incremental)');
    assert.ok(capabilities.hoverProvider, 'hoverProvider');
    const kinds = capabilities.codeActionProvider?.codeActionKinds ?? [];
    assert.ok(kinds.includes('quickfix'), `code action kinds ${JSON.stringify(kinds)} include quickfix`);
    assert.ok(kinds.includes('source.fixAll.rhetlint'), `code action kinds ${JSON.stringify(kinds)} include source.fixAll.rhetlint`);
    assert.ok(capabilities.executeCommandProvider?.commands?.includes('rhetlint.explainRule'));
  });

  test('didOpen publishes findings with rule code, severity, help link, source and fingerprint', async () => {
    await session.open(uri, draft);
    const diagnostics = await session.diagnosticsWhere(uri,
      (ds) => ds.some(byCode('RH3002')) && ds.filter(byCode('WS102')).length === 3, 'RH3002 and three WS102');
    const sourcing = diagnostics.find(byCode('RH3002'));
    assert.equal(textAt(draft, sourcing.range), 'One columnist noted');
    assert.equal(sourcing.severity, 2, 'a warning');
    assert.equal(sourcing.source, 'rhetlint');
    assert.match(sourcing.codeDescription?.href ?? '', /RH3002/);
    assert.equal(typeof sourcing.data?.fingerprint, 'string');
    const wordy = diagnostics.find((d) => d.code === 'WS102' && d.range.start.line === 4);
    assert.equal(wordy.range.start.character, 47, 'UTF-16 column after the apostrophe and the surrogate pair');
    assert.equal(textAt(draft, wordy.range), 'in order to');
    assert.equal(wordy.severity, 3, 'a suggestion');
  });

  test('hover over a finding leads with the message, then the template, why and the rule link', async () => {
    const hover = await session.request(HoverRequest.type,
      { textDocument: { uri }, position: positionOf(draft, 'columnist') });
    assert.equal(hover?.contents?.kind, 'markdown');
    const [message, rewrite, why, link] = hover.contents.value.split('\n\n');
    assert.match(message, /^'One columnist noted' does not identify the source/);
    assert.equal(rewrite, '**Rewrite:** Name the source and their role: `[Name], a columnist at [organization],`');
    assert.match(why, /^\*Why:\* The reader cannot check who said it/);
    assert.equal(link, '[RH3002 — Indefinite single source](https://github.com/rhetlint/rhetlint/blob/main/docs/rules/RH3002.md)');
  });

  test('rhetlint.explainRule returns the rule page as Markdown', async () => {
    const page = await session.request(ExecuteCommandRequest.type, { command: 'rhetlint.explainRule', arguments: ['RH3002'] });
    assert.equal(typeof page, 'string');
    assert.match(page, /RH3002/);
    assert.ok(page.length > 200, 'a whole page, not a title');
  });

  test('severityThreshold from didChangeConfiguration hides suggestions and re-lints', async () => {
    await session.notify(DidChangeConfigurationNotification.type, { settings: settings({ severityThreshold: 'warning' }) });
    await session.diagnosticsWhere(uri, (ds) => ds.some(byCode('RH3002')) && !ds.some(byCode('WS102')),
      'RH3002 but no WS102 suggestions');
    await session.notify(DidChangeConfigurationNotification.type, { settings: settings() });
    await session.diagnosticsWhere(uri, (ds) => ds.filter(byCode('WS102')).length === 3, 'the WS102 suggestions back');
  });

  test('a quick fix, applied as an incremental change, clears its finding', async () => {
    const wordy = session.diagnostics.get(uri).diagnostics.find((d) => d.code === 'WS102' && d.range.start.line === 4);
    const actions = await session.request(CodeActionRequest.type,
      { textDocument: { uri }, range: wordy.range, context: { diagnostics: [wordy], only: ['quickfix'] } });
    const fix = await resolved(session, actions.find((a) => a.kind === 'quickfix' && /'to'/.test(a.title)));
    assert.ok(fix, `a quick fix among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.deepEqual(fix.diagnostics?.map((d) => d.code), ['WS102']);
    await session.change(uri, LspSession.editsFor(fix.edit, uri));
    assert.match(session.text(uri), /closed the north pier to repair the cranes\./);
    const after = await session.diagnosticsWhere(uri,
      (ds, params) => params.version !== 1 && !ds.some((d) => d.code === 'WS102' && d.range.start.line === 4), 'line 5 fixed');
    assert.ok(after.some(byCode('RH3002')), 'the other findings stay');
  });

  test('a template rewrite is a quick fix that inserts a snippet with its placeholders as tab stops', async () => {
    const sourcing = session.diagnostics.get(uri).diagnostics.find(byCode('RH3002'));
    const actions = await session.request(CodeActionRequest.type,
      { textDocument: { uri }, range: sourcing.range, context: { diagnostics: [sourcing], only: ['quickfix'] } });
    const template = await resolved(session, actions.find((a) => a.title === 'Name the source and their role'));
    assert.ok(template, `a template among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(template.kind, 'quickfix');
    assert.deepEqual(template.diagnostics?.map((d) => d.code), ['RH3002']);
    const [documentEdit] = template.edit.documentChanges;
    assert.equal(documentEdit.textDocument.uri, uri);
    assert.equal(documentEdit.textDocument.version, session.documents.get(uri).version);
    const [edit] = documentEdit.edits;
    assert.equal(textAt(session.text(uri), edit.range), 'One columnist');
    assert.deepEqual(edit.snippet, { kind: 'snippet', value: '${1:[Name]}, a columnist at ${2:[organization]},' });
  });

  test('source.fixAll.rhetlint applies every safe rewrite and nothing else', async () => {
    const text = session.text(uri);
    const lines = text.split('\n').length;
    const actions = await session.request(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } },
      context: { diagnostics: session.diagnostics.get(uri).diagnostics, only: ['source.fixAll.rhetlint'] },
    });
    const fixAll = await resolved(session, actions.find((a) => a.kind === 'source.fixAll.rhetlint'));
    assert.equal(fixAll?.title, 'Fix all safe rewrites');
    await session.change(uri, LspSession.editsFor(fixAll.edit, uri));
    assert.match(session.text(uri), /Ferries will use the south dock before the storm\./);
    assert.match(session.text(uri), /One columnist noted/, 'display-only rewrites are left alone');
    await session.diagnosticsWhere(uri, (ds) => !ds.some(byCode('WS102')) && ds.some(byCode('RH3002')), 'no WS102 left');
  });

  test('"Suppress for this block" in Markdown silences the finding', async () => {
    const sourcing = session.diagnostics.get(uri).diagnostics.find(byCode('RH3002'));
    const actions = await session.request(CodeActionRequest.type,
      { textDocument: { uri }, range: sourcing.range, context: { diagnostics: [sourcing], only: ['quickfix'] } });
    const suppress = await resolved(session, actions.find((a) => /Suppress RH3002/.test(a.title)));
    assert.ok(suppress, `a suppression among ${JSON.stringify(actions.map((a) => a.title))}`);
    await session.change(uri, LspSession.editsFor(suppress.edit, uri));
    assert.match(session.text(uri), /<!--\s*rhetlint-ignore RH3002/);
    await session.diagnosticsWhere(uri, (ds) => !ds.some(byCode('RH3002')), 'RH3002 suppressed');
  });

  test('an untitled draft is checked under the workspace\'s .editorconfig', async () => {
    await session.open(untitled, 'Ferries will utilize the south dock.\n');
    const [wordy] = await session.diagnosticsWhere(untitled, (ds) => ds.some(byCode('WS102')), 'WS102 from the wire-style pack');
    assert.equal(wordy.severity, 3);
  });

  test('a changed .editorconfig, announced as a watched-file change, re-lints open drafts', async () => {
    writeFileSync(join(workspace, '.editorconfig'),
      'root = true\n\n[*.{md,txt}]\nrhetlint.packs = wire-style\nrhetlint_diagnostic.WS102.severity = warning\n');
    await session.notify(DidChangeWatchedFilesNotification.type,
      { changes: [{ uri: pathToFileURL(join(workspace, '.editorconfig')).href, type: FileChangeType.Changed }] });
    await session.diagnosticsWhere(untitled, (ds) => ds.some((d) => d.code === 'WS102' && d.severity === 2), 'WS102 as a warning');
  });

  test('run: onSave checks a draft when it is saved, not while it is typed', async () => {
    await session.notify(DidChangeConfigurationNotification.type, { settings: settings({ run: 'onSave' }) });
    const end = { line: session.text(uri).split('\n').length - 1, character: 0 };
    await session.change(uri, [{ range: { start: end, end }, newText: 'The crews left prior to noon.\n' }]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.ok(!session.diagnostics.get(uri).diagnostics.some(byCode('WS102')), 'no check before the save');
    await session.notify(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    await session.diagnosticsWhere(uri, (ds) => ds.some(byCode('WS102')), 'WS102 after the save');
  });

  test('shutdown and exit end the process with code 0', async () => {
    const { code } = await session.shutdown();
    assert.equal(code, 0);
  });
});

// A server may leave an action's edit to codeAction/resolve.
async function resolved(session, action) {
  if (action === undefined || action.edit !== undefined || action.data === undefined) {
    return action;
  }
  return session.request(CodeActionResolveRequest.type, action);
}
