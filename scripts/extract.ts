/**
 * npm run extract -- FILE [--date YYYY-MM-DD] [--lang fr|en|zh] [--company NAME]
 *
 * Reads an article's text (FILE, or "-" for standard input) and prints the candidate facts
 * src/core/extract finds as a JSON array on standard output; messages go to standard
 * error. Exit code 0 on success (even with no candidates), 1 on bad arguments or an
 * unreadable file. Run with tsx (a devDependency), so the same TypeScript core the add-in
 * bundles is what runs here.
 */
import { readFileSync } from "fs";
import path from "path";
import { generateAll } from "./generate";

const USAGE =
  "Usage: npm run extract -- FILE [--date YYYY-MM-DD] [--lang fr|en|zh] [--company NAME]\n       FILE may be - to read standard input.";

interface Args {
  file: string;
  date?: string;
  lang?: string;
  company?: string;
}

function parseArgs(argv: string[]): Args | string {
  const out: Partial<Args> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf("=");
    const [flag, inline] = a.startsWith("--") && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    if (flag === "--date" || flag === "--lang" || flag === "--company") {
      const value = inline ?? argv[++i];
      if (value === undefined) return `${flag} needs a value.`;
      out[flag.slice(2) as "date" | "lang" | "company"] = value;
    } else if (flag === "--help" || flag === "-h") return "";
    else if (a.startsWith("--")) return `Unknown option ${a}.`;
    else if (out.file === undefined) out.file = a;
    else return `Only one FILE is read; got ${out.file} and ${a}.`;
  }
  if (out.file === undefined) return "FILE is missing.";
  return out as Args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    process.stderr.write(`${args ? `${args}\n` : ""}${USAGE}\n`);
    return args ? 1 : 0;
  }
  let text: string;
  try {
    text = readFileSync(args.file === "-" ? 0 : path.resolve(args.file), "utf8");
  } catch (e) {
    process.stderr.write(`Cannot read ${args.file}: ${(e as Error).message}\n`);
    return 1;
  }
  // The core's currency module imports the generated ECB rates: make sure they exist (quietly).
  generateAll({ log: () => undefined });
  const { extract } = await import("../src/core/extract");
  const r = extract(text, {
    date: args.date ?? null,
    lang: (args.lang ?? null) as never,
    company: args.company ?? null,
  });
  if (!r.ok) {
    process.stderr.write(`${r.message}\n`);
    return 1;
  }
  if (r.value.langDetected) process.stderr.write(`Language detected: ${r.value.lang} (give --lang to set it).\n`);
  if (!args.date) process.stderr.write("No --date: relative dates (today, last year…) are left unresolved.\n");
  process.stdout.write(`${JSON.stringify(r.value.candidates, null, 2)}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error && e.stack ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  },
);
