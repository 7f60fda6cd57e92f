package ledger

// The contracts are compiled by the npm solc pinned in contracts/package-lock.json
// (run `npm ci` in contracts/ first), then abigen, pinned as a tool in go.mod,
// turns each ABI and bytecode into a Go binding. CI reruns this and fails when
// the committed output differs.
//go:generate node ../contracts/build.js
//go:generate go tool abigen --abi ../contracts/out/Registry.abi --bin ../contracts/out/Registry.bin --pkg bindings --type Registry --out bindings/registry.go
//go:generate go tool abigen --abi ../contracts/out/E3Manager.abi --bin ../contracts/out/E3Manager.bin --pkg bindings --type E3Manager --out bindings/e3manager.go
//go:generate go tool abigen --abi ../contracts/out/Slasher.abi --bin ../contracts/out/Slasher.bin --pkg bindings --type Slasher --out bindings/slasher.go
//go:generate go tool abigen --abi ../contracts/out/Forwarder.abi --bin ../contracts/out/Forwarder.bin --pkg bindings --type Forwarder --out bindings/forwarder.go
