import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** How to start `rhetlint lsp`, and where the executable was found (for messages). */
export interface ServerCommand {
  command: string;
  args: string[];
  origin: 'setting' | 'bundled' | 'PATH' | '.NET tool';
}

/** What the lookup reads of the machine; the defaults are this process's. Tests pass their own. */
export interface Host {
  platform: NodeJS.Platform;
  arch: string;
  env: NodeJS.ProcessEnv;
  homedir: string;
}

const thisHost = (): Host => ({ platform: process.platform, arch: process.arch, env: process.env, homedir: os.homedir() });

/** How a writer gets the server when nothing is found: the .NET tool, packed from a clone (it is on no feed yet). */
export const installCommand =
  'dotnet pack src/Rhetlint.Cli -o artifacts/package && dotnet tool install --global rhetlint --source artifacts/package';

/**
 * VS Code's name for a platform (`linux-x64`, `darwin-arm64`, `win32-x64`): the `--target` a platform-specific
 * `.vsix` is packaged for, and the folder under `server/` that holds its native server.
 */
export function platformTarget(host: Host = thisHost()): string {
  return `${host.platform}-${host.arch}`;
}

/**
 * The setting wins; then the native server packaged for this platform (`server/<target>/rhetlint`, from
 * `build.sh --target`); then `rhetlint` on the PATH; then the .NET tool where `dotnet tool install --global` puts
 * it, which a VS Code started from the desktop often lacks on its PATH. A `.dll` is the JIT build (`dotnet build`
 * output), which runs under `dotnet`. Undefined when none is found.
 */
export function resolveServerCommand(configuredPath: string, extensionRoot: string, host: Host = thisHost()): ServerCommand | undefined {
  if (configuredPath !== '') {
    return commandFor(configuredPath, 'setting');
  }
  const name = host.platform === 'win32' ? 'rhetlint.exe' : 'rhetlint';
  const bundled = path.join(extensionRoot, 'server', platformTarget(host), name);
  if (fs.existsSync(bundled)) {
    ensureExecutable(bundled, host);
    return commandFor(bundled, 'bundled');
  }
  const onPath = findOnPath(name, host);
  if (onPath !== undefined) {
    return commandFor(onPath, 'PATH');
  }
  const tool = path.join(dotnetToolsFolder(host), name);
  return isExecutable(tool, host) ? commandFor(tool, '.NET tool') : undefined;
}

/** What the writer is told when no server is found: where it was looked for, and the command that installs one. */
export function missingServerMessage(host: Host = thisHost()): string {
  return `Rhetlint: no language server found. This package carries none for ${platformTarget(host)}, and rhetlint is `
    + `neither on the PATH nor in ${dotnetToolsFolder(host)}. Install the rhetlint .NET tool (in a clone of the `
    + `repository: ${installCommand}), or set rhetlint.server.path.`;
}

/** `dotnet tool install --global` puts tools in `$DOTNET_CLI_HOME/.dotnet/tools`, by default under the home folder. */
function dotnetToolsFolder(host: Host): string {
  return path.join(host.env.DOTNET_CLI_HOME || host.homedir, '.dotnet', 'tools');
}

function commandFor(executable: string, origin: ServerCommand['origin']): ServerCommand {
  return executable.toLowerCase().endsWith('.dll')
    ? { command: 'dotnet', args: [executable, 'lsp'], origin }
    : { command: executable, args: ['lsp'], origin };
}

// A .vsix is a zip; an extractor that drops the mode bits would leave the bundled binary unrunnable.
function ensureExecutable(file: string, host: Host): void {
  if (isExecutable(file, host)) {
    return;
  }
  try {
    fs.chmodSync(file, 0o755);
  } catch {
    // The spawn error that follows names the file, which says more than a chmod failure would.
  }
}

function findOnPath(name: string, host: Host): string | undefined {
  const separator = host.platform === 'win32' ? ';' : ':';
  // Windows spells it Path; an environment object from a test or another process may not fold the case.
  const pathVariable = Object.keys(host.env).find((key) => key.toUpperCase() === 'PATH');
  for (const dir of (pathVariable === undefined ? '' : host.env[pathVariable] ?? '').split(separator)) {
    if (dir !== '' && isExecutable(path.join(dir, name), host)) {
      return path.join(dir, name);
    }
  }
  return undefined;
}

function isExecutable(file: string, host: Host): boolean {
  try {
    fs.accessSync(file, host.platform === 'win32' ? fs.constants.F_OK : fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
