// Where and on what the bench ran: git commit, tool versions, machine.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trimEnd();

/** @param {string} chromiumPath */
export function environment(chromiumPath) {
  const require = createRequire(import.meta.url);
  const cpus = os.cpus();
  let chromium;
  try {
    chromium = execFileSync(chromiumPath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    chromium = undefined;
  }
  return {
    git: {
      sha: git('rev-parse', '--short', 'HEAD').trim(),
      // Tracked files changed since that commit: the numbers are for the working tree.
      changedFiles: git('status', '--porcelain', '--untracked-files=no')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.slice(3)),
    },
    versions: {
      node: process.version,
      chromium,
      playwright: require('@playwright/test/package.json').version,
      vite: require('vite/package.json').version,
      react: require('react/package.json').version,
      'react-dom': require('react-dom/package.json').version,
    },
    machine: {
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      cpuModel: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    },
  };
}

export function loadAverage() {
  return os.loadavg().map((v) => Math.round(v * 100) / 100);
}
