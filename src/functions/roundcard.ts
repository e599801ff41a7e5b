import { roundCard, roundCardText } from "../core/worksheet";
import { answer } from "./_excel";

/** Entity values need CustomFunctionsRuntime 1.4 (data types); elsewhere the card falls back to text. */
function dataTypesSupported(): boolean {
  try {
    if (typeof Office === "undefined") return false;
    // Outside an Office host (a plain browser, the tests) Office.context is undefined, whatever its typings say.
    const context = Office.context as Office.Context | undefined;
    return context?.requirements.isSetSupported("CustomFunctionsRuntime", "1.4") === true;
  } catch {
    return false;
  }
}

/**
 * A funding round as a data-type card (amount, currency, date, valuation, lead, investors, source), so =A1.Amount works.
 * @customfunction ROUNDCARD
 * @helpurl https://localhost:3000/help.html#hfroundcard
 * @param round_or_date Round name ("Series C", "Seed"), a date in the round's month ("2019-12", a date cell), or a round card from HF.ROUNDCARD.
 * @param [company] Company name (default: Hugging Face).
 * @example =HF.ROUNDCARD("Series C")
 * @example =HF.ROUNDCARD("2020-06")
 * @returns The round as an entity value.
 */
export function roundcard(round_or_date: unknown, company?: unknown): Excel.EntityCellValue {
  return answer<Excel.EntityCellValue>(
    () => {
      const card = roundCard(round_or_date, company);
      // Where data types are unsupported Excel shows the text fallback instead of a card.
      if (!card.ok) return card;
      const value = dataTypesSupported() ? card.value : roundCardText(card.value);
      return { ok: true, value: value as unknown as Excel.EntityCellValue };
    },
    [round_or_date, company],
    "ROUNDCARD",
  );
}
