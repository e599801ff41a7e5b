/**
 * Speed work must not change answers: every call of tests/support/golden-calls.ts (a few
 * thousand, across all functions, currencies, methods, dates and companies, bad input
 * included) gives exactly the answer recorded in tests/core/golden.json before the
 * performance changes (value, error code, message, rate label and note), compared by hash.
 * To re-record after an intended change of wording: GOLDEN_RECORD=1 npx jest tests/core/golden.test.ts
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { getRate } from "../../src/core/fx";
import * as worksheet from "../../src/core/worksheet";
import { answerText, goldenCalls } from "../support/golden-calls";

const FILE = path.join(__dirname, "golden.json");
const fns: Record<string, (...args: unknown[]) => unknown> = {
  ...(worksheet as unknown as Record<string, (...args: unknown[]) => unknown>),
  getRate: getRate as (...args: unknown[]) => unknown,
};
const hash = (s: string): string => createHash("sha256").update(s).digest("hex").slice(0, 12);

/** What a user sees of an error is its code and message; its catalogue id and parameters only render it in another language. */
function withoutCatalogueRef(answer: unknown): unknown {
  if (answer && typeof answer === "object" && (answer as { ok?: unknown }).ok === false) {
    const { id: _id, params: _params, ...shown } = answer as Record<string, unknown>;
    return shown;
  }
  return answer;
}

function answers(list = goldenCalls()): { calls: string; hashes: string[]; texts: string[] } {
  const texts = list.map(([fn, args]) => answerText(withoutCatalogueRef(fns[fn](...args))));
  return { calls: hash(answerText(list)), hashes: texts.map(hash), texts };
}

/** The functions the recorded calls ask, each checked by its own test. */
const FUNCTIONS = [
  "valuation",
  "raised",
  "totalRaised",
  "rounds",
  "investors",
  "metric",
  "fx",
  "rate",
  "source",
  "roundCard",
  "getRate",
];

// The answers are computed inside the tests, not while the file is collected, one test per
// function: StrykerJS (npm run mutation) attributes what runs to the test that runs it, and
// then runs, for each mutant, only the tests that reach it.
describe("answers stay identical to the recorded ones", () => {
  const recorded = (): { calls: string; hashes: string[] } =>
    JSON.parse(fs.readFileSync(FILE, "utf8")) as { calls: string; hashes: string[] };

  if (process.env.GOLDEN_RECORD) {
    it("records the answers", () => {
      const now = answers();
      fs.writeFileSync(FILE, JSON.stringify({ calls: now.calls, hashes: now.hashes }) + "\n");
    });
    return;
  }

  it("asks the same calls as when the answers were recorded, each of a function checked below", () => {
    const list = goldenCalls();
    expect(hash(answerText(list))).toBe(recorded().calls);
    expect(list.length).toBe(recorded().hashes.length);
    expect([...new Set(list.map(([fn]) => fn))].sort()).toEqual([...FUNCTIONS].sort());
  });

  it.each(FUNCTIONS)("%s gives the recorded answer to each of its calls", (name) => {
    const all = goldenCalls();
    const at = all.flatMap(([fn], i) => (fn === name ? [i] : []));
    expect(at.length).toBeGreaterThan(0);
    const now = answers(at.map((i) => all[i]));
    const { hashes } = recorded();
    const changed = at.flatMap((i, k) =>
      now.hashes[k] === hashes[i] ? [] : [`${answerText(all[i])} → ${now.texts[k]}`],
    );
    expect(changed.slice(0, 5)).toEqual([]);
    expect(changed.length).toBe(0);
  });
});
