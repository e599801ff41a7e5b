/**
 * `npm run extract -- FILE [--date] [--lang] [--company]` (scripts/extract.ts, run by tsx):
 * a JSON array of candidates on stdout, messages on stderr, exit code 1 on bad input.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [TSX, path.join(ROOT, "scripts/extract.ts"), ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let file: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "hf-extract-"));
  file = path.join(dir, "article.txt");
  fs.writeFileSync(
    file,
    "Acme, une start-up nantaise, a levé 8 millions d’euros l'an dernier en série A, menée par Foo Capital.\n",
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run extract", () => {
  it("prints the candidates as a JSON array, dates resolved against --date, company from --company", () => {
    const r = run([file, "--date", "2024-04-02", "--lang", "fr", "--company", "Acme"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as unknown[];
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      kind: "round",
      amount: 8000000,
      currency: "EUR",
      date: { value: "2023", precision: "year", phrase: "l'an dernier" },
      round: { name: "Series A" },
      investors: { leads: ["Foo Capital"] },
      company: "Acme",
      phrase: "8 millions d’euros",
    });
  });

  it("reads standard input for -, detects the language and says so on stderr", () => {
    const r = run(["-", "--date=2024-04-02"], "Acme raised $3 million today.");
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[])[0]).toMatchObject({
      amount: 3000000,
      currency: "USD",
      date: { value: "2024-04-02" },
    });
    expect(r.stderr).toMatch(/Language detected: en/);
  });

  it.each([
    [["--lang", "fr"], /FILE is missing/],
    [["x.txt", "--lang", "de"], /Cannot read|language/],
    [["--date", "2024-04-02", "--lang"], /--lang needs a value/],
    [["a", "b"], /Only one FILE/],
    [["a", "--verbose"], /Unknown option --verbose/],
  ])("%j is refused with a message and exit code 1", (args, message) => {
    const r = run(args);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });

  it("a bad --date or --lang is the core's message", () => {
    expect(run([file, "--lang", "de"]).stderr).toMatch(/Expected a language: fr, en or zh; got "de"/);
    expect(run([file, "--date", "2024-13-01"]).stderr).toMatch(/Expected a publication date/);
  });
});
