// @ts-check
/**
 * The date-operation ports (docs/rules/date-operations.php, docs/rules/DateOperations.java) are checked with
 * Debian's php-cli and a JDK (test/node/json-logic-date-ports.test.mjs). Uses PHP_PATH / JAVA_HOME or the
 * commands on PATH; when one is missing and we are root on Debian/Ubuntu, installs the distribution package
 * (php-cli, default-jdk-headless); otherwise says how to get it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const php = process.env.PHP_PATH ?? 'php';
const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';

/** @param {string} command @param {string[]} args */
function runs(command, args) {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const tools = [
  {
    name: 'PHP',
    ok: () => runs(php, ['-r', 'exit(PHP_VERSION_ID >= 80100 ? 0 : 1);']),
    pkg: 'php-cli',
    own: Boolean(process.env.PHP_PATH),
    hint: 'set PHP_PATH to a PHP 8.1+ command-line binary',
  },
  {
    name: 'Java',
    ok: () => runs(java, ['--version']) && runs(java.replace(/java$/, 'javac'), ['--version']),
    pkg: 'default-jdk-headless',
    own: Boolean(process.env.JAVA_HOME),
    hint: 'set JAVA_HOME to a JDK 17+ (the test runs `java DateOperations.java`)',
  },
];
const missing = tools.filter((tool) => !tool.ok());
if (missing.length === 0) process.exit(0);

const canInstall = missing.every((tool) => !tool.own) && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (canInstall) {
  const packages = missing.map((tool) => tool.pkg);
  console.log(
    `${missing.map((tool) => tool.name).join(' and ')} missing; installing Debian's ${packages.join(' ')} for the date-operation ports …`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  if (missing.every((tool) => tool.ok())) process.exit(0);
}
for (const tool of missing.filter((t) => !t.ok())) {
  console.error(`${tool.name} not found.
test/node/json-logic-date-ports.test.mjs runs the ${tool.name} port of the date operations. Either
  - on Debian/Ubuntu: sudo apt-get install -y ${tool.pkg}   (then run the tests again), or
  - ${tool.hint}.`);
}
process.exit(1);
