/**
 * Every story is an accessibility fixture, and this runs it: each story of the built Storybook (dist-stories/)
 * is shown in Storybook's own preview, its play function finished, and the project's axe helper checks what it
 * rendered — the same rules as every other test (WCAG 2.2 A/AA, best practice, target size).
 */
import { expect } from '@open-wc/testing';
import { incompleteReport } from '../support/axe.js';
import { expectNoAxeViolationsInFrame, loadAxeInto } from '../support/axe-in-frame.js';
import { builtStories, StoryFrame } from './built-stories.js';

const stories = await builtStories();

describe('stories: every built story passes axe', () => {
  const frame = new StoryFrame();

  before(async () => {
    expect(stories.length).to.be.greaterThan(1);
    await frame.open(stories.at(-1)?.id ?? '');
    await loadAxeInto(frame.window);
  });
  after(() => {
    frame.remove();
    console.log(`stories: ${incompleteReport()}`);
  });

  for (const story of stories) {
    it(`${story.title} / ${story.name}`, async () => {
      const root = await frame.show(story.id);
      expect(root.querySelector('antrag-assistant'), 'the story renders an assistant').to.exist;
      await expectNoAxeViolationsInFrame(root, `story ${story.id}`);
    });
  }
});
