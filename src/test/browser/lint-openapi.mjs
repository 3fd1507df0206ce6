// Lints every OpenAPI group Teamgate serves with Redocly CLI's recommended rules (redocly.yaml); any
// error or warning fails. Run by .ci/run against the packaged jar:
// BASE_URL=http://127.0.0.1:PORT node lint-openapi.mjs   (or OPENAPI_FILES="a.json b.json" to lint files)
import { mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
const OUT = process.env.OPENAPI_DIR ?? '../../../target/openapi';

let files = process.env.OPENAPI_FILES?.split(/\s+/).filter(Boolean);
if (!files) {
  mkdirSync(OUT, { recursive: true });
  files = [];
  const config = await (await fetch(`${BASE}/v3/api-docs/swagger-config`)).json();
  for (const { url } of config.urls) {
    const key = url.split('/').pop();
    const file = `${OUT}/${key}.json`;
    writeFileSync(file, await (await fetch(BASE + url)).text());
    files.push(file);
  }
}
const result = spawnSync('npx', ['--no-install', 'redocly', 'lint', '--config', 'redocly.yaml', '--format=json',
  '--max-problems', '10000', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  console.error(result.stdout, result.stderr);
  process.exit(1);
}
for (const p of report.problems) {
  const where = p.location?.[0];
  console.log(`${p.severity.padEnd(5)} ${p.ruleId}  ${where?.source?.ref ?? ''} ${where?.pointer ?? ''}  ${p.message}`);
}
const { errors, warnings } = report.totals;
console.log(`\nRedocly lint of ${files.length} documents: ${errors} errors, ${warnings} warnings`);
process.exit(errors + warnings === 0 ? 0 : 1);
