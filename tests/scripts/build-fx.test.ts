/**
 * scripts/build-fx.ts: checks the ECB file, encodes it within budget, writes only on change,
 * and refuses a malformed file with a clear error. Runs against copies under os.tmpdir().
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

import { buildFx } from "../../scripts/build-fx";
import { FxDecoder, FxEncoding } from "../../src/core/fx-codec";

const REAL_CSV = fs.readFileSync(path.resolve(__dirname, "../../data/fx/eurofxref-hist.csv"), "utf8");
const LINES = REAL_CSV.split("\n").filter((l) => l !== "");
const tmpRoots: string[] = [];

function rootWith(csv: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "build-fx-"));
  tmpRoots.push(root);
  fs.mkdirSync(path.join(root, "data/fx"), { recursive: true });
  fs.writeFileSync(path.join(root, "data/fx/eurofxref-hist.csv"), csv);
  return root;
}
/** The header and the `n` newest rows, as the ECB writes them. */
function small(n = 30): string[] {
  return LINES.slice(0, n + 1);
}
function build(root: string, logs: string[] = []) {
  return buildFx({ root, log: (m: string) => logs.push(m) });
}

afterAll(() => {
  for (const r of tmpRoots) fs.rmSync(r, { recursive: true, force: true });
});

describe("buildFx on the real ECB file", () => {
  const root = rootWith(REAL_CSV);
  const logs: string[] = [];
  let result: { days: number; currencies: number; bytes: number; gzBytes: number; written: boolean; file: string };

  beforeAll(() => {
    result = build(root, logs);
  });

  it("reports 6,983 days of 41 currencies", () => {
    expect(result.days).toBe(6983);
    expect(result.currencies).toBe(41);
  });
  it("stays within the 250 KB gzipped budget and logs raw and gzipped sizes", () => {
    expect(result.gzBytes).toBeLessThanOrEqual(250 * 1024);
    expect(result.bytes).toBeGreaterThan(result.gzBytes);
    expect(logs.join("\n")).toMatch(/fx: 6983 days × 41 currencies.*KB raw, [\d.]+ KB gzipped/);
  });
  it("writes src/generated/fx-data.ts, whose data decodes (with src/core/fx-codec.ts, as the add-in does) to every CSV value exactly", () => {
    expect(result.written).toBe(true);
    const text = fs.readFileSync(path.join(root, "src/generated/fx-data.ts"), "utf8");
    const meta = JSON.parse(/^const meta = (.*);$/m.exec(text)![1]) as Omit<FxEncoding, "bits">;
    const bits = JSON.parse(/^ {2}bits: (".*"),$/m.exec(text)![1]) as string;
    const decoder = new FxDecoder({ ...meta, bits });
    const days = decoder.days;
    const rates = meta.series.map((_, c) => decoder.series(c));
    const codes: string[] = LINES[0].split(",").slice(1, -1);
    expect(meta.series.map((s) => s.code)).toEqual(codes);
    const rows = LINES.slice(1).reverse();
    expect(days).toHaveLength(rows.length);
    rows.forEach((line, i) => {
      const f = line.split(",");
      expect(new Date(days[i] * 86400000).toISOString().slice(0, 10)).toBe(f[0]);
      codes.forEach((_, c) => {
        const want = f[c + 1] === "N/A" ? NaN : Number(f[c + 1]);
        if (!Object.is(rates[c][i], want)) throw new Error(`${codes[c]} ${f[0]}: ${rates[c][i]} ≠ ${f[c + 1]}`);
      });
    });
  });
  it("does not rewrite the file when nothing changed", () => {
    const file = path.join(root, "src/generated/fx-data.ts");
    const before = fs.statSync(file).mtimeMs;
    const again = build(root);
    expect(again.written).toBe(false);
    expect(fs.statSync(file).mtimeMs).toBe(before);
    expect(again.gzBytes).toBe(result.gzBytes);
  });
});

describe("buildFx refuses a malformed ECB file", () => {
  const cases: [string, () => string, RegExp][] = [
    [
      "a missing trailing comma",
      () => [...small().slice(0, 5), small()[5].slice(0, -1), ...small().slice(6)].join("\n"),
      /line 6: missing the trailing comma/,
    ],
    [
      "a wrong header",
      () => ["Day" + small()[0].slice(4), ...small().slice(1)].join("\n"),
      /line 1: the header must start with "Date,"/,
    ],
    [
      "a header without its trailing comma",
      () => [small()[0].slice(0, -1), ...small().slice(1)].join("\n"),
      /line 1: .*trailing comma/,
    ],
    [
      "a duplicated day",
      () => [...small().slice(0, 4), small()[3], ...small().slice(4)].join("\n"),
      /line 5: .* appears twice/,
    ],
    [
      "rows out of order",
      () => [small()[0], small()[2], small()[1], ...small().slice(3)].join("\n"),
      /line 3: .*newest first/,
    ],
    [
      "a missing rate",
      () => [...small().slice(0, 2), small()[2].replace(/^([^,]+),[^,]+,/, "$1,"), ...small().slice(3)].join("\n"),
      /line 3: expected 41 rates/,
    ],
    [
      "a value that is not a number",
      () => [...small().slice(0, 2), small()[2].replace(/^([^,]+),[^,]+,/, "$1,1.2x,"), ...small().slice(3)].join("\n"),
      /line 3: USD on .* is "1.2x"/,
    ],
    [
      "an impossible date",
      () => [...small().slice(0, 2), small()[2].replace(/^[^,]+,/, "2026-02-30,"), ...small().slice(3)].join("\n"),
      /line 3: "2026-02-30" is not a date/,
    ],
    [
      "a blank line inside the table",
      () => [...small().slice(0, 3), "", ...small().slice(3)].join("\n"),
      /line 4: blank line/,
    ],
    ["an empty file", () => "", /empty/],
  ];
  it.each(cases)("with %s, naming the problem", (_, make, message) => {
    const root = rootWith(make());
    expect(() => build(root)).toThrow(message);
    expect(() => build(root)).toThrow(/Malformed ECB rates file: data\/fx\/eurofxref-hist.csv/);
    expect(fs.existsSync(path.join(root, "src/generated/fx-data.ts"))).toBe(false);
  });
  it("when the file is missing", () => {
    const root = rootWith("");
    fs.rmSync(path.join(root, "data/fx/eurofxref-hist.csv"));
    expect(() => build(root)).toThrow(/missing/);
  });
  it("but accepts any well-formed file, e.g. an excerpt (the check is structural, not a fixed hash)", () => {
    // The 30 newest rows, keeping the columns that have a rate in them (CRLF line ends).
    const rows = small(30).map((l) => l.split(","));
    const keep = rows[0].map(
      (_, i) => i === 0 || i === rows[0].length - 1 || rows.slice(1).every((f) => f[i] !== "N/A"),
    );
    const excerpt = rows.map((f) => f.filter((_, i) => keep[i]).join(",")).join("\r\n") + "\r\n";
    const logs: string[] = [];
    const r = build(rootWith(excerpt), logs);
    expect(r.days).toBe(30);
    expect(r.currencies).toBe(keep.filter(Boolean).length - 2);
    expect(logs.join("\n")).toContain("differs from data/fx/README.md");
  });
  it("a currency without a single rate is refused", () => {
    const rows = small(5).map((l) => l.split(","));
    const bgn = rows[0].indexOf("BGN");
    const excerpt = rows.map((f) => [f[0], f[1], f[bgn], ""].join(",")).join("\n");
    expect(() => build(rootWith(excerpt))).toThrow(/currency BGN has no rate at all/);
  });
});
