/**
 * The core documents itself the way date-fns does: every exported function of src/core has a
 * JSDoc whose first line, alone, says what it does, and an @example whose results are real.
 * This test reads the sources, checks that, and runs each example:
 *
 *   @example
 *   isoOfDay(19593)
 *   //=> "2023-08-24"
 *
 * An example is lines of code; each `//=> value` line gives the value of the code line just
 * before it (earlier lines may declare what it uses). The code runs with every export of the
 * core in scope (the function's own module first). A value that is not a JavaScript literal
 * (`19570 (2023-08-01)`) is compared by its leading literal. A module-private function has
 * no @example: nothing would run it.
 */
import fs from "fs";
import path from "path";
import { setDateSystem } from "../../src/core/dates";

const CORE = path.resolve(__dirname, "../../src/core");

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : [],
    );
}

interface Documented {
  file: string;
  name: string;
  /** The JSDoc right above the function, without its comment markers; null if there is none. */
  doc: string | null;
}

function exportedFunctions(file: string, exported = true): Documented[] {
  const text = fs.readFileSync(file, "utf8");
  const out: Documented[] = [];
  const re = exported ? /^export (?:async )?function (\w+)/gm : /^(?:async )?function (\w+)/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(0, m.index).trimEnd();
    const doc = before.endsWith("*/") ? before.slice(before.lastIndexOf("/**") + 3, -2) : null;
    out.push({
      file: path.relative(CORE, file),
      name: m[1],
      doc: doc === null ? null : doc.replace(/^\s*\* ?/gm, "").trim(),
    });
  }
  return out;
}

const FUNCTIONS = sources(CORE).flatMap((file) => exportedFunctions(file));

function exampleOf(doc: string): string | null {
  const at = doc.indexOf("@example");
  if (at < 0) return null;
  const rest = doc.slice(at + "@example".length);
  const end = rest.search(/^@\w+/m);
  return (end < 0 ? rest : rest.slice(0, end)).trim();
}

describe("every exported core function is documented", () => {
  it("finds the core's exported functions", () => {
    expect(FUNCTIONS.length).toBeGreaterThan(100);
  });

  it.each(FUNCTIONS.map((f) => [`${f.file} ${f.name}`, f] as const))(
    "%s has a JSDoc whose first line says what it does, alone",
    (_, f) => {
      expect(f.doc).not.toBeNull();
      const [first, second = ""] = (f.doc ?? "").split("\n");
      expect(first.length).toBeGreaterThan(10);
      expect(first).not.toMatch(/^@/);
      // A one-line summary: a blank line, a tag or nothing follows it, as date-fns's @summary.
      expect({ first, then: second.trim() === "" || second.startsWith("@") }).toEqual({ first, then: true });
    },
  );

  it.each(FUNCTIONS.map((f) => [`${f.file} ${f.name}`, f] as const))("%s has an @example", (_, f) => {
    expect(f.doc === null ? null : exampleOf(f.doc)).not.toBeNull();
  });

  it("gives an @example to exported functions only (a module-private function's example would never run)", () => {
    const privateWithExample = sources(CORE)
      .flatMap((file) => exportedFunctions(file, false))
      .filter((f) => f.doc !== null && exampleOf(f.doc) !== null)
      .map((f) => `${f.file} ${f.name}`);
    expect(privateWithExample).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------
// Running the examples

type Scope = Record<string, unknown>;

/**
 * Run an example's text. The one place this test evaluates code: the examples of our own
 * sources, which is what it checks.
 */
function run(names: string[], body: string, values: unknown[]): unknown {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
  return new Function(...names, body)(...values) as unknown;
}

/** Every module of the core, found by walking src/core, hence loaded by path. */
function load(file: string): Scope {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file) as Scope;
}

function scopeFor(file: string): Scope {
  const scope: Scope = {};
  for (const f of sources(CORE)) Object.assign(scope, load(f));
  Object.assign(scope, load(path.join(CORE, file)));
  return scope;
}

/** The leading JavaScript literal of an expected value ("19570 (2023-08-01)" → 19570). */
function expectedValue(text: string): unknown {
  for (let s = text.trim(); s !== ""; s = s.replace(/\s*\([^()]*\)\s*$|\s*\S+\s*$/, "")) {
    try {
      return run([], `return (${s});`, []);
    } catch {
      // shorter
    }
  }
  throw new Error(`Cannot read the expected value ${text}`);
}

interface Check {
  code: string;
  before: string[];
  expected: string;
}

function checksOf(example: string): Check[] {
  const lines = example.split("\n").map((l) => l.trimEnd());
  const checks: Check[] = [];
  const before: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.trim().startsWith("//=>")) continue;
    const next = lines[i + 1];
    if (next?.trim().startsWith("//=>"))
      checks.push({ code: l, before: [...before], expected: next.trim().slice(4).trim() });
    before.push(l);
  }
  return checks;
}

/** TypeScript-only syntax an example may use, removed so it runs as JavaScript. */
function asJavaScript(code: string): string {
  return code.replace(/\sas const\b/g, "").replace(/\sas [A-Z]\w*(\[\])?/g, "");
}

const WITH_EXAMPLES = FUNCTIONS.filter((f) => f.doc !== null && exampleOf(f.doc) !== null).map(
  (f) => [`${f.file} ${f.name}`, f.file, exampleOf(f.doc ?? "") ?? ""] as const,
);

describe("every example's result is what the code returns", () => {
  afterEach(() => setDateSystem(1900, false));

  it.each(WITH_EXAMPLES)("%s", (_key, file, example) => {
    const checks = checksOf(example);
    expect(checks.length).toBeGreaterThan(0);
    const scope = scopeFor(file);
    const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
    for (const c of checks) {
      const body = `${c.before.map(asJavaScript).join("\n")}\nreturn (${asJavaScript(c.code)}\n);`;
      const got = run(
        names,
        body,
        names.map((n) => scope[n]),
      );
      expect({ code: c.code, value: got }).toEqual({ code: c.code, value: expectedValue(c.expected) });
    }
  });
});
