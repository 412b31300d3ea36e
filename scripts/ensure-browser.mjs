// @ts-check
/**
 * The tests run in a real Chromium. Uses CHROME_PATH or Debian's /usr/bin/chromium; when neither exists
 * and we are root on Debian/Ubuntu, installs the distribution package; otherwise says how to get one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const canInstall = !process.env.CHROME_PATH && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (canInstall) {
  console.log("Chromium is missing; installing Debian's chromium package for the browser tests …");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (existsSync(path)) process.exit(0);
}
console.error(`No Chromium found at ${path}.
The browser tests need Chromium or Chrome. Either
  - on Debian/Ubuntu: sudo apt-get install -y chromium   (then run the tests again), or
  - set CHROME_PATH to a Chrome or Chromium binary, e.g. CHROME_PATH=/usr/bin/google-chrome npm test`);
process.exit(1);
