import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR, ensureNats, ensurePostgres } from './backing';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * Runs every test against real PostgreSQL and NATS (found or started as the dev runner
 * does), then prints one line `tests: N passed, N failed` from jest's JSON report.
 */
async function main(): Promise<number> {
  const postgres = await ensurePostgres();
  const nats = await ensureNats();
  mkdirSync(DATA_DIR, { recursive: true });
  const report = path.join(DATA_DIR, 'jest-report.json');
  const jest = require.resolve('jest/bin/jest', { paths: [ROOT] });
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [jest, '--json', `--outputFile=${report}`, ...process.argv.slice(2)], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, TEST_DATABASE_URL: postgres.url, TEST_NATS_URL: nats.url },
    });
    child.once('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  await postgres.stop();
  await nats.stop();
  let passed = 0;
  let failed = 0;
  try {
    const result = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numRuntimeErrorTestSuites: number };
    passed = result.numPassedTests;
    failed = result.numFailedTests + result.numRuntimeErrorTestSuites;
  } catch {
    failed = Math.max(failed, 1);
  }
  process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`);
  return failed > 0 || code !== 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.stdout.write('tests: 0 passed, 1 failed\n');
    process.exit(1);
  },
);
