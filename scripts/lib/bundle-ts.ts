/**
 * Bundles a TypeScript entry and the modules it imports by relative path into one classic
 * script (for page.addInitScript): each file is transpiled with the project's TypeScript to
 * CommonJS and wrapped in a small module table. No type checking (npm run typecheck does it).
 */
import fs from "fs";
import path from "path";
import ts from "typescript";

export function bundleTs(entry: string, { expose = false }: { expose?: boolean } = {}): string {
  const modules = new Map<string, { out: string; deps: Record<string, string> }>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    const out = ts.transpileModule(fs.readFileSync(file, "utf8"), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
      fileName: file,
    }).outputText;
    const deps: Record<string, string> = {};
    modules.set(file, { out, deps });
    for (const m of out.matchAll(/require\("(\.[^"]+)"\)/g)) {
      const dep = path.resolve(path.dirname(file), m[1]) + ".ts";
      if (!fs.existsSync(dep)) throw new Error(`bundle-ts: ${file} imports ${m[1]}, not a .ts file`);
      deps[m[1]] = dep;
      visit(dep);
    }
  };
  visit(path.resolve(entry));
  const ids = new Map([...modules.keys()].map((f, i) => [f, i]));
  const table = [...modules.entries()]
    .map(([, { out, deps }]) => {
      const map = Object.fromEntries(Object.entries(deps).map(([k, v]) => [k, ids.get(v)]));
      return `[function (require, module, exports) {\n${out}\n}, ${JSON.stringify(map)}]`;
    })
    .join(",\n");
  return `(function () {
"use strict";
var defs = [${table}];
var cache = {};
function load(id) {
  if (cache[id]) return cache[id].exports;
  var module = (cache[id] = { exports: {} });
  defs[id][0](function (name) {
    if (!(name in defs[id][1])) throw new Error("bundle-ts: cannot require " + name);
    return load(defs[id][1][name]);
  }, module, module.exports);
  return module.exports;
}
${expose ? "return " : ""}load(0);
})();
`;
}
