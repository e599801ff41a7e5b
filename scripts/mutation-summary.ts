/**
 * npm run mutation:summary — the mutation score of src/core (and of each file) from the JSON
 * reports that `npm run mutation` leaves in reports/mutation/ (one per STRYKER_MUTATE run,
 * or all.json for a whole run). When several reports hold the same file, the newest counts.
 *
 * Score as StrykerJS computes it: detected (killed or timed out) ÷ (detected + survived + no
 * coverage); mutants the type checker rejects (compile errors), runtime errors and ignored
 * mutants do not count. `--survivors` also lists every surviving mutant (file:line, mutator,
 * replacement); `--prefix src/functions/` summarises another folder.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");
const DIR = path.join(ROOT, "reports/mutation");

interface Mutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number } };
}
interface Report {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}

const args = process.argv.slice(2);
const prefixAt = args.indexOf("--prefix");
const prefix = prefixAt >= 0 ? args[prefixAt + 1] : "src/core/";
const listSurvivors = args.includes("--survivors");

const reports = fs.existsSync(DIR)
  ? fs
      .readdirSync(DIR)
      .filter((f) => f.endsWith(".json") && !f.endsWith(".incremental.json"))
      .map((f) => ({ file: f, mtime: fs.statSync(path.join(DIR, f)).mtimeMs }))
      .sort((a, b) => a.mtime - b.mtime)
  : [];
if (reports.length === 0) {
  console.error(
    `No mutation report in ${path.relative(ROOT, DIR)}/: run npm run mutation first (STRYKER_MUTATE=src/core/x.ts for one file).`,
  );
  process.exit(1);
}

/** The newest report's mutants for each source file. */
const byFile = new Map<string, { mutants: Mutant[]; report: string; when: Date }>();
for (const r of reports) {
  const json = JSON.parse(fs.readFileSync(path.join(DIR, r.file), "utf8")) as Report;
  for (const [name, f] of Object.entries(json.files)) {
    const rel = path.relative(ROOT, path.resolve(ROOT, name)).split(path.sep).join("/");
    byFile.set(rel, { mutants: f.mutants, report: r.file, when: new Date(r.mtime) });
  }
}

const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);
interface Count {
  total: number;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  invalid: number;
}
const count = (ms: Mutant[]): Count => ({
  total: ms.length,
  killed: ms.filter((m) => m.status === "Killed").length,
  timeout: ms.filter((m) => m.status === "Timeout").length,
  survived: ms.filter((m) => m.status === "Survived").length,
  noCoverage: ms.filter((m) => m.status === "NoCoverage").length,
  invalid: ms.filter((m) => !DETECTED.has(m.status) && !UNDETECTED.has(m.status)).length,
});
const score = (c: Count): string => {
  const valid = c.killed + c.timeout + c.survived + c.noCoverage;
  return valid === 0 ? "n/a" : `${((100 * (c.killed + c.timeout)) / valid).toFixed(2)}%`;
};

const files = [...byFile.keys()].filter((f) => f.startsWith(prefix)).sort();
if (files.length === 0) {
  console.error(`No report covers ${prefix}.`);
  process.exit(1);
}
const rows = files.flatMap((f) => {
  const e = byFile.get(f);
  return e ? [{ f, c: count(e.mutants), e }] : [];
});
const pad = (s: string | number, n: number): string => String(s).padStart(n);
const width = Math.max(...files.map((f) => f.length), 5);
console.log(
  `${"file".padEnd(width)} ${pad("mutants", 7)} ${pad("killed", 6)} ${pad("timeout", 7)} ${pad("survived", 8)} ${pad("no cov.", 7)} ${pad("invalid", 7)} ${pad("score", 8)}  report (time)`,
);
for (const { f, c, e } of rows) {
  console.log(
    `${f.padEnd(width)} ${pad(c.total, 7)} ${pad(c.killed, 6)} ${pad(c.timeout, 7)} ${pad(c.survived, 8)} ${pad(c.noCoverage, 7)} ${pad(c.invalid, 7)} ${pad(score(c), 8)}  ${e.report} (${e.when.toISOString().slice(0, 16)}Z)`,
  );
}
const all = count(rows.flatMap((r) => r.e.mutants));
console.log(
  `${"all".padEnd(width)} ${pad(all.total, 7)} ${pad(all.killed, 6)} ${pad(all.timeout, 7)} ${pad(all.survived, 8)} ${pad(all.noCoverage, 7)} ${pad(all.invalid, 7)} ${pad(score(all), 8)}`,
);
console.log(
  `Mutation score of ${prefix} over ${files.length} file(s) with a report: ${score(all)} (invalid = rejected by the type checker or ignored; not counted).`,
);

if (listSurvivors) {
  for (const { f, e } of rows) {
    for (const m of e.mutants.filter((x) => UNDETECTED.has(x.status))) {
      console.log(
        `${f}:${m.location.start.line} ${m.status} ${m.mutatorName} → ${(m.replacement ?? "").replace(/\s+/g, " ").slice(0, 100)}`,
      );
    }
  }
}
