/**
 * The built Storybook (dist-stories/, made by `npm run stories:build`, which `npm test` runs before the browser
 * tests): its index of stories, and a frame that shows one story after another the way Storybook's own UI does.
 */

/** One story of dist-stories/index.json. */
export interface BuiltStory {
  id: string;
  title: string;
  name: string;
}

/** Every story of the built Storybook (docs entries left out). */
export async function builtStories(): Promise<BuiltStory[]> {
  const response = await fetch('/dist-stories/index.json');
  if (!response.ok) throw new Error('dist-stories/index.json is missing: run `npm run stories:build` first.');
  const index: { entries: Record<string, BuiltStory & { type: string }> } = await response.json();
  return Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .map(({ id, title, name }) => ({ id, title, name }));
}

interface Channel {
  on(event: string, listener: (...args: unknown[]) => void): void;
  off(event: string, listener: (...args: unknown[]) => void): void;
  emit(event: string, ...args: unknown[]): void;
}
type StoryWindow = Window & { __STORYBOOK_ADDONS_CHANNEL__?: Channel };

/** Storybook's preview (dist-stories/iframe.html) in a frame of the test page, with its event channel. */
export class StoryFrame {
  readonly frame = document.createElement('iframe');

  /** Opens the preview on `firstId` (a story other than the first one shown, so that showing it renders anew). */
  async open(firstId: string, width = 1024, height = 768): Promise<void> {
    this.frame.title = 'Storybook';
    this.frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
    // `a11y.manual`: the a11y addon's own axe run after each story is left out; the test runs the project's helper.
    this.frame.src = `/dist-stories/iframe.html?id=${encodeURIComponent(firstId)}&viewMode=story&globals=a11y.manual:!true`;
    const loaded = new Promise((resolve) => this.frame.addEventListener('load', resolve, { once: true }));
    document.body.append(this.frame);
    await loaded;
    const start = performance.now();
    while (!this.window.__STORYBOOK_ADDONS_CHANNEL__) {
      if (performance.now() - start > 10000) throw new Error("Storybook's preview did not start");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  get window(): StoryWindow {
    const view = this.frame.contentWindow;
    if (!view) throw new Error('the story frame is not on the page');
    return view;
  }

  /** The story's canvas (`#storybook-root`), once the story rendered and its play function finished. */
  async show(id: string): Promise<HTMLElement> {
    const channel = this.window.__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) throw new Error("Storybook's preview has no channel");
    const failures: string[] = [];
    const onFailure = (...args: unknown[]) =>
      failures.push(args.map((arg) => (arg instanceof Error ? arg.message : JSON.stringify(arg))).join(' '));
    const failureEvents = ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing'];
    for (const event of failureEvents) channel.on(event, onFailure);
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`story ${id} did not finish within 15 s`)), 15000);
        const onFinished = (...args: unknown[]) => {
          const [result] = args;
          if (typeof result !== 'object' || result === null || !('storyId' in result) || result.storyId !== id) return;
          clearTimeout(timer);
          channel.off('storyFinished', onFinished);
          resolve();
        };
        channel.on('storyFinished', onFinished);
        channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      });
    } finally {
      for (const event of failureEvents) channel.off(event, onFailure);
    }
    if (failures.length > 0) throw new Error(`story ${id} failed: ${failures.join('; ')}`);
    const root = this.frame.contentDocument?.getElementById('storybook-root');
    if (!root) throw new Error(`story ${id} has no #storybook-root`);
    return root;
  }

  remove(): void {
    this.frame.remove();
  }
}
