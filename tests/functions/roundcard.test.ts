/**
 * HF.ROUNDCARD (src/functions/roundcard.ts) from source: a data-type card (an entity value)
 * where Excel supports custom functions returning data types (CustomFunctionsRuntime 1.4:
 * Microsoft 365, Excel on the web), its text elsewhere (Office 2021 has
 * CustomFunctionsRuntime 1.3; outside Office there is no requirement to check).
 * https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-overview
 */
import "../../src/functions/_runtime";
import { roundcard } from "../../src/functions/roundcard";
import { roundCard, roundCardText } from "../../src/core/worksheet";
import { HOSTS, officePerTest } from "../support/office-host";

const g = globalThis as unknown as { Office?: unknown };
const installOffice = officePerTest();

function card(round: string) {
  const c = roundCard(round, null);
  if (!c.ok) throw new Error(c.message);
  return c.value;
}

describe("HF.ROUNDCARD", () => {
  it("Microsoft 365 (CustomFunctionsRuntime 1.4 and later): the entity card", () => {
    installOffice({ host: "Excel", sets: HOSTS.microsoft365 });
    expect(roundcard("Series C", null)).toEqual(card("Series C"));
    expect(roundcard("Series C", null)).toMatchObject({ type: "Entity" });
  });

  it("Office 2021 (CustomFunctionsRuntime 1.3, no data types): the card's text", () => {
    installOffice({ host: "Excel", sets: HOSTS.office2021 });
    expect(roundcard("Series C", null)).toBe(roundCardText(card("Series C")));
  });

  it("no Office (a browser, the tests): the card's text", () => {
    delete g.Office;
    expect(roundcard("Series C", null)).toBe(roundCardText(card("Series C")));
  });

  it("Office.js loaded but not initialized (Office.context has no requirements yet): the card's text", () => {
    g.Office = { context: {} };
    expect(roundcard("Series C", null)).toBe(roundCardText(card("Series C")));
  });

  it("a round that does not exist: #N/A with the core's message, wherever it runs", () => {
    installOffice({ host: "Excel", sets: HOSTS.microsoft365 });
    const r = roundCard("Series Z", null);
    expect(r.ok).toBe(false);
    expect(roundcard("Series Z", null)).toMatchObject({ code: "#N/A", message: r.ok ? "" : r.message });
  });
});
