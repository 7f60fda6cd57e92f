// Package ledger is the Go side of the Ciphernet contracts: a typed client
// over the abigen bindings (transactions with nonce management, gas
// estimation, retries on transient RPC errors and receipt waiting; custom
// reverts decoded into errors matching the Err… sentinels), contract
// deployment, a reorg-safe event stream, and the pure functions every node
// must agree on with the contracts: the sortition committee and the signing
// digests checked by the slasher.
//
// The ledger is the network's only source of order, time, membership and
// money (DESIGN.md §3, §4, §7); everything here works against any EVM
// JSON-RPC endpoint, the embedded chain included.
package ledger

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"

	"github.com/ciphernet/ciphernet/ledger/bindings"
	"github.com/ethereum/go-ethereum/common"
)

// Addresses are the deployed contracts of one network.
type Addresses struct {
	Registry  common.Address `json:"registry"`
	E3Manager common.Address `json:"e3Manager"`
	Slasher   common.Address `json:"slasher"`
}

// Network is the network file: everything a node or client needs to find the
// ledger. It is written by `ciphernet contracts deploy`.
type Network struct {
	RPC         string    `json:"rpc"`
	ChainID     uint64    `json:"chainId"`
	Contracts   Addresses `json:"contracts"`
	DeployBlock uint64    `json:"deployBlock"`
	// Defaults are the E3 request parameters this network suggests when a
	// requester names none (a devnet sized for one committee writes them).
	Defaults *E3Defaults `json:"defaults,omitempty"`
}

// E3Defaults are request parameters a network file suggests: a devnet of N
// nodes started with --threshold T and --preset P runs committees of N
// with threshold T on P unless a request says otherwise. They are advice to
// clients, never enforced by the ledger.
type E3Defaults struct {
	Committee int    `json:"committee"`
	Threshold int    `json:"threshold"`
	Preset    string `json:"preset,omitempty"`
}

// LoadNetwork reads a network file.
func LoadNetwork(path string) (Network, error) {
	var n Network
	b, err := os.ReadFile(path)
	if err != nil {
		return n, fmt.Errorf("ledger: read network file: %w", err)
	}
	if err := json.Unmarshal(b, &n); err != nil {
		return n, fmt.Errorf("ledger: parse network file %s: %w", path, err)
	}
	if n.Contracts.Registry == (common.Address{}) || n.Contracts.E3Manager == (common.Address{}) || n.Contracts.Slasher == (common.Address{}) {
		return n, fmt.Errorf("ledger: network file %s: %w", path, ErrIncompleteNetwork)
	}
	return n, nil
}

// Save writes the network file (mode 0644: it holds no secret).
func (n Network) Save(path string) error {
	b, err := json.MarshalIndent(n, "", "  ")
	if err != nil {
		return fmt.Errorf("ledger: encode network file: %w", err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("ledger: write network file: %w", err)
	}
	return nil
}

// Phase is the lifecycle phase of an E3 (E3Manager.Phase).
type Phase uint8

// The phases, in lifecycle order (DESIGN.md §3).
const (
	PhaseNone      Phase = iota // no such E3
	PhaseCommittee              // ticket window
	PhaseKeyGen                 // key shares and public-key confirmation
	PhaseInputs                 // input window
	PhaseCompute                // output of the current stage awaited and attested
	PhaseDecrypt                // plaintext of the current stage published and attested
	PhaseCompleted              // all stages released, fee paid
	PhaseFailed                 // a deadline passed, fee refunded
)

var phaseNames = [...]string{"none", "committee", "keygen", "inputs", "compute", "decrypt", "completed", "failed"}

// String is the phase's lower-case name.
func (p Phase) String() string {
	if int(p) < len(phaseNames) {
		return phaseNames[p]
	}
	return fmt.Sprintf("phase(%d)", uint8(p))
}

// FailReason says why an E3 failed (E3Manager.FailReason).
type FailReason uint8

// The failure reasons.
const (
	FailNone                 FailReason = iota
	FailInsufficientTickets             // fewer than n tickets in the ticket window
	FailKeygenTimeout                   // keygen not finished by its deadline
	FailNoOutput                        // no output before the compute deadline
	FailOutputNotAccepted               // fewer than t output attestations
	FailPlaintextNotAccepted            // fewer than t plaintext attestations
)

var reasonNames = [...]string{"none", "insufficient tickets", "keygen timeout", "no output", "output not accepted", "plaintext not accepted"}

// String describes the reason in words.
func (r FailReason) String() string {
	if int(r) < len(reasonNames) {
		return reasonNames[r]
	}
	return fmt.Sprintf("reason(%d)", uint8(r))
}

// Record types returned by the contracts' views; aliases of the bindings so
// the node does not import the bindings package.
type (
	// E3 is the on-chain record of one E3.
	E3 = bindings.E3ManagerE3
	// Windows are the phase lengths of an E3, in blocks.
	Windows = bindings.E3ManagerWindows
	// Member is one committee member's duty record.
	Member = bindings.E3ManagerMember
	// Stage is one stage's output and accepted plaintext hash.
	Stage = bindings.E3ManagerStage
	// ProgramSpec is what the owner declares when registering a program.
	ProgramSpec = bindings.E3ManagerProgramSpec
	// Program is a registered program.
	Program = bindings.E3ManagerProgram
	// FeeSchedule is the quote's per-member, per-input and per-decryption prices.
	FeeSchedule = bindings.E3ManagerFeeSchedule
	// Node is a registered operator.
	Node = bindings.RegistryNode
)

// ProgramID is the on-chain id of a program name: keccak256(name).
func ProgramID(name string) common.Hash { return keccak([]byte(name)) }

func u256(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
