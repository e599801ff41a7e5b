/**
 * Outside Excel (the page opened in a browser to read how to load it) there is no
 * CustomFunctions global, and each wrapper's associate call would throw. Define an inert
 * stand-in there so the page stays quiet; inside Excel the runtime's own object is used.
 */
const g = globalThis as unknown as { CustomFunctions?: unknown };
if (typeof g.CustomFunctions === "undefined") {
  g.CustomFunctions = {
    associate: () => undefined,
    Error: class {
      constructor(
        public code: string,
        public message?: string,
      ) {}
    },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  };
}

export {};
