/**
 * Fuzzing the built functions: thousands of arguments of every kind Excel can pass.
 * `npm run fuzz` runs 100,000 per function.
 */
import { spawnSync } from "child_process";
import path from "path";
import { loadBuilt, Built } from "../support/built";
// The CustomFunctions global a wrapper needs outside Excel (an inert stand-in).
import "../../src/functions/_runtime";
import * as dates from "../../src/core/dates";
import { answer } from "../../src/functions/_excel";
import { totalraised } from "../../src/functions/totalraised";
import { fuzzFunction, problemWith } from "../../scripts/lib/fuzz";

let built: Built;
beforeAll(() => {
  built = loadBuilt();
});

/** The built function `id`: its functions.json entry and what CustomFunctions.associate received. */
function builtFunction(id: string) {
  const meta = built.metadata.functions.find((f) => f.id === id);
  const impl = built.registry.get(id);
  if (!meta || !impl) throw new Error(`HF.${id} is not in the build`);
  return { meta, impl };
}

describe("every HF.* function under random input", () => {
  const ids = [
    "VALUATION",
    "RAISED",
    "TOTALRAISED",
    "ROUNDS",
    "INVESTORS",
    "METRIC",
    "FXCONVERT",
    "FXRATE",
    "SOURCE",
    "ROUNDCARD",
  ];
  it.each(ids)("%s returns a value or #VALUE!/#N/A/#NUM! with a message, 400 random calls", (id) => {
    const { meta, impl } = builtFunction(id);
    const counts = fuzzFunction(meta, impl, 400, 42);
    expect(counts.calls).toBe(400);
    // The generator reaches both answers and errors for every function.
    expect(counts.values).toBeGreaterThan(0);
    expect(counts["#VALUE!"] + counts["#N/A"]).toBeGreaterThan(0);
  });
});

describe("the fuzz oracle", () => {
  it("rejects what Excel must never see", () => {
    expect(problemWith(NaN)).toMatch(/non-finite/);
    expect(problemWith([[1, 2], [3]])).toBe("ragged spill");
    expect(problemWith([[1, null]])).toBe("hole in spill");
    expect(problemWith({ code: "#DIV/0!", message: "x" })).toMatch(/error code/);
    expect(problemWith({ code: "#N/A", message: "" })).toBe("error without a message");
    expect(problemWith(undefined)).toMatch(/unexpected/);
    expect(problemWith(4500000000)).toBeNull();
  });
});

describe("the fuzz oracle sees an exception that the catch-all turned into #VALUE!", () => {
  afterEach(() => jest.restoreAllMocks());

  it("rejects the catch-all's answer", () => {
    const caught = answer<{ code: string; message: string }>(() => {
      throw new TypeError("x.slice is not a function");
    });
    expect(caught.code).toBe("#VALUE!");
    expect(problemWith(caught)).toMatch(/^internal error/);
  });

  it('fails a fuzz run when date parsing throws a TypeError for every string containing "e" (the issue\'s experiment)', () => {
    const { meta } = builtFunction("TOTALRAISED");
    // Without the fault the same run passes: the oracle is not merely strict.
    expect(fuzzFunction(meta, totalraised, 400, 42).calls).toBe(400);
    const parse = dates.parseDate;
    jest.spyOn(dates, "parseDate").mockImplementation((input: unknown) => {
      if (typeof input === "string" && input.includes("e"))
        throw new TypeError("injected: cannot read properties of undefined");
      return parse(input);
    });
    expect(() => fuzzFunction(meta, totalraised, 400, 42)).toThrow(/Property failed/);
    expect(problemWith(totalraised("2023-08-24e"))).toMatch(/^internal error/);
  });
});

describe("the fuzz watchdog", () => {
  /** Runs fuzzFunction in a child process on `impl` (source of a function), with a 300 ms hang bound. */
  function fuzzInChild(impl: string) {
    const root = path.resolve(__dirname, "../..");
    const script = `
      const { fuzzFunction } = require(${JSON.stringify(path.join(root, "scripts/lib/fuzz.ts"))});
      const meta = { id: "LOOP", name: "LOOP", parameters: [{ name: "x" }], result: {} };
      const counts = fuzzFunction(meta, ${impl}, 50, 42, 300);
      console.log("done " + counts.calls);
    `;
    // tsx as a loader (not its CLI, which would report the child's signal as an exit status).
    // Without a watchdog the hanging child would never end: it gets SIGTERM after 2 minutes.
    return spawnSync(process.execPath, ["--import", "tsx", "-e", script], {
      cwd: root,
      encoding: "utf8",
      timeout: 120_000,
      killSignal: "SIGTERM",
    });
  }

  it("ends a run whose call never returns, naming the function and the seed", () => {
    // An endless loop never returns, so no check after the call could see it.
    const r = fuzzInChild("() => { for (;;) {} }");
    expect(r.signal).toBe("SIGKILL");
    expect(r.stderr).toContain("LOOP (seed 42): hang (call 1 still running after 300 ms)");
    expect(r.stdout).not.toContain("done");
  });

  it("lets a run of calls that return finish, however many there are", () => {
    const r = fuzzInChild("() => 1");
    expect(r.stderr).not.toContain("hang");
    expect(r.stdout).toContain("done 50");
    expect(r.status).toBe(0);
  });
});
