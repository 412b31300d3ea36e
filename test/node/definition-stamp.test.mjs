// @ts-check
/**
 * The "checked" stamp (decision 0024): `antrag validate --stamp` writes it, the script-tag file trusts exactly
 * the stamped content. Needs the built library.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CHECK_VERSION, definitionStamp, stampHolds } from '../../dist/core.js';
import { repositoryRoot } from '../support/repository-root.mjs';

/** @param {string[]} args @returns {Promise<{ code: number, stdout: string, stderr: string }>} */
const antrag = (...args) =>
  new Promise((resolve) => {
    execFile(process.execPath, ['bin/antrag.mjs', ...args], { cwd: repositoryRoot }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });

const forms = join(repositoryRoot, 'demo/forms');

describe('the "checked" stamp', () => {
  for (const file of readdirSync(forms).filter((name) => name.endsWith('.json'))) {
    it(`demo/forms/${file} carries the stamp of its current content (else run: npx antrag validate --stamp demo/forms/*.json)`, async () => {
      assert.equal(await stampHolds(JSON.parse(readFileSync(join(forms, file), 'utf8'))), true);
    });
  }

  it('covers every property but itself, and any change to the content voids it', async () => {
    const definition = JSON.parse(readFileSync(join(forms, 'maengelmelder.json'), 'utf8'));
    assert.equal(definition.checked, await definitionStamp(definition));
    assert.equal(await stampHolds({ ...definition, version: '1.0.1' }), false);
    assert.equal(await stampHolds({ ...definition, checked: definition.checked.replace('antrag/2', 'antrag/1') }), false);
    assert.equal(await stampHolds({ ...definition, checked: undefined }), false);
  });

  it('is the SHA-256 of the content as OpenSSL computes it, for every length around the block boundaries and any text', async () => {
    const alphabet = ['a', '\u00e4', '\u00df', '\u0639', '\u{1f600}', '"', '\\', '\n', ' '];
    for (let n = 0; n < 200; n += 1) {
      const text = Array.from(randomBytes(n), (byte) => alphabet[byte % alphabet.length]).join('');
      const content = { title: text, steps: ['x'.repeat(n)] };
      const expected = `antrag/${CHECK_VERSION} sha256-${createHash('sha256').update(JSON.stringify(content)).digest('base64')}`;
      assert.equal(await definitionStamp({ ...content, checked: 'old' }), expected, `content ${JSON.stringify(content)}`);
    }
  });

  it('--stamp adds one line, keeps the author’s formatting, is repeatable; an edit is reported as an outdated stamp', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'antrag-stamp-'));
    const file = join(dir, 'form.json');
    const { checked: _, ...unstamped } = JSON.parse(readFileSync(join(forms, 'maengelmelder.json'), 'utf8'));
    const original = `${JSON.stringify(unstamped, null, 4)}\n`;
    writeFileSync(file, original);
    assert.equal((await antrag('validate', '--stamp', file)).code, 0);
    const once = readFileSync(file, 'utf8');
    assert.equal(once.replace(/,\n {4}"checked": "antrag\/\d+ sha256-[^"]+"\n\}\n$/u, '\n}\n'), original);
    assert.equal((await antrag('validate', '--stamp', file)).code, 0);
    assert.equal(readFileSync(file, 'utf8'), once);
    writeFileSync(file, once.replace('"1.0.0"', '"1.0.1"'));
    const edited = await antrag('validate', file);
    assert.equal(edited.code, 0);
    assert.match(edited.stdout, /"checked" stamp is out of date: run antrag validate --stamp/u);
  });

  it('a broken definition is not stamped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'antrag-stamp-'));
    const file = join(dir, 'broken.json');
    const text = readFileSync(join(repositoryRoot, 'test/fixtures/five-mistakes.json'), 'utf8');
    writeFileSync(file, text);
    assert.equal((await antrag('validate', '--stamp', file)).code, 1);
    assert.equal(readFileSync(file, 'utf8'), text);
  });
});
