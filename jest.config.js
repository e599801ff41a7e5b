// @ts-check
/**
 * Jest: TypeScript through ts-jest; tests mirror src/. Browser (e2e) tests run separately via `npm run test:e2e`.
 * JavaScript, type-checked (tsconfig.configs.json): Jest 29 reads a TypeScript config only through ts-node.
 */

/** @type {import("jest").Config} */
const config = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true } }],
  },
  globalSetup: "<rootDir>/tests/global-setup.ts",
  globalTeardown: "<rootDir>/tests/global-teardown.ts",
  testTimeout: 30000,
};

module.exports = config;
