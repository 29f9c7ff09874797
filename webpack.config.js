/*
 * Builds the task pane, the ribbon's function file and the manifest into dist/addin; `npm run dev` serves them on
 * localhost:3000 as the development manifest says.
 *   --env host=https://perfplan.example.go.kr/plan/   where the add-in will be served (the manifest's every URL)
 *   --env officejs=cdn                                  Office.js from Microsoft's CDN instead of the add-in's own host
 */
const fs = require('node:fs');
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const PORT = 3000;
/** What manifest.xml names: the dev server. A build for another host replaces it in dist/addin/manifest.xml. */
const DEV_ORIGIN = `https://localhost:${PORT}/`;
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Where the build puts its copy of @microsoft/office-js, relative to the pages (so it works under any path). */
const OFFICE_JS_DIR = 'office-js';

/** The host and path the add-in is served from, ending in `/`: `--env host=…`, else the dev server. */
function addinBase(env) {
  if (env.host === undefined) return DEV_ORIGIN;
  let url;
  try {
    url = new URL(String(env.host));
  } catch {
    throw new Error(`perfplan: --env host=${env.host} is not a URL (e.g. https://perfplan.example.go.kr/plan/)`);
  }
  if (url.protocol !== 'https:') throw new Error(`perfplan: --env host=${env.host}: Office loads add-ins over https only`);
  if (url.search || url.hash) throw new Error(`perfplan: --env host=${env.host}: a host and path, without ? or #`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** manifest.xml with every dev-server URL moved under `base`; refuses a result that still names localhost. */
function manifestFor(xml, base) {
  const moved = xml.split(DEV_ORIGIN).join(base);
  if (base !== DEV_ORIGIN && moved.includes('localhost'))
    throw new Error('perfplan: manifest.xml names localhost outside its URLs');
  return moved;
}

/** Which Office.js the pages load (`--env officejs=local|cdn`, local by default) and the line the pages say it in. */
function officeJs(env) {
  const choice = env.officejs ?? 'local';
  if (choice === 'cdn') {
    return {
      choice,
      src: OFFICE_JS_CDN,
      origin: new URL(OFFICE_JS_CDN).origin,
      note: `Office.js: Microsoft's CDN (${OFFICE_JS_CDN}); the PCs need internet access.`,
    };
  }
  if (choice === 'local') {
    const version = require('@microsoft/office-js/package.json').version;
    return {
      choice,
      src: `${OFFICE_JS_DIR}/office.js`,
      origin: null,
      note: `Office.js: the add-in's own copy (@microsoft/office-js ${version}, in ${OFFICE_JS_DIR}/), fetched from nowhere else.`,
    };
  }
  throw new Error(`perfplan: --env officejs=${choice}: use local (the default) or cdn`);
}

/**
 * Office.js's files for Excel: the loader, Excel's host scripts, the strings of every language and the helpers it
 * loads itself (telemetry, error pages). Debug copies and other Office apps' scripts stay out (86 MB down to ~25).
 */
const OTHER_APPS = /^(access|onenote|outlook|outlookwebapp|powerpoint|powerpointios|project|word|wordios)-/;
const officeJsFileNeeded = (file) => {
  const name = path.basename(file);
  return !/\.debug\.js$|-vsdoc\.js$|\.d\.ts$|^outlook_strings\.js$/.test(name) && !OTHER_APPS.test(name);
};

/** html-webpack-plugin's production minification, keeping the comment that says which Office.js the page uses. */
const MINIFY = {
  collapseWhitespace: true,
  keepClosingSlash: true,
  removeComments: true,
  ignoreCustomComments: [/^\s*Office\.js:/],
  removeRedundantAttributes: true,
  removeScriptTypeAttributes: true,
  removeStyleLinkTypeAttributes: true,
  useShortDoctype: true,
};

/**
 * The pages' Content-Security-Policy: scripts from the add-in's host (and the CDN when Office.js comes from there),
 * Fluent's inserted styles, nothing fetched elsewhere. The dev server's eval source maps and live reload need more,
 * so it runs without one.
 */
const contentSecurityPolicy = (office) =>
  [
    "default-src 'self'",
    `script-src 'self'${office.origin ? ` ${office.origin}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');

/**
 * HTTPS with the Office dev certificates when `npx office-addin-dev-certs install` has put them in place; plain
 * HTTP otherwise (Linux without sudo, CI), where Excel cannot sideload but the pages and e2e tests still work.
 */
function devServerProtocol() {
  try {
    const certs = require('office-addin-dev-certs');
    const { localhostCertificatePath, localhostKeyPath, caCertificatePath } = require('office-addin-dev-certs/lib/defaults');
    const present = [localhostCertificatePath, localhostKeyPath, caCertificatePath].every((file) => fs.existsSync(file));
    if (present && certs.verifyCertificates()) {
      const options = {
        cert: fs.readFileSync(localhostCertificatePath),
        key: fs.readFileSync(localhostKeyPath),
        ca: fs.readFileSync(caCertificatePath),
      };
      return { type: 'https', options };
    }
  } catch {
    // no usable certificates: fall through to http
  }
  process.stderr.write(
    `perfplan: Office dev certificates not installed; serving http://localhost:${PORT} (run npx office-addin-dev-certs install for https)\n`,
  );
  return 'http';
}

/** ts-loader as the pane uses it; ES modules let webpack drop the Fluent components and icons the pane does not use. */
const typescript = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: true } },
  },
};

/**
 * The in-memory Excel of the tests (test/fakes/excel.ts) as one script for a browser page, so the end-to-end tests run
 * the pane's Office branch in Chromium: `webpack --env officeFake --env out=<dir>` writes <dir>/officeFake.js.
 */
const officeFakeConfig = (env) => ({
  mode: 'development',
  devtool: false,
  entry: { officeFake: './test/e2e/page/officeFake.ts' },
  output: { path: path.resolve(env.out ?? path.join(__dirname, 'dist', 'e2e')), filename: '[name].js' },
  resolve: { extensions: ['.ts', '.js'] },
  module: { rules: [typescript] },
});

const makeConfig = (env = {}, argv = {}) => {
  if (env.officeFake) return officeFakeConfig(env);
  const production = argv.mode === 'production';
  const base = addinBase(env);
  const office = officeJs(env);
  const page = (filename, template, chunks) =>
    new HtmlWebpackPlugin({
      filename,
      template,
      chunks,
      templateParameters: {
        officeJs: office.src,
        officeJsNote: office.note,
        csp: production ? contentSecurityPolicy(office) : '',
      },
      minify: production ? MINIFY : false,
    });
  return {
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist', 'addin'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      // Relative to the page that loads them: the add-in works under any path (https://intranet/perfplan/).
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    // No source maps in what ships: they would publish the source to every PC. The dev server keeps them.
    devtool: production ? false : 'eval-cheap-module-source-map',
    module: {
      rules: [typescript],
      // exceljs's browser build is one self-contained, minified file: parsing it again only costs build time.
      noParse: /[\\/]exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
    },
    plugins: [
      page('taskpane.html', './src/taskpane/taskpane.html', ['taskpane']),
      page('commands.html', './src/commands/commands.html', ['commands']),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // The standalone page (no Excel) opens the example plan until the user picks a file.
          { from: 'examples/seed.xlsx', to: 'examples/seed.xlsx' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => manifestFor(content.toString('utf8'), base) },
          ...(office.choice === 'local'
            ? [
                {
                  from: path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist'),
                  to: OFFICE_JS_DIR,
                  filter: officeJsFileNeeded,
                  // Microsoft's files as published: minifying them again only costs minutes.
                  info: { minimized: true },
                },
                { from: require.resolve('@microsoft/office-js/LICENSE.md'), to: `${OFFICE_JS_DIR}/LICENSE.md` },
              ]
            : []),
        ],
      }),
    ],
    performance: { hints: false },
    // html-webpack-plugin minifies the pages (MINIFY, which keeps the Office.js comment); webpack's own HTML minifier
    // would drop that comment.
    optimization: { minimizeOptions: { html: false } },
    devServer: env.WEBPACK_SERVE
      ? {
          port: PORT,
          host: 'localhost',
          server: devServerProtocol(),
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
        }
      : undefined,
  };
};

module.exports = makeConfig;
// For test/manifest.test.ts: the manifest a build for another host writes.
module.exports.manifestFor = manifestFor;
