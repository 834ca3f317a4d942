// The slice of the `vscode` API that activating the extension touches, for unit tests outside VS Code. Each test sets
// globalThis.fakeVscode: { isTrusted, settings: { key: { globalValue, workspaceValue } }, clients: [] }.
const state = () => globalThis.fakeVscode;
const disposable = () => ({ dispose() {} });
const listeners = (name) => (listener) => {
  (state().listeners[name] ??= []).push(listener);
  return disposable();
};

module.exports = {
  workspace: {
    get isTrusted() { return state().isTrusted; },
    get workspaceFolders() { return undefined; },
    getConfiguration: () => ({
      // As VS Code resolves a setting: the workspace's value beats the user's.
      get: (key, fallback) => {
        const setting = state().settings[key];
        return setting?.workspaceValue ?? setting?.globalValue ?? fallback;
      },
      inspect: (key) => (state().settings[key] === undefined ? undefined : { key, ...state().settings[key] }),
    }),
    onDidGrantWorkspaceTrust: listeners('grantTrust'),
    onDidChangeConfiguration: listeners('changeConfiguration'),
    createFileSystemWatcher: disposable,
    registerTextDocumentContentProvider: disposable,
  },
  window: {
    createOutputChannel: () => ({ info() {}, warn() {}, error() {}, show() {}, dispose() {} }),
    createStatusBarItem: () => ({ show() {}, hide() {}, dispose() {} }),
    onDidChangeActiveTextEditor: disposable,
    activeTextEditor: undefined,
    showErrorMessage: async () => undefined,
  },
  languages: { onDidChangeDiagnostics: disposable, getDiagnostics: () => [] },
  commands: { registerCommand: disposable, executeCommand: async () => undefined },
  EventEmitter: class { event = disposable; fire() {} dispose() {} },
  StatusBarAlignment: { Left: 1, Right: 2 },
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  CodeActionKind: { SourceFixAll: { append: (part) => `source.fixAll.${part}` } },
};
