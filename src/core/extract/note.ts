/**
 * A note on a candidate (an Ambiguity): what the text leaves open, as a message id of the
 * one catalogue (src/core/messages.ts) with its parameters, so that the pane shows it in
 * the view's language; `message` is its English rendering (what `npm run extract` prints).
 */
import { MessageId, Param, renderMessage } from "../messages";
import { Ambiguity, AmbiguityKind } from "./types";

/**
 * A note on a candidate, from its message id and parameters, with its English text.
 *
 * @example
 * note("currency-unknown", "noteCurrencyEither", { word: "¥", a: "JPY", b: "CNY" }).message
 * //=> "\"¥\" may be JPY or CNY; the text does not say which."
 */
export function note(kind: AmbiguityKind, id: MessageId, params: Record<string, Param> = {}): Ambiguity {
  return { kind, id, params, message: renderMessage({ id, params }, "en") };
}
