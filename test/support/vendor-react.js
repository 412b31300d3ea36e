// React's CommonJS as an ES module with the names the examples use (bundled by web-test-runner.config.mjs).
import React from 'react';
export default React;
export const { createElement, Fragment, useState, useEffect, useRef } = React;
