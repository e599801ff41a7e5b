/**
 * webpack-cli's entry to webpack.config.ts, where the configuration is. webpack-cli loads a
 * TypeScript config only through a require hook it knows (ts-node, @babel/register,
 * esbuild-register, @swc/register, sucrase: the "interpret" list), none of which the project
 * uses. tsx, the project's TypeScript runner, loads it here instead, with what it imports
 * (scripts/generate.ts, scripts/localize-functions.ts, scripts/help-pages.ts); its hook is
 * removed once the config is loaded.
 */
const { register } = require("tsx/cjs/api");

const unregister = register();
try {
  module.exports = require("./webpack.config.ts").default;
} finally {
  unregister();
}
