/**
 * The registry of equivalent mutants (issue #11): for each source file with survivors that no
 * test can kill, `tests/<mirror of src>/<name>.equivalents.json` lists them, each with a reason
 * key from `tests/support/mutation-reasons.json` and a sentence saying why no input can tell the
 * mutant from the original. This module reads and checks those files and matches a StrykerJS
 * report's survivors against them; `scripts/mutation-summary.ts` and
 * `tests/scripts/mutation-equivalents.test.ts` use it.
 */
import * as path from "path";

/** One registered equivalent mutant. */
export interface Equivalent {
  /** The mutant's start line in the source measured (a hint: code moves). */
  line: number;
  /** StrykerJS's `mutatorName`. */
  mutator: string;
  /** The exact source text StrykerJS replaced. */
  original: string;
  /** StrykerJS's `replacement`, exact. */
  replacement: string;
  /** A key of tests/support/mutation-reasons.json. */
  reason: string;
  /** Why no input can tell this mutant from the original, in one or two sentences. */
  why: string;
}

/** The mutators StrykerJS 9 can report (its `mutatorName`s). */
export const MUTATORS: readonly string[] = [
  "ArithmeticOperator",
  "ArrayDeclaration",
  "ArrowFunction",
  "AssignmentOperator",
  "BlockStatement",
  "BooleanLiteral",
  "ConditionalExpression",
  "EqualityOperator",
  "LogicalOperator",
  "MethodExpression",
  "ObjectLiteral",
  "OptionalChaining",
  "Regex",
  "StringLiteral",
  "UnaryOperator",
  "UpdateOperator",
];

/** How far (in lines) a registered `original` may sit from its `line` in today's source. */
export const LINE_TOLERANCE = 30;

const FIELDS = ["line", "mutator", "original", "replacement", "reason", "why"];

/** `src/core/extract/numbers.ts` → `tests/core/extract/numbers.equivalents.json` (paths relative to the repo). */
export function registryPathOf(sourceFile: string): string {
  const rel = sourceFile.split(path.sep).join("/");
  if (!rel.startsWith("src/") || !rel.endsWith(".ts")) throw new Error(`Not a source file under src/: ${sourceFile}`);
  return `tests/${rel.slice("src/".length, -".ts".length)}.equivalents.json`;
}

/** The reverse of registryPathOf. */
export function sourcePathOf(registryFile: string): string {
  const rel = registryFile.split(path.sep).join("/");
  if (!rel.startsWith("tests/") || !rel.endsWith(".equivalents.json"))
    throw new Error(`Not a registry file (tests/…/<name>.equivalents.json): ${registryFile}`);
  return `src/${rel.slice("tests/".length, -".equivalents.json".length)}.ts`;
}

/** The 1-based lines where `text` starts in `source`. */
export function linesOf(source: string, text: string): number[] {
  const found: number[] = [];
  if (text.length === 0) return found;
  let line = 1;
  let counted = 0;
  for (let at = source.indexOf(text); at >= 0; at = source.indexOf(text, at + 1)) {
    for (; counted < at; counted++) if (source.charCodeAt(counted) === 10) line++;
    found.push(line);
  }
  return found;
}

/** A `why` that only says "equivalent" (or nearly nothing) explains nothing. */
function saysNothing(why: string): boolean {
  const words = why
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter((w) => w.length > 0 && !["equivalent", "mutant", "mutants", "the", "is", "an", "a"].includes(w));
  return words.length < 4;
}

/**
 * Every problem of one registry file's parsed JSON, as lines of text (empty: well-formed).
 * `source`: today's text of the file it registers mutants of; `reasons`: the reason keys.
 */
export function registryProblems(json: unknown, source: string, reasons: Record<string, string>): string[] {
  if (!Array.isArray(json)) return ["the registry is not a JSON array"];
  const problems: string[] = [];
  const seen = new Set<string>();
  let previousLine = 0;
  json.forEach((raw: unknown, i) => {
    const at = `entry ${i + 1}`;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      problems.push(`${at}: not an object`);
      return;
    }
    const e = raw as Record<string, unknown>;
    for (const k of Object.keys(e)) if (!FIELDS.includes(k)) problems.push(`${at}: unknown field "${k}"`);
    const { line, mutator, original, replacement, reason, why } = e;
    if (typeof line !== "number" || !Number.isInteger(line) || line < 1) {
      problems.push(`${at}: "line" must be a positive integer`);
      return;
    }
    const where = `${at} (line ${line})`;
    if (typeof mutator !== "string" || !MUTATORS.includes(mutator))
      problems.push(`${where}: "mutator" ${JSON.stringify(mutator)} is not a StrykerJS mutator name`);
    if (typeof replacement !== "string") problems.push(`${where}: "replacement" must be a string`);
    if (typeof reason !== "string" || !Object.prototype.hasOwnProperty.call(reasons, reason))
      problems.push(`${where}: "reason" ${JSON.stringify(reason)} is not a key of tests/support/mutation-reasons.json`);
    if (typeof why !== "string" || saysNothing(why))
      problems.push(`${where}: "why" must say, specifically, why no input can tell the mutant apart`);
    if (typeof original !== "string" || original.length === 0) {
      problems.push(`${where}: "original" must be the non-empty source text replaced`);
    } else {
      const lines = linesOf(source, original);
      if (!lines.some((l) => Math.abs(l - line) <= LINE_TOLERANCE))
        problems.push(
          lines.length === 0
            ? `${where}: stale: ${JSON.stringify(original)} no longer occurs in the source`
            : `${where}: stale: ${JSON.stringify(original)} occurs at line ${lines.join(", ")}, not within ${LINE_TOLERANCE} lines of ${line}`,
        );
    }
    if (typeof original === "string" && original === replacement)
      problems.push(`${where}: "replacement" equals "original"`);
    if (line < previousLine) problems.push(`${where}: not sorted by line (after line ${previousLine})`);
    previousLine = line;
    const key = JSON.stringify([line, mutator, original, replacement]);
    if (seen.has(key)) problems.push(`${where}: duplicate of an earlier entry`);
    seen.add(key);
  });
  return problems;
}

/** Problems of the reason list: kebab-case keys, each with a one-line explanation. */
export function reasonProblems(json: unknown): string[] {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return ["the reasons are not a JSON object"];
  return Object.entries(json).flatMap(([k, v]) => [
    ...(/^[a-z]+(-[a-z]+)*$/.test(k) ? [] : [`reason key "${k}" is not kebab-case`]),
    ...(typeof v === "string" && v.trim().length >= 20 && !v.includes("\n")
      ? []
      : [`reason "${k}": the explanation must be one line of at least 20 characters`]),
  ]);
}

/** A mutant as a StrykerJS JSON report (mutation-testing-report-schema) holds it. */
export interface ReportMutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}

/** The source text a mutant replaces: the report's source from its start to its end (line and column 1-based). */
export function originalOf(source: string, m: Pick<ReportMutant, "location">): string {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  const at = (p: { line: number; column: number }): number => (starts[p.line - 1] ?? source.length) + p.column - 1;
  return source.slice(at(m.location.start), at(m.location.end));
}

/** Statuses StrykerJS counts as undetected (in the score's denominator, not its numerator). */
export const UNDETECTED: ReadonlySet<string> = new Set(["Survived", "NoCoverage"]);

/** What a survivor and a registry entry are matched on, besides the line. */
interface Matched {
  line: number;
  mutator: string;
  original: string;
  replacement: string;
}

/**
 * The registered entries that explain survivors, one per survivor (undefined: unexplained).
 * An entry and a survivor match on mutator, original text and replacement, no further apart
 * than LINE_TOLERANCE lines (another place with the same text is another mutant), and each
 * entry explains the survivors of one line only: the nearest pairs are matched first, so
 * that two places with the same text need two entries (one entry may not stand for both).
 * Survivors of one line with the same text (the same mutation at two columns) cannot be told
 * apart by an entry and share one.
 */
export function matchEquivalents(
  survivors: readonly Matched[],
  entries: readonly Equivalent[],
): (Equivalent | undefined)[] {
  const groupOf = new Map<string, number[]>();
  survivors.forEach((s, i) => {
    const key = JSON.stringify([s.line, s.mutator, s.original, s.replacement]);
    const group = groupOf.get(key);
    if (group) group.push(i);
    else groupOf.set(key, [i]);
  });
  const groups = [...groupOf.values()];
  const pairs: { group: number; entry: number; distance: number }[] = [];
  groups.forEach((members, group) => {
    const s = survivors[members[0]];
    entries.forEach((e, entry) => {
      const distance = Math.abs(e.line - s.line);
      if (
        e.mutator === s.mutator &&
        e.original === s.original &&
        e.replacement === s.replacement &&
        distance <= LINE_TOLERANCE
      )
        pairs.push({ group, entry, distance });
    });
  });
  pairs.sort((a, b) => a.distance - b.distance || a.group - b.group || a.entry - b.entry);
  const out: (Equivalent | undefined)[] = survivors.map(() => undefined);
  const groupDone = new Set<number>();
  const entryUsed = new Set<number>();
  for (const { group, entry } of pairs) {
    if (groupDone.has(group) || entryUsed.has(entry)) continue;
    groupDone.add(group);
    entryUsed.add(entry);
    for (const i of groups[group]) out[i] = entries[entry];
  }
  return out;
}
