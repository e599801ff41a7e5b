/**
 * npm start: run the add-in for real, and say plainly what happened.
 *
 * Windows / macOS (Excel desktop can be driven):
 *   trusted dev certificate (office-addin-dev-certs) -> `webpack --mode development`
 *   -> `office-addin-debugging start manifest.xml desktop` (dev server + sideload); its exit code is ours.
 *
 * Linux (no Excel desktop; use Excel on the web):
 *   port 3000 must be free -> HTTPS certificate (office-addin-dev-certs if that needs no prompt, else a
 *   self-signed localhost certificate in .office-addin-dev-certs/, git-ignored) -> webpack dev server on
 *   https://localhost:3000 -> after the first compile, GET every https://localhost:3000/ URL in
 *   manifest.xml (TLS verified against that certificate) and print each status -> sideloading steps
 *   -> serve until Ctrl+C.
 *   START_EXIT_AFTER_CHECK=1 exits 0 right after a fully green URL check (for tests and CI).
 *
 * Exit codes: 0 ok; 1 port in use, certificate failure, build errors or a URL that is not 200.
 */
import crypto from "crypto";
import fs from "fs";
import https from "https";
import net from "net";
import path from "path";
import { spawnSync } from "child_process";
import type { Stats } from "webpack";
import { sideloadText } from "./lib/sideload";

// Loaded when needed (the desktop and web paths use different tools; office-addin-dev-certs
// may not load at all, which is reported, not fatal).
/* eslint-disable @typescript-eslint/no-require-imports */
const loadDevCerts = () => require("office-addin-dev-certs") as typeof import("office-addin-dev-certs");
const loadDevCertPaths = () =>
  require("office-addin-dev-certs/lib/defaults") as typeof import("office-addin-dev-certs/lib/defaults");
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const PORT = 3000;
const DEV_URL = `https://localhost:${PORT}/`;
const LOCAL_CERT_DIR = path.join(ROOT, ".office-addin-dev-certs"); // listed in .gitignore
const EXIT_AFTER_CHECK = process.env.START_EXIT_AFTER_CHECK === "1";

class StartError extends Error {}

function log(message = ""): void {
  console.log(message);
}

/** The distinct https://localhost:3000/ URLs in manifest.xml, in document order. */
function manifestUrls(): string[] {
  const xml = fs.readFileSync(MANIFEST, "utf8").replace(/<!--[\s\S]*?-->/g, "");
  const found = [...xml.matchAll(/\b(?:DefaultValue|Value)="(https:\/\/localhost:3000\/[^"]*)"/g)].map((m) => m[1]);
  if (found.length === 0) throw new StartError("manifest.xml has no https://localhost:3000/ URL to check.");
  return [...new Set(found)];
}

function nodeBin(pkg: string, binName?: string): string {
  const pkgJsonPath = require.resolve(`${pkg}/package.json`, { paths: [ROOT] });
  const { bin } = JSON.parse(fs.readFileSync(pkgJsonPath, "utf8")) as { bin: string | Record<string, string> };
  const rel = typeof bin === "string" ? bin : bin[binName || pkg];
  return path.resolve(path.dirname(pkgJsonPath), rel);
}

/* ------------------------------------------------------------------ Windows / macOS */

async function startDesktop(): Promise<number> {
  log(`npm start (${process.platform}): Excel desktop via office-addin-debugging.`);
  const devCerts = loadDevCerts();
  // May ask once to trust "Developer CA for Microsoft Office Add-ins" (Windows dialog / macOS password).
  await devCerts.getHttpsServerOptions();
  const { localhostCertificatePath, localhostKeyPath, caCertificatePath } = loadDevCertPaths();

  const webpackCli = nodeBin("webpack-cli", "webpack-cli");
  log("\nBuilding (webpack --mode development)...");
  const build = spawnSync(process.execPath, [webpackCli, "--mode", "development"], { cwd: ROOT, stdio: "inherit" });
  if (build.status !== 0) throw new StartError(`Build failed (webpack exited with ${build.status ?? build.signal}).`);

  // The dev server office-addin-debugging launches must present the trusted certificate, not
  // webpack-dev-server's own self-signed one, or Excel desktop refuses to load the add-in.
  const q = (s: string) => `"${s}"`;
  const devServer = [
    q(process.execPath),
    q(webpackCli),
    "serve --mode development",
    `--port ${PORT}`,
    `--server-type https --server-options-key ${q(localhostKeyPath)}`,
    `--server-options-cert ${q(localhostCertificatePath)} --server-options-ca ${q(caCertificatePath)}`,
  ].join(" ");
  const args = ["start", "manifest.xml", "desktop", "--dev-server", devServer, "--dev-server-port", String(PORT)];
  log(`\nRunning office-addin-debugging ${args.join(" ")}`);
  const run = spawnSync(process.execPath, [nodeBin("office-addin-debugging"), ...args], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (run.status === 0) {
    log("\nTo stop the dev server and remove the sideloaded add-in: npx office-addin-debugging stop manifest.xml");
  }
  if (run.status !== 0) printSideloadSteps();
  return run.status ?? 1;
}

/* ------------------------------------------------------------------ Linux: Excel on the web */

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (err: NodeJS.ErrnoException) => {
      const hint =
        err.code === "EADDRINUSE"
          ? `another process is listening (an earlier npm start or dev server?). Find it with: ss -ltnp 'sport = :${port}'`
          : `${err.code || ""} ${err.message}`.trim();
      reject(new StartError(`Port ${port} is in use: ${hint}`));
    });
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

function commandWorks(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: "ignore", timeout: 5000 });
  return r.status === 0;
}

/** The HTTPS certificate the dev server presents, and the CA that the URL check trusts. */
interface Tls {
  options: https.ServerOptions;
  caPem: string | Buffer | undefined;
  caPath: string;
  source: string;
}

/** The message of anything thrown. */
function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** office-addin-dev-certs, only when it cannot block on a password prompt. Returns null if unusable. */
async function officeDevCerts(): Promise<Tls | null> {
  let devCerts: ReturnType<typeof loadDevCerts>;
  try {
    devCerts = loadDevCerts();
  } catch (err) {
    log(`office-addin-dev-certs is not loadable (${messageOf(err)}).`);
    return null;
  }
  let alreadyTrusted = false;
  try {
    alreadyTrusted = devCerts.verifyCertificates();
  } catch {
    alreadyTrusted = false;
  }
  if (!alreadyTrusted && !commandWorks("sudo", ["-n", "true"])) {
    log(
      "office-addin-dev-certs: skipped. On Linux it installs its CA with sudo, and sudo is missing here or would ask for a password.",
    );
    return null;
  }
  try {
    const options = await Promise.race([
      devCerts.getHttpsServerOptions(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timed out after 60 s")), 60000).unref()),
    ]);
    const { caCertificatePath } = loadDevCertPaths();
    return { options, caPem: options.ca, caPath: caCertificatePath, source: "office-addin-dev-certs" };
  } catch (err) {
    log(`office-addin-dev-certs failed: ${String((err instanceof Error && err.message) || err).split("\n")[0]}`);
    return null;
  }
}

/** True if the PEM certificate at certPath is valid for at least another day. */
function certStillValid(certPath: string): boolean {
  try {
    const cert = new crypto.X509Certificate(fs.readFileSync(certPath));
    return (
      new Date(cert.validTo).getTime() - Date.now() > 24 * 3600 * 1000 && cert.checkHost("localhost") === "localhost"
    );
  } catch {
    return false;
  }
}

async function generateSelfSigned(certPath: string, keyPath: string): Promise<string> {
  let selfsigned: typeof import("selfsigned") | null = null;
  try {
    // A dependency of webpack-dev-server, which uses it for exactly this.
    const wdsDir = path.dirname(require.resolve("webpack-dev-server/package.json", { paths: [ROOT] }));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    selfsigned = require(require.resolve("selfsigned", { paths: [wdsDir, ROOT] })) as typeof import("selfsigned");
  } catch {
    selfsigned = null;
  }
  const days = 30;
  if (selfsigned) {
    const notBeforeDate = new Date();
    const notAfterDate = new Date(notBeforeDate.getTime() + days * 24 * 3600 * 1000);
    const pems = await selfsigned.generate([{ name: "commonName", value: "localhost" }], {
      algorithm: "sha256",
      keySize: 2048,
      notBeforeDate,
      notAfterDate,
      extensions: [
        { name: "basicConstraints", cA: true },
        { name: "keyUsage", keyCertSign: true, digitalSignature: true, keyEncipherment: true },
        { name: "extKeyUsage", serverAuth: true },
        {
          name: "subjectAltName",
          altNames: [
            { type: 2, value: "localhost" },
            { type: 7, ip: "127.0.0.1" },
            { type: 7, ip: "::1" },
          ],
        },
      ],
    });
    fs.writeFileSync(keyPath, pems.private, { mode: 0o600 });
    fs.writeFileSync(certPath, pems.cert);
    return "selfsigned";
  }
  const r = spawnSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-sha256",
      "-days",
      String(days),
      "-subj",
      "/CN=localhost",
      "-keyout",
      keyPath,
      "-out",
      certPath,
      "-addext",
      "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1",
      "-addext",
      "basicConstraints=critical,CA:TRUE",
      "-addext",
      "extendedKeyUsage=serverAuth",
    ],
    { encoding: "utf8" },
  );
  if (r.status !== 0) {
    throw new StartError(
      `Could not make a localhost certificate: neither the selfsigned package nor openssl worked (${r.error?.message || r.stderr}).`,
    );
  }
  return "openssl";
}

async function localSelfSigned(): Promise<Tls> {
  const certPath = path.join(LOCAL_CERT_DIR, "localhost-selfsigned.crt");
  const keyPath = path.join(LOCAL_CERT_DIR, "localhost-selfsigned.key");
  fs.mkdirSync(LOCAL_CERT_DIR, { recursive: true });
  let how = "reused";
  if (!(fs.existsSync(keyPath) && certStillValid(certPath)))
    how = `generated with ${await generateSelfSigned(certPath, keyPath)}`;
  const cert = fs.readFileSync(certPath);
  log(`Self-signed localhost certificate (${how}): ${path.relative(ROOT, certPath)}`);
  return {
    options: { key: fs.readFileSync(keyPath), cert },
    caPem: cert,
    caPath: certPath,
    source: "self-signed",
  };
}

function get(url: string, ca: string | Buffer | undefined): Promise<{ status: number | null; detail: string }> {
  return new Promise((resolve) => {
    const req = https.get(url, { ca, timeout: 30000 }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? null, detail: res.headers["content-type"] || "" }));
    });
    req.on("timeout", () => req.destroy(new Error("timed out after 30 s")));
    req.on("error", (err) => resolve({ status: null, detail: err.message }));
  });
}

function printTrustAdvice(tls: Tls): void {
  log(`\nHTTPS certificate: ${tls.source} (${tls.caPath})`);
  log("The browser that runs Excel on the web must trust it, or the add-in stays blank:");
  log(
    `  - Chrome/Edge on Linux: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "HF Funding localhost" -i "${tls.caPath}"`,
  );
  log("    (certutil is in the libnss3-tools package), or Settings > Privacy and security > Security >");
  log("    Manage certificates > Authorities > Import, trusting it to identify websites; then restart the browser.");
  log("  - Firefox: Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import.");
  log(`  - Or open ${DEV_URL}taskpane.html once in that browser and accept the warning (lasts for the session).`);
}

/** The one set of sideloading steps (src/sideload.json), as the README and the pane show them. */
function printSideloadSteps(): void {
  log("\nHow to load the add-in in Excel (manifest.xml is " + MANIFEST + "):\n");
  log(sideloadText("en"));
}

async function startWeb(): Promise<void> {
  log("npm start (linux): no Excel desktop here; serving for Excel on the web.");
  await assertPortFree(PORT);

  const tls = (await officeDevCerts()) ?? (await localSelfSigned());

  /* eslint-disable @typescript-eslint/no-require-imports */
  const webpack = require("webpack") as typeof import("webpack");
  const WebpackDevServer = require("webpack-dev-server") as typeof import("webpack-dev-server");
  // The .ts file itself: "../webpack.config" would resolve to webpack-cli's entry, webpack.config.js.
  const configFactory = (require("../webpack.config.ts") as typeof import("../webpack.config")).default;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const config = await configFactory({}, { mode: "development", https: tls.options });
  config.mode = "development";

  let compiler: import("webpack").Compiler;
  try {
    compiler = webpack(config);
  } catch (err) {
    throw new StartError(`webpack could not start: ${messageOf(err)}`);
  }
  const firstBuild = new Promise<Stats>((resolve) => compiler.hooks.done.tap("npm-start", (stats) => resolve(stats)));
  const server = new WebpackDevServer(
    {
      ...config.devServer,
      port: PORT,
      // Serve only what this compile emits (in memory), never stale files left in dist/.
      static: false,
      server: { type: "https", options: tls.options },
    },
    compiler,
  );
  const stop = async (code: number): Promise<void> => {
    await server.stop().catch(() => undefined);
    process.exit(code);
  };

  log(`\nStarting the webpack dev server on ${DEV_URL} ...`);
  try {
    await server.start();
  } catch (err) {
    if ((err as NodeJS.ErrnoException | null)?.code === "EADDRINUSE")
      throw new StartError(`Port ${PORT} is in use: ${messageOf(err)}`);
    throw new StartError(`The dev server failed to start: ${messageOf(err)}`);
  }

  const stats = await firstBuild;
  await new Promise((resolve) => setTimeout(resolve, 50)); // let the dev middleware print the compile report first
  if (stats.hasErrors()) {
    // The errors themselves were just printed by webpack-dev-middleware, above.
    console.error(
      `\nnpm start: Build failed (${stats.compilation.errors.length} webpack error(s)); nothing to sideload.`,
    );
    return stop(1);
  }
  log(`Compiled in ${stats.endTime - stats.startTime} ms${stats.hasWarnings() ? " (with warnings)" : ""}.`);

  log("\nChecking every manifest.xml URL on the dev server:");
  let bad = 0;
  for (const url of manifestUrls()) {
    const { status, detail } = await get(url, tls.caPem);
    if (status !== 200) bad++;
    log(`  ${status ?? "ERR"} ${url}${status === 200 ? "" : `  <- ${detail}`}`);
  }
  if (bad > 0) {
    console.error(`\nnpm start: ${bad} manifest URL(s) did not answer 200; Excel could not load the add-in.`);
    return stop(1);
  }
  log("All manifest URLs answer 200.");

  if (EXIT_AFTER_CHECK) {
    log("START_EXIT_AFTER_CHECK=1: stopping after the URL check.");
    return stop(0);
  }

  printTrustAdvice(tls);
  printSideloadSteps();
  log(`\nServing ${DEV_URL} (rebuilds on save). Press Ctrl+C to stop.`);
  for (const sig of ["SIGINT", "SIGTERM"]) process.once(sig, () => void stop(0));
  return undefined;
}

async function main(): Promise<void> {
  if (process.platform === "win32" || process.platform === "darwin") {
    process.exitCode = await startDesktop();
    return;
  }
  await startWeb();
}

main().catch((err: unknown) => {
  console.error(
    `\nnpm start: ${err instanceof StartError ? err.message : err instanceof Error && err.stack ? err.stack : String(err)}`,
  );
  process.exit(1);
});
