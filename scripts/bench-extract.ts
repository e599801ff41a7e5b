/**
 * npm run bench:extract — how long src/core/extract takes on 1 MB of text (target: under
 * a second), for news-like text in each language and for crafted hostile text; and how
 * long the workbook's own facts take to load (src/core/workbook: validate, merge, index)
 * with 10,000 facts over 1,000 companies (target: 200 ms). Prints the median of several
 * runs per input after a warm-up run, as wall-clock time and as this process's CPU time
 * (user + system, which a machine shared with other work inflates far less; the target
 * applies to wall-clock time); a missed target is reported, not failed. The
 * news-like text is made of sentences written for this bench; the workbook rows are
 * synthetic (companies "Bench 0001"…), never shipped.
 */
import { generateAll } from "./generate";

const MB = 1 << 20;
const TARGET_MS = 1000;
const RUNS = process.argv.includes("--quick") ? 3 : 7;

const NEWS: Record<"fr" | "en" | "zh", string> = {
  fr:
    "La start-up lyonnaise Acme a levé 12 millions d'euros en mars 2024 lors d'un tour de table de série A mené par Foo Capital, " +
    "avec la participation de Bar Ventures et Baz Partners. Elle est désormais valorisée près de 90 millions d'euros. " +
    "L'entreprise emploie plus de 45 salariés, dont 30 à Lyon. Selon la presse, son chiffre d'affaires devrait avoisiner les 4 M€ cette année.\n",
  en:
    "Today, Berlin-based Acme announced it raised $25 million in a Series B round led by Foo Capital, with participation from Bar Ventures. " +
    "The deal values the company at $1.2B. It now has about 150 employees and more than 2,000 customers. " +
    "Revenue last year was under $10 million, according to people familiar with the matter.\n",
  zh: "今天，Acme 宣布完成 2 亿元人民币 B 轮融资，由 Foo 资本领投，Bar 创投跟投。公司估值约 15 亿美元。去年的营收超过 5000 万元。团队目前有 80 多人，平台上已有 3.5 万个模型。\n",
};

const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

const INPUTS: [string, "fr" | "en" | "zh", string][] = [
  ["news fr", "fr", fill(NEWS.fr)],
  ["news en", "en", fill(NEWS.en)],
  ["news zh", "zh", fill(NEWS.zh)],
  ["digits", "en", fill("1")],
  ["thousands groups", "fr", fill("5 000 ")],
  ["figures only", "fr", fill("levée de 1 M$ ")],
  ["no punctuation", "fr", fill("plus de 12 millions d euros selon Foo menée par Bar Baz ")],
  ["control chars and markup", "en", fill("\u0000\u0001<b>1</b>&amp;\u200b")],
  ["open ranges", "fr", fill("50 à 100 à ")],
];

async function main() {
  generateAll({ log: () => undefined });
  const { extract } = await import("../src/core/extract");
  const rows: string[] = [];
  let missed = 0;
  for (const [name, lang, text] of INPUTS) {
    extract(text, { lang, date: "2024-04-02" });
    let count = 0;
    const [median, cpu] = timed(() => {
      const r = extract(text, { lang, date: "2024-04-02" });
      if (r.ok) count = r.value.candidates.length;
    });
    if (median > TARGET_MS) missed++;
    rows.push(
      `${name.padEnd(26)} ${median.toFixed(0).padStart(6)} ms (CPU ${cpu.toFixed(0).padStart(5)} ms) ${String(count).padStart(8)} candidates ${median > TARGET_MS ? "MISSED" : "ok"}`,
    );
  }
  console.log(`extract on 1 MB (median of ${RUNS}, target < ${TARGET_MS} ms):`);
  for (const r of rows) console.log(`  ${r}`);
  if (missed) console.log(`${missed} input(s) over the target.`);
  await benchWorkbook();
}

const LOAD_TARGET_MS = 200;

/** Median wall-clock and CPU milliseconds of RUNS calls of f. */
function timed(f: () => void): [number, number] {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
  return [median(wall), median(cpu)];
}

async function benchWorkbook() {
  const { workbookTables, WORKBOOK_COMPANIES } = await import("./lib/bench-workbook");
  const { loadWorkbook } = await import("../src/core/workbook/load");
  const tables = workbookTables();
  loadWorkbook(tables);
  let used = 0;
  const [median, cpu] = timed(() => {
    used = loadWorkbook(tables).used;
  });
  console.log(
    `workbook facts load, ${(tables.facts?.values.length ?? 1) - 1} rows over ${WORKBOOK_COMPANIES} companies (median of ${RUNS}, target < ${LOAD_TARGET_MS} ms):`,
  );
  console.log(
    `  validate + merge + index   ${median.toFixed(0).padStart(6)} ms (CPU ${cpu.toFixed(0).padStart(5)} ms) ${String(used).padStart(8)} rows used ${median > LOAD_TARGET_MS ? "MISSED" : "ok"}`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
