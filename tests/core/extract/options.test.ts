/**
 * The extractor's options (src/core/extract/index.ts, parseOptions): they come from a user
 * (the command line, a cell), so anything may arrive. Absent, null and empty mean "not given";
 * surrounding spaces are ignored; a value of the wrong type is an "invalid_value" result with a message, never an exception.
 */
import { extract } from "../../../src/core/extract";

const TEXT = "Acme a levé 12 millions d'euros.";

/** Options as a user may send them, whatever their declared type. */
function run(options: Record<string, unknown>) {
  return extract(TEXT, options);
}

function value(options: Record<string, unknown>) {
  const r = run(options);
  if (!r.ok) throw new Error(`refused: ${r.message}`);
  return r.value;
}

describe("the publication date", () => {
  it.each([[undefined], [null], [""]])("%p is no date: the figure has no date", (date) => {
    expect(value({ date }).candidates[0].date).toBeNull();
  });

  it("spaces around it are ignored", () => {
    expect(value({ date: " 2024-04-02 " }).candidates[0].date).toMatchObject({ value: "2024-04-02", phrase: null });
  });

  it.each([[20240402], [true], [{}]])("a %p (not text) is refused with a message, not thrown", (date) => {
    const r = run({ date });
    expect(r).toMatchObject({ ok: false, code: "invalid_value" });
  });
});

describe("the language", () => {
  it.each([[undefined], [null], [""]])("%p means: detect it", (lang) => {
    expect(value({ lang })).toMatchObject({ lang: "fr", langDetected: true });
  });

  it("is read without regard to case or surrounding spaces", () => {
    expect(value({ lang: " EN " })).toMatchObject({ lang: "en", langDetected: false });
  });

  it.each([[42], ["de"], [["fr"]]])("%p is refused with a message", (lang) => {
    expect(run({ lang })).toMatchObject({ ok: false, code: "invalid_value" });
  });
});

describe("the company", () => {
  it.each([[undefined], [null], [""], ["   "]])("%p is no company: candidates carry null", (company) => {
    expect(value({ company }).candidates[0].company).toBeNull();
  });

  it("is trimmed", () => {
    expect(value({ company: "  Acme  " }).candidates[0].company).toBe("Acme");
  });

  it.each([[42], [true], [{ name: "Acme" }]])("%p (not text) is refused with a message", (company) => {
    expect(run({ company })).toMatchObject({ ok: false, code: "invalid_value" });
  });
});
