/**
 * Registers the add-in's HF.* functions in HyperFormula, a real Excel-compatible formula
 * engine, from the generated functions.json and the functions the bundle associated.
 * Arguments reach the functions the way Excel passes them: null for an omitted optional
 * argument or an empty cell, numbers for dates; errors come back as spreadsheet errors
 * and 2-D results spill. Used by the tests and by the benchmark.
 */
const { FunctionPlugin, FunctionArgumentType, CellError, ErrorType, SimpleRangeValue, ArraySize, EmptyValue } = require("hyperformula");

const ERROR_TYPE = { "#VALUE!": ErrorType.VALUE, "#N/A": ErrorType.NA, "#NUM!": ErrorType.NUM };

function toExcelArg(v) {
  if (v === undefined || v === EmptyValue) return null;
  if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map(toExcelArg));
  if (v && typeof v === "object" && "val" in v) return v.val; // dates, currencies, percents
  return v;
}

function fromResult(r) {
  if (r && typeof r === "object" && !Array.isArray(r) && typeof r.code === "string") {
    return new CellError(ERROR_TYPE[r.code] || ErrorType.VALUE, r.message);
  }
  if (Array.isArray(r)) return SimpleRangeValue.onlyValues(r.map((row) => row.map((c) => (c === null ? "" : c))));
  if (r && typeof r === "object") return r.text ?? String(r); // an entity card shows its text
  return r;
}

/** Literal value of an argument AST node, or undefined when it is not a literal. */
function literal(ast) {
  if (!ast || ast.type === "EMPTY") return null;
  if (ast.type === "NUMBER" || ast.type === "STRING") return ast.value;
  if (ast.type === "MINUS_UNARY_OP" && ast.value.type === "NUMBER") return -ast.value.value;
  if (ast.type === "FUNCTION_CALL" && ast.args.length === 0 && /^(TRUE|FALSE)$/.test(ast.procedureName)) return ast.procedureName === "TRUE";
  return undefined;
}

/**
 * @param metadata parsed functions.json
 * @param registry Map id → function, as CustomFunctions.associate received them
 * @param namespace formula prefix (Excel shows HF.VALUATION)
 */
function createHfPlugin(metadata, registry, namespace = "HF") {
  class HfPlugin extends FunctionPlugin {}
  const implemented = {};
  const translations = {};
  for (const fn of metadata.functions) {
    const impl = registry.get(fn.id);
    if (!impl) throw new Error(`${fn.id} is in functions.json but was not associated`);
    const formulaId = `${namespace}.${fn.name}`;
    const method = `fn_${fn.id}`;
    const meta = {
      method,
      parameters: fn.parameters.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: Boolean(p.optional) })),
    };
    HfPlugin.prototype[method] = function (ast, state) {
      return this.runFunction(ast.args, state, this.metadata(formulaId), (...args) => {
        const excelArgs = fn.parameters.map((_, i) => toExcelArg(args[i]));
        try {
          return fromResult(impl(...excelArgs));
        } catch (e) {
          // Spilled functions throw their CustomFunctions.Error, as Excel documents.
          if (e && typeof e === "object" && typeof e.code === "string") return fromResult(e);
          throw e;
        }
      });
    };
    if (fn.result && fn.result.dimensionality === "matrix") {
      meta.vectorizationForbidden = true;
      meta.sizeOfResultArrayMethod = `size_${fn.id}`;
      HfPlugin.prototype[meta.sizeOfResultArrayMethod] = function (ast) {
        // The engine sizes a spill before evaluating; with literal arguments we can ask the function.
        const args = fn.parameters.map((_, i) => literal(ast.args[i]));
        if (args.some((a) => a === undefined)) return ArraySize.scalar();
        let r;
        try {
          r = impl(...args);
        } catch {
          return ArraySize.scalar();
        }
        return Array.isArray(r) && r.length ? new ArraySize(r[0].length, r.length) : ArraySize.scalar();
      };
    }
    implemented[formulaId] = meta;
    translations[formulaId] = formulaId;
  }
  HfPlugin.implementedFunctions = implemented;
  return { plugin: HfPlugin, translations: { enGB: translations, enUS: translations } };
}

module.exports = { createHfPlugin };
