import { fieldStories } from '../field-stories.js';

const stories = fieldStories('group');

/** The `group` field in every state; language and theme come from the toolbar, the rest from Controls. */
export default { title: 'Field types/group', ...stories.meta };
export const Pristine = stories.Pristine;
export const Filled = stories.Filled;
export const Error = stories.Error;
export const Review = stories.Review;
export const ReadOnly = stories.ReadOnly;
