import os from 'node:os';
import type { Outcome } from './scenario';

/** The machine the figures were taken on. */
export function machine(): string {
  const cpus = os.cpus();
  return `${os.availableParallelism?.() ?? cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.version}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (other work shares the machine)`;
}

export interface Row {
  fault: string;
  outcome?: Outcome;
  error?: string;
}

export function failed(row: Row): boolean {
  return !!row.error || !row.outcome || row.outcome.lost > 0 || row.outcome.doubled > 0;
}

/** The fault matrix as a Markdown table (it reads in a terminal and pastes into the docs). */
export function matrix(rows: readonly Row[]): string {
  const lines = ['| Fault | Events | Effects expected | Lost | Doubled | Converged in | Refused writes | Seen |', '|---|---:|---:|---:|---:|---:|---:|---|'];
  for (const { fault, outcome, error } of rows) {
    if (!outcome) {
      lines.push(`| ${fault} | – | – | – | – | – | – | FAILED: ${error ?? 'no outcome'} |`);
      continue;
    }
    lines.push(
      `| ${fault} | ${outcome.events} | ${outcome.expected} | ${outcome.lost} | ${outcome.doubled} | ${(outcome.convergeMs / 1000).toFixed(1)} s | ${outcome.refused} | ${outcome.note.replace(/\|/g, '/').replace(/\s+/g, ' ')} |`,
    );
  }
  return lines.join('\n');
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
