/**
 * The pane's message bar: a box whose data-intent colours it (success, warning, error) and a
 * paragraph for the text. The main pane and the add-a-source view each own one and show or
 * clear it the same way through showMessage.
 */
import type { Intent } from "./messages";

export interface BarMessage {
  intent: Intent;
  text: string;
}

/** Show `m` in the bar, or hide the bar and empty its text when `m` is null. */
export function showMessage(bar: HTMLElement, text: HTMLElement, m: BarMessage | null): void {
  if (!m) {
    bar.hidden = true;
    text.textContent = "";
    return;
  }
  bar.hidden = false;
  bar.dataset.intent = m.intent;
  text.textContent = m.text;
}
