package protocol

import (
	"errors"
	"fmt"
	"slices"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/crypto/threshold"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/store"
)

// Action is something the node must do after persisting the machine.
type Action interface{ isAction() }

// Actions.
type (
	// CommitKeyShare: send publishKeyShare(e3, pkShareHash, dealingHash).
	CommitKeyShare struct{ PublicKeyShareHash, DealingHash store.Hash }
	// Publish: put a blob on the E3's topic (and serve it by hash).
	Publish struct {
		Kind string // "dealing", "output", "decryption-share"
		Data []byte
	}
	// ConfirmPublicKey: send confirmPublicKey(e3, hash).
	ConfirmPublicKey struct{ Hash store.Hash }
	// PublishOutput: send publishOutput(e3, stage, hash, inputRoot, count)
	// (the member whose provider turn it is: provider.go).
	PublishOutput struct {
		Stage int
		Hash  store.Hash
	}
	// AttestOutput: send attestOutput(e3, stage, hash).
	AttestOutput struct {
		Stage int
		Hash  store.Hash
	}
	// PublishPlaintext: send publishPlaintext(e3, stage, plaintext) (the
	// aggregator only, and only for a certified result).
	PublishPlaintext struct {
		Stage     int
		Plaintext []byte
	}
	// CommitMask: send commitMask(e3, hash) — this member's mask
	// contribution, committed during the input window.
	CommitMask struct{ Hash store.Hash }
	// AttestPlaintext: send attestPlaintext(e3, stage, keccak(plaintext)).
	AttestPlaintext struct {
		Stage int
		Hash  store.Hash
	}
	// SealSecret: persist a secret (sealed) before any other action.
	SealSecret struct {
		Name string
		Data []byte
	}
	// DeleteSecret: delete one secret that is no longer needed.
	DeleteSecret struct{ Name string }
	// EraseSecrets: delete and compact away every secret of the E3.
	EraseSecrets struct{}
)

func (CommitKeyShare) isAction()   {}
func (Publish) isAction()          {}
func (ConfirmPublicKey) isAction() {}
func (PublishOutput) isAction()    {}
func (AttestOutput) isAction()     {}
func (PublishPlaintext) isAction() {}
func (AttestPlaintext) isAction()  {}
func (CommitMask) isAction()       {}
func (SealSecret) isAction()       {}
func (DeleteSecret) isAction()     {}
func (EraseSecrets) isAction()     {}

// Start deals: it returns the sealed dealer secret to persist and the
// commitment to send; the dealing itself stays private until Reveal.
func (m *Machine) Start() ([]Action, error) {
	if err := m.expect(StateCommittee); err != nil {
		return nil, err
	}
	d, sec, err := m.sess.Deal(m.cfg.Self, m.cfg.TransportKey, m.cfg.Committee, nil)
	if err != nil {
		return nil, fmt.Errorf("protocol: deal: %w", err)
	}
	header, err := d.MarshalBinary()
	if err != nil {
		return nil, err
	}
	sealed, err := d.MarshalSealed()
	if err != nil {
		return nil, err
	}
	pkShare, err := d.PublicKeyShare.MarshalBinary()
	if err != nil {
		return nil, err
	}
	secret, err := sec.MarshalBinary()
	if err != nil {
		return nil, err
	}
	if err := m.to(StateCommitted); err != nil {
		return nil, err
	}
	m.own, m.dealerSecret = d, sec
	// The commitment is the header's hash; the header commits to every
	// bundle's hash, so the n bundles are committed too.
	return []Action{SealSecret{Name: "dealer", Data: secret}, SealSecret{Name: "dealing", Data: sealed}, CommitKeyShare{PublicKeyShareHash: store.Keccak(pkShare), DealingHash: store.Keccak(header)}}, nil
}

// OnCommitment records member j's committed dealing hash (ledger event
// KeyShareCommitted). When all n are in, this member reveals its dealing.
func (m *Machine) OnCommitment(j int, dealingHash store.Hash) ([]Action, error) {
	if err := m.checkMember(j); err != nil {
		return nil, err
	}
	if err := m.expect(StateCommittee, StateCommitted); err != nil {
		return nil, err
	}
	if m.Commitments[j-1] != (store.Hash{}) {
		return nil, fmt.Errorf("protocol: %w: member %d committed twice", ErrUnexpected, j)
	}
	m.Commitments[j-1] = dealingHash
	if m.State != StateCommitted || slices.Contains(m.Commitments, store.Hash{}) {
		return nil, nil
	}
	if err := m.to(StateRevealed); err != nil {
		return nil, err
	}
	own := m.own
	header, err := own.MarshalBinary()
	if err != nil {
		return nil, err
	}
	// Public from now on: the node stores the header and the bundles as
	// blobs, where the other members fetch them by hash and a restarted
	// member finds its own again (Rehydrate).
	reveal := []Action{Publish{Kind: "dealing", Data: header}}
	for _, box := range own.Bundles {
		reveal = append(reveal, Publish{Kind: "bundle", Data: box})
	}
	reveal = append(reveal, DeleteSecret{Name: "dealing"})
	if err := m.keepDealing(m.cfg.Self, header); err != nil {
		return nil, err
	}
	if err := m.dealt[m.cfg.Self-1].SetBundle(m.cfg.Self, own.Bundles[m.cfg.Self-1]); err != nil {
		return nil, err
	}
	m.own = nil
	more, err := m.deriveKey()
	return persistFirst(append(reveal, more...)), err
}

// persistFirst moves secret persistence ahead of everything that leaves the
// node, keeping the order within each group: persist, then send.
func persistFirst(acts []Action) []Action {
	slices.SortStableFunc(acts, func(a, b Action) int { return rank(a) - rank(b) })
	return acts
}

func rank(a Action) int {
	switch a.(type) {
	case SealSecret, DeleteSecret:
		return 0
	}
	return 1
}

// OnDealing checks member j's revealed dealing header against its
// commitment. A header may arrive before this member has seen every
// commitment (gossip outruns the ledger): it is kept if its sender's
// commitment is known, and refused otherwise so the node can fetch it again
// by hash later. The node then fetches the one bundle sealed to this member
// (WantBundle) and hands it to OnBundle.
func (m *Machine) OnDealing(j int, blob []byte) ([]Action, error) {
	if err := m.checkMember(j); err != nil {
		return nil, err
	}
	if err := m.expect(StateCommittee, StateCommitted, StateRevealed); err != nil {
		return nil, err
	}
	if m.Commitments[j-1] == (store.Hash{}) {
		return nil, fmt.Errorf("protocol: %w: dealing of %d before its commitment", ErrUnexpected, j)
	}
	if store.Keccak(blob) != m.Commitments[j-1] {
		return nil, fmt.Errorf("protocol: member %d: %w", j, ErrUncommitted)
	}
	if m.dealt[j-1] != nil {
		return nil, nil // held already (delivered twice, or rehydrated after a restart)
	}
	return nil, m.keepDealing(j, blob)
}

// OnBundle attaches the bundle member j sealed to this member, checked
// against j's header. Once this member has revealed and holds all n
// headers and bundles, it derives its key share and confirms the public
// key.
func (m *Machine) OnBundle(j int, box []byte) ([]Action, error) {
	if err := m.checkMember(j); err != nil {
		return nil, err
	}
	if err := m.expect(StateCommittee, StateCommitted, StateRevealed); err != nil {
		return nil, err
	}
	d := m.dealt[j-1]
	if d == nil {
		return nil, fmt.Errorf("protocol: %w: bundle of %d before its dealing", ErrUnexpected, j)
	}
	if d.Bundles[m.cfg.Self-1] != nil {
		return nil, nil
	}
	if err := d.SetBundle(m.cfg.Self, box); err != nil {
		return nil, fmt.Errorf("protocol: %w: %w", ErrUncommitted, err)
	}
	if m.State != StateRevealed {
		return nil, nil
	}
	return m.deriveKey()
}

// WantBundle returns the hash of the bundle member j sealed to this member
// when j's header is held but the bundle is not (the node pulls it from j).
func (m *Machine) WantBundle(j int) (store.Hash, bool) {
	if !m.HasDealing(j) {
		return store.Hash{}, false
	}
	d := m.dealt[j-1]
	if d.Bundles[m.cfg.Self-1] != nil {
		return store.Hash{}, false
	}
	return store.Hash(d.BundleHashes[m.cfg.Self-1]), true
}

// keepDealing decodes member j's dealing header (checked against its
// commitment by the caller) and checks it against the session, so that
// its bundle list has this committee's size before anything indexes it.
func (m *Machine) keepDealing(j int, blob []byte) error {
	d := new(threshold.Dealing)
	if err := d.UnmarshalBinary(blob); err != nil {
		return fmt.Errorf("protocol: %w", &threshold.DealerError{Dealer: j, Err: err})
	}
	if err := m.sess.CheckDealing(d); err != nil {
		return fmt.Errorf("protocol: %w", &threshold.DealerError{Dealer: j, Err: err})
	}
	m.dealt[j-1] = d
	return nil
}

// deriveKey aggregates the public key and this member's key share once all
// n dealing headers and this member's n bundles are in.
func (m *Machine) deriveKey() ([]Action, error) {
	for _, d := range m.dealt {
		if d == nil || d.Bundles[m.cfg.Self-1] == nil {
			return nil, nil
		}
	}
	dealings := m.dealt
	pk, err := m.sess.AggregatePublicKey(dealings)
	if err != nil {
		return nil, fmt.Errorf("protocol: %w", err)
	}
	ks, err := m.sess.KeyShare(m.cfg.Self, m.cfg.TransportKey, m.cfg.Committee, dealings)
	if err != nil {
		return nil, fmt.Errorf("protocol: %w", err)
	}
	pkRaw, err := m.cfg.Threshold.Preset.MarshalPublicKey(pk)
	if err != nil {
		return nil, err
	}
	ksRaw, err := ks.MarshalBinary()
	if err != nil {
		return nil, err
	}
	var evalShare, maskBlob, maskSecret []byte
	if m.NeedsEvalKeys() {
		if evalShare, err = m.evalShare(dealings); err != nil {
			return nil, err
		}
	}
	if m.NeedsMasks() {
		if maskBlob, maskSecret, err = m.maskContribution(pk); err != nil {
			return nil, err
		}
	}
	if err := m.to(StateKeyConfirmed); err != nil {
		return nil, err
	}
	m.keyShare, m.PublicKeyHash = ks, store.Keccak(pkRaw)
	// The dealings served their purpose (they stay in the node's blob store
	// by hash).
	m.dealt = nil
	acts := []Action{SealSecret{Name: "keyshare", Data: ksRaw}, Publish{Kind: "public-key", Data: pkRaw}}
	if evalShare != nil {
		m.EvalShares[m.cfg.Self-1] = store.Keccak(evalShare)
		acts = append(acts, Publish{Kind: "eval-share", Data: evalShare})
	}
	if maskBlob != nil {
		// Stored now, committed once the input window opens, revealed
		// only after it closes (masks.go).
		m.MaskHash, m.maskSecret = store.Keccak(maskBlob), maskSecret
		acts = append([]Action{SealSecret{Name: "mask", Data: maskSecret}}, append(acts, Publish{Kind: "mask", Data: maskBlob})...)
	}
	return append(acts, ConfirmPublicKey{Hash: m.PublicKeyHash}), nil
}

// OnPublicKeyPublished moves to the input phase when the ledger publishes
// the key this member confirmed. The dealer secret s_i is no longer needed:
// the evaluation-key shares that use it were derived with the key share.
func (m *Machine) OnPublicKeyPublished(hash store.Hash) ([]Action, error) {
	if err := m.expect(StateKeyConfirmed); err != nil {
		return nil, err
	}
	if hash != m.PublicKeyHash {
		return nil, fmt.Errorf("protocol: %w: ledger key %x, confirmed %x", ErrUnexpected, hash, m.PublicKeyHash)
	}
	if err := m.to(StateInputs); err != nil {
		return nil, err
	}
	if m.dealerSecret != nil {
		m.dealerSecret.Erase()
		m.dealerSecret = nil
	}
	acts := []Action{DeleteSecret{Name: "dealer"}}
	if m.NeedsMasks() && m.MaskHash != (store.Hash{}) {
		acts = append(acts, CommitMask{Hash: m.MaskHash})
	}
	return acts, nil
}

// OnInputsClosed gives the machine the committed inputs (their hashes in
// ledger order; src lends each one's bytes, which the node fetched by its
// committed hash) once the input window has closed. The member re-executes
// the current stage, decoding each input when the program reaches it; provider = true
// (this member's provider turn has already come and no output is on the
// ledger: provider.go) also publishes the output. Members whose turn comes
// later publish through OnProviderTurn.
func (m *Machine) OnInputsClosed(hashes []store.Hash, src InputSource, provider bool) ([]Action, error) {
	if err := m.expect(StateInputs); err != nil {
		return nil, err
	}
	if err := m.ready(); err != nil {
		return nil, err
	}
	if err := m.to(StateCompute); err != nil {
		return nil, err
	}
	m.Inputs = hashes
	return m.execute(m.stored(src), provider)
}

// execute runs the current stage and records the output.
func (m *Machine) execute(inputs program.Inputs, provider bool) ([]Action, error) {
	eval, err := m.evaluator()
	if err != nil {
		return nil, err
	}
	masks, err := m.maskEnv()
	if err != nil {
		return nil, err
	}
	full, err := program.Expand(m.cfg.Program, inputs.Len(), m.Released)
	if err != nil {
		return nil, fmt.Errorf("protocol: %w", err)
	}
	ct, err := program.ExecuteWith(m.cfg.Program, program.Env{Eval: eval, Inputs: inputs, Released: full, Masks: masks}, m.cfg.Threshold.N, m.Stage)
	if errors.Is(err, threshold.ErrBadMask) && m.maskSecret != nil {
		// The public mask check failed: open this member's mask so anyone
		// can name the contributor who cheated. No output: the E3 fails by
		// its compute deadline.
		return []Action{Publish{Kind: "mask-opening", Data: m.maskSecret}}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("protocol: %w", err)
	}
	raw, err := m.cfg.Program.Preset().MarshalCiphertext(ct)
	if err != nil {
		return nil, err
	}
	m.Output, m.outputCT = raw, ct
	if !provider {
		return nil, nil
	}
	return m.provide(), nil
}

// OnOutputPublished attests the stage's published output if and only if it
// is byte for byte this member's re-execution.
func (m *Machine) OnOutputPublished(stage int, hash store.Hash) ([]Action, error) {
	if err := m.expect(StateCompute); err != nil {
		return nil, err
	}
	if stage != m.Stage {
		return nil, fmt.Errorf("protocol: %w: output of stage %d, at stage %d", ErrUnexpected, stage, m.Stage)
	}
	if store.Keccak(m.Output) != hash {
		return nil, fmt.Errorf("protocol: stage %d: %w", stage, ErrOutputMismatch)
	}
	if err := m.to(StateAttested); err != nil {
		return nil, err
	}
	return []Action{AttestOutput{Stage: stage, Hash: hash}}, nil
}

// OnOutputAccepted (t attestations on the ledger) produces this member's
// decryption share for the stage — but only if the accepted output is this
// member's own re-execution: a member never shares for a ciphertext it did
// not compute itself. A member whose attestation had not landed yet attests
// now. The key share, which records the use of this stage's noise, is sealed
// before the share is published; the aggregator then tries to release, in
// case its own share completes a certifiable set.
func (m *Machine) OnOutputAccepted(stage int, hash store.Hash, aggregator bool) ([]Action, error) {
	if err := m.expect(StateCompute, StateAttested); err != nil {
		return nil, err
	}
	if stage != m.Stage {
		return nil, fmt.Errorf("protocol: %w: stage %d accepted, at stage %d", ErrUnexpected, stage, m.Stage)
	}
	if m.Output == nil || store.Keccak(m.Output) != hash {
		return nil, fmt.Errorf("protocol: stage %d accepted: %w", stage, ErrOutputMismatch)
	}
	var acts []Action
	if m.State == StateCompute {
		if err := m.to(StateAttested); err != nil {
			return nil, err
		}
		acts = append(acts, AttestOutput{Stage: stage, Hash: hash})
	}
	d, err := m.sess.DecryptionShare(m.keyShare, m.outputCT, stage)
	if err != nil {
		return nil, fmt.Errorf("protocol: %w", err)
	}
	ksRaw, err := m.keyShare.MarshalBinary()
	if err != nil {
		return nil, err
	}
	raw, err := d.MarshalBinary()
	if err != nil {
		return nil, err
	}
	if err := m.to(StateShared); err != nil {
		return nil, err
	}
	m.Shares[m.cfg.Self-1] = raw
	acts = append([]Action{SealSecret{Name: "keyshare", Data: ksRaw}}, append(acts, Publish{Kind: "decryption-share", Data: raw})...)
	if aggregator {
		more, err := m.tryRelease()
		return append(acts, more...), err
	}
	return acts, nil
}

// OnDecryptionShare collects member j's share. The aggregator (lowest live
// index, decided by the node) publishes the plaintext as soon as the shares
// it holds certify a result.
func (m *Machine) OnDecryptionShare(j int, blob []byte, aggregator bool) ([]Action, error) {
	if err := m.checkMember(j); err != nil {
		return nil, err
	}
	if err := m.expect(StateShared, StateAttested); err != nil {
		return nil, err
	}
	if m.Shares[j-1] != nil {
		return nil, fmt.Errorf("protocol: %w: second share from %d", ErrUnexpected, j)
	}
	var d threshold.DecryptionShare
	if err := d.UnmarshalBinary(blob); err != nil {
		return nil, fmt.Errorf("protocol: share of %d: %w", j, err)
	}
	if d.Index != j || d.E3ID != m.cfg.Threshold.E3ID || d.Stage != m.Stage {
		return nil, fmt.Errorf("protocol: share of %d: %w (index %d, E3 %d, stage %d)", j, ErrWrongE3, d.Index, d.E3ID, d.Stage)
	}
	m.Shares[j-1] = blob
	if !aggregator || m.State != StateShared {
		return nil, nil
	}
	return m.tryRelease()
}

// tryRelease publishes the stage's plaintext once the shares held certify
// it (at least 2t-1 agree); until then it waits for more. A committee with
// n < 2t-1 (t = n/2+1 for even n, say) can never certify: there it
// releases as soon as all n shares are held and agree, which is right
// unless t-1 members collude (all n consistent with e faulty pins the
// polynomial when n-e ≥ t) — more than the mid-window fallback's
// any-t-consistent, and without waiting half the decrypt window for it.
func (m *Machine) tryRelease() ([]Action, error) {
	held := 0
	for _, sh := range m.Shares {
		if sh != nil {
			held++
		}
	}
	n, need := m.cfg.Threshold.N, 2*m.cfg.Threshold.T-1
	complete := n < need && held == n
	if held < need && !complete {
		return nil, nil // cannot certify yet: no need to decode
	}
	res, err := m.combine()
	if err != nil || !(res.Certified || complete && len(res.Faulty) == 0) {
		return nil, nil // wait for more shares
	}
	pt, err := m.released(res)
	if err != nil {
		return nil, err
	}
	return []Action{PublishPlaintext{Stage: m.Stage, Plaintext: pt}}, nil
}

// OnDecryptTimeout is the liveness fallback, called when half the decrypt
// window has passed without a certified set of shares (fewer than 2t-1
// members answered): the member publishes the combination of the shares it
// holds if at least t decode consistently. Such a result is not certified
// — t-1 colluders among the answering members could have shifted it — which
// the README's security table states; without the fallback, losing t-1
// members would stall every E3 with n < 3t-2 live members.
func (m *Machine) OnDecryptTimeout() ([]Action, error) {
	if err := m.expect(StateShared); err != nil {
		return nil, err
	}
	res, err := m.combine()
	if err != nil {
		return nil, fmt.Errorf("protocol: decrypt timeout: %w", err)
	}
	pt, err := m.released(res)
	if err != nil {
		return nil, err
	}
	return []Action{PublishPlaintext{Stage: m.Stage, Plaintext: pt}}, nil
}

// OnPlaintextPublished attests the stage's plaintext if the member's own
// combination of the shares it holds gives the same bytes.
func (m *Machine) OnPlaintextPublished(stage int, plaintext []byte) ([]Action, error) {
	if err := m.expect(StateShared); err != nil {
		return nil, err
	}
	if stage != m.Stage {
		return nil, fmt.Errorf("protocol: %w: plaintext of stage %d at stage %d", ErrUnexpected, stage, m.Stage)
	}
	res, err := m.combine()
	if err != nil {
		return nil, fmt.Errorf("protocol: %w", err)
	}
	mine, err := m.released(res)
	if err != nil {
		return nil, err
	}
	if string(mine) != string(plaintext) {
		return nil, fmt.Errorf("protocol: stage %d: %w", stage, ErrPlaintextMismatch)
	}
	return []Action{AttestPlaintext{Stage: stage, Hash: store.Keccak(plaintext)}}, nil
}

// OnStageReleased advances to the next stage (re-executing it with the
// released plaintexts) or, after the last one, completes and erases.
// provider has the meaning of OnInputsClosed's, for the next stage.
func (m *Machine) OnStageReleased(stage int, plaintext []byte, src InputSource, provider bool) ([]Action, error) {
	if err := m.expect(StateShared); err != nil {
		return nil, err
	}
	vals, err := program.DecodeRelease(plaintext)
	if err != nil {
		return nil, fmt.Errorf("protocol: released plaintext: %w", err)
	}
	last := m.Stage+1 == m.cfg.Program.Stages()
	if !last { // check everything the next stage needs before changing state
		if err := m.ready(); err != nil {
			return nil, err
		}
	}
	m.Released = append(m.Released, vals)
	m.Stage++
	m.Shares = make([][]byte, m.cfg.Threshold.N)
	// The previous stage's output must never stand for this one: if this
	// stage cannot be re-executed (a bad mask), the member has no output to
	// publish in a provider turn or to match an output published by another.
	m.Output, m.outputCT = nil, nil
	if last {
		if err := m.to(StateCompleted); err != nil {
			return nil, err
		}
		m.erase()
		return []Action{EraseSecrets{}}, nil
	}
	if err := m.to(StateCompute); err != nil {
		return nil, err
	}
	return m.execute(m.stored(src), provider)
}

// InputSource lends fn the bytes of the committed input with hash h (the
// node's store lends its memory-mapped copy: fn must not retain them).
type InputSource func(h store.Hash, fn func(b []byte) error) error

// Blobs is an InputSource over inputs held in memory (tests and tools).
func Blobs(blobs ...[]byte) InputSource {
	byHash := make(map[store.Hash][]byte, len(blobs))
	for _, b := range blobs {
		byHash[store.Keccak(b)] = b
	}
	return func(h store.Hash, fn func([]byte) error) error {
		b, ok := byHash[h]
		if !ok {
			return fmt.Errorf("protocol: input %x: %w", h, store.ErrNotFound)
		}
		return fn(b)
	}
}

// storedInputs are the E3's committed inputs as the program sees them:
// each decoded when reached, after a check of its bytes against the
// committed hash, so that a 10,000-input tally holds one at a time.
type storedInputs struct {
	preset *bfv.Preset
	hashes []store.Hash
	src    InputSource
}

// stored returns the committed inputs (m.Inputs) read through src.
func (m *Machine) stored(src InputSource) storedInputs {
	return storedInputs{preset: m.cfg.Program.Preset(), hashes: m.Inputs, src: src}
}

func (s storedInputs) Len() int { return len(s.hashes) }

func (s storedInputs) At(i int) (*rlwe.Ciphertext, error) {
	var ct *rlwe.Ciphertext
	err := s.src(s.hashes[i], func(b []byte) error {
		if store.Keccak(b) != s.hashes[i] {
			return ErrUncommitted
		}
		var err error
		ct, err = s.preset.UnmarshalInput(b)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("protocol: input %d: %w", i, err)
	}
	return ct, nil
}

// OnFailed erases everything: the E3 failed on the ledger.
func (m *Machine) OnFailed() ([]Action, error) {
	if m.State == StateCompleted || m.State == StateFailed {
		return nil, fmt.Errorf("protocol: %w (state %v)", ErrUnexpected, m.State)
	}
	if err := m.to(StateFailed); err != nil {
		return nil, err
	}
	m.erase()
	return []Action{EraseSecrets{}}, nil
}

func (m *Machine) erase() {
	if m.dealerSecret != nil {
		m.dealerSecret.Erase()
	}
	if m.keyShare != nil {
		m.keyShare.Erase()
	}
	clear(m.maskSecret)
	m.dealerSecret, m.keyShare, m.outputCT, m.maskSecret = nil, nil, nil, nil
}

// ready checks that what a stage needs beyond the inputs (evaluation keys,
// mask contributions) is loaded, before any state changes.
func (m *Machine) ready() error {
	if _, err := m.evaluator(); err != nil {
		return err
	}
	_, err := m.maskEnv()
	return err
}

// combine decodes the shares held for the current stage.
func (m *Machine) combine() (*threshold.Result, error) {
	var shares []*threshold.DecryptionShare
	for _, raw := range m.Shares {
		if raw == nil {
			continue
		}
		d := new(threshold.DecryptionShare)
		if err := d.UnmarshalBinary(raw); err != nil {
			return nil, err
		}
		shares = append(shares, d)
	}
	return m.sess.Combine(m.outputCT, m.Stage, shares)
}

// released encodes the selector slots of a decryption as the stage's
// plaintext bytes (JSON array), as published on the ledger.
func (m *Machine) released(res *threshold.Result) ([]byte, error) {
	full, err := program.Expand(m.cfg.Program, len(m.Inputs), m.Released)
	if err != nil {
		return nil, fmt.Errorf("protocol: %w", err)
	}
	sel, err := program.SelectorOf(m.cfg.Program, m.Stage, len(m.Inputs), full)
	if err != nil {
		return nil, fmt.Errorf("protocol: %w", err)
	}
	return program.EncodeRelease(program.Compact(sel, res.Values)), nil
}
