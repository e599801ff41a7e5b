/**
 * ESLint 9 flat config for src/, tests/, scripts/ and the root config files.
 *
 * - TypeScript (src/, tests/): typescript-eslint's recommended rules (no type information needed).
 *   `no-undef` stays off there, as typescript-eslint advises: the compiler already checks names.
 * - src/ also gets eslint-plugin-office-addins (it supports flat config). Only its own rules are
 *   taken from its "recommended" preset, which would also bring prettier formatting as errors, its
 *   own typescript-eslint copy and ES6 parsing. Four of them are off (OFFICE_RULES_OFF below): they
 *   only recognise a literal context.sync() call, and src/taskpane/writer.ts syncs through a
 *   counting wrapper, so they report loads "never synced" that are synced (20 false positives).
 * - JavaScript (scripts/, webpack.config.js, jest and eslint configs, tests/*.js) is CommonJS for
 *   Node, so require() is fine there, and so is shadowing a Node global (const crypto = require("crypto")).
 * - tests/e2e/*.js is injected into the browser page: no Node globals; it declares what it uses
 *   in a global comment.
 */
"use strict";

const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const globals = require("globals");
const officeAddins = require("eslint-plugin-office-addins");

const OFFICE_RULES_OFF = [
  "office-addins/call-sync-before-read",
  "office-addins/call-sync-after-load",
  "office-addins/load-object-before-read",
  "office-addins/test-for-null-using-isNullObject",
];
const officeAddinsRules = Object.fromEntries(
  Object.entries(officeAddins.configs.recommended.find((c) => c.plugins && c.plugins["office-addins"]).rules)
    .filter(([rule]) => rule.startsWith("office-addins/"))
    .map(([rule, level]) => [rule, OFFICE_RULES_OFF.includes(rule) ? "off" : level]),
);

module.exports = tseslint.config(
  {
    ignores: ["dist/**", "node_modules/**", "coverage/**", "src/generated/**", "test-results/**", "screenshots/**", ".stryker-tmp/**", "reports/**"],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.ts"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRules,
  },
  {
    files: ["tests/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      ecmaVersion: 2022,
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-require-imports": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-redeclare": ["error", { builtinGlobals: false }],
    },
  },
  {
    files: ["tests/e2e/**/*.js"],
    languageOptions: { sourceType: "script", globals: {} },
  },
);
