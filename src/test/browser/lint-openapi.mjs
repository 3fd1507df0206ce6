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
// --format=summary: one line per rule and document ("warning operation-4xx-response: 3"), short
// enough to read whole (Redocly's long JSON report can be cut short by its exit).
const result = spawnSync('npx', ['--no-install', 'redocly', 'lint', '--config', 'redocly.yaml', '--format=summary',
  '--max-problems', '10000', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const output = `${result.stdout}\n${result.stderr}`;
let errors = 0;
let warnings = 0;
for (const line of output.split('\n')) {
  const found = /^(error|warning) (\S+): (\d+)$/.exec(line.trim());
  if (found) {
    console.log(line.trim());
    if (found[1] === 'error') errors += Number(found[3]); else warnings += Number(found[3]);
  } else if (/validating|Failed|hidden/.test(line)) {
    console.log(line.trim());
  }
}
const clean = result.status === 0 && errors === 0 && warnings === 0;
console.log(`\nRedocly lint of ${files.length} documents: ${errors} errors, ${warnings} warnings (exit ${result.status})`);
process.exit(clean ? 0 : 1);
