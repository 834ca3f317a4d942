// Unit test of where the extension finds `rhetlint lsp` (src/serverCommand.ts, bundled with esbuild): the setting, then
// the server packaged for this platform, then rhetlint on the PATH, then the .NET tool's folder, then a message that
// says how to install it. Real files in a temporary folder; the platform, PATH and home folder are passed in.
// Run: npm test (after npm ci).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

describe('server resolution', () => {
  let root;
  let lookup;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'rhetlint-server-'));
    const outfile = join(root, 'serverCommand.cjs');
    await build({ entryPoints: [join(here, '..', 'src', 'serverCommand.ts')], bundle: true, outfile, format: 'cjs', platform: 'node', logLevel: 'silent' });
    lookup = createRequire(import.meta.url)(outfile);
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  /** A fresh extension folder, two PATH folders and a home folder; `files` are made executable unless listed in `plain`. */
  function machine(files, plain = []) {
    const base = mkdtempSync(join(root, 'case-'));
    for (const file of [...files, ...plain]) {
      mkdirSync(dirname(join(base, file)), { recursive: true });
      writeFileSync(join(base, file), '#!/bin/sh\n');
      chmodSync(join(base, file), plain.includes(file) ? 0o644 : 0o755);
    }
    return {
      extension: join(base, 'ext'),
      at: (file) => join(base, file),
      host: (overrides = {}) => ({
        platform: 'linux', arch: 'x64', homedir: join(base, 'home'),
        env: { PATH: [join(base, 'bin1'), join(base, 'bin2')].join(':') }, ...overrides,
      }),
    };
  }

  test('the setting wins over everything, and a .dll runs under dotnet', () => {
    const m = machine(['ext/server/linux-x64/rhetlint', 'bin1/rhetlint']);
    assert.deepEqual(lookup.resolveServerCommand('/opt/rhetlint/rhetlint.dll', m.extension, m.host()),
      { command: 'dotnet', args: ['/opt/rhetlint/rhetlint.dll', 'lsp'], origin: 'setting' });
    assert.deepEqual(lookup.resolveServerCommand('/opt/rhetlint/rhetlint', m.extension, m.host()),
      { command: '/opt/rhetlint/rhetlint', args: ['lsp'], origin: 'setting' });
  });

  test('the server packaged for this platform comes before the PATH', () => {
    const m = machine(['ext/server/linux-x64/rhetlint', 'bin1/rhetlint']);
    assert.deepEqual(lookup.resolveServerCommand('', m.extension, m.host()),
      { command: m.at('ext/server/linux-x64/rhetlint'), args: ['lsp'], origin: 'bundled' });
  });

  test('a server packaged for another platform is passed over for rhetlint on the PATH', () => {
    const m = machine(['ext/server/linux-x64/rhetlint', 'bin2/rhetlint']);
    assert.deepEqual(lookup.resolveServerCommand('', m.extension, m.host({ platform: 'darwin', arch: 'arm64' })),
      { command: m.at('bin2/rhetlint'), args: ['lsp'], origin: 'PATH' });
  });

  test('a bundled server that lost its mode bits in the zip is made executable', () => {
    const m = machine([], ['ext/server/linux-x64/rhetlint']);
    assert.equal(lookup.resolveServerCommand('', m.extension, m.host())?.origin, 'bundled');
    assert.equal(statSync(m.at('ext/server/linux-x64/rhetlint')).mode & 0o111, 0o111);
  });

  test('on the PATH, a file that is not executable is skipped', () => {
    const m = machine(['bin2/rhetlint'], ['bin1/rhetlint']);
    assert.equal(lookup.resolveServerCommand('', m.extension, m.host())?.command, m.at('bin2/rhetlint'));
  });

  test('the .NET tool is found in ~/.dotnet/tools, or under DOTNET_CLI_HOME, when the PATH lacks it', () => {
    const m = machine(['home/.dotnet/tools/rhetlint', 'cli-home/.dotnet/tools/rhetlint']);
    assert.deepEqual(lookup.resolveServerCommand('', m.extension, m.host()),
      { command: m.at('home/.dotnet/tools/rhetlint'), args: ['lsp'], origin: '.NET tool' });
    const moved = m.host();
    moved.env.DOTNET_CLI_HOME = m.at('cli-home');
    assert.equal(lookup.resolveServerCommand('', m.extension, moved)?.command, m.at('cli-home/.dotnet/tools/rhetlint'));
  });

  test('Windows looks for rhetlint.exe, in its own server folder and along a Path split at semicolons', () => {
    const m = machine(['ext/server/win32-x64/rhetlint.exe', 'bin2/rhetlint.exe']);
    const windows = m.host({ platform: 'win32', env: { Path: [m.at('bin1'), m.at('bin2')].join(';') } });
    assert.equal(lookup.resolveServerCommand('', m.extension, windows)?.command, m.at('ext/server/win32-x64/rhetlint.exe'));
    rmSync(m.at('ext'), { recursive: true });
    assert.equal(lookup.resolveServerCommand('', m.extension, windows)?.command, m.at('bin2/rhetlint.exe'));
  });

  test('with no server anywhere, nothing is resolved and the message names the platform and the install command', () => {
    const m = machine([]);
    const host = m.host({ platform: 'darwin', arch: 'arm64' });
    assert.equal(lookup.resolveServerCommand('', m.extension, host), undefined);
    const message = lookup.missingServerMessage(host);
    assert.match(message, /none for darwin-arm64/);
    assert.ok(message.includes(lookup.installCommand), message);
    assert.match(lookup.installCommand, /dotnet tool install --global rhetlint/);
    assert.ok(message.includes(join(m.at('home'), '.dotnet', 'tools')), message);
  });
});
