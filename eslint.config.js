/**
 * ESLint 9 flat config for src/, tests/, scripts/ and the root config files.
 *
 * - TypeScript (src/, tests/, scripts/): typescript-eslint's type-checked presets
 *   (strictTypeChecked + stylisticTypeChecked), with type information from the TypeScript
 *   project service: each .ts file is checked against the tsconfig.json nearest to it
 *   (the root tsconfig.json, which covers src/, tests/ and scripts/), so any new .ts
 *   file there is linted with types as soon as it exists. The few rules turned off or tuned
 *   are in TS_RULES below, each with its reason.
 *   `no-undef` stays off there, as typescript-eslint advises: the compiler already checks names.
 * - JavaScript files get the same rules minus the type-aware ones (disableTypeChecked): they
 *   have no types to read.
 * - src/ also gets eslint-plugin-office-addins (it supports flat config). Only its own rules are
 *   taken from its "recommended" preset, which would also bring prettier formatting as errors, its
 *   own typescript-eslint copy and ES6 parsing. Four of them are off (OFFICE_RULES_OFF below): they
 *   only recognise a literal context.sync() call, and src/taskpane/writer.ts syncs through a
 *   counting wrapper, so they report loads "never synced" that are synced (20 false positives).
 * - The JavaScript left is the tools' configuration (webpack.config.js, jest and eslint configs),
 *   CommonJS for Node, so require() is fine there, and so is shadowing a Node global.
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

/** Tuning of the type-checked presets for .ts files; every entry says why. */
const TS_RULES = {
  // Numbers and booleans print unambiguously in a template ("3", "true"); what the rule is for,
  // objects ("[object Object]"), undefined, null and unknown values, stays an error.
  "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true, allowBoolean: true }],
  // `() => void call()` as a callback (forEach, expect(() => …).toThrow()) is the common idiom;
  // a void value used anywhere else (assigned, returned from a block, in a condition) is still reported.
  "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
  // `a || b` on strings is deliberate where an empty string means "none" (an empty hyperlink
  // address, an empty cell's text): `??` would keep the "". Other types still need `??`.
  "@typescript-eslint/prefer-nullish-coalescing": ["error", { ignorePrimitives: { string: true } }],
  // Off: the tsconfig has no noUncheckedIndexedAccess, so the compiler types `list[i]`, `map[key]`
  // and a regular expression's optional groups as always defined, and this rule then reports the
  // checks that guard exactly those run-time undefineds (and Office.js globals missing outside
  // Office) as "unnecessary". Removing them would be wrong; the rule is only sound with that flag.
  "@typescript-eslint/no-unnecessary-condition": "off",
  // Off: it asks for `x!` where the code writes `x as T`, and the strict preset's
  // no-non-null-assertion forbids `x!` (typescript-eslint documents the two as conflicting).
  "@typescript-eslint/non-nullable-type-assertion-style": "off",
};

module.exports = tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "src/generated/**",
      "test-results/**",
      "screenshots/**",
      ".stryker-tmp/**",
      "reports/**",
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: __dirname },
    },
  },
  {
    files: ["**/*.ts"],
    rules: {
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      ...TS_RULES,
    },
  },
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // This test breaks a JSON copy of the dataset on purpose (deletes required fields, writes
    // values of the wrong type) to show the validator names each fault: it works on untyped JSON.
    files: ["tests/data/dataset.test.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
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
    rules: {
      // A test states what it expects to exist (`expect(x).toBeDefined()`, a fixture it just
      // built) and then reads it with `x!`; were it missing, the test fails, which is its job.
      "@typescript-eslint/no-non-null-assertion": "off",
    },
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
);
