// Compiles src/*.sol with the npm solc pinned in package-lock.json and writes
// out/<Contract>.abi and out/<Contract>.bin. Settings are fixed here (EVM
// version, optimizer, no metadata hash) so that every machine produces the same
// bytes and CI can fail on a diff. Run from anywhere: `node contracts/build.js`.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const EVM_VERSION = 'cancun'; // supported by go-ethereum's simulated backend and anvil
const CONTRACTS = ['Registry', 'E3Manager', 'Slasher'];
const TEST_CONTRACTS = ['Forwarder']; // test/: compiled for Go tests only, never deployed by the CLI
const root = __dirname;
const srcDir = path.join(root, 'src');
const outDir = path.join(root, 'out');

const testDir = path.join(root, 'test');
const sources = {};
for (const f of fs.readdirSync(srcDir).filter((f) => f.endsWith('.sol')).sort()) {
  sources[f] = { content: fs.readFileSync(path.join(srcDir, f), 'utf8') };
}
for (const f of fs.readdirSync(testDir).filter((f) => f.endsWith('.sol')).sort()) {
  sources['test/' + f] = { content: fs.readFileSync(path.join(testDir, f), 'utf8') };
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    evmVersion: EVM_VERSION,
    optimizer: { enabled: true, runs: 200 },
    viaIR: false,
    metadata: { bytecodeHash: 'none' },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};

function findImports(p) {
  const full = path.join(srcDir, p.replace(/^\.\//, ''));
  if (fs.existsSync(full)) return { contents: fs.readFileSync(full, 'utf8') };
  return { error: 'not found: ' + p };
}

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of output.errors || []) {
  process.stderr.write(e.formattedMessage + '\n');
  if (e.severity === 'error') failed = true;
}
if (failed) process.exit(1);

fs.mkdirSync(outDir, { recursive: true });
for (const name of CONTRACTS.concat(TEST_CONTRACTS)) {
  const file = CONTRACTS.includes(name) ? name + '.sol' : 'test/' + name + '.sol';
  const c = output.contracts[file][name];
  const runtime = c.evm.deployedBytecode.object.length / 2;
  if (runtime > 24576) {
    process.stderr.write(`${name}: runtime code ${runtime} bytes exceeds the EIP-170 limit\n`);
    process.exit(1);
  }
  fs.writeFileSync(path.join(outDir, name + '.abi'), JSON.stringify(c.abi, null, 2) + '\n');
  fs.writeFileSync(path.join(outDir, name + '.bin'), c.evm.bytecode.object + '\n');
  process.stdout.write(`${name}: ${runtime} bytes runtime code (solc ${solc.version()}, evm ${EVM_VERSION})\n`);
}
