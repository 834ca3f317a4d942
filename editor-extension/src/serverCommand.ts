import * as fs from 'node:fs';
import * as path from 'node:path';

/** How to start `rhetlint lsp`, and where the executable was found (for messages). */
export interface ServerCommand {
  command: string;
  args: string[];
  origin: 'setting' | 'bundled' | 'PATH';
}

const executableName = process.platform === 'win32' ? 'rhetlint.exe' : 'rhetlint';

/**
 * The setting wins; then the native server the packaging script copies into the extension's `server/`; then
 * `rhetlint` on the PATH. A `.dll` is the JIT build (`dotnet build` output), which runs under `dotnet`.
 */
export function resolveServerCommand(configuredPath: string, extensionRoot: string): ServerCommand | undefined {
  if (configuredPath !== '') {
    return commandFor(configuredPath, 'setting');
  }
  const bundled = path.join(extensionRoot, 'server', executableName);
  if (fs.existsSync(bundled)) {
    ensureExecutable(bundled);
    return commandFor(bundled, 'bundled');
  }
  const onPath = findOnPath(executableName);
  return onPath === undefined ? undefined : commandFor(onPath, 'PATH');
}

function commandFor(executable: string, origin: ServerCommand['origin']): ServerCommand {
  return executable.toLowerCase().endsWith('.dll')
    ? { command: 'dotnet', args: [executable, 'lsp'], origin }
    : { command: executable, args: ['lsp'], origin };
}

// A .vsix is a zip; an extractor that drops the mode bits would leave the bundled binary unrunnable.
function ensureExecutable(file: string): void {
  if (process.platform === 'win32') {
    return;
  }
  try {
    fs.accessSync(file, fs.constants.X_OK);
  } catch {
    try {
      fs.chmodSync(file, 0o755);
    } catch {
      // The spawn error that follows names the file, which says more than a chmod failure would.
    }
  }
}

function findOnPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') {
      continue;
    }
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}
