/* global window, setTimeout */
/**
 * A stand-in Excel host for the browser tests, injected with page.addInitScript before the
 * pane loads: Office (onReady reports Excel, displayLanguage from window.__E2E.lang),
 * CustomFunctions.associate (a no-op, for functions.js) and Excel.run over an in-memory
 * workbook implementing the subset of the Excel JavaScript API that src/taskpane/writer.ts
 * uses. Writes are queued and applied at context.sync(), as in Office.js; syncs are counted.
 * Tests drive and inspect it through window.__fakeExcel.
 */
(function () {
  "use strict";
  var cfg = window.__E2E || {};
  var MAX_ROWS = 1048576;
  var MAX_COLS = 16384;

  function letters(i) {
    var n = i + 1;
    var s = "";
    while (n > 0) {
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }
  function colIndex(l) {
    var n = 0;
    for (var k = 0; k < l.length; k++) n = n * 26 + (l.toUpperCase().charCodeAt(k) - 64);
    return n - 1;
  }
  function quote(name) {
    return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
  }
  function a1(r, c) {
    return letters(c) + (r + 1);
  }
  function rectAddress(sheet, r) {
    var a = a1(r.r0, r.c0);
    var b = a1(r.r1, r.c1);
    return quote(sheet) + "!" + (a === b ? a : a + ":" + b);
  }
  function parse(address) {
    var a = address;
    var bang = a.lastIndexOf("!");
    if (bang >= 0) a = a.slice(bang + 1);
    var parts = a.split(":");
    function cell(p) {
      var m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(p);
      if (!m) throw new ApiError("InvalidArgument", "fake: bad address " + address);
      return [Number(m[2]) - 1, colIndex(m[1])];
    }
    var x = cell(parts[0]);
    var y = parts[1] ? cell(parts[1]) : x;
    return { r0: x[0], c0: x[1], r1: y[0], c1: y[1] };
  }
  function intersects(a, b) {
    return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
  }
  function ApiError(code, message) {
    var e = new Error(message);
    e.name = "RichApi.Error";
    e.code = code;
    e.debugInfo = { errorLocation: "" };
    return e;
  }

  // ---- the workbook
  var book = {
    sheets: [],
    tables: [],
    names: [],
    workbookProtected: false,
    selection: { sheet: "Sheet1", r: 0, c: 0 },
    active: "Sheet1",
    syncs: 0,
    runs: 0,
    failNextWrite: null,
    tableCounter: 0,
    latency: 5,
  };
  function sheetOf(name) {
    var l = String(name).toLowerCase();
    for (var i = 0; i < book.sheets.length; i++) if (book.sheets[i].name.toLowerCase() === l) return book.sheets[i];
    return null;
  }
  function addSheet(name) {
    var s = { name: name, cells: {}, protected: false, charts: [], widths: {} };
    book.sheets.push(s);
    return s;
  }
  addSheet("Sheet1");
  function need(name) {
    var s = sheetOf(name);
    if (!s) throw new ApiError("ItemNotFound", "fake: no sheet " + name);
    return s;
  }
  function cellAt(s, r, c, create) {
    var k = r + "," + c;
    if (!s.cells[k] && create) s.cells[k] = { v: null, f: null, fmt: "General", link: null, italic: false };
    return s.cells[k];
  }
  function used(s, within, valuesOnly) {
    var out = null;
    Object.keys(s.cells).forEach(function (k) {
      var c = s.cells[k];
      var has = (c.v !== null && c.v !== "") || c.f;
      if (!has && (valuesOnly || (c.fmt === "General" && !c.link && !c.italic))) return;
      var rc = k.split(",").map(Number);
      var cell = { r0: rc[0], c0: rc[1], r1: rc[0], c1: rc[1] };
      if (within && !intersects(within, cell)) return;
      out = out ? { r0: Math.min(out.r0, rc[0]), c0: Math.min(out.c0, rc[1]), r1: Math.max(out.r1, rc[0]), c1: Math.max(out.c1, rc[1]) } : cell;
    });
    if (!valuesOnly)
      book.tables.forEach(function (t) {
        if (t.sheet !== s.name) return;
        if (within && !intersects(within, t)) return;
        out = out ? { r0: Math.min(out.r0, t.r0), c0: Math.min(out.c0, t.c0), r1: Math.max(out.r1, t.r1), c1: Math.max(out.c1, t.c1) } : { r0: t.r0, c0: t.c0, r1: t.r1, c1: t.c1 };
      });
    return out;
  }

  // ---- a request context: proxies queue writes; sync applies them
  function Context() {
    var ctx = this; // eslint-disable-line @typescript-eslint/no-this-alias
    var queue = [];
    var loads = [];
    function enqueue(what, fn) {
      queue.push({ what: what, fn: fn });
    }
    function loadable(obj, compute) {
      obj.load = function () {
        loads.push(function () {
          compute();
        });
        return obj;
      };
      return obj;
    }
    function collection(items) {
      var c = { _items: null };
      loadable(c, function () {
        c._items = items();
      });
      Object.defineProperty(c, "items", {
        get: function () {
          if (!c._items) throw new Error("fake: collection items read before load + sync");
          return c._items;
        },
      });
      return c;
    }
    function nullObject() {
      return loadable({ isNullObject: true }, function () {});
    }

    function range(sheetName, r) {
      var rows = r.r1 - r.r0 + 1;
      var cols = r.c1 - r.c0 + 1;
      var outside = r.r0 < 0 || r.c0 < 0 || r.r1 >= MAX_ROWS || r.c1 >= MAX_COLS;
      if (outside)
        enqueue("range outside the grid", function () {
          throw new ApiError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
        });
      function grid(prop, v, f) {
        if (!Array.isArray(v) || v.length !== rows || v.some(function (x) { return !Array.isArray(x) || x.length !== cols; }))
          throw new ApiError("InvalidArgument", "fake: " + prop + " must be " + rows + "x" + cols);
        var s = need(sheetName);
        v.forEach(function (row, i) {
          row.forEach(function (x, j) {
            if (x === null) return;
            f(cellAt(s, r.r0 + i, r.c0 + j, true), x);
          });
        });
      }
      function enter(c, x) {
        if (typeof x === "string" && x.charAt(0) === "'") {
          c.v = x.slice(1);
          c.f = null;
        } else if (typeof x === "string" && x.charAt(0) === "=") {
          c.f = x;
          c.v = null;
        } else {
          c.v = x;
          c.f = null;
        }
      }
      var rangeObj = {
        isNullObject: false,
        _sheet: sheetName,
        _rect: r,
        address: rectAddress(sheetName, r),
        rowIndex: r.r0,
        columnIndex: r.c0,
        rowCount: rows,
        columnCount: cols,
        getCell: function (i, j) {
          return range(sheetName, { r0: r.r0 + i, c0: r.c0 + j, r1: r.r0 + i, c1: r.c0 + j });
        },
        getColumn: function (j) {
          return range(sheetName, { r0: r.r0, c0: r.c0 + j, r1: r.r1, c1: r.c0 + j });
        },
        getAbsoluteResizedRange: function (n, m) {
          return range(sheetName, { r0: r.r0, c0: r.c0, r1: r.r0 + n - 1, c1: r.c0 + m - 1 });
        },
        getUsedRangeOrNullObject: function (valuesOnly) {
          var u = used(need(sheetName), r, !!valuesOnly);
          return u ? range(sheetName, u) : nullObject();
        },
        getMergedAreasOrNullObject: function () {
          // The stand-in host has no merged cells.
          return nullObject();
        },
        getTables: function () {
          return collection(function () {
            return book.tables
              .filter(function (t) {
                return t.sheet === sheetName && intersects(t, r);
              })
              .map(function (t) {
                return tableProxy({ state: t });
              });
          });
        },
        clear: function () {
          enqueue("clear", function () {
            var s = need(sheetName);
            for (var i = r.r0; i <= r.r1; i++) for (var j = r.c0; j <= r.c1; j++) delete s.cells[i + "," + j];
          });
        },
        select: function () {
          enqueue("select", function () {
            book.active = sheetName;
            book.selection = { sheet: sheetName, r: r.r0, c: r.c0 };
          });
        },
        format: {
          font: {},
          autofitColumns: function () {
            enqueue("autofit", function () {});
          },
        },
      };
      loadable(rangeObj, function () {});
      loadable(rangeObj.format, function () {});
      Object.defineProperty(rangeObj, "worksheet", {
        get: function () {
          return worksheet(sheetName);
        },
      });
      function setter(obj, prop, apply) {
        var backing;
        Object.defineProperty(obj, prop, {
          get: function () {
            return backing;
          },
          set: function (v) {
            backing = v;
            enqueue(prop, function () {
              apply(v);
            });
          },
        });
      }
      setter(rangeObj, "values", function (v) {
        grid("values", v, enter);
      });
      setter(rangeObj, "formulas", function (v) {
        grid("formulas", v, enter);
      });
      setter(rangeObj, "numberFormat", function (v) {
        grid("numberFormat", v, function (c, x) {
          c.fmt = String(x);
        });
      });
      setter(rangeObj, "hyperlink", function (h) {
        var c = cellAt(need(sheetName), r.r0, r.c0, true);
        c.link = h.address || null;
        if (h.textToDisplay !== undefined) c.v = h.textToDisplay;
      });
      var width;
      Object.defineProperty(rangeObj.format, "columnWidth", {
        get: function () {
          return width !== undefined ? width : (sheetOf(sheetName) || { widths: {} }).widths[r.c0] || 48;
        },
        set: function (v) {
          width = v;
          enqueue("columnWidth", function () {
            for (var j = r.c0; j <= r.c1; j++) need(sheetName).widths[j] = v;
          });
        },
      });
      ["italic", "bold", "color", "size"].forEach(function (p) {
        setter(rangeObj.format.font, p, function (v) {
          if (p !== "italic") return;
          var s = need(sheetName);
          for (var i = r.r0; i <= r.r1; i++) for (var j = r.c0; j <= r.c1; j++) cellAt(s, i, j, true).italic = !!v;
        });
      });
      return rangeObj;
    }

    function deleteTable(t) {
      book.tables = book.tables.filter(function (x) {
        return x !== t;
      });
      var s = sheetOf(t.sheet);
      if (s) for (var i = t.r0; i <= t.r1; i++) for (var j = t.c0; j <= t.c1; j++) delete s.cells[i + "," + j];
    }

    function tableProxy(handle) {
      var p = { isNullObject: false };
      loadable(p, function () {});
      Object.defineProperty(p, "name", {
        get: function () {
          return handle.state ? handle.state.name : "";
        },
        set: function (v) {
          enqueue("table.name", function () {
            if (book.tables.some(function (t) { return t !== handle.state && t.name.toLowerCase() === String(v).toLowerCase(); }))
              throw new ApiError("InvalidArgument", "fake: table name taken");
            handle.state.name = String(v);
          });
        },
      });
      Object.defineProperty(p, "style", {
        set: function (v) {
          enqueue("table.style", function () {
            handle.state.style = String(v);
          });
        },
      });
      p.delete = function () {
        enqueue("table.delete", function () {
          if (handle.state) deleteTable(handle.state);
        });
      };
      return p;
    }

    function worksheet(name) {
      var ws = {
        isNullObject: false,
        protection: loadable({}, function () {}),
        getRange: function (address) {
          return range(name, parse(address));
        },
        getUsedRangeOrNullObject: function (valuesOnly) {
          var s = sheetOf(name);
          var u = s ? used(s, null, !!valuesOnly) : null;
          return u ? range(name, u) : nullObject();
        },
        activate: function () {
          enqueue("activate", function () {
            book.active = need(name).name;
          });
        },
        delete: function () {
          enqueue("worksheet.delete", function () {
            book.sheets = book.sheets.filter(function (s) {
              return s.name.toLowerCase() !== name.toLowerCase();
            });
            book.tables = book.tables.filter(function (t) {
              return t.sheet.toLowerCase() !== name.toLowerCase();
            });
          });
        },
        tables: {
          add: function (rng, hasHeaders) {
            var handle = {};
            enqueue("tables.add", function () {
              if (book.tables.some(function (t) { return t.sheet === rng._sheet && intersects(t, rng._rect); }))
                throw new ApiError("InvalidOperation", "fake: a table cannot overlap another table");
              need(rng._sheet);
              var r = rng._rect;
              handle.state = { name: "Table" + ++book.tableCounter, sheet: rng._sheet, r0: r.r0, c0: r.c0, r1: r.r1, c1: r.c1, hasHeaders: hasHeaders, style: "TableStyleMedium2" };
              book.tables.push(handle.state);
            });
            return tableProxy(handle);
          },
          getItemOrNullObject: function (tname) {
            var t = book.tables.filter(function (x) {
              return x.sheet.toLowerCase() === name.toLowerCase() && x.name.toLowerCase() === String(tname).toLowerCase();
            })[0];
            return t ? tableProxy({ state: t }) : nullObject();
          },
        },
        charts: {
          add: function (type, source, seriesBy) {
            var chart = { type: type, source: source.address, seriesBy: seriesBy, title: "", x: null, position: null, name: "" };
            enqueue("charts.add", function () {
              need(name).charts.push(chart);
            });
            var series = {
              setXAxisValues: function (rng) {
                enqueue("series.setXAxisValues", function () {
                  chart.x = rng.address;
                });
              },
            };
            var proxy = {
              title: {},
              legend: {},
              axes: { valueAxis: {}, categoryAxis: {} },
              series: {
                getItemAt: function () {
                  return series;
                },
              },
              setPosition: function (from, to) {
                enqueue("chart.setPosition", function () {
                  chart.position = [from, to];
                });
              },
            };
            Object.defineProperty(proxy.title, "text", {
              set: function (v) {
                enqueue("chart.title", function () {
                  chart.title = v;
                });
              },
            });
            return proxy;
          },
        },
      };
      loadable(ws, function () {});
      Object.defineProperty(ws, "name", {
        get: function () {
          var s = sheetOf(name);
          return s ? s.name : name;
        },
      });
      Object.defineProperty(ws.protection, "protected", {
        get: function () {
          var s = sheetOf(name);
          return !!(s && s.protected);
        },
      });
      return ws;
    }

    var protection = loadable({}, function () {});
    Object.defineProperty(protection, "protected", {
      get: function () {
        return book.workbookProtected;
      },
    });
    this.workbook = {
      getSelectedRange: function () {
        var sel = book.selection;
        return range(sel.sheet, { r0: sel.r, c0: sel.c, r1: sel.r, c1: sel.c });
      },
      worksheets: Object.assign(
        collection(function () {
          return book.sheets.map(function (s) {
            return { name: s.name };
          });
        }),
        {
          getItem: function (name) {
            if (!sheetOf(name)) throw new ApiError("ItemNotFound", "fake: no sheet " + name);
            return worksheet(name);
          },
          getItemOrNullObject: function (name) {
            return sheetOf(name) ? worksheet(name) : nullObject();
          },
          add: function (name) {
            enqueue("worksheets.add", function () {
              if (sheetOf(name)) throw new ApiError("ItemAlreadyExists", "fake: sheet exists");
              addSheet(name);
            });
            return worksheet(name);
          },
        },
      ),
      tables: collection(function () {
        return book.tables.map(function (t) {
          return { name: t.name };
        });
      }),
      names: collection(function () {
        return book.names.map(function (n) {
          return { name: n };
        });
      }),
      protection: protection,
    };
    this.sync = function () {
      book.syncs++;
      var ops = queue;
      var pendingLoads = loads;
      queue = [];
      loads = [];
      return new Promise(function (resolve, reject) {
        setTimeout(function () {
          try {
            var hasWrites = ops.some(function (o) {
              return o.what !== "range outside the grid";
            });
            for (var i = 0; i < ops.length; i++) {
              if (book.failNextWrite && hasWrites && ops[i].what === book.failNextWrite) {
                book.failNextWrite = null;
                throw new ApiError("GeneralException", "fake: " + ops[i].what + " failed");
              }
              ops[i].fn();
            }
            pendingLoads.forEach(function (f) {
              f();
            });
            resolve();
          } catch (e) {
            reject(e);
          }
        }, book.latency);
      });
    };
    this._pending = function () {
      return queue.length;
    };
    return ctx;
  }

  // ---- the globals a host provides
  window.CustomFunctions = { associate: function () {} };
  window.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    context: { displayLanguage: cfg.lang || "en-US", requirements: { isSetSupported: function (name, version) { return (cfg.missingSets || []).indexOf(name + " " + version) < 0; } } },
    onReady: function (cb) {
      var info = { host: "Excel", platform: "OfficeOnline" };
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (cb) cb(info);
          resolve(info);
        }, 0);
      });
    },
  };
  window.Excel = {
    run: function (batch) {
      book.runs++;
      var ctx = new Context();
      return Promise.resolve(batch(ctx)).then(function (result) {
        return ctx._pending() ? ctx.sync().then(function () { return result; }) : result;
      });
    },
  };

  // ---- test controls
  window.__fakeExcel = {
    book: book,
    addSheet: function (name) {
      return sheetOf(name) || addSheet(name);
    },
    select: function (sheet, address) {
      if (!sheetOf(sheet)) addSheet(sheet);
      var r = parse(address);
      book.selection = { sheet: sheet, r: r.r0, c: r.c0 };
      book.active = sheet;
    },
    setCell: function (sheet, address, value) {
      var s = sheetOf(sheet) || addSheet(sheet);
      var r = parse(address);
      cellAt(s, r.r0, r.c0, true).v = value;
    },
    protect: function (sheet, on) {
      (sheetOf(sheet) || addSheet(sheet)).protected = on !== false;
    },
    setLatency: function (ms) {
      book.latency = ms;
    },
    failNextWrite: function (op) {
      book.failNextWrite = op;
    },
    /** A JSON-safe picture of the workbook: cells by A1 address. */
    dump: function () {
      return {
        syncs: book.syncs,
        runs: book.runs,
        active: book.active,
        tables: book.tables.map(function (t) {
          return Object.assign({ address: rectAddress(t.sheet, t) }, t);
        }),
        sheets: book.sheets.map(function (s) {
          var cells = {};
          Object.keys(s.cells).forEach(function (k) {
            var rc = k.split(",").map(Number);
            cells[a1(rc[0], rc[1])] = s.cells[k];
          });
          return { name: s.name, protected: s.protected, cells: cells, charts: s.charts };
        }),
      };
    },
  };
})();
