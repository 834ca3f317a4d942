// A minimal LSP client for tests: spawns `rhetlint lsp`, speaks JSON-RPC over its stdio with
// vscode-languageserver-protocol, keeps the documents' text and waits for the diagnostics it expects.
import { spawn } from 'node:child_process';
import {
  createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
  InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { serverCommand } from './server.mjs';

const defaultTimeoutMs = 15000;

export class LspSession {
  constructor({ rootUri, initializationOptions }) {
    const [command, args] = serverCommand();
    this.process = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.process.stderr.on('data', (chunk) => { this.stderr += chunk; });
    this.exited = new Promise((resolve) => this.process.on('exit', (code, signal) => resolve({ code, signal })));
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.rootUri = rootUri;
    this.initializationOptions = initializationOptions;
    this.documents = new Map();   // uri -> { text, version }
    this.diagnostics = new Map(); // uri -> latest PublishDiagnosticsParams
    this.waiters = [];
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
      this.waiters = this.waiters.filter((waiter) => !waiter.check(params));
    });
    this.connection.listen();
  }

  async initialize() {
    const result = await this.request(InitializeRequest.type, {
      processId: process.pid,
      clientInfo: { name: 'rhetlint-node-test' },
      rootUri: this.rootUri,
      workspaceFolders: [{ uri: this.rootUri, name: 'workspace' }],
      initializationOptions: this.initializationOptions,
      capabilities: {
        general: { positionEncodings: ['utf-16'] },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { codeDescriptionSupport: true, dataSupport: true },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
            dataSupport: true,
          },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
        // As vscode-languageclient 11 announces it: LSP 3.18 snippet edits, which VS Code applies as snippets.
        workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true }, didChangeConfiguration: {} },
      },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  request(type, params, timeoutMs = defaultTimeoutMs) {
    // A server that dies (a missing `lsp` command, a crash) fails the request at once, with what it printed.
    const died = this.exited.then(({ code, signal }) => {
      if (type.method !== ShutdownRequest.type.method) {
        throw new Error(`the server exited (${signal ?? `code ${code}`}) before answering ${type.method}:\n${this.stderr.slice(-2000)}`);
      }
    });
    return withTimeout(Promise.race([this.connection.sendRequest(type, params), died]), timeoutMs,
      () => `${type.method} got no answer; server stderr:\n${this.stderr.slice(-2000)}`);
  }

  notify(type, params) {
    return this.connection.sendNotification(type, params);
  }

  async open(uri, text, languageId = 'markdown') {
    this.documents.set(uri, { text, version: 1 });
    await this.notify(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  text(uri) {
    return this.documents.get(uri).text;
  }

  /** Applies LSP text edits here and sends them to the server as one incremental didChange. */
  async change(uri, edits) {
    const document = this.documents.get(uri);
    // Each content change applies to the text left by the previous one, so the last edit in the document goes first.
    const ordered = [...edits].sort((a, b) => compare(b.range.start, a.range.start));
    for (const edit of ordered) {
      document.text = applyEdit(document.text, edit);
    }
    document.version++;
    await this.notify(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: document.version },
      contentChanges: ordered.map((edit) => ({ range: edit.range, text: edit.newText })),
    });
  }

  /** The edits a WorkspaceEdit makes to one document (`changes` or `documentChanges`). */
  static editsFor(workspaceEdit, uri) {
    if (workspaceEdit?.documentChanges) {
      return workspaceEdit.documentChanges.filter((c) => c.textDocument?.uri === uri).flatMap((c) => c.edits);
    }
    return workspaceEdit?.changes?.[uri] ?? [];
  }

  /** Resolves with the first publishDiagnostics for `uri` (the latest one included) that `predicate` accepts. */
  diagnosticsWhere(uri, predicate, what = 'the expected diagnostics', timeoutMs = defaultTimeoutMs) {
    const latest = this.diagnostics.get(uri);
    if (latest && predicate(latest.diagnostics, latest)) {
      return Promise.resolve(latest.diagnostics);
    }
    const found = new Promise((resolve) => {
      this.waiters.push({
        check: (params) => {
          if (params.uri !== uri || !predicate(params.diagnostics, params)) {
            return false;
          }
          resolve(params.diagnostics);
          return true;
        },
      });
    });
    return withTimeout(found, timeoutMs, () => `no publishDiagnostics with ${what} for ${uri}; last: `
      + JSON.stringify(this.diagnostics.get(uri)?.diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`))
      + `\nserver stderr:\n${this.stderr.slice(-2000)}`);
  }

  async shutdown() {
    await this.request(ShutdownRequest.type, undefined);
    await this.notify(ExitNotification.type);
    return withTimeout(this.exited, 5000, 'the server did not exit after shutdown and exit');
  }

  dispose() {
    this.connection.dispose();
    if (this.process.exitCode === null && this.process.signalCode === null) {
      this.process.kill();
    }
  }
}

export function offsetAt(text, position) {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) {
      return text.length;
    }
    offset = next + 1;
  }
  return offset + position.character;
}

/** The document text a diagnostic's range covers (positions are UTF-16, as JavaScript strings are). */
export function textAt(text, range) {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

export function positionOf(text, needle) {
  const offset = text.indexOf(needle);
  if (offset < 0) {
    throw new Error(`'${needle}' is not in the text`);
  }
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

function applyEdit(text, edit) {
  return text.slice(0, offsetAt(text, edit.range.start)) + edit.newText + text.slice(offsetAt(text, edit.range.end));
}

function compare(a, b) {
  return a.line - b.line || a.character - b.character;
}

function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(typeof message === 'function' ? message() : message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
