// @ts-check
/** The repository root, so that Node tests do not depend on the folder they are started from. */
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
