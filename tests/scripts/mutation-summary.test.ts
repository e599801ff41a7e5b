/**
 * scripts/mutation-summary.ts: counts a StrykerJS report as StrykerJS does, and matches each
 * survivor against the registry of equivalent mutants (same mutator, original text and
 * replacement; the nearest line wins; none further than 30 lines away; one entry explains one
 * place, so the same text at two places needs two entries).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Equivalent, ReportMutant } from "../../scripts/lib/mutation-registry";
import { matchEquivalents, originalOf } from "../../scripts/lib/mutation-registry";
import {
  BEGIN,
  END,
  readReports,
  readmeBlock,
  replaceBlock,
  score,
  summarizeFile,
  survivorText,
} from "../../scripts/mutation-summary";

const SOURCE = [
  "export function f(text: string): number {", // 1
  "  let n = 0;", // 2
  "  for (let i = 0; i < text.length; i++) if (text[i] === 'a') n++;", // 3
  "  for (let i = 0; i < text.length; i++) if (text[i] === 'b') n--;", // 4
  "  return n > 0 ? n : 0;", // 5
  "}", // 6
  "",
].join("\n");

let nextId = 0;
function mutant(
  status: string,
  line: number,
  column: number,
  endColumn: number,
  mutatorName: string,
  replacement: string,
): ReportMutant {
  return {
    id: String(nextId++),
    status,
    mutatorName,
    replacement,
    location: { start: { line, column }, end: { line, column: endColumn } },
  };
}
const MUTANTS = [
  mutant("Killed", 2, 11, 12, "ArithmeticOperator", "1"),
  mutant("Timeout", 3, 42, 45, "UpdateOperator", "i--"),
  mutant("Survived", 3, 19, 34, "EqualityOperator", "i <= text.length"),
  mutant("Survived", 4, 19, 34, "EqualityOperator", "i <= text.length"),
  mutant("NoCoverage", 5, 10, 15, "EqualityOperator", "n >= 0"),
  mutant("CompileError", 5, 10, 15, "ConditionalExpression", '"x"'),
  mutant("Survived", 5, 10, 15, "ConditionalExpression", "true"),
];
const entry = (line: number, original: string, replacement: string, mutator = "EqualityOperator"): Equivalent => ({
  line,
  mutator,
  original,
  replacement,
  reason: "reads-past-end",
  why: "text[text.length] is undefined, neither 'a' nor 'b', so the count is the same.",
});

describe("matching survivors against the registry", () => {
  it("reads a mutant's original text from the report's source, across lines too", () => {
    expect(originalOf(SOURCE, MUTANTS[2])).toBe("i < text.length");
    expect(originalOf(SOURCE, { location: { start: { line: 5, column: 10 }, end: { line: 6, column: 2 } } })).toBe(
      "n > 0 ? n : 0;\n}",
    );
  });

  /** The one entry matchEquivalents gives one survivor. */
  const matchOne = (s: Parameters<typeof matchEquivalents>[0][number], es: Parameters<typeof matchEquivalents>[1]) =>
    matchEquivalents([s], es)[0];

  it("matches on mutator, original and replacement; the nearest line wins", () => {
    const at3 = entry(3, "i < text.length", "i <= text.length");
    const at4 = entry(4, "i < text.length", "i <= text.length");
    const s = { line: 4, mutator: "EqualityOperator", original: "i < text.length", replacement: "i <= text.length" };
    expect(matchOne(s, [at3, at4])).toBe(at4);
    expect(matchOne({ ...s, line: 3 }, [at3, at4])).toBe(at3);
    expect(matchOne({ ...s, replacement: "true" }, [at3, at4])).toBeUndefined();
    expect(matchOne({ ...s, mutator: "ConditionalExpression" }, [at3, at4])).toBeUndefined();
    expect(matchOne({ ...s, original: "i < s.length" }, [at3, at4])).toBeUndefined();
  });

  it("does not let an entry explain the same text more than 30 lines away", () => {
    const far = entry(40, "i < text.length", "i <= text.length");
    const s = { line: 4, mutator: "EqualityOperator", original: "i < text.length", replacement: "i <= text.length" };
    expect(matchOne(s, [far])).toBeUndefined();
    expect(matchOne({ ...s, line: 10 }, [far])).toBe(far);
  });

  it("lets one entry explain one line's survivors only: the same text at two places needs two entries", () => {
    const s = { line: 4, mutator: "EqualityOperator", original: "i + 1", replacement: "i - 1" };
    const at4 = entry(4, "i + 1", "i - 1");
    const at20 = entry(20, "i + 1", "i - 1");
    // Lines 4 and 22: one entry at line 4 explains line 4's only; line 22's stays unexplained.
    expect(matchEquivalents([s, { ...s, line: 22 }], [at4])).toEqual([at4, undefined]);
    // Listed the other way round, the nearer pair still wins.
    expect(matchEquivalents([{ ...s, line: 22 }, s], [at4])).toEqual([undefined, at4]);
    // With an entry for each place, each is explained by its own.
    expect(matchEquivalents([s, { ...s, line: 22 }], [at20, at4])).toEqual([at4, at20]);
    // The same mutation at two columns of one line: one entry stands for both (the registry cannot tell them apart).
    expect(matchEquivalents([s, s], [at4])).toEqual([at4, at4]);
  });
});

describe("a file's summary", () => {
  const registry = [entry(3, "i < text.length", "i <= text.length"), entry(20, "x", "y")];
  const sum = summarizeFile("src/core/f.ts", { source: SOURCE, mutants: MUTANTS, report: "r.json" }, registry);

  it("counts as StrykerJS does: compile errors are not valid mutants, a timeout is detected", () => {
    expect(sum).toMatchObject({ killed: 1, timeout: 1, survived: 3, noCoverage: 1, invalid: 1 });
    expect(score(sum)).toBe("33.33%");
    expect(score({ killed: 0, timeout: 0, survived: 0, noCoverage: 0 })).toBe("n/a");
  });

  it("lists every survivor (survived or without coverage) with the entry that explains it, if any", () => {
    expect(sum.survivors.map((s) => [s.line, s.status, s.equivalent?.line])).toEqual([
      [3, "Survived", 3],
      // Line 4's loop has line 3's text, but it is another place: line 3's entry does not explain it.
      [4, "Survived", undefined],
      [5, "NoCoverage", undefined],
      [5, "Survived", undefined],
    ]);
    expect(sum.unmatched).toEqual([registry[1]]);
    expect(survivorText(sum.survivors[2])).toBe("src/core/f.ts:5 EqualityOperator n > 0 → n >= 0");
  });

  it("writes the README block: one row per reason with a count and an example, one row per file", () => {
    const reasons = { "reads-past-end": "reads past the end", "dead-write": "a value nothing reads" };
    const block = readmeBlock([sum], reasons, "src/core/", () => "abc1234 2026-11-22");
    expect(block.startsWith(BEGIN) && block.endsWith(END)).toBe(true);
    expect(block).toContain(
      "| `reads-past-end` | reads past the end | 1 | f.ts:3 `i < text.length` → `i <= text.length` |",
    );
    expect(block).toContain("| `dead-write` | a value nothing reads | 0 | — |");
    expect(block).toContain("| `f.ts` | abc1234 2026-11-22 | 6 | 33.33% | 4 | 1 | 3 |");
    expect(block).toContain("**33.33%**");
  });
});

describe("reading reports and rewriting the README", () => {
  it("takes each file from the newest report that holds it, ignoring incremental files", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mutation-summary-"));
    const write = (name: string, mutants: ReportMutant[], mtime: number): void => {
      const p = path.join(dir, name);
      fs.writeFileSync(p, JSON.stringify({ files: { "src/core/f.ts": { source: SOURCE, mutants } } }));
      fs.utimesSync(p, mtime, mtime);
    };
    write("old.json", MUTANTS.slice(0, 1), 1000);
    write("new.json", MUTANTS.slice(0, 3), 2000);
    write("x.incremental.json", MUTANTS, 3000);
    const got = readReports(dir);
    expect([...got.keys()]).toEqual(["src/core/f.ts"]);
    expect(got.get("src/core/f.ts")).toMatchObject({ report: "new.json", mutants: MUTANTS.slice(0, 3) });
    fs.rmSync(dir, { recursive: true });
  });

  it("replaces only the text between the markers, and refuses a README without them", () => {
    const text = `intro\n${BEGIN}\nold\n${END}\noutro`;
    expect(replaceBlock(text, `${BEGIN}\nnew\n${END}`)).toBe(`intro\n${BEGIN}\nnew\n${END}\noutro`);
    expect(() => replaceBlock("no markers", "x")).toThrow(/no .* block/);
  });
});
