/**
 * Offline validation of manifest.xml (office-addin-manifest validate needs the internet).
 *
 * Parses the manifest with a real XML parser (@xmldom/xmldom, strict: any warning fails) and checks
 * what Excel needs for one shared runtime: resids, namespace, requirement sets, runtime, pages,
 * localisation, icons (real PNGs of the right size) and that every https://localhost:3000/ URL is
 * a file the build emits. It also applies webpack.config.ts's own production transform to the
 * manifest (without building) to check that no localhost URL survives into dist/manifest.xml.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import type { Document as XmlDocument, Element as XmlElement } from "@xmldom/xmldom";
import LOCALES_JSON from "../../src/locales.json";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const DEV_URL = "https://localhost:3000/";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};
// The one list of supported Office locales (src/locales.json): every overridable string has an override for each.
const LOCALE_LIST: { languages: { lang: string; metadata: string; officeLocales: string[] }[] } = LOCALES_JSON;
const LOCALES = LOCALE_LIST.languages.flatMap((l) => l.officeLocales).sort();

/** Every file the build emits that a manifest URL may point at (see webpack.config.ts). */
const EXPECTED_EMITTED = [
  "taskpane.html",
  "functions.js",
  "functions.json",
  "functions.fr-FR.json",
  "functions.zh-CN.json",
  "help.html",
  "help.fr-FR.html",
  "help.zh-CN.html",
  "assets/icon-16.png",
  "assets/icon-32.png",
  "assets/icon-64.png",
  "assets/icon-80.png",
].sort();

function parseStrict(xml: string): XmlDocument {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`manifest.xml is not well-formed (${level}): ${message}`);
    },
  });
  return parser.parseFromString(xml, "text/xml");
}

const xml = fs.readFileSync(MANIFEST_PATH, "utf8");
const doc = parseStrict(xml);
const root = doc.documentElement as XmlElement;

function all(localName: string, scope: XmlDocument | XmlElement = doc): XmlElement[] {
  return Array.from<XmlElement>(scope.getElementsByTagNameNS("*", localName));
}
function one(localName: string, scope: XmlDocument | XmlElement = doc): XmlElement {
  const found = all(localName, scope);
  if (found.length !== 1) throw new Error(`expected exactly one <${localName}>, found ${found.length}`);
  return found[0];
}
function children(el: XmlElement, localName?: string): XmlElement[] {
  return (Array.from(el.childNodes) as XmlElement[]).filter(
    (n) => n.nodeType === 1 && (localName === undefined || n.localName === localName),
  );
}
function child(el: XmlElement, localName: string): XmlElement {
  const found = children(el, localName);
  if (found.length !== 1) {
    throw new Error(`expected one <${localName}> under <${el.localName}>, found ${found.length}`);
  }
  return found[0];
}
function xsiType(el: XmlElement): string | null {
  return el.getAttributeNS(NS.xsi, "type");
}
function overrides(el: XmlElement): Map<string, string> {
  return new Map(children(el, "Override").map((o) => [o.getAttribute("Locale") ?? "", o.getAttribute("Value") ?? ""]));
}

const resources = one("Resources");
/** id -> defining element (bt:Image, bt:Url, bt:String), from every resource collection. */
const resourceDefs: XmlElement[] = children(resources).flatMap((collection) => children(collection));
function resource(id: string): XmlElement {
  const found = resourceDefs.filter((d) => d.getAttribute("id") === id);
  if (found.length !== 1) throw new Error(`resid "${id}" is defined ${found.length} times`);
  return found[0];
}
function resourceValue(id: string): string {
  return resource(id).getAttribute("DefaultValue") ?? "";
}
const referencingElements = all("*").filter((el) => el.hasAttribute("resid"));

/** Every URL in an attribute anywhere in the manifest (DefaultValue / Value). */
const allUrls: string[] = all("*").flatMap((el) =>
  ["DefaultValue", "Value"].map((a) => el.getAttribute(a) ?? "").filter((v) => /^[a-z]+:\/\//i.test(v)),
);

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (buf.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${file}: first chunk is not IHDR`);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** https://localhost:3000/assets/icon-32.png -> assets/icon-32.png */
function emittedName(url: string): string {
  expect(url.startsWith(DEV_URL)).toBe(true);
  return decodeURI(url.slice(DEV_URL.length).split(/[?#]/)[0]);
}

describe("manifest.xml: well-formed add-in only manifest", () => {
  test("parses strictly, with the Office namespaces and a TaskPaneApp root", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(NS.app);
    expect(xsiType(root)).toBe("TaskPaneApp");
    const vo = one("VersionOverrides");
    expect(vo.namespaceURI).toBe(NS.ov);
    expect(xsiType(vo)).toBe("VersionOverridesV1_0");
  });

  test("top-level elements appear in the schema's order", () => {
    const schemaOrder = [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "AllowSnapshot",
      "VersionOverrides",
    ];
    const names = children(root).map((c) => c.localName ?? "");
    for (const n of names) expect(schemaOrder).toContain(n);
    const positions = names.map((n) => schemaOrder.indexOf(n));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(new Set(names).size).toBe(names.length);
  });

  test("identity: GUID, four-part version, provider, en-US default locale", () => {
    expect(child(root, "Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(root, "Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(root, "ProviderName").textContent).toBe("HF Funding add-in contributors");
    expect(child(root, "DefaultLocale").textContent).toBe("en-US");
    expect(children(child(root, "Hosts"), "Host").map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
  });

  test("Office's own manifest reader (office-addin-manifest, offline) accepts it", () => {
    // In a child node: office-addin-manifest pulls in an ESM-only module that jest cannot load.
    const script =
      'require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])' +
      ".then((m) => process.stdout.write(JSON.stringify(m)), (e) => { console.error(String(e)); process.exit(1); });";
    const info = JSON.parse(
      execFileSync(process.execPath, ["-e", script, MANIFEST_PATH], { cwd: ROOT }).toString(),
    ) as { officeAppType: string; hosts: string[]; id: string };
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.id).toBe(child(root, "Id").textContent);
  });
});

describe("manifest.xml: resources", () => {
  test("every resid referenced anywhere is defined exactly once in Resources", () => {
    expect(referencingElements.length).toBeGreaterThan(0);
    for (const el of referencingElements) {
      const id = el.getAttribute("resid") ?? "";
      const defs = resourceDefs.filter((d) => d.getAttribute("id") === id);
      expect({ resid: id, definitions: defs.length }).toEqual({ resid: id, definitions: 1 });
    }
  });

  test("resource ids are unique, at most 32 characters, and all used", () => {
    const ids = resourceDefs.map((d) => d.getAttribute("id") ?? "");
    expect(new Set(ids).size).toBe(ids.length);
    const used = new Set(referencingElements.map((el) => el.getAttribute("resid")));
    for (const id of ids) {
      expect(id.length).toBeLessThanOrEqual(32);
      expect({ id, used: used.has(id) }).toEqual({ id, used: true });
    }
  });

  test("a resid points at a resource of the right kind", () => {
    for (const el of referencingElements) {
      const def = resource(el.getAttribute("resid") ?? "");
      const kind = (def.parentNode as XmlElement).localName;
      const expected =
        el.localName === "Image"
          ? "Images"
          : ["SourceLocation", "FunctionFile", "LearnMoreUrl", "Runtime"].includes(el.localName ?? "")
            ? "Urls"
            : ["Title", "Label", "Namespace"].includes(el.localName ?? "")
              ? "ShortStrings"
              : "LongStrings";
      expect({ at: el.localName, resid: def.getAttribute("id"), kind }).toEqual({
        at: el.localName,
        resid: def.getAttribute("id"),
        kind: expected,
      });
    }
  });

  test("every string resource has real fr-FR and zh-CN overrides within Office's length limits", () => {
    for (const [collection, max] of [
      ["ShortStrings", 125],
      ["LongStrings", 250],
    ] as const) {
      const strings = children(child(resources, collection), "String");
      expect(strings.length).toBeGreaterThan(0);
      for (const s of strings) {
        const id = s.getAttribute("id");
        const value = s.getAttribute("DefaultValue") ?? "";
        const ov = overrides(s);
        expect({ id, locales: [...ov.keys()].sort() }).toEqual({ id, locales: LOCALES });
        for (const v of [value, ...ov.values()]) {
          expect(v.trim().length).toBeGreaterThan(0);
          expect(v.length).toBeLessThanOrEqual(max);
        }
        if (id !== "Functions.Namespace") {
          expect({ id, fr: ov.get("fr-FR") === value, zh: ov.get("zh-CN") === value }).toEqual({
            id,
            fr: false,
            zh: false,
          });
          expect(ov.get("zh-CN")).toMatch(/[\u4e00-\u9fff]/);
        }
      }
    }
  });

  test("display name and description are localised to fr-FR and zh-CN", () => {
    for (const [name, max] of [
      ["DisplayName", 125],
      ["Description", 250],
    ] as const) {
      const el = child(root, name);
      const value = el.getAttribute("DefaultValue") ?? "";
      const ov = overrides(el);
      expect([...ov.keys()].sort()).toEqual(LOCALES);
      for (const v of [value, ...ov.values()]) {
        expect(v.trim().length).toBeGreaterThan(0);
        expect(v.length).toBeLessThanOrEqual(max);
      }
      expect(ov.get("fr-FR")).not.toBe(value);
      expect(ov.get("zh-CN")).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("manifest.xml: shared runtime and custom functions", () => {
  const host = one("Host", one("VersionOverrides"));

  test("requires SharedRuntime 1.1 and CustomFunctionsRuntime 1.2 (CustomFunctions.Error with a message)", () => {
    const sets = new Map(
      all("Set", child(root, "Requirements")).map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]),
    );
    expect(sets.get("SharedRuntime")).toBe("1.1");
    expect(sets.get("CustomFunctionsRuntime")).toBe("1.2");
  });

  test("host children: Runtimes, AllFormFactors, DesktopFormFactor in that order", () => {
    expect(xsiType(host)).toBe("Workbook");
    expect(children(host).map((c) => c.localName)).toEqual(["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
  });

  test("one long-lived runtime on Taskpane.Url", () => {
    const runtimes = children(child(host, "Runtimes"), "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].getAttribute("resid")).toBe("Taskpane.Url");
    expect(runtimes[0].getAttribute("lifetime")).toBe("long");
  });

  test("CustomFunctions: script, page on Taskpane.Url, metadata, namespace HF", () => {
    const points = children(child(host, "AllFormFactors"), "ExtensionPoint");
    expect(points.map(xsiType)).toEqual(["CustomFunctions"]);
    const cf = points[0];
    const loc = (name: string) => child(child(cf, name), "SourceLocation").getAttribute("resid") ?? "";
    expect(loc("Page")).toBe("Taskpane.Url");
    expect(resourceValue(loc("Script"))).toBe(`${DEV_URL}functions.js`);
    expect(resourceValue(loc("Metadata"))).toBe(`${DEV_URL}functions.json`);
    expect(resourceValue(child(cf, "Namespace").getAttribute("resid") ?? "")).toBe("HF");
  });

  test("localised functions metadata: every supported Office locale points at its language's metadata", () => {
    const metadataResid =
      child(child(one("ExtensionPoint", one("AllFormFactors")), "Metadata"), "SourceLocation").getAttribute("resid") ??
      "";
    const ov = overrides(resource(metadataResid));
    expect(Object.fromEntries(ov)).toEqual(
      Object.fromEntries(
        LOCALE_LIST.languages.flatMap((l) => l.officeLocales.map((o) => [o, `${DEV_URL}functions.${l.metadata}.json`])),
      ),
    );
  });

  test("FunctionFile, ribbon button and DefaultSettings all use the shared page", () => {
    const desktop = child(host, "DesktopFormFactor");
    expect(child(desktop, "FunctionFile").getAttribute("resid")).toBe("Taskpane.Url");
    const defaultPage = child(child(root, "DefaultSettings"), "SourceLocation").getAttribute("DefaultValue");
    expect(defaultPage).toBe(resourceValue("Taskpane.Url"));
    expect(defaultPage).toBe(`${DEV_URL}taskpane.html`);

    const started = child(desktop, "GetStarted");
    expect(children(started).map((c) => c.localName)).toEqual(["Title", "Description", "LearnMoreUrl"]);

    const surface = children(desktop, "ExtensionPoint").find((e) => xsiType(e) === "PrimaryCommandSurface");
    expect(surface).toBeDefined();
    const tab = child(surface as XmlElement, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const button = all("Control", tab).find((c) => xsiType(c) === "Button") as XmlElement;
    expect(button).toBeDefined();
    expect(resourceValue(child(button, "Label").getAttribute("resid") ?? "")).toBe("HF Funding");
    const action = child(button, "Action");
    expect(xsiType(action)).toBe("ShowTaskpane");
    expect(child(action, "TaskpaneId").textContent).toBe("ButtonId1");
    expect(child(action, "SourceLocation").getAttribute("resid")).toBe("Taskpane.Url");
  });

  test("permissions: ReadWriteDocument", () => {
    expect(child(root, "Permissions").textContent).toBe("ReadWriteDocument");
  });
});

describe("manifest.xml: URLs and files", () => {
  test("every URL is https", () => {
    expect(allUrls.length).toBeGreaterThan(0);
    for (const url of allUrls) expect(url).toMatch(/^https:\/\/[^\s]+$/);
  });

  test("the https://localhost:3000/ URLs map exactly to the files the build emits", () => {
    const emitted = [...new Set(allUrls.filter((u) => u.startsWith(DEV_URL)).map(emittedName))].sort();
    expect(emitted).toEqual(EXPECTED_EMITTED);
  });

  test("every icon URL is a PNG in assets/ of the declared pixel size", () => {
    const icons: { url: string; size: number }[] = [
      { url: child(root, "IconUrl").getAttribute("DefaultValue") ?? "", size: 32 },
      { url: child(root, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", size: 64 },
    ];
    for (const ref of all("Image", one("Hosts", one("VersionOverrides")))) {
      icons.push({ url: resourceValue(ref.getAttribute("resid") ?? ""), size: Number(ref.getAttribute("size")) });
    }
    for (const def of children(child(resources, "Images"), "Image")) {
      const m = /\.(\d+)x(\d+)$/.exec(def.getAttribute("id") ?? "");
      expect(m).not.toBeNull();
      icons.push({ url: def.getAttribute("DefaultValue") ?? "", size: Number((m as RegExpExecArray)[1]) });
    }
    for (const { url, size } of icons) {
      const rel = emittedName(url);
      expect(rel).toMatch(/^assets\/icon-\d+\.png$/);
      const file = path.join(ROOT, rel);
      expect({ url, exists: fs.existsSync(file) }).toEqual({ url, exists: true });
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    }
  });

  test("every emitted source asset exists (assets/*.png)", () => {
    for (const rel of EXPECTED_EMITTED.filter((f) => f.startsWith("assets/"))) {
      expect({ rel, exists: fs.existsSync(path.join(ROOT, rel)) }).toEqual({ rel, exists: true });
    }
  });

  // A real build, when there is one: the temp production build of tests/global-setup.ts
  // (HF_BUILD_DIR), else a dist/ left by an earlier `npm run build`.
  const distDir = path.join(ROOT, "dist");
  const builtDir = process.env.HF_BUILD_DIR || (fs.existsSync(distDir) ? distDir : "");
  (builtDir ? test : test.skip)(
    `the build output (${builtDir || "none"}) holds every file the manifest points at`,
    () => {
      for (const rel of EXPECTED_EMITTED) {
        expect({ rel, built: fs.existsSync(path.join(builtDir, rel)) }).toEqual({ rel, built: true });
      }
      const builtIcons = EXPECTED_EMITTED.filter((f) => f.startsWith("assets/"));
      for (const rel of builtIcons) expect(pngSize(path.join(builtDir, rel))).toEqual(pngSize(path.join(ROOT, rel)));
    },
  );

  const publicUrl = process.env.HF_BUILD_PUBLIC_URL;
  (process.env.HF_BUILD_DIR && publicUrl ? test : test.skip)(
    "the production build's manifest.xml points only at ADDIN_PUBLIC_URL",
    () => {
      const built = fs.readFileSync(path.join(process.env.HF_BUILD_DIR as string, "manifest.xml"), "utf8");
      expect(built).not.toMatch(/localhost/i);
      const builtUrls = Array.from<XmlElement>(parseStrict(built).getElementsByTagNameNS("*", "*")).flatMap((el) =>
        ["DefaultValue", "Value"].map((a) => el.getAttribute(a) ?? "").filter((v) => /^[a-z]+:\/\//i.test(v)),
      );
      expect(builtUrls).toEqual(
        allUrls.map((u) => (u.startsWith(DEV_URL) ? `${publicUrl}${u.slice(DEV_URL.length)}` : u)),
      );
    },
  );
});

describe("production transform in webpack.config.ts (applied without building)", () => {
  const PUBLIC = "https://example.test/addin/";

  async function manifestTransform(env: Record<string, string | undefined>) {
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    const apply = (vars: Record<string, string | undefined>) => {
      for (const [k, v] of Object.entries(vars)) {
        // Only delete unsets a variable (assigning undefined would store the text "undefined").
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    };
    apply(env);
    try {
      // The .ts file itself ("webpack.config" alone would resolve to webpack-cli's entry, webpack.config.js).
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const configFn = (require(path.join(ROOT, "webpack.config.ts")) as typeof import("../../webpack.config")).default;
      const config = await configFn({}, { mode: "production" });
      const patterns = (config.plugins as { patterns?: Record<string, unknown>[] }[])
        .flatMap((p) => p.patterns ?? [])
        .filter((p) => p.from === "manifest.xml");
      expect(patterns).toHaveLength(1);
      return patterns[0].transform as (
        content: Buffer,
        absoluteFrom: string,
      ) => string | Buffer | Promise<string | Buffer>;
    } finally {
      apply(saved);
    }
  }

  test("rewrites every https://localhost:3000/ URL to ADDIN_PUBLIC_URL", async () => {
    const transform = await manifestTransform({ ADDIN_PUBLIC_URL: PUBLIC });
    const out = (await transform(Buffer.from(xml), MANIFEST_PATH)).toString();
    expect(out).not.toMatch(/localhost/i);
    const outDoc = parseStrict(out);
    const outUrls = Array.from<XmlElement>(outDoc.getElementsByTagNameNS("*", "*")).flatMap((el) =>
      ["DefaultValue", "Value"].map((a) => el.getAttribute(a) ?? "").filter((v) => /^[a-z]+:\/\//i.test(v)),
    );
    const expected = allUrls.map((u) => (u.startsWith(DEV_URL) ? PUBLIC + u.slice(DEV_URL.length) : u));
    expect(outUrls).toEqual(expected);
  });
});
