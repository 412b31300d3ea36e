/**
 * Every story is an accessibility fixture, and this runs it: each story of the built Storybook (dist-stories/)
 * is shown in Storybook's own preview, its play function finished, and the project's axe helper checks what it
 * rendered — the same rules as every other test (WCAG 2.2 A/AA, best practice, target size).
 */
import { expect } from '@open-wc/testing';
import { expectNoAxeViolations, incompleteReport } from '../support/axe.js';
import { builtStories, StoryFrame } from './built-stories.js';

const stories = await builtStories();

describe('stories: every built story passes axe', () => {
  const frame = new StoryFrame();

  before(async () => {
    expect(stories.length).to.be.greaterThan(1);
    await frame.open(stories.at(-1)?.id ?? '');
    // The story's axe runs in the story's window (axe checks contrast, focus and size against its own document):
    // the very file the helper loaded on this page, loaded into the frame.
    const axeFile = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .find((name) => new URL(name).pathname.endsWith('/axe.min.js'));
    if (!axeFile) throw new Error('the axe helper has not loaded axe on this page');
    const script = frame.window.document.createElement('script');
    script.src = axeFile;
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    frame.window.document.head.append(script);
    await loaded;
  });
  after(() => {
    frame.remove();
    console.log(`stories: ${incompleteReport()}`);
  });

  for (const story of stories) {
    it(`${story.title} / ${story.name}`, async () => {
      const root = await frame.show(story.id);
      expect(root.querySelector('antrag-assistant'), 'the story renders an assistant').to.exist;
      // The helper runs `window.axe`; for the time of this check that is the frame's copy.
      const own = window.axe;
      window.axe = (frame.window as Window & { axe: typeof own }).axe;
      try {
        await expectNoAxeViolations(root, `story ${story.id}`);
      } finally {
        window.axe = own;
      }
    });
  }
});
