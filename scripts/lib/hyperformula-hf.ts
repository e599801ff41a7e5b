/**
 * Registers the add-in's HF.* functions in HyperFormula, a real Excel-compatible formula
 * engine, from the generated functions.json and the functions the bundle associated.
 * Arguments reach the functions the way Excel passes them: null for an omitted optional
 * argument or an empty cell, numbers for dates; errors come back as spreadsheet errors
 * and 2-D results spill. Used by the tests and by the benchmark.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionMetadata,
  FunctionPlugin,
  FunctionPluginDefinition,
  ImplementedFunctions,
  SimpleRangeValue,
} from "hyperformula";
// HyperFormula's AST and interpreter state types are not exported from its entry point (its
// package "exports" hide typings/); a type-only import of the files themselves is erased.
import type { ProcedureAst } from "../../node_modules/hyperformula/typings/parser/Ast";
import type { InterpreterState } from "../../node_modules/hyperformula/typings/interpreter/InterpreterState";
import type { InterpreterValue } from "../../node_modules/hyperformula/typings/interpreter/InterpreterValue";
import type { CustomFunction, Metadata } from "./load-bundle";

const ERROR_TYPE: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
};

function toExcelArg(v: unknown): unknown {
  if (v === undefined || v === EmptyValue) return null;
  if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map(toExcelArg));
  if (v && typeof v === "object" && "val" in v) return v.val; // dates, currencies, percents
  return v;
}

function fromResult(r: unknown): InterpreterValue {
  if (r && typeof r === "object" && !Array.isArray(r) && "code" in r && typeof r.code === "string") {
    return new CellError(
      ERROR_TYPE[r.code] || ErrorType.VALUE,
      "message" in r && typeof r.message === "string" ? r.message : undefined,
    );
  }
  if (Array.isArray(r))
    return SimpleRangeValue.onlyValues(
      (r as unknown[][]).map((row) => row.map((c) => (c === null ? "" : (c as string | number | boolean)))),
    );
  if (r && typeof r === "object")
    return "text" in r && r.text != null ? (r.text as InterpreterValue) : JSON.stringify(r); // an entity card shows its text
  return r as InterpreterValue;
}

/** An AST node as far as literal() reads it. */
interface ArgNode {
  type: string;
  value?: unknown;
  procedureName?: string;
  args?: unknown[];
}

function isNode(x: unknown): x is ArgNode {
  return typeof x === "object" && x !== null && "type" in x && typeof x.type === "string";
}

/** Literal value of an argument AST node, or undefined when it is not a literal. */
function literal(ast: unknown): unknown {
  if (!isNode(ast) || ast.type === "EMPTY") return null;
  if (ast.type === "NUMBER" || ast.type === "STRING") return ast.value;
  if (ast.type === "MINUS_UNARY_OP" && isNode(ast.value) && ast.value.type === "NUMBER")
    return -Number(ast.value.value);
  if (ast.type === "FUNCTION_CALL" && ast.args?.length === 0 && /^(TRUE|FALSE)$/.test(ast.procedureName ?? ""))
    return ast.procedureName === "TRUE";
  return undefined;
}

/** The HF.* plugin class: one method per function, added by createHfPlugin. */
class HfPluginBase extends FunctionPlugin {
  /** Evaluate `impl` for HyperFormula's call `ast` of `formulaId`, with Excel's argument conventions. */
  runHf(
    formulaId: string,
    ast: ProcedureAst,
    state: InterpreterState,
    arity: number,
    impl: CustomFunction,
  ): InterpreterValue {
    return this.runFunction(ast.args, state, this.metadata(formulaId), (...args: unknown[]) => {
      const excelArgs = Array.from({ length: arity }, (_, i) => toExcelArg(args[i]));
      try {
        return fromResult(impl(...excelArgs));
      } catch (e) {
        // Spilled functions throw their CustomFunctions.Error, as Excel documents.
        if (e && typeof e === "object" && "code" in e && typeof e.code === "string") return fromResult(e);
        throw e;
      }
    });
  }
}

function defineMethod(
  cls: typeof FunctionPlugin,
  name: string,
  value: (this: HfPluginBase, ast: ProcedureAst, state: InterpreterState) => unknown,
): void {
  Object.defineProperty(cls.prototype, name, { value, writable: true, configurable: true });
}

/**
 * @param metadata parsed functions.json
 * @param registry Map id → function, as CustomFunctions.associate received them
 * @param namespace formula prefix (Excel shows HF.VALUATION)
 */
export function createHfPlugin(
  metadata: Metadata,
  registry: Map<string, CustomFunction>,
  namespace = "HF",
): { plugin: FunctionPluginDefinition; translations: { enGB: Record<string, string>; enUS: Record<string, string> } } {
  class HfPlugin extends HfPluginBase {}
  const implemented: ImplementedFunctions = {};
  const translations: Record<string, string> = {};
  for (const fn of metadata.functions) {
    const impl = registry.get(fn.id);
    if (!impl) throw new Error(`${fn.id} is in functions.json but was not associated`);
    const formulaId = `${namespace}.${fn.name}`;
    const method = `fn_${fn.id}`;
    const meta: FunctionMetadata = {
      method,
      parameters: fn.parameters.map((p) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: Boolean(p.optional),
      })),
    };
    defineMethod(HfPlugin, method, function (ast, state) {
      return this.runHf(formulaId, ast, state, fn.parameters.length, impl);
    });
    if (fn.result?.dimensionality === "matrix") {
      const sizeMethod = `size_${fn.id}`;
      meta.vectorizationForbidden = true;
      meta.sizeOfResultArrayMethod = sizeMethod;
      defineMethod(HfPlugin, sizeMethod, function (ast) {
        // The engine sizes a spill before evaluating; with literal arguments we can ask the function.
        const args = fn.parameters.map((_, i) => literal(ast.args[i]));
        if (args.some((a) => a === undefined)) return ArraySize.scalar();
        let r: unknown;
        try {
          r = impl(...args);
        } catch {
          return ArraySize.scalar();
        }
        return Array.isArray(r) && r.length
          ? new ArraySize((r as unknown[][])[0].length, r.length)
          : ArraySize.scalar();
      });
    }
    implemented[formulaId] = meta;
    translations[formulaId] = formulaId;
  }
  HfPlugin.implementedFunctions = implemented;
  return { plugin: HfPlugin, translations: { enGB: translations, enUS: translations } };
}
