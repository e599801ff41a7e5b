/**
 * What the pane says after an action: a writer outcome in words, in the pane's language,
 * plus the choices to offer (next free area, new sheet). Pure, so it is unit-tested.
 */
import { Lang, t } from "./i18n";
import type { NextFree, WriteOutcome } from "./writer";

export type Intent = "success" | "warning" | "error";

export interface Choice {
  kind: "next-free" | "new-sheet";
  label: string;
  nextFree?: NextFree;
  sheetName?: string;
}

export interface PaneMessage {
  intent: Intent;
  text: string;
  choices: Choice[];
}

/** `what`: the table's label ("Funding rounds"); `model`: true for the valuation model sheet. */
export function outcomeMessage(o: WriteOutcome, lang: Lang, what: string, model = false): PaneMessage {
  const newSheet = (name: string | null): Choice[] =>
    name ? [{ kind: "new-sheet", label: t(lang, "choiceNewSheet", { name }), sheetName: name }] : [];
  switch (o.status) {
    case "inserted":
      return {
        intent: "success",
        text: model
          ? t(lang, "modelInserted", { sheet: o.sheet, address: o.address })
          : t(lang, "inserted", { table: what, address: o.address }),
        choices: [],
      };
    case "occupied": {
      const choices: Choice[] = [];
      if (o.nextFree)
        choices.push({
          kind: "next-free",
          label: t(lang, "choiceNextFree", { address: o.nextFree.address }),
          nextFree: o.nextFree,
        });
      return {
        intent: "warning",
        text: t(lang, "occupied", { target: o.target, occupied: o.occupied }),
        choices: [...choices, ...newSheet(o.newSheetName)],
      };
    }
    case "protected":
      return o.scope === "sheet"
        ? { intent: "warning", text: t(lang, "protectedSheet", { sheet: o.sheet }), choices: newSheet(o.newSheetName) }
        : { intent: "error", text: t(lang, "protectedWorkbook"), choices: [] };
    case "does-not-fit":
      return {
        intent: "warning",
        text: t(lang, "doesNotFit", { rows: o.rows, cols: o.cols }),
        choices: model ? [] : newSheet(o.newSheetName),
      };
    case "failed": {
      const error = `${o.error.message} [${o.error.code}]`;
      if (o.stage === "read") return { intent: "error", text: t(lang, "failedRead", { error }), choices: [] };
      return {
        intent: "error",
        text: t(lang, o.restored ? "failedWriteRestored" : "failedWriteNotRestored", { error, target: o.target ?? "" }),
        choices: [],
      };
    }
  }
}
