// vscode-languageclient/node for unit tests: a LanguageClient that records how the extension would start the server
// (globalThis.fakeVscode.clients) and the notifications it would send, and starts nothing.
class LanguageClient {
  constructor(id, name, serverOptions, clientOptions) {
    this.started = { serverOptions, clientOptions, notifications: [] };
    globalThis.fakeVscode.clients.push(this.started);
  }
  onDidChangeState() { return { dispose() {} }; }
  async start() {}
  isRunning() { return true; }
  async sendNotification(type, params) { this.started.notifications.push({ method: type.method, params }); }
  async dispose() {}
}

module.exports = {
  LanguageClient,
  State: { Stopped: 1, Running: 2, Starting: 3 },
  DidChangeConfigurationNotification: { type: { method: 'workspace/didChangeConfiguration' } },
  ExecuteCommandRequest: { type: { method: 'workspace/executeCommand' } },
};
