/**
 * `npm start` end to end on Linux: START_EXIT_AFTER_CHECK=1 tsx scripts/start.ts must build in
 * development mode, serve https://localhost:3000 and answer 200 for every manifest.xml URL.
 *
 * Needs port 3000 free and a src/ that compiles. It never skips: while src/ is incomplete the
 * build fails and so does this test, with start.ts's own output in the failure message.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import type { Element as XmlElement } from "@xmldom/xmldom";

const ROOT = path.resolve(__dirname, "../..");
const TIMEOUT_MS = 240_000;

function manifestLocalUrls(): string[] {
  const doc = new DOMParser().parseFromString(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"), "text/xml");
  const urls = Array.from<XmlElement>(doc.getElementsByTagNameNS("*", "*")).flatMap((el) =>
    ["DefaultValue", "Value"]
      .map((a) => el.getAttribute(a) ?? "")
      .filter((v) => v.startsWith("https://localhost:3000/")),
  );
  return [...new Set(urls)];
}

function runStart(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // As npm start runs it: tsx scripts/start.ts.
    const child = spawn(
      process.execPath,
      [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "scripts/start.ts")],
      {
        cwd: ROOT,
        env: { ...process.env, START_EXIT_AFTER_CHECK: "1" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new Error(`scripts/start.ts did not finish within ${TIMEOUT_MS / 1000} s:\n${output}`));
    }, TIMEOUT_MS - 10_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const linuxOnly = process.platform === "linux" ? test : test.skip; // elsewhere start.ts drives Excel desktop

linuxOnly(
  "npm start serves every manifest URL with 200 (START_EXIT_AFTER_CHECK=1)",
  async () => {
    const urls = manifestLocalUrls();
    expect(urls.length).toBeGreaterThan(0);
    const { code, output } = await runStart();
    const report = `scripts/start.ts exited ${code}; its output:\n${output}`;
    if (code !== 0) throw new Error(report);
    for (const url of urls) {
      const line = output.split("\n").find((l) => l.trim().endsWith(` ${url}`) || l.includes(` ${url}  <-`));
      expect({ url, line: line?.trim() }).toEqual({ url, line: `200 ${url}` });
    }
    expect(output).toContain("All manifest URLs answer 200.");
  },
  TIMEOUT_MS,
);
