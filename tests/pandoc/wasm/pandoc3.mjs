// Runs pandoc 3 (pandoc-wasm) on a list of conversions, loading the 58 MB WebAssembly binary
// once: each line of the job file is "FROM TO INPUT OUTPUT" (paths without spaces). Exits 1 and
// names the job when pandoc reports an error or writes nothing.
//
//   node pandoc3.mjs PANDOC_WASM_DIR JOBFILE
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

const [dir, jobFile] = process.argv.slice(2);
const entry = join(dir, "node_modules", "pandoc-wasm", "src", "index.node.js");
const { convert } = await import(pathToFileURL(entry).href);

const binary = new Set(["docx", "odt", "epub"]);
let failed = false;
for (const line of readFileSync(jobFile, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const [from, to, input, output] = line.trim().split(/\s+/);
  const name = basename(input);
  const options = { from, to, "input-files": [name] };
  if (binary.has(to)) options["output-file"] = "out." + to;
  const result = await convert(options, null, { [name]: new Blob([readFileSync(input)]) });
  if (result.stderr) process.stderr.write(result.stderr);
  let bytes;
  if (binary.has(to)) {
    const out = result.files["out." + to];
    bytes = out ? Buffer.from(await out.arrayBuffer()) : null;
  } else {
    bytes = result.stdout ? Buffer.from(result.stdout) : null;
  }
  if (!bytes || bytes.length === 0) {
    console.error(`pandoc3.mjs: ${from} -> ${to} of ${input} produced nothing`);
    failed = true;
    continue;
  }
  writeFileSync(output, bytes);
}
process.exit(failed ? 1 : 0);
