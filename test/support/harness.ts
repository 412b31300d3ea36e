/**
 * The harness as one import, for test files written before it was split (test/model/, test/definition/):
 * user actions and queries live in user.ts, fixtures in fixtures.ts. New tests import those two directly.
 */
export * from './fixtures.js';
export * from './user.js';
