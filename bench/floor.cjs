// The floor of reading an .xlsx as a whole process: unzip every part (fflate) and tokenize every XML part (saxes),
// building nothing. `node bench/floor.cjs plan.xlsx` prints the number of XML elements seen.
const { readFileSync } = require('node:fs');
const { unzipSync, strFromU8 } = require('fflate');
const { SaxesParser } = require('saxes');

const parts = unzipSync(readFileSync(process.argv[2]));
let elements = 0;
for (const [name, bytes] of Object.entries(parts)) {
  if (!/\.(xml|rels)$/.test(name)) continue;
  const parser = new SaxesParser();
  parser.on('opentag', () => elements++);
  parser.write(strFromU8(bytes)).close();
}
process.stdout.write(`${elements}\n`);
