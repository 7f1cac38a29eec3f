import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from './data-dir-lock.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('the embedded data directory lock', () => {
  it('is refused while another live process holds it, naming that process', async () => {
    const dir = tempDir();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      fs.writeFileSync(path.join(dir, 'shekara.pid'), String(holder.pid));
      expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
      expect(() => lockDataDir(dir)).toThrow(new RegExp(`in use by process ${holder.pid}`));
    } finally {
      holder.kill();
      await new Promise((resolve) => holder.once('exit', resolve));
    }
    // The holder died without cleaning up: its stale file is taken over.
    const unlock = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'shekara.pid'), 'utf8')).toBe(String(process.pid));
    unlock();
    expect(fs.existsSync(path.join(dir, 'shekara.pid'))).toBe(false);
  });

  it('creates the directory when it does not exist yet', () => {
    const dir = path.join(tempDir(), 'nested', 'data');
    const unlock = lockDataDir(dir);
    expect(fs.existsSync(dir)).toBe(true);
    unlock();
  });
});
