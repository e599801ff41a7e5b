/**
 * The registry of equivalent mutants (scripts/lib/mutation-registry.ts): every
 * `tests/**\/<name>.equivalents.json` beside the tests of `src/**\/<name>.ts` is well-formed,
 * uses a known reason, says why, and still points at today's source, so that an entry goes
 * stale loudly when the code it explains changes.
 */
import * as fs from "fs";
import * as path from "path";
import {
  linesOf,
  reasonProblems,
  registryPathOf,
  registryProblems,
  sourcePathOf,
  type Equivalent,
} from "../../scripts/lib/mutation-registry";

const ROOT = path.resolve(__dirname, "../..");
const REASONS = JSON.parse(fs.readFileSync(path.join(ROOT, "tests/support/mutation-reasons.json"), "utf8")) as Record<
  string,
  string
>;

function registryFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = `${dir}/${d.name}`;
    if (d.isDirectory()) return registryFiles(rel);
    return d.name.endsWith(".equivalents.json") ? [rel] : [];
  });
}
const FILES = registryFiles("tests");

describe("the reason list (tests/support/mutation-reasons.json)", () => {
  it("has kebab-case keys, each with a one-line explanation for the README", () => {
    expect(reasonProblems(REASONS)).toEqual([]);
    expect(Object.keys(REASONS).length).toBeGreaterThanOrEqual(5);
  });
});

describe("every registry file", () => {
  it("exists for at least one source file", () => {
    expect(FILES.length).toBeGreaterThan(0);
  });

  it.each(FILES)("%s registers mutants of an existing source file, well-formed and up to date", (file) => {
    const source = sourcePathOf(file);
    expect(fs.existsSync(path.join(ROOT, source))).toBe(true);
    expect(registryPathOf(source)).toBe(file);
    const json = JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8")) as unknown;
    expect(registryProblems(json, fs.readFileSync(path.join(ROOT, source), "utf8"), REASONS)).toEqual([]);
  });
});

describe("registryProblems catches each kind of fault", () => {
  const source = ["function f(text: string) {", "  for (let i = 0; i < text.length; i++) g(text, i);", "}", ""].join(
    "\n",
  );
  const good: Equivalent = {
    line: 2,
    mutator: "EqualityOperator",
    original: "i < text.length",
    replacement: "i <= text.length",
    reason: "reads-past-end",
    why: "At i = text.length g reads charCodeAt past the end, NaN, which matches nothing.",
  };
  const check = (entries: unknown): string[] => registryProblems(entries, source, REASONS);

  it("accepts a good entry, and the same entry twice on different lines of a longer file", () => {
    expect(check([good])).toEqual([]);
  });

  it("refuses an unknown reason key", () => {
    expect(check([{ ...good, reason: "equivalent" }])).toEqual([
      'entry 1 (line 2): "reason" "equivalent" is not a key of tests/support/mutation-reasons.json',
    ]);
  });

  it("refuses a why that is empty or only says equivalent", () => {
    for (const why of ["", "equivalent", "Equivalent mutant.", "an equivalent"])
      expect(check([{ ...good, why }])).toEqual([
        'entry 1 (line 2): "why" must say, specifically, why no input can tell the mutant apart',
      ]);
  });

  it("refuses an original that no longer occurs, or occurs far from its line", () => {
    expect(check([{ ...good, original: "i < s.length", replacement: "i <= s.length" }])).toEqual([
      'entry 1 (line 2): stale: "i < s.length" no longer occurs in the source',
    ]);
    expect(check([{ ...good, line: 40 }])).toEqual([
      'entry 1 (line 40): stale: "i < text.length" occurs at line 2, not within 30 lines of 40',
    ]);
  });

  it("refuses entries out of line order, and duplicates", () => {
    const other = { ...good, line: 1, original: "text: string", replacement: '""', mutator: "StringLiteral" };
    expect(check([good, other])).toEqual(["entry 2 (line 1): not sorted by line (after line 2)"]);
    expect(check([good, good])).toEqual(["entry 2 (line 2): duplicate of an earlier entry"]);
  });

  it("refuses a missing or unknown field, an unknown mutator, a non-array", () => {
    expect(check({ ...good })).toEqual(["the registry is not a JSON array"]);
    expect(check([{ ...good, note: "x" }])).toEqual(['entry 1: unknown field "note"']);
    expect(check([{ ...good, line: "2" }])).toEqual(['entry 1: "line" must be a positive integer']);
    expect(check([{ ...good, mutator: "Equality" }])).toEqual([
      'entry 1 (line 2): "mutator" "Equality" is not a StrykerJS mutator name',
    ]);
    const { replacement: _r, ...noReplacement } = good;
    expect(check([noReplacement])).toEqual(['entry 1 (line 2): "replacement" must be a string']);
  });

  it("refuses a reason list with a bad key or an empty explanation", () => {
    expect(reasonProblems({ "Bad Key": "a long enough explanation here", ok: "" })).toEqual([
      'reason key "Bad Key" is not kebab-case',
      'reason "ok": the explanation must be one line of at least 20 characters',
    ]);
  });
});

describe("paths and lines", () => {
  it("mirrors src/ under tests/", () => {
    expect(registryPathOf("src/core/extract/numbers.ts")).toBe("tests/core/extract/numbers.equivalents.json");
    expect(sourcePathOf("tests/core/fx-codec.equivalents.json")).toBe("src/core/fx-codec.ts");
    expect(() => registryPathOf("tests/core/x.ts")).toThrow();
  });

  it("finds every line a text starts on, including several on one line and across lines", () => {
    expect(linesOf("a b a\nb\na", "a")).toEqual([1, 1, 3]);
    expect(linesOf("x\ny z\nw", "z\nw")).toEqual([2]);
    expect(linesOf("abc", "")).toEqual([]);
  });
});
