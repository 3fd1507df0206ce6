// Lints every OpenAPI group Teamgate serves with Redocly CLI's recommended rules; zero errors
// required. Run by .ci/run against the packaged jar: BASE_URL=http://127.0.0.1:PORT node lint-openapi.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
const OUT = process.env.OPENAPI_DIR ?? '../../../target/openapi';
mkdirSync(OUT, { recursive: true });

const config = await (await fetch(`${BASE}/v3/api-docs/swagger-config`)).json();
const files = [];
for (const { url } of config.urls) {
  const key = url.split('/').pop();
  const spec = await (await fetch(BASE + url)).text();
  const file = `${OUT}/${key}.json`;
  writeFileSync(file, spec);
  files.push(file);
}
const result = spawnSync('npx', ['--no-install', 'redocly', 'lint', '--config', 'redocly.yaml', ...files],
  { stdio: 'inherit' });
process.exit(result.status ?? 1);
