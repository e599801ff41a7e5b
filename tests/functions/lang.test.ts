/**
 * src/functions/_lang.ts: the functions' messages follow Office's display language
 * (Office.context.displayLanguage, a language tag such as "fr-FR"), English where Office.js
 * is absent or not ready. https://learn.microsoft.com/javascript/api/office/office.context#office-office-context-displaylanguage-member
 */
import { displayLanguage } from "../../src/functions/_lang";
import { officePerTest } from "../support/office-host";

const g = globalThis as unknown as { Office?: unknown };
const installOffice = officePerTest();

describe("displayLanguage", () => {
  it.each([
    ["fr-FR", "fr"],
    ["fr-CA", "fr"],
    ["zh-CN", "zh"],
    ["en-GB", "en"],
    ["de-DE", "en"],
  ])("Office in %s: %s", (tag, lang) => {
    installOffice({ host: "Excel", displayLanguage: tag });
    expect(displayLanguage()).toBe(lang);
  });

  it("no Office (a browser, the tests): English", () => {
    delete g.Office;
    expect(displayLanguage()).toBe("en");
  });

  it("Office.js loaded but not initialized (Office.context throws): English", () => {
    g.Office = {
      get context(): never {
        throw new Error("Office.js has not been initialized");
      },
    };
    expect(displayLanguage()).toBe("en");
  });
});
