/** Types of demo-dates.mjs (shared with the Node tests, which run it without a TypeScript step). */
export declare const burningDate: string;
export declare const dogSince: string;
