import { fieldStories } from '../field-stories.js';

const stories = fieldStories('notice');

/** The `notice` field in its one state; language and theme come from the toolbar, the rest from Controls. */
export default { title: 'Field types/notice', ...stories.meta };
export const Pristine = stories.Pristine;
