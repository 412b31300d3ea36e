// @ts-check
/**
 * The CMS guides (docs/embedding/): their PHP is valid (`php -l`), and as far as this machine allows without
 * WordPress or Drupal, it does what the guides say: the WordPress shortcode, run against stand-ins for the
 * WordPress functions it calls, and the Drupal block's URL check, against a stand-in for UrlHelper.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { repositoryRoot } from '../support/repository-root.mjs';

const guide = (/** @type {string} */ name) => readFileSync(join(repositoryRoot, 'docs/embedding', name), 'utf8');
/** The guide's code blocks in one language. @param {string} text @param {string} language */
const blocks = (text, language) =>
  [...text.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gmu'))].map((m) => /** @type {string} */ (m[1]));

const dir = mkdtempSync(join(tmpdir(), 'antrag-guides-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs PHP code (a whole file, with `<?php`) and returns what it printed. @param {string} code */
function php(code) {
  const file = join(dir, 'run.php');
  writeFileSync(file, code);
  return execFileSync('php', [file], { encoding: 'utf8' });
}

describe('CMS guides (docs/embedding/)', () => {
  it('every PHP block of the WordPress, TYPO3 and Drupal guides passes php -l', () => {
    let count = 0;
    for (const name of ['wordpress.md', 'typo3.md', 'drupal.md']) {
      for (const [index, code] of blocks(guide(name), 'php').entries()) {
        const file = join(dir, `${name}-${index}.php`);
        writeFileSync(file, code);
        assert.match(execFileSync('php', ['-l', file], { encoding: 'utf8' }), /No syntax errors/u, `${name}, PHP block ${index + 1}`);
        count += 1;
      }
    }
    assert.ok(count >= 4, `${count} PHP blocks`);
  });

  describe('WordPress plugin', () => {
    const plugin = blocks(guide('wordpress.md'), 'php')[0] ?? '';

    it('needs WordPress 6.3, never takes updates from wordpress.org, and hard-codes no plugin path or footer page', () => {
      assert.match(plugin, /^ \* Requires at least: 6\.3$/mu);
      assert.match(plugin, /^ \* Update URI:\s+false$/mu);
      assert.doesNotMatch(plugin, /wp-content\/plugins/u);
      assert.doesNotMatch(plugin, /impressum\/|get_privacy_policy_url/u);
    });

    /** The shortcode's output for these attributes, on a site in /blog with the plugin's URL from plugins_url(). */
    const shortcode = (/** @type {Record<string, string>} */ atts) =>
      php(`<?php
const ABSPATH = '/srv/www/';
$GLOBALS['shortcodes'] = array();
$GLOBALS['enqueued'] = array();
function add_action( $hook, $callback ) { if ( 'init' === $hook ) { $callback(); } }
function add_filter() {}
function add_shortcode( $tag, $callback ) { $GLOBALS['shortcodes'][ $tag ] = $callback; }
function shortcode_atts( $pairs, $atts ) { return array_merge( $pairs, array_intersect_key( (array) $atts, $pairs ) ); }
function plugins_url( $path, $plugin ) { return 'https://www.musterstadt.example/blog/app/plugins/antrag/' . $path; }
function esc_url( $url ) { return preg_match( '/^(https?:\\/\\/|\\/)/', $url ) ? htmlspecialchars( $url, ENT_QUOTES ) : ''; }
function esc_attr( $text ) { return htmlspecialchars( $text, ENT_QUOTES ); }
function wp_register_script() {}
function wp_register_style() {}
function wp_enqueue_script( $handle ) { $GLOBALS['enqueued'][] = $handle; }
function wp_enqueue_style( $handle ) { $GLOBALS['enqueued'][] = 'style:' . $handle; }
function current_user_can() { return false; }
${plugin.replace(/^<\?php\n/u, '')}
echo $GLOBALS['shortcodes']['antrag']( ${JSON.stringify(atts).replaceAll('{', 'array(').replaceAll('}', ')').replaceAll('":', '" =>')} ), "\\n", implode( ',', $GLOBALS['enqueued'] );
`);

    it('resolves a bare definition file name with plugins_url(), leaves a URL or path alone, and shows no footer by default', () => {
      const [bare, enqueued] = shortcode({ form: 'hundesteuer-anmeldung.json' }).split('\n');
      assert.match(
        bare ?? '',
        /^<antrag-assistant src="https:\/\/www\.musterstadt\.example\/blog\/app\/plugins\/antrag\/formulare\/hundesteuer-anmeldung\.json" /u,
      );
      assert.doesNotMatch(bare ?? '', /slot="footer"/u);
      assert.equal(enqueued, 'style:antrag,antrag');
      assert.match(shortcode({ form: '/formulare/sperrmuell.json' }), /src="\/formulare\/sperrmuell\.json"/u);
      assert.equal(shortcode({ form: '../../wp-config.json' }), '\n', 'neither a bare name nor a URL: nothing rendered or loaded');
    });

    it('shows the footer links that are set', () => {
      const output = shortcode({ form: 'x.json', impressum: '/impressum/' });
      assert.match(output, /<p slot="footer"><a href="\/impressum\/">Impressum<\/a><\/p>/u);
    });

    it('switches off a block theme focus frame around the element in a CSS file, not inline', () => {
      const [css] = blocks(guide('wordpress.md'), 'css');
      assert.match(css ?? '', /^antrag-assistant:focus \{\n {2}outline: none;\n\}$/mu);
      assert.match(plugin, /wp_register_style\( 'antrag', plugins_url\( 'antrag\.css', __FILE__ \)/u);
    });
  });

  it('Drupal: the block accepts only site paths and https:// URLs, and has no fixed footer paths', () => {
    const block = blocks(guide('drupal.md'), 'php')[0] ?? '';
    assert.doesNotMatch(block, /fromUserInput\('\/(impressum|datenschutz)'\)/u);
    const check = /private static function isSiteOrHttpsUrl\(string \$value\): bool \{[\s\S]*?\n {2}\}/u.exec(block)?.[0];
    assert.ok(check, 'isSiteOrHttpsUrl in the block');
    const cases = {
      '/sites/default/files/antrag/hundesteuer-anmeldung.json': true,
      'https://intake.musterstadt.example/antraege': true,
      'HTTPS://intake.musterstadt.example/antraege': true,
      'http://intake.musterstadt.example/antraege': false,
      'javascript:alert(1)': false,
      '//evil.example/antraege': false,
      'sites/default/files/x.json': false,
      '': false,
    };
    const output = php(`<?php
// Stand-in for Drupal\\Component\\Utility\\UrlHelper::isValid(): absolute URLs by filter_var, paths without spaces.
class UrlHelper { public static function isValid($url, $absolute = FALSE) { return $absolute ? filter_var($url, FILTER_VALIDATE_URL) !== FALSE : !preg_match('/\\s/', $url); } }
final class Block { ${check} public static function run(string $v): bool { return self::isSiteOrHttpsUrl($v); } }
foreach (json_decode(${JSON.stringify(JSON.stringify(Object.keys(cases)))}) as $v) { echo json_encode(Block::run($v)), "\\n"; }
`);
    assert.deepEqual(
      output
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
      Object.values(cases),
    );
  });
});
