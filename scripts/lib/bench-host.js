/**
 * A counting stand-in for Excel.RequestContext, for scripts/bench.js: the smallest object
 * graph src/taskpane/writer.ts's insertTable touches on an empty, unprotected workbook.
 * It counts context.sync() calls (each one a round-trip to Excel), accepts every property
 * set (counted, stored) and method call the writer queues, and answers the reads
 * (selection position, protection, names, empty ranges). Reading anything it does not
 * model throws, naming it, rather than answering something plausible but wrong.
 */

const { colLetters } = require("./a1");

function parseA1(address) {
  const a = address.slice(address.lastIndexOf("!") + 1);
  const cell = (p) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(p);
    if (!m) throw new Error(`bench host: cannot parse address ${address}`);
    let c = 0;
    for (const ch of m[1].toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
    return [Number(m[2]) - 1, c - 1];
  };
  const [p0, p1] = a.split(":");
  const [r0, c0] = cell(p0);
  const [r1, c1] = p1 ? cell(p1) : [r0, c0];
  return { r0, c0, r1, c1 };
}

/**
 * Options: `latencyMs`, the time each context.sync() takes (a round-trip to Excel on the
 * web); `maxRequestBytes`, the largest request Excel accepts (5 MB on the web): a sync whose
 * queued request is larger rejects, as Excel does, and applies nothing. A request's size is
 * estimated as the JSON text of every queued property value and method argument (what
 * Office.js serialises), plus 32 bytes per queued operation.
 */
function createCountingHost({ sheetNames = ["Sheet1"], selection = { sheet: "Sheet1", row: 1, col: 1 }, latencyMs = 0, maxRequestBytes = Infinity } = {}) {
  const stats = { syncs: 0, sets: 0, calls: 0, cellsWritten: 0, requestBytes: [], pending: 0 };
  const OP_BYTES = 32;
  const sizeOf = (v) => {
    if (v === undefined) return 0;
    try {
      const text = JSON.stringify(v);
      return text === undefined ? 0 : Buffer.byteLength(text);
    } catch {
      return 0;
    }
  };

  function strict(name, target) {
    return new Proxy(target, {
      get(t, p, recv) {
        if (p in t) return Reflect.get(t, p, recv);
        if (typeof p === "symbol" || p === "then" || p === "toJSON" || p === "inspect") return undefined;
        throw new Error(`bench host: the writer read ${name}.${String(p)}, which the stand-in does not model (extend scripts/lib/bench-host.js)`);
      },
      set(t, p, v) {
        stats.sets++;
        stats.pending += OP_BYTES + String(p).length + sizeOf(v);
        if ((p === "values" || p === "formulas" || p === "numberFormat") && Array.isArray(v)) {
          for (const row of v) stats.cellsWritten += row.length;
        }
        t[p] = v;
        return true;
      },
    });
  }
  const call = (f) =>
    function (...args) {
      stats.calls++;
      stats.pending += OP_BYTES + sizeOf(args);
      return f.apply(this, args);
    };
  const loadable = (name, obj) => {
    const p = strict(name, { ...obj, load: call(() => p) });
    return p;
  };
  const collection = (name, items, extra = {}) => loadable(name, { items, ...extra });

  const sheets = new Map();
  function worksheet(sheetName) {
    if (sheets.has(sheetName)) return sheets.get(sheetName);
    const ws = loadable(`Worksheet(${sheetName})`, {
      name: sheetName,
      isNullObject: false,
      protection: loadable("WorksheetProtection", { protected: false }),
      getRange: call((address) => {
        const { r0, c0, r1, c1 } = parseA1(address);
        return range(ws, r0, c0, r1, c1);
      }),
      getUsedRangeOrNullObject: call(() => nullObject("UsedRange")),
      tables: strict("TableCollection", {
        add: call(() => loadable("Table", { name: "", style: "", delete: call(() => undefined) })),
        getItemOrNullObject: call(() => nullObject("Table")),
      }),
      activate: call(() => undefined),
      delete: call(() => undefined),
    });
    sheets.set(sheetName, ws);
    return ws;
  }
  function nullObject(name) {
    return loadable(`${name}(null)`, { isNullObject: true });
  }
  function range(ws, r0, c0, r1, c1) {
    const address = `${ws.name}!${colLetters(c0)}${r0 + 1}${r0 === r1 && c0 === c1 ? "" : `:${colLetters(c1)}${r1 + 1}`}`;
    const font = strict("RangeFont", {});
    const rg = loadable(`Range(${address})`, {
      address,
      isNullObject: false,
      rowIndex: r0,
      columnIndex: c0,
      rowCount: r1 - r0 + 1,
      columnCount: c1 - c0 + 1,
      worksheet: ws,
      format: loadable("RangeFormat", { font, columnWidth: 48, autofitColumns: call(() => undefined) }),
      getCell: call((r, c) => range(ws, r0 + r, c0 + c, r0 + r, c0 + c)),
      getAbsoluteResizedRange: call((rows, cols) => range(ws, r0, c0, r0 + rows - 1, c0 + cols - 1)),
      getColumn: call((i) => range(ws, r0, c0 + i, r1, c0 + i)),
      getUsedRangeOrNullObject: call(() => nullObject("UsedRange")),
      getTables: call(() => collection("TableScopedCollection", [])),
      getMergedAreasOrNullObject: call(() => nullObject("RangeAreas")),
      select: call(() => undefined),
      clear: call(() => undefined),
    });
    return rg;
  }

  const names = sheetNames.map((n) => strict("Worksheet(item)", { name: n }));
  const workbook = strict("Workbook", {
    tables: collection("TableCollection", []),
    names: collection("NamedItemCollection", []),
    worksheets: collection("WorksheetCollection", names, {
      getItem: call((n) => worksheet(n)),
      getItemOrNullObject: call((n) => (sheetNames.includes(n) ? worksheet(n) : nullObject("Worksheet"))),
      add: call((n) => worksheet(n)),
    }),
    protection: loadable("WorkbookProtection", { protected: false }),
    getSelectedRange: call(() => range(worksheet(selection.sheet), selection.row, selection.col, selection.row, selection.col)),
  });
  const context = strict("RequestContext", {
    workbook,
    sync: async () => {
      stats.syncs++;
      const bytes = stats.pending;
      stats.pending = 0;
      stats.requestBytes.push(bytes);
      if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
      if (bytes > maxRequestBytes) {
        const e = new Error(`bench host: request of ${bytes} bytes exceeds the ${maxRequestBytes}-byte limit (RequestPayloadSizeLimitExceeded)`);
        e.code = "RequestPayloadSizeLimitExceeded";
        throw e;
      }
    },
  });
  return { context, stats };
}

module.exports = { createCountingHost };
