// Removes last run's test reports so the summary counts only this run.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

for (const group of ['packages', 'apps']) {
  if (!existsSync(group)) continue;
  for (const name of readdirSync(group)) rmSync(join(group, name, '.test-results'), { recursive: true, force: true });
}
