// react-dom/client as an ES module (bundled by web-test-runner.config.mjs, sharing one copy of React).
import client from 'react-dom/client';
export const { createRoot } = client;
