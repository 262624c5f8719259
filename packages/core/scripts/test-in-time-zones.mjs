// Runs the core suite once per time zone. Everything in core is date-only, so the results must not
// depend on the machine's zone; these three cover both sides of UTC and both hemispheres' DST.
import { spawnSync } from 'node:child_process';

const zones = ['Europe/London', 'America/Los_Angeles', 'Pacific/Auckland'];
const extra = process.argv.slice(2);

for (const zone of zones) {
  console.log(`\n▶ core tests with TZ=${zone}`);
  const result = spawnSync('vitest', ['run', ...extra], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, TZ: zone },
  });
  if (result.status !== 0) {
    console.error(`✖ core tests failed with TZ=${zone}`);
    process.exit(result.status ?? 1);
  }
}
