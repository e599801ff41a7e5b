/**
 * The worksheet functions follow Office's display language, read in the shared runtime
 * from Office.context.displayLanguage (English where Office.js is absent or not ready:
 * tests, other engines).
 */
import { Lang, languageOf } from "../core/locales";

export function displayLanguage(): Lang {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  try {
    return languageOf(office?.context?.displayLanguage);
  } catch {
    return "en"; // Office.context may throw before Office.js has initialized
  }
}
