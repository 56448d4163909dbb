// Redocly's `recommended` ruleset on an OpenAPI document file, offline: every problem it reports
// (errors and warnings), as "rule: message" lines.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './content-fixture.ts';

export function redoclyProblems(file: string): { problems: string[]; totals: Record<string, number>; status: number | null } {
  const result = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules/@redocly/cli/bin/cli.js'), 'lint', '--extends', 'recommended', '--format', 'json', file],
    { encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' }, timeout: 120_000 },
  );
  const report = JSON.parse(result.stdout) as { totals: Record<string, number>; problems: Array<{ ruleId: string; message: string }> };
  return { problems: report.problems.map((problem) => `${problem.ruleId}: ${problem.message}`), totals: report.totals, status: result.status };
}
