import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient } from 'vscode-languageclient/node';
import { diagnosticSource, lintedLanguages } from './statusBar';

const fixAllKind = vscode.CodeActionKind.SourceFixAll.append('rhetlint');
const explainRuleCommand = 'rhetlint.explainRule';
const ruleScheme = 'rhetlint-rule';
const ruleIdPattern = /^[A-Za-z]{2,}[0-9]{3,}$/;

/** Runs the server's `source.fixAll.rhetlint` action on the active draft and applies its edit. */
export async function fixAllSafeRewrites(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined || !lintedLanguages.includes(editor.document.languageId)) {
    void vscode.window.showInformationMessage('Rhetlint: open a Markdown or plain-text draft first.');
    return;
  }
  const document = editor.document;
  const wholeDocument = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  const offered = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider', document.uri, wholeDocument, fixAllKind.value, 1);
  const fixAll = (offered ?? []).find(
    (action): action is vscode.CodeAction => 'kind' in action && action.kind !== undefined && fixAllKind.contains(action.kind));
  if (fixAll === undefined || (fixAll.edit === undefined && fixAll.command === undefined)) {
    void vscode.window.showInformationMessage('Rhetlint: no safe rewrites to apply.');
    return;
  }
  if (fixAll.edit !== undefined && !(await vscode.workspace.applyEdit(fixAll.edit))) {
    void vscode.window.showErrorMessage('Rhetlint: the rewrites could not be applied (the draft changed meanwhile?).');
    return;
  }
  if (fixAll.command !== undefined) {
    await vscode.commands.executeCommand(fixAll.command.command, ...(fixAll.command.arguments ?? []));
  }
}

/** Shows rule documentation pages, fetched from the server, in the Markdown preview. */
export class RuleExplainer implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly pages = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(ruleScheme, this);

  constructor(private readonly client: () => LanguageClient | undefined) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.pages.get(ruleIdOf(uri)) ?? '';
  }

  /** `ruleId` comes from a caller (a link, a keybinding); without one, the finding under the cursor, else a prompt. */
  async explain(ruleId?: unknown): Promise<void> {
    const id = typeof ruleId === 'string' && ruleIdPattern.test(ruleId) ? ruleId.toUpperCase() : await this.pickRuleId();
    if (id === undefined) {
      return;
    }
    const client = this.client();
    if (client === undefined || !client.isRunning()) {
      void vscode.window.showErrorMessage('Rhetlint: the language server is not running.');
      return;
    }
    let page: unknown;
    try {
      page = await client.sendRequest(ExecuteCommandRequest.type, { command: explainRuleCommand, arguments: [id] });
    } catch (error) {
      void vscode.window.showErrorMessage(`Rhetlint: cannot explain ${id}: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const markdown = markdownOf(page);
    if (markdown === undefined) {
      void vscode.window.showErrorMessage(`Rhetlint: no documentation for ${id}.`);
      return;
    }
    this.pages.set(id, markdown);
    const uri = vscode.Uri.from({ scheme: ruleScheme, path: `/${id}.md` });
    this.changed.fire(uri);
    try {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch {
      // No Markdown preview (the built-in extension disabled): the page as text is still readable.
      const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), 'markdown');
      await vscode.window.showTextDocument(document, { preview: true });
    }
  }

  private async pickRuleId(): Promise<string | undefined> {
    const editor = vscode.window.activeTextEditor;
    const underCursor = editor === undefined ? [] : [...new Set(
      vscode.languages.getDiagnostics(editor.document.uri)
        .filter((d) => d.source === diagnosticSource && d.range.contains(editor.selection.active))
        .map(codeOf)
        .filter((code): code is string => code !== undefined))];
    if (underCursor.length === 1) {
      return underCursor[0];
    }
    if (underCursor.length > 1) {
      return vscode.window.showQuickPick(underCursor, { placeHolder: 'Which rule?' });
    }
    const typed = await vscode.window.showInputBox({
      prompt: 'Rule id to explain',
      placeHolder: 'RH3002',
      validateInput: (value) => ruleIdPattern.test(value.trim()) ? undefined : 'A rule id such as RH3002 or WS102',
    });
    return typed?.trim().toUpperCase();
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return code === undefined ? undefined : String(code);
}

function ruleIdOf(uri: vscode.Uri): string {
  return uri.path.replace(/^\//, '').replace(/\.md$/, '');
}

// The contract is a Markdown string; MarkupContent is accepted too, since it is what hovers carry.
function markdownOf(result: unknown): string | undefined {
  if (typeof result === 'string' && result.trim() !== '') {
    return result;
  }
  if (typeof result === 'object' && result !== null && 'value' in result && typeof result.value === 'string') {
    return result.value;
  }
  return undefined;
}
