/* Builds the task pane and the ribbon's function file; `npm run dev` serves them on localhost:3000 as the manifest says. */
const fs = require('node:fs');
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const PORT = 3000;

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

module.exports = (env = {}, argv = {}) => {
  if (env.officeFake) return officeFakeConfig(env);
  const production = argv.mode === 'production';
  return {
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist', 'addin'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: '/',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    module: {
      rules: [typescript],
      // exceljs's browser build is one self-contained, minified file: parsing it again only costs build time.
      noParse: /[\\/]exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      // The standalone page (no Excel) opens the example plan until the user picks a file.
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'examples/seed.xlsx', to: 'examples/seed.xlsx' },
        ],
      }),
    ],
    performance: { hints: false },
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
