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
const fns: Record<string, (...args: unknown[]) => unknown> = { ...(worksheet as unknown as Record<string, (...args: unknown[]) => unknown>), getRate: getRate as (...args: unknown[]) => unknown };
const hash = (s: string): string => createHash("sha256").update(s).digest("hex").slice(0, 12);

/** What a user sees of an error is its code and message; its catalogue id and parameters only render it in another language. */
function withoutCatalogueRef(answer: unknown): unknown {
  if (answer && typeof answer === "object" && (answer as { ok?: unknown }).ok === false) {
    const { id: _id, params: _params, ...shown } = answer as Record<string, unknown>;
    return shown;
  }
  return answer;
}

function answers(): { calls: string; hashes: string[]; texts: string[] } {
  const list = goldenCalls();
  const texts = list.map(([fn, args]) => answerText(withoutCatalogueRef(fns[fn](...args))));
  return { calls: hash(answerText(list)), hashes: texts.map(hash), texts };
}

describe("answers stay identical to the recorded ones", () => {
  const now = answers();
  if (process.env.GOLDEN_RECORD) {
    fs.writeFileSync(FILE, JSON.stringify({ calls: now.calls, hashes: now.hashes }) + "\n");
  }
  const recorded = JSON.parse(fs.readFileSync(FILE, "utf8")) as { calls: string; hashes: string[] };

  it("asks the same calls as when the answers were recorded", () => {
    expect(now.calls).toBe(recorded.calls);
    expect(now.hashes.length).toBe(recorded.hashes.length);
  });

  it("gives the recorded answer to every call", () => {
    const list = goldenCalls();
    const changed = now.hashes.flatMap((h, i) => (h === recorded.hashes[i] ? [] : [`${answerText(list[i])} → ${now.texts[i]}`]));
    expect(changed.slice(0, 5)).toEqual([]);
    expect(changed.length).toBe(0);
  });
});
