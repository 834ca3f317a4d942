import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification, Executable, LanguageClient, LanguageClientOptions, State,
} from 'vscode-languageclient/node';
import { fixAllSafeRewrites, RuleExplainer } from './commands';
import { installCommand, missingServerMessage, resolveServerCommand } from './serverCommand';
import { readServerPath, readServerSettings } from './settings';
import { FindingsStatusBar, lintedLanguages } from './statusBar';

const copyInstallCommand = 'Copy Install Command';
const openSettings = 'Open Settings';

let client: LanguageClient | undefined;
let clientState: vscode.Disposable | undefined;
// Starts and stops run one after another, so a restart never races the start it replaces.
let lifecycle: Promise<void> = Promise.resolve();

export function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Rhetlint', { log: true });
  const explainer = new RuleExplainer(() => client);
  const statusBar = new FindingsStatusBar();
  const restart = (): Promise<void> => enqueue(async () => {
    await stopClient();
    await startClient(context, output, statusBar);
  });
  context.subscriptions.push(
    output,
    statusBar,
    explainer,
    vscode.commands.registerCommand('rhetlint.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('rhetlint.fixAll', fixAllSafeRewrites),
    vscode.commands.registerCommand('rhetlint.explain', (ruleId?: unknown) => explainer.explain(ruleId)),
    vscode.commands.registerCommand('rhetlint.restartServer', restart),
    // Trust decides whether C# rule files may run (allowCodeRules), so granting it is a settings change.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void pushSettings()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('rhetlint.server.path')) {
        void restart();
      } else if (event.affectsConfiguration('rhetlint')) {
        void pushSettings();
      }
    }),
  );
  return enqueue(() => startClient(context, output, statusBar));
}

export function deactivate(): Promise<void> {
  return enqueue(stopClient);
}

function enqueue(step: () => Promise<void>): Promise<void> {
  lifecycle = lifecycle.then(step, step);
  return lifecycle;
}

async function startClient(
  context: vscode.ExtensionContext, output: vscode.LogOutputChannel, statusBar: FindingsStatusBar,
): Promise<void> {
  const server = resolveServerCommand(readServerPath(), context.extensionPath);
  if (server === undefined) {
    const message = missingServerMessage();
    output.error(message);
    // Not awaited: activation must not wait for someone to dismiss the notification.
    void vscode.window.showErrorMessage(message, copyInstallCommand, openSettings).then(async (choice) => {
      if (choice === copyInstallCommand) {
        await vscode.env.clipboard.writeText(installCommand);
      } else if (choice === openSettings) {
        await vscode.commands.executeCommand('workbench.action.openSettings', 'rhetlint.server.path');
      }
    });
    return;
  }
  output.info(`Starting ${server.command} ${server.args.join(' ')} (from ${server.origin})`);
  // No transport: vscode-languageclient would append --stdio, and stdio is what `rhetlint lsp` speaks anyway.
  const executable: Executable = { command: server.command, args: server.args };
  const clientOptions: LanguageClientOptions = {
    documentSelector: lintedLanguages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    initializationOptions: { rhetlint: readServerSettings() },
    // The server re-reads its configuration when one of these changes: .editorconfig, rule packs (YAML, C# rule files)
    // and the word lists they name (.txt; the server ignores text files that are not among them).
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{.editorconfig,*.yaml,*.yml,*.rule.cs,*.txt}') },
    outputChannel: output,
    middleware: {
      workspace: {
        // A server that pulls its settings gets the same shape as the pushed ones, not the raw VS Code section.
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) {
            return answers;
          }
          return params.items.map((item, index) => item.section === 'rhetlint' ? readServerSettings() : answers[index]);
        },
      },
    },
  };
  client = new LanguageClient('rhetlint', 'Rhetlint', { run: executable, debug: executable }, clientOptions);
  clientState = client.onDidChangeState((event) => statusBar.setServerRunning(event.newState === State.Running));
  try {
    await client.start();
  } catch (error) {
    // The client has shown its own notification; it keeps the restart policy, and a later restart disposes it.
    output.error(`Could not start ${server.command} ${server.args.join(' ')}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function stopClient(): Promise<void> {
  const stopping = client;
  client = undefined;
  clientState?.dispose();
  clientState = undefined;
  if (stopping !== undefined) {
    await stopping.dispose().catch(() => undefined);
  }
}

async function pushSettings(): Promise<void> {
  if (client?.isRunning()) {
    await client.sendNotification(DidChangeConfigurationNotification.type, { settings: { rhetlint: readServerSettings() } });
  }
}
