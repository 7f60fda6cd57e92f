// Package protocol is one committee member's state machine for one E3
// (DESIGN.md §3, §5, §9): explicit states, one table of valid transitions,
// and transitions that are pure functions of the persisted state and an
// event, returning the actions the node must carry out. It does no I/O: the
// node feeds it ledger events and peer messages, persists the machine (and
// the secrets it hands out) and only then performs the actions — persist,
// then send.
//
// No member is hard-wired as the compute provider: members take turns in
// party-index order, by ledger blocks, to publish a stage's output that is
// not on the ledger yet (provider.go), so one member being down does not
// stall the E3.
//
// Cheap checks come first in every handler (state, E3 id, sender
// membership, committed hashes), cryptography last, so junk from the network
// costs little.
package protocol

import (
	"errors"
	"fmt"
	"slices"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/crypto/threshold"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/store"
)

// State is where a member stands in one E3.
type State uint8

// States, in lifecycle order.
const (
	// StateCommittee: the committee is final and this node is in it; it
	// has not dealt yet.
	StateCommittee State = iota + 1
	// StateCommitted: the dealing's hashes are on the ledger; the dealing is
	// held back until all n members have committed (commit, then reveal).
	StateCommitted
	// StateRevealed: the dealing is published; collecting all n dealings.
	StateRevealed
	// StateKeyConfirmed: the key share is derived and the public key's
	// hash confirmed; waiting for the ledger to publish the key.
	StateKeyConfirmed
	// StateInputs: the key is published; inputs are being committed.
	StateInputs
	// StateCompute: inputs are closed and the stage re-executed; waiting
	// for the output of the current stage, or publishing it when this
	// member's provider turn comes (provider.go).
	StateCompute
	// StateAttested: this member re-executed the stage and attested it.
	StateAttested
	// StateShared: the stage was accepted and this member's decryption
	// share is out; waiting for the plaintext.
	StateShared
	// StateCompleted: every stage released; secrets erased.
	StateCompleted
	// StateFailed: the E3 failed; secrets erased.
	StateFailed
)

var stateNames = map[State]string{
	StateCommittee: "committee", StateCommitted: "committed", StateRevealed: "revealed",
	StateKeyConfirmed: "key_confirmed", StateInputs: "inputs", StateCompute: "compute",
	StateAttested: "attested", StateShared: "shared", StateCompleted: "completed", StateFailed: "failed",
}

func (s State) String() string {
	if n, ok := stateNames[s]; ok {
		return n
	}
	return fmt.Sprintf("state(%d)", s)
}

// validTransitions is the only place that says which state may follow
// which. Failure is possible from every live state.
var validTransitions = map[State][]State{
	StateCommittee:    {StateCommitted, StateFailed},
	StateCommitted:    {StateRevealed, StateFailed},
	StateRevealed:     {StateKeyConfirmed, StateFailed},
	StateKeyConfirmed: {StateInputs, StateFailed},
	StateInputs:       {StateCompute, StateFailed},
	StateCompute:      {StateAttested, StateFailed},
	StateAttested:     {StateShared, StateFailed},
	StateShared:       {StateCompute, StateCompleted, StateFailed}, // next stage, or done
}

// ValidTransition reports whether to may follow from.
func ValidTransition(from, to State) bool { return slices.Contains(validTransitions[from], to) }

// Errors. Handlers return them for events a member must ignore (and count);
// they never leave the machine half-changed.
var (
	// ErrUnexpected means the event does not apply in the current state
	// (late, early or duplicate); the node drops it.
	ErrUnexpected = errors.New("event not expected in this state")
	// ErrNotMember means a message came from outside the committee.
	ErrNotMember = errors.New("sender is not a committee member")
	// ErrUncommitted means a blob does not match the hash its sender
	// committed on the ledger.
	ErrUncommitted = errors.New("blob does not match the sender's ledger commitment")
	// ErrWrongE3 means the message is for another E3.
	ErrWrongE3 = errors.New("message for another E3")
	// ErrOutputMismatch means the published output is not what this
	// member's re-execution gives; it does not attest.
	ErrOutputMismatch = errors.New("published output differs from re-execution")
	// ErrPlaintextMismatch means the published plaintext is not the
	// certified combination of the shares.
	ErrPlaintextMismatch = errors.New("published plaintext differs from the combined shares")
	// ErrTransition means a handler tried a transition the table forbids: a
	// broken invariant.
	ErrTransition = errors.New("invalid state transition")
)

// Config is what a member knows of the E3 when the committee is final: all
// from the ledger, plus its own keys.
type Config struct {
	Threshold threshold.Config
	// Program is the configured program instance.
	Program program.Instance
	// Self is this member's party index (1-based, committee order).
	Self int
	// TransportKey is this node's transport key; Committee[j-1] member j's
	// registered public transport key.
	TransportKey *threshold.TransportKey
	Committee    []threshold.TransportPublicKey
	// Faults, when set, make this member misbehave on purpose: fault
	// injection for end-to-end tests of the committee's defences (nil in
	// production; a node sets it only through its test hooks).
	Faults *Faults
}

// Faults are deliberate misbehaviours of one member, each one a cheating
// member could choose, so that tests can show the others catch it.
type Faults struct {
	// BadMask publishes (and commits) a mask contribution whose second
	// ciphertext encrypts 1 instead of the inverse of the first: it decodes
	// and validates, but the program's public mask check comes out
	// non-zero, and the member's opening does not reproduce it.
	BadMask bool
}

// Machine is one member's state for one E3. Its exported fields are what
// the node persists; secrets are handed out in actions to be sealed.
type Machine struct {
	cfg  Config
	sess *threshold.Session

	State State
	Stage int
	// Commitments[j-1] is member j's committed dealing hash (zero until seen).
	Commitments []store.Hash
	// dealt[j-1] is member j's revealed dealing header, once checked
	// against its commitment, with the bundle j sealed to this member once
	// fetched (KeyShare opens no other). Dealings are neither persisted with
	// the machine nor ever held whole: at n = 32 a whole dealing is 16 MiB,
	// and passing whole dealings around moved n² bundles through every node
	// (at n = 19 nodes were killed for lack of memory). The node stores
	// headers and bundles as blobs by hash; Rehydrate reads them back after
	// a restart.
	dealt []*threshold.Dealing
	// PublicKeyHash is the key this member confirmed.
	PublicKeyHash store.Hash
	// Inputs are the committed inputs' hashes in ledger order.
	Inputs []store.Hash
	// Output is the current stage's re-executed output (encoded).
	Output []byte
	// Provided is 1 + the last stage whose output this member published
	// as compute provider (0: none). Persisted with the PublishOutput
	// action, it keeps a restarted member from publishing twice.
	Provided int `json:",omitempty"`
	// Shares[j-1] is member j's decryption share for the current stage.
	Shares [][]byte
	// Released holds the decoded plaintexts of finished stages.
	Released [][]uint64
	// EvalShares[j-1] is the hash of member j's eval share (programs that
	// multiply or rotate only; see evalkeys.go).
	EvalShares []store.Hash `json:",omitempty"`
	// MaskHash is this member's mask contribution; Masks[j-1] member j's
	// ledger commitment (programs with committee masks only; masks.go).
	MaskHash store.Hash   `json:",omitempty"`
	Masks    []store.Hash `json:",omitempty"`

	own          *threshold.Dealing // this member's dealing until reveal (sealed as "dealing")
	dealerSecret *threshold.DealerSecret
	keyShare     *threshold.KeyShare
	outputCT     *rlwe.Ciphertext
	eval         *bgv.Evaluator // with the committee's evaluation keys, once loaded
	masks        []*threshold.MaskContribution
	maskSecret   []byte // this member's encoded mask seed, for an opening
}

// New creates the machine for a member of a finalized committee.
func New(cfg Config) (*Machine, error) {
	sess, err := threshold.NewSession(cfg.Threshold)
	if err != nil {
		return nil, err
	}
	n := cfg.Threshold.N
	if cfg.Self < 1 || cfg.Self > n || len(cfg.Committee) != n || cfg.TransportKey == nil {
		return nil, fmt.Errorf("protocol: %w: member %d of %d with %d transport keys", threshold.ErrConfig, cfg.Self, n, len(cfg.Committee))
	}
	if cfg.Program.Stages() != cfg.Threshold.Decryptions {
		return nil, fmt.Errorf("protocol: %w: program has %d stages, %d decryptions dealt", threshold.ErrConfig, cfg.Program.Stages(), cfg.Threshold.Decryptions)
	}
	m := &Machine{cfg: cfg, sess: sess, State: StateCommittee,
		Commitments: make([]store.Hash, n), dealt: make([]*threshold.Dealing, n), Shares: make([][]byte, n)}
	if m.NeedsEvalKeys() {
		if !cfg.Threshold.Preset.Relinearize {
			return nil, fmt.Errorf("protocol: %w: program multiplies but preset %s does not", threshold.ErrConfig, cfg.Threshold.Preset.Name)
		}
		m.EvalShares = make([]store.Hash, n)
	}
	if m.NeedsMasks() {
		m.Masks = make([]store.Hash, n)
	}
	return m, nil
}

// to moves to next if the table allows it.
func (m *Machine) to(next State) error {
	if !ValidTransition(m.State, next) {
		return fmt.Errorf("protocol: %w: %v → %v", ErrTransition, m.State, next)
	}
	m.State = next
	return nil
}

func (m *Machine) expect(states ...State) error {
	if !slices.Contains(states, m.State) {
		return fmt.Errorf("protocol: %w (state %v)", ErrUnexpected, m.State)
	}
	return nil
}

func (m *Machine) checkMember(j int) error {
	if j < 1 || j > m.cfg.Threshold.N {
		return fmt.Errorf("protocol: %w: index %d", ErrNotMember, j)
	}
	return nil
}

// Resume restores the in-memory secrets of a machine loaded from the store
// after a restart: the sealed secrets by name ("dealer", "keyshare") and
// the current stage's output ciphertext from its persisted encoding.
func (m *Machine) Resume(secrets map[string][]byte) error {
	if raw, ok := secrets["dealer"]; ok && raw != nil {
		m.dealerSecret = new(threshold.DealerSecret)
		if err := m.dealerSecret.UnmarshalBinary(raw); err != nil {
			return fmt.Errorf("protocol: resume dealer secret: %w", err)
		}
	}
	if raw, ok := secrets["keyshare"]; ok && raw != nil {
		m.keyShare = new(threshold.KeyShare)
		if err := m.keyShare.UnmarshalBinary(raw); err != nil {
			return fmt.Errorf("protocol: resume key share: %w", err)
		}
	}
	if raw, ok := secrets["dealing"]; ok && raw != nil {
		m.own = new(threshold.Dealing)
		if err := m.own.UnmarshalSealed(raw); err != nil {
			return fmt.Errorf("protocol: resume own dealing: %w", err)
		}
	}
	if raw, ok := secrets["mask"]; ok && raw != nil {
		m.maskSecret = slices.Clone(raw)
	}
	if m.Output != nil {
		ct, err := m.cfg.Program.Preset().UnmarshalCiphertext(m.Output, bfv.AnyRule)
		if err != nil {
			return fmt.Errorf("protocol: resume output: %w", err)
		}
		m.outputCT = ct
	}
	return nil
}

// HasDealing reports whether member j's revealed dealing is held (the node
// pulls those missing).
func (m *Machine) HasDealing(j int) bool {
	return j >= 1 && j <= len(m.dealt) && m.dealt[j-1] != nil
}

// SecretNames are the names of the secrets a machine asks its node to seal
// (SealSecret) and takes back in Resume.
var SecretNames = []string{"dealer", "dealing", "keyshare", "mask"}

// Rehydrate gives a resumed machine back the dealings its node holds (blob
// returns the stored bytes for a hash, nil if absent): every committed
// header found and the bundle it seals to this member, this member's own
// once revealed (it is then public; the sealed copy is deleted at reveal).
// If that completes the set in StateRevealed (the node stored the last
// piece but stopped before the step that used it), the key is derived now.
func (m *Machine) Rehydrate(blob func(store.Hash) []byte) ([]Action, error) {
	if m.State != StateCommittee && m.State != StateCommitted && m.State != StateRevealed {
		return nil, nil
	}
	for j, h := range m.Commitments {
		if h == (store.Hash{}) || (j+1 == m.cfg.Self && m.State != StateRevealed) {
			continue // not revealed: sealed, and back in m.own (Resume)
		}
		if m.dealt[j] == nil {
			if b := blob(h); b != nil && store.Keccak(b) == h {
				if err := m.keepDealing(j+1, b); err != nil {
					return nil, err
				}
			}
		}
		if bh, ok := m.WantBundle(j + 1); ok {
			if b := blob(bh); b != nil {
				if err := m.dealt[j].SetBundle(m.cfg.Self, b); err != nil {
					return nil, fmt.Errorf("protocol: rehydrate: %w", err)
				}
			}
		}
	}
	if m.State != StateRevealed {
		return nil, nil
	}
	return m.deriveKey()
}

// Session exposes the threshold session (for the node's verifier paths).
func (m *Machine) Session() *threshold.Session { return m.sess }
