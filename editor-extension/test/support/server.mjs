// Which `rhetlint` the tests start. RHETLINT_SERVER names a native `rhetlint` or a `rhetlint.dll` (run with dotnet);
// without it, this repository's own build of src/Rhetlint.Cli is used.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export function serverPath() {
  if (process.env.RHETLINT_SERVER) {
    return resolve(process.env.RHETLINT_SERVER);
  }
  const candidates = ['Release', 'Debug'].map((c) => join(repoRoot, 'src/Rhetlint.Cli/bin', c, 'net10.0/rhetlint.dll'));
  const built = candidates.find(existsSync);
  if (!built) {
    throw new Error('No rhetlint build found: run `dotnet build src/Rhetlint.Cli -c Release`, or set RHETLINT_SERVER '
      + 'to a native rhetlint or a rhetlint.dll');
  }
  return built;
}

/** [command, args] that start the language server, as the extension does. */
export function serverCommand(path = serverPath()) {
  return path.toLowerCase().endsWith('.dll') ? ['dotnet', [path, 'lsp']] : [path, ['lsp']];
}
