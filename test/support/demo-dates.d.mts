/** Types of demo-dates.mjs (shared with the Node tests, which run it without a TypeScript step). */
export declare const burningDate: string;
export declare const dogSince: string;
export declare function burningValues(name: string): {
  name: string;
  anschrift: string;
  datum: string;
  uhrzeitVon: string;
  uhrzeitBis: string;
  menge: string;
  art: string[];
  brandschutz: boolean;
};
