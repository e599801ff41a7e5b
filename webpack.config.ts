/**
 * One build for both halves of the add-in, which share one JavaScript runtime:
 * taskpane.html loads functions.js (the HF.* custom functions) and taskpane.js (the pane).
 *
 * - custom-functions-metadata-plugin generates functions.json from the JSDoc in
 *   src/functions/*.ts and appends the CustomFunctions.associate calls.
 * - The dataset is schema-checked before every compile (a bad fact fails the build).
 * - The ECB rates are encoded into src/generated/ by scripts/generate.ts first.
 * - In production, https://localhost:3000/ in manifest.xml becomes ADDIN_PUBLIC_URL.
 *
 * webpack-cli loads this file through webpack.config.js (see there why).
 */
import fs from "fs";
import path from "path";
import CopyWebpackPlugin from "copy-webpack-plugin";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import type { Compiler, Configuration } from "webpack";
// The devServer option's type (webpack-dev-server adds it to webpack's Configuration).
import type {} from "webpack-dev-server";
import type { ServerOptions } from "https";
import { generateAll } from "./scripts/generate";
import { HelpPagesPlugin } from "./scripts/help-pages";
import { loadLocales, LocalizeFunctionsPlugin } from "./scripts/localize-functions";

/**
 * custom-functions-metadata-plugin reads one file or a list (its code: Array.isArray(options.input));
 * its typings say one file only.
 */
const MetadataPlugin = CustomFunctionsMetadataPlugin as unknown as new (options: {
  input: string | string[];
  output: string;
}) => CustomFunctionsMetadataPlugin;

const DEV_URL = "https://localhost:3000/";
const FUNCTION_FILES = fs
  .readdirSync(path.resolve(__dirname, "src/functions"))
  .filter((f) => f.endsWith(".ts") && !f.startsWith("_") && f !== "index.ts")
  .sort()
  .map((f) => `./src/functions/${f}`);

/**
 * The production build's public base URL. There is no default (a made-up host would ship
 * in the manifest and the help links): without it the build stops with one line.
 */
function productionUrl(): string {
  const url = process.env.ADDIN_PUBLIC_URL;
  const problem = !url
    ? "set ADDIN_PUBLIC_URL to the HTTPS folder that will serve dist/, e.g. ADDIN_PUBLIC_URL=https://<your-host>/<folder>/ npm run build"
    : !/^https:\/\/[^\s]+\/$/.test(url)
      ? `ADDIN_PUBLIC_URL must be an https URL ending with "/"; got "${url}"`
      : null;
  if (problem || !url) {
    console.error(`npm run build: ${problem}`);
    process.exit(1);
  }
  return url;
}

/** Runs the generators (FX encoding, dataset validation) before each compile; errors fail the build. */
class GenerateDataPlugin {
  apply(compiler: Compiler): void {
    compiler.hooks.beforeCompile.tap("GenerateDataPlugin", () => {
      generateAll({ log: (m) => console.log(`[data] ${m}`) });
    });
  }
}

/** The scripts the custom functions need, in page order (runtime.js, core.js, functions.js). */
const FUNCTION_CHUNKS = ["runtime", "core", "functions"];

/**
 * Preload links for the functions' scripts, ahead of office.js in taskpane.html: the browser
 * fetches them while office.js loads. Without them Chromium (Excel's WebView2) queues
 * deferred scripts behind a pending head script, and they arrive only after office.js has run.
 */
class PreloadFunctionsPlugin {
  apply(compiler: Compiler): void {
    compiler.hooks.compilation.tap("PreloadFunctionsPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).afterTemplateExecution.tap("PreloadFunctionsPlugin", (data) => {
        const office = /<script\b[^>]*\bsrc="https:\/\/appsforoffice\.microsoft\.com\/[^"]*office\.js"[^>]*><\/script>/;
        if (!office.test(data.html))
          throw new Error("PreloadFunctionsPlugin: taskpane.html has no office.js script tag");
        const links = FUNCTION_CHUNKS.map((name) => {
          const js = [...(compilation.namedChunks.get(name)?.files ?? [])].find((f) => f.endsWith(".js"));
          if (!js) throw new Error(`PreloadFunctionsPlugin: no ${name} chunk`);
          return `<link rel="preload" href="${js}" as="script" />`;
        }).join("");
        data.html = data.html.replace(office, (tag) => links + tag);
        return data;
      });
    });
  }
}

/** What webpack-cli passes as the second argument (argv), and what npm start passes. */
export interface BuildOptions {
  mode?: string;
  /** The dev server's TLS options (npm start gives its certificate). */
  https?: ServerOptions;
}

export default function webpackConfig(_env: unknown, options: BuildOptions): Promise<Configuration> {
  const dev = options.mode !== "production";
  const publicUrl = dev ? DEV_URL : productionUrl();
  const config: Configuration = {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/index.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, process.env.ADDIN_OUT_DIR || "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      // Every emitted file sits next to taskpane.html: resolve assets relative to the page.
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } },
        },
      ],
    },
    performance: { maxAssetSize: 600000, maxEntrypointSize: 900000 },
    // One runtime, one module registry: the pane and the functions share a single instance
    // of the core (dataset, currency module and its decoded rates). The core lives in
    // core.js, the webpack runtime in runtime.js; taskpane.html loads runtime, core,
    // functions, then the pane.
    optimization: {
      runtimeChunk: { name: "runtime" },
      splitChunks: {
        cacheGroups: {
          // The date-system read (src/functions/_datesystem.ts) is shared state too: one instance for both.
          core: {
            test: /[\\/](src[\\/](core|generated)[\\/]|data[\\/]|src[\\/]functions[\\/]_datesystem\.ts$)/,
            name: "core",
            chunks: "all",
            enforce: true,
          },
        },
      },
    },
    plugins: [
      new GenerateDataPlugin(),
      new MetadataPlugin({ output: "functions.json", input: FUNCTION_FILES }),
      new LocalizeFunctionsPlugin({ devUrl: DEV_URL, publicUrl }),
      new HelpPagesPlugin({
        functionFiles: FUNCTION_FILES.map((f) => path.resolve(__dirname, f)),
        locales: loadLocales(),
      }),
      new PreloadFunctionsPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: [...FUNCTION_CHUNKS, "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content: Buffer) => (dev ? content : content.toString().split(DEV_URL).join(publicUrl)),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      server: { type: "https", options: options.https ?? {} },
      client: false,
      hot: false,
      liveReload: false,
    },
  };
  return Promise.resolve(config);
}
