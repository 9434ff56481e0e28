// Starts a fresh Careway on a free port for the browser sweep.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Starts the server binary with demo data and a fresh database.
 *  E2E_DATABASE_URL (a fresh PostgreSQL database) switches from SQLite. */
export async function startCareway() {
  const dir = mkdtempSync(join(tmpdir(), 'careway-e2e-'));
  const bin = process.env.CAREWAY_BIN || join(root, 'target', 'debug', 'server');
  const env = {
    ...process.env,
    CAREWAY_PORT: '0',
    CAREWAY_HOST: '127.0.0.1',
    CAREWAY_DEMO: 'true',
    CAREWAY_STORAGE_DIR: join(dir, 'uploads'),
    CAREWAY_OUTBOX_DIR: join(dir, 'outbox'),
    DATABASE_URL: process.env.E2E_DATABASE_URL || `sqlite://${join(dir, 'careway.db')}`,
    RUST_LOG: 'warn',
  };
  const child = spawn(bin, [], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Careway did not start within 60 s')), 60_000);
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d.toString();
      const m = buf.match(/careway listening on (http:\/\/[\d.:]+)/);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`Careway exited with ${code}`)); });
  });
  return {
    base,
    async stop() {
      child.kill('SIGINT');
      await new Promise((r) => { if (child.exitCode !== null) r(); else child.on('exit', r); });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
