package verify

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/tuneinsight/lattigo/v6/core/rlwe"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/crypto/threshold"
	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/message"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/builtin"
	"github.com/ciphernet/ciphernet/protocol"
	"github.com/ciphernet/ciphernet/store"
)

// The check names, by number.
var names = [...]string{
	1: "committee is the sortition result for the seed and the registry snapshot",
	2: "key-share blobs match their commitments and pk is their aggregation",
	3: "committed inputs are available, match their hashes, and the input root and count match",
	4: "output ciphertext equals the program re-executed over exactly those inputs",
	5: "decryption shares are consistent and the plaintext is their combination",
	6: "attestations come from at least t distinct committee members",
	7: "fees, rewards and penalties add up",
}

// checker carries what several checks share: the configured program and
// threshold session, and the re-executed outputs.
type checker struct {
	r       *Record
	preset  *bfv.Preset
	inst    program.Instance
	sess    *threshold.Session
	inputs  []*rlwe.Ciphertext // decoded committed inputs (nil if check 3 failed)
	phase   ledger.Phase
	results [][]uint64 // released values per stage
}

// Run runs the seven checks over a gathered record. It never panics on a
// malformed record: every decoder of record bytes is strict and recovers.
func Run(r *Record) *Report {
	c := &checker{r: r, phase: ledger.Phase(r.E3.Phase)}
	rep := &Report{E3ID: r.E3ID, Phase: ledger.StatusOf(r.E3, stageRecord(r), r.Head)}
	c.setup()
	for i, f := range []func() (Status, string){c.committee, c.key, c.inputsCheck, c.output, c.decryption, c.attestations, c.fees} {
		st, detail := safe(f)
		rep.Checks = append(rep.Checks, Check{Number: i + 1, Name: names[i+1], Status: st, Detail: detail})
	}
	rep.OK = len(rep.Failed()) == 0
	if c.inst != nil && len(c.results) == c.inst.Stages() && rep.OK {
		if res, err := c.result(); err == nil {
			rep.Result = res
		}
	}
	return rep
}

// result decodes the released plaintexts as the node's result endpoint
// does: expanded to full slot vectors, with the committed input hashes
// (auction and stats name inputs by hash).
func (c *checker) result() (json.RawMessage, error) {
	hashes := make([][]byte, len(c.r.Inputs))
	for i, in := range c.r.Inputs {
		hashes[i] = in.Hash.Bytes()
	}
	return program.DecodeResult(c.inst, int(c.r.E3.InputCount), c.results, hashes)
}

func stageRecord(r *Record) ledger.Stage {
	for _, s := range r.Stages {
		if s.Index == int(r.E3.Stage) {
			return s.Ledger
		}
	}
	return ledger.Stage{}
}

// safe runs one check; a panic (a broken invariant in a library on bytes
// from the record) is a failed check, not a crashed verifier.
func safe(f func() (Status, string)) (st Status, detail string) {
	defer func() {
		if p := recover(); p != nil {
			st, detail = Fail, fmt.Sprintf("internal error on this record: %v", p)
		}
	}()
	return f()
}

func (c *checker) setup() {
	r := c.r
	preset, err := bfv.ByID(r.E3.Preset)
	if err != nil {
		return
	}
	c.preset = preset
	if r.Program != "" {
		c.inst, _ = builtin.Registry().ConfigureFromLedger(r.Program, preset, r.Params)
	}
	if len(r.Committee) > 0 {
		c.sess, _ = threshold.NewSession(threshold.Config{Preset: preset, E3ID: r.E3ID, N: len(r.Committee), T: int(r.E3.T),
			Decryptions: max(1, int(r.E3.Stages)), Seed: r.E3.Seed})
	}
}

// reached reports whether the E3 got at least to phase p (a failed E3
// reached the phase it failed in; that is judged by the caller).
func (c *checker) reached(p ledger.Phase) bool {
	return c.phase == ledger.PhaseCompleted || (c.phase != ledger.PhaseFailed && c.phase >= p)
}

func fail(format string, args ...any) (Status, string) { return Fail, fmt.Sprintf(format, args...) }

// 1. committee.
func (c *checker) committee() (Status, string) {
	r := c.r
	if len(r.Committee) == 0 {
		if c.phase == ledger.PhaseCommittee || (c.phase == ledger.PhaseFailed && ledger.FailReason(r.E3.FailReason) == ledger.FailInsufficientTickets) {
			return Skip, "no committee was drawn"
		}
		return fail("the ledger is past the ticket window but shows no committee")
	}
	if r.SeedBlock != common.Hash(r.E3.Seed) {
		return fail("seed %s is not the hash %s of block %d (the block after the request)", common.Hash(r.E3.Seed).Hex(), r.SeedBlock.Hex(), r.E3.RequestBlock+1)
	}
	if len(r.Committee) != int(r.E3.N) {
		return fail("committee of %d, the request asked for n=%d", len(r.Committee), r.E3.N)
	}
	// The contract keeps the n lowest of the submitted tickets; each must be
	// a ticket the node held in the snapshot, scored from the seed.
	held := map[common.Address]uint64{}
	for _, w := range r.Snapshot {
		held[w.Node] = w.Tickets
	}
	tickets := slices.Clone(r.Tickets)
	for _, tk := range tickets {
		n, ok := held[tk.Node]
		switch {
		case !ok:
			return fail("%s submitted a ticket but holds none in the registry snapshot", tk.Node.Hex())
		case tk.Ticket >= n:
			return fail("%s submitted ticket %d of the %d it holds", tk.Node.Hex(), tk.Ticket, n)
		case ledger.Score(r.SeedBlock, r.E3ID, tk.Node, tk.Ticket) != tk.Score:
			return fail("the score of %s's ticket %d is not keccak(seed, e3, node, ticket)", tk.Node.Hex(), tk.Ticket)
		}
	}
	slices.SortFunc(tickets, func(a, b Ticket) int { return bytes.Compare(a.Score[:], b.Score[:]) })
	if len(tickets) < len(r.Committee) {
		return fail("%d tickets submitted for %d seats", len(tickets), len(r.Committee))
	}
	for i, tk := range tickets[:len(r.Committee)] {
		if r.Committee[i] != tk.Node {
			return fail("seat %d is %s, the %d lowest submitted tickets give %s", i+1, r.Committee[i].Hex(), len(r.Committee), tk.Node.Hex())
		}
	}
	full, err := ledger.Committee(r.SeedBlock, r.E3ID, r.Snapshot, int(r.E3.N))
	best := err == nil
	for i := range full {
		best = best && full[i].Node == r.Committee[i]
	}
	how := "every eligible node's best ticket"
	if !best {
		how = fmt.Sprintf("the %d lowest of %d submitted tickets (not every eligible node took part)", len(r.Committee), len(tickets))
	}
	return Pass, fmt.Sprintf("%d members = %s, from seed %s… and %d nodes with tickets", len(r.Committee), how, common.Hash(r.E3.Seed).Hex()[:10], len(r.Snapshot))
}

// 2. key.
func (c *checker) key() (Status, string) {
	r := c.r
	if r.E3.PkHash == ([32]byte{}) {
		if !c.reached(ledger.PhaseInputs) {
			return Skip, "no public key published yet"
		}
		return fail("the E3 went past key generation but has no public key")
	}
	if c.sess == nil || len(r.Members) != len(r.Committee) || len(r.Dealings) != len(r.Committee) {
		return fail("cannot rebuild the key: committee, member records or dealings missing")
	}
	dealings := make([]*threshold.Dealing, len(r.Committee))
	for j, blob := range r.Dealings {
		m := r.Members[j]
		switch {
		case !m.KeyShare:
			return fail("member %d (%s) committed no key share", j+1, r.Committee[j].Hex())
		case blob == nil:
			return fail("dealing of member %d (hash %s) is unavailable", j+1, common.Hash(m.DealingHash).Hex())
		case crypto.Keccak256Hash(blob) != common.Hash(m.DealingHash):
			return fail("dealing of member %d does not match its committed hash", j+1)
		}
		d := new(threshold.Dealing)
		if err := d.UnmarshalBinary(blob); err != nil {
			return fail("dealing of member %d: %v", j+1, err)
		}
		if d.Dealer != j+1 || d.E3ID != r.E3ID || d.Preset != c.preset {
			return fail("dealing of member %d is dealer %d of E3 %d", j+1, d.Dealer, d.E3ID)
		}
		share, err := d.PublicKeyShare.MarshalBinary()
		if err != nil {
			return fail("public-key share of member %d: %v", j+1, err)
		}
		if crypto.Keccak256Hash(share) != common.Hash(m.KeyShareHash) {
			return fail("public-key share of member %d does not match its committed key-share hash", j+1)
		}
		dealings[j] = d
	}
	pk, err := c.sess.AggregatePublicKey(dealings)
	if err != nil {
		return fail("aggregating the key shares: %v", err)
	}
	raw, err := c.preset.MarshalPublicKey(pk)
	if err != nil {
		return fail("encoding the aggregated key: %v", err)
	}
	if h := crypto.Keccak256Hash(raw); h != common.Hash(r.E3.PkHash) {
		return fail("the aggregation of the %d key shares hashes to %s, the ledger's pk is %s", len(dealings), h.Hex(), common.Hash(r.E3.PkHash).Hex())
	}
	if r.PublicKey != nil && !bytes.Equal(r.PublicKey, raw) {
		return fail("the public-key blob served is not the aggregation of the key shares")
	}
	return Pass, fmt.Sprintf("%d key shares match their commitments; pk %s… = their sum", len(dealings), common.Hash(r.E3.PkHash).Hex()[:10])
}

// 3. inputs.
func (c *checker) inputsCheck() (Status, string) {
	r := c.r
	if !c.reached(ledger.PhaseCompute) && c.phase != ledger.PhaseFailed {
		return Skip, fmt.Sprintf("input window still open (%d committed so far)", len(r.Inputs))
	}
	if uint64(len(r.Inputs)) != r.E3.InputCount {
		return fail("%d InputCommitted events, the ledger counts %d inputs", len(r.Inputs), r.E3.InputCount)
	}
	if c.preset == nil || c.inst == nil {
		return fail("program %q or preset %d unknown to this verifier", r.Program, r.E3.Preset)
	}
	var root common.Hash
	seen := map[common.Hash]bool{}
	cts := make([]*rlwe.Ciphertext, len(r.Inputs))
	for i, in := range r.Inputs {
		root = crypto.Keccak256Hash(root[:], in.Hash[:])
		switch {
		case in.Index != uint64(i):
			return fail("input at position %d has ledger index %d", i, in.Index)
		case seen[in.Hash]:
			return fail("input %d (%s) committed twice", i, in.Hash.Hex())
		case in.Root != root:
			return fail("input root after input %d is %s, recomputed %s", i, in.Root.Hex(), root.Hex())
		case in.Blob == nil:
			return fail("input %d (%s) is unavailable from every source", i, in.Hash.Hex())
		case crypto.Keccak256Hash(in.Blob) != in.Hash:
			return fail("input %d does not match its committed hash", i)
		}
		seen[in.Hash] = true
		ct, err := c.preset.UnmarshalInput(in.Blob)
		if err == nil {
			err = c.inst.ValidateInput(ct)
		}
		if err != nil {
			return fail("input %d is not a valid input: %v", i, err)
		}
		cts[i] = ct
	}
	if root != common.Hash(r.E3.InputRoot) {
		return fail("recomputed input root %s, the ledger's is %s", root.Hex(), common.Hash(r.E3.InputRoot).Hex())
	}
	for _, s := range r.Stages {
		if p := s.Published; p != nil && (p.InputRoot != root || p.InputCount != uint64(len(r.Inputs))) {
			return fail("stage %d output was computed over root %s and %d inputs, the ledger has %s and %d", s.Index, p.InputRoot.Hex(), p.InputCount, root.Hex(), len(r.Inputs))
		}
	}
	c.inputs = cts
	return Pass, fmt.Sprintf("%d inputs available and matching; input root %s… recomputed", len(cts), root.Hex()[:10])
}

// 4. output.
func (c *checker) output() (Status, string) {
	r := c.r
	published := 0
	for _, s := range r.Stages {
		if s.Ledger.OutputHash != ([32]byte{}) {
			published++
		}
	}
	if published == 0 {
		if c.phase == ledger.PhaseCompleted {
			return fail("completed, yet no stage has an output")
		}
		return Skip, "no output published"
	}
	if c.inputs == nil {
		return fail("cannot re-execute: the committed inputs did not check out (check 3)")
	}
	env, how, err := c.environment()
	if err != nil {
		return fail("cannot re-execute: %v", err)
	}
	var released [][]uint64 // compact, as on the ledger
	executed := 0
	for _, s := range r.Stages {
		if s.Ledger.OutputHash == ([32]byte{}) {
			break
		}
		if len(released) != s.Index {
			return fail("stage %d has an output, but the release of stage %d is missing or not a list of values", s.Index, len(released))
		}
		if s.Output == nil {
			return fail("stage %d output %s is unavailable", s.Index, common.Hash(s.Ledger.OutputHash).Hex())
		}
		if crypto.Keccak256Hash(s.Output) != common.Hash(s.Ledger.OutputHash) {
			return fail("stage %d output blob does not match the ledger's output hash", s.Index)
		}
		if s.Published != nil && s.Published.OutputHash != common.Hash(s.Ledger.OutputHash) {
			return fail("stage %d: OutputPublished names %s, the stage record %s", s.Index, s.Published.OutputHash.Hex(), common.Hash(s.Ledger.OutputHash).Hex())
		}
		if env.Released, err = program.Expand(c.inst, len(c.inputs), released); err != nil {
			return fail("stage %d: the earlier releases do not fit their selectors: %v", s.Index, err)
		}
		ct, err := program.ExecuteWith(c.inst, env, len(r.Committee), s.Index)
		if err != nil {
			return fail("re-executing stage %d: %v", s.Index, err)
		}
		raw, err := c.preset.MarshalCiphertext(ct)
		if err != nil {
			return fail("encoding stage %d: %v", s.Index, err)
		}
		if !bytes.Equal(raw, s.Output) {
			return fail("stage %d: re-execution over the %d committed inputs gives %s, the ledger's output is %s", s.Index, len(c.inputs), crypto.Keccak256Hash(raw).Hex(), common.Hash(s.Ledger.OutputHash).Hex())
		}
		executed++
		vals, err := program.DecodeRelease(s.Plaintext)
		if err != nil || len(s.Plaintext) == 0 {
			continue // a later stage with an output fails above
		}
		released = append(released, vals)
	}
	return Pass, fmt.Sprintf("%d stage output(s) re-executed to identical bytes%s", executed, how)
}

// environment is what the program re-executes with: the committed inputs,
// the evaluation keys rebuilt from the dealings and the members' signed
// eval shares, and the mask set fixed by the ledger's mask commitments —
// assembled by the functions the members use (protocol.EvalKeys,
// protocol.MaskSet, protocol.MaskContributions), so the bytes must match.
// how says what was rebuilt, for the check's detail.
func (c *checker) environment() (env program.Env, how string, err error) {
	r := c.r
	env.Inputs = program.Ciphertexts(c.inputs)
	needs := program.NeedsOf(c.inst)
	if !needs.Relinearization && !needs.Rotations {
		env.Eval = c.preset.NewEvaluator(nil)
	} else {
		if c.sess == nil || len(r.Members) != len(r.Committee) || len(r.Dealings) != len(r.Committee) {
			return env, "", errors.New("committee, member records or dealings missing")
		}
		for j, d := range r.Dealings {
			if d == nil || crypto.Keccak256Hash(d) != common.Hash(r.Members[j].DealingHash) {
				return env, "", fmt.Errorf("dealing of member %d is unavailable or not the committed one", j+1)
			}
		}
		shares, err := c.evalShares()
		if err != nil {
			return env, "", err
		}
		if env.Eval, err = protocol.EvalKeys(c.sess, c.inst, r.Dealings, shares); err != nil {
			return env, "", fmt.Errorf("rebuilding the evaluation keys: %w", err)
		}
		how = fmt.Sprintf("; evaluation keys rebuilt from %d signed eval shares", len(shares))
	}
	if needs.Masks {
		if len(r.Members) != len(r.Committee) || len(r.Masks) != len(r.Committee) {
			return env, "", errors.New("member records or mask contributions missing")
		}
		hashes := make([]store.Hash, len(r.Members))
		for j, m := range r.Members {
			hashes[j] = store.Hash(m.MaskHash)
		}
		set := protocol.MaskSet(hashes)
		blobs := make([][]byte, len(set))
		for i, ref := range set {
			if blobs[i] = r.Masks[ref.Member-1]; blobs[i] == nil {
				return env, "", fmt.Errorf("mask contribution of member %d (committed %s) is unavailable", ref.Member, common.Hash(ref.Hash).Hex())
			}
		}
		if env.Masks, err = protocol.MaskContributions(c.preset, r.E3ID, int(r.E3.T), set, blobs); err != nil {
			return env, "", fmt.Errorf("the committed mask set: %w", err)
		}
		how += fmt.Sprintf("; mask set of %d committed contributions", len(set))
	}
	return env, how, nil
}

// evalShares authenticates the signed eval-share announcements and returns
// member j+1's share at index j. Each must be signed by the committee
// member it names, for this E3, and its share must hash to the signed
// payload hash. A member with two different signed shares equivocated (it
// could have given members different keys); a member with none leaves the
// keys unrebuildable. Any bad envelope fails (fail closed).
func (c *checker) evalShares() ([][]byte, error) {
	r := c.r
	dom := message.Domain{ChainID: r.ChainID, E3Manager: r.E3Manager}
	n := len(r.Committee)
	signed := make([]common.Hash, n)
	blobs := make([][]byte, n)
	for i, es := range r.EvalShares {
		env := new(message.Envelope)
		if err := env.UnmarshalBinary(es.Envelope); err != nil {
			return nil, fmt.Errorf("eval-share envelope %d: %w", i, err)
		}
		if env.E3ID != r.E3ID || env.Kind != message.KindEvalShare || env.Stage != 0 {
			return nil, fmt.Errorf("eval-share envelope %d is a %v of E3 %d stage %d", i, env.Kind, env.E3ID, env.Stage)
		}
		signer, err := ledger.Recover(dom.Digest(env), env.Sig)
		if err != nil || signer != env.From {
			return nil, fmt.Errorf("eval-share envelope %d: signature is not %s's", i, env.From.Hex())
		}
		j := slices.Index(r.Committee, env.From)
		if j < 0 {
			return nil, fmt.Errorf("eval share %s announced in an envelope signed by %s, not a committee member", env.PayloadHash.Hex(), env.From.Hex())
		}
		if len(env.Payload) > 0 && crypto.Keccak256Hash(env.Payload) != env.PayloadHash {
			return nil, fmt.Errorf("eval-share envelope of member %d: payload is not the signed one", j+1)
		}
		if signed[j] != (common.Hash{}) && signed[j] != env.PayloadHash {
			return nil, fmt.Errorf("member %d (%s) equivocated: it signed two different eval shares, %s and %s", j+1, env.From.Hex(), signed[j].Hex(), env.PayloadHash.Hex())
		}
		signed[j] = env.PayloadHash
		if blobs[j] == nil {
			blobs[j] = es.Blob
		}
	}
	for j := range n {
		switch {
		case signed[j] == (common.Hash{}):
			return nil, fmt.Errorf("member %d (%s) has no signed eval share", j+1, r.Committee[j].Hex())
		case blobs[j] == nil:
			return nil, fmt.Errorf("eval share %s of member %d is unavailable", signed[j].Hex(), j+1)
		case crypto.Keccak256Hash(blobs[j]) != signed[j]:
			return nil, fmt.Errorf("eval share of member %d does not hash to the payload hash it signed", j+1)
		}
	}
	return blobs, nil
}

// 5. decryption.
func (c *checker) decryption() (Status, string) {
	r := c.r
	accepted := 0
	detail := ""
	for _, s := range r.Stages {
		if s.Ledger.PlaintextHash == ([32]byte{}) {
			if len(s.Plaintext) > 0 {
				return fail("stage %d has a plaintext but no accepted plaintext hash", s.Index)
			}
			continue
		}
		accepted++
		if c.sess == nil || c.preset == nil || c.inst == nil {
			return fail("cannot combine: committee, preset or program missing")
		}
		if crypto.Keccak256Hash(s.Plaintext) != common.Hash(s.Ledger.PlaintextHash) {
			return fail("stage %d: plaintextOf does not hash to the accepted plaintext hash", s.Index)
		}
		level, ok := c.preset.DecryptionLevel(len(r.Committee))
		if !ok || s.Output == nil || crypto.Keccak256Hash(s.Output) != common.Hash(s.Ledger.OutputHash) {
			return fail("stage %d: the accepted output is unavailable", s.Index)
		}
		ct, err := c.preset.UnmarshalCiphertext(s.Output, bfv.CiphertextRule{Level: level, MaxDegree: 1})
		if err != nil {
			return fail("stage %d output: %v", s.Index, err)
		}
		shares, err := c.shares(s)
		if err != nil {
			return fail("stage %d: %v", s.Index, err)
		}
		if len(shares) < int(r.E3.T) {
			return fail("stage %d: %d valid decryption shares, t=%d are needed", s.Index, len(shares), r.E3.T)
		}
		res, err := c.sess.Combine(ct, s.Index, shares)
		if err != nil {
			return fail("stage %d: combining %d shares: %v", s.Index, len(shares), err)
		}
		if len(res.Faulty) > 0 {
			return fail("stage %d: shares of members %v are off the polynomial of the others", s.Index, res.Faulty)
		}
		if s.Index != len(c.results) {
			return fail("stage %d released before stage %d", s.Index, len(c.results))
		}
		// The selector may depend on the input count and the earlier
		// releases (auction, stats): the node's derivation exactly.
		inputs := int(r.E3.InputCount)
		full, err := program.Expand(c.inst, inputs, c.results)
		if err != nil {
			return fail("stage %d: the earlier releases do not fit their selectors: %v", s.Index, err)
		}
		sel, err := program.SelectorOf(c.inst, s.Index, inputs, full)
		if err != nil {
			return fail("stage %d selector: %v", s.Index, err)
		}
		vals := program.Compact(sel, res.Values)
		mine := program.EncodeRelease(vals)
		if !bytes.Equal(mine, s.Plaintext) {
			return fail("stage %d: the shares combine to %s, the ledger released %s", s.Index, mine, s.Plaintext)
		}
		c.results = append(c.results, vals)
		cert := "certified (>= 2t-1 agree)"
		if !res.Certified {
			cert = "uncertified: fewer than 2t-1 shares (liveness fallback)"
		}
		detail += fmt.Sprintf("stage %d: %d signed shares, consistent, %s; ", s.Index, len(shares), cert)
	}
	if accepted == 0 {
		if c.phase == ledger.PhaseCompleted {
			return fail("completed, yet no plaintext was accepted")
		}
		return Skip, "no plaintext released"
	}
	return Pass, detail + "plaintext = their combination"
}

// shares decodes and authenticates a stage's envelopes: each must be signed
// by the committee member it names and carry that member's share for this
// E3 and stage. One bad envelope fails the check (fail closed).
func (c *checker) shares(s Stage) ([]*threshold.DecryptionShare, error) {
	r := c.r
	dom := message.Domain{ChainID: r.ChainID, E3Manager: r.E3Manager}
	var out []*threshold.DecryptionShare
	seen := map[int]bool{}
	for i, sh := range s.Shares {
		env := new(message.Envelope)
		if err := env.UnmarshalBinary(sh.Envelope); err != nil {
			return nil, fmt.Errorf("share envelope %d: %w", i, err)
		}
		if env.E3ID != r.E3ID || env.Kind != message.KindDecryptionShare || int(env.Stage) != s.Index {
			return nil, fmt.Errorf("share envelope %d is a %v of E3 %d stage %d", i, env.Kind, env.E3ID, env.Stage)
		}
		signer, err := ledger.Recover(dom.Digest(env), env.Sig)
		if err != nil || signer != env.From {
			return nil, fmt.Errorf("share envelope %d: signature is not %s's", i, env.From.Hex())
		}
		index := slices.Index(r.Committee, env.From) + 1
		if index == 0 {
			return nil, fmt.Errorf("share envelope %d is signed by %s, not a committee member", i, env.From.Hex())
		}
		payload := sh.Blob
		if len(env.Payload) > 0 {
			payload = env.Payload
		}
		if len(payload) == 0 || crypto.Keccak256Hash(payload) != env.PayloadHash {
			return nil, fmt.Errorf("share of member %d: payload missing or not the signed one", index)
		}
		d := new(threshold.DecryptionShare)
		if err := d.UnmarshalBinary(payload); err != nil {
			return nil, fmt.Errorf("share of member %d: %w", index, err)
		}
		if d.Index != index || d.E3ID != r.E3ID || d.Stage != s.Index {
			return nil, fmt.Errorf("member %d signed a share for member %d, E3 %d, stage %d", index, d.Index, d.E3ID, d.Stage)
		}
		if seen[index] {
			continue // the same member's share from two sources
		}
		seen[index] = true
		out = append(out, d)
	}
	return out, nil
}

// 6. attestations.
func (c *checker) attestations() (Status, string) {
	r := c.r
	t := int(r.E3.T)
	detail := ""
	some := false
	for _, s := range r.Stages {
		for _, a := range []struct {
			what     string
			who      []common.Address
			accepted bool
		}{
			{"output", s.OutputAttesters, s.Ledger.OutputAccepted},
			{"plaintext", s.PlaintextAttesters, s.Ledger.PlaintextHash != ([32]byte{})},
		} {
			distinct := map[common.Address]bool{}
			for _, m := range a.who {
				if !slices.Contains(r.Committee, m) {
					return fail("stage %d %s attested by %s, not a committee member", s.Index, a.what, m.Hex())
				}
				if distinct[m] {
					return fail("stage %d %s attested twice by %s", s.Index, a.what, m.Hex())
				}
				distinct[m] = true
			}
			if a.accepted && len(distinct) < t {
				return fail("stage %d %s accepted with %d distinct member attestations, t=%d", s.Index, a.what, len(distinct), t)
			}
			if a.accepted {
				some = true
				detail += fmt.Sprintf("stage %d %s: %d of %d members; ", s.Index, a.what, len(distinct), len(r.Committee))
			}
		}
	}
	if !some {
		if c.phase == ledger.PhaseCompleted {
			return fail("completed, yet no attested output")
		}
		return Skip, "nothing accepted yet"
	}
	return Pass, detail + fmt.Sprintf("t=%d", t)
}

// missedDuties lists the members the contract penalizes when the E3 fails
// in r.FailedIn (E3Manager.markFailed): in key generation those without a
// key share (or, once all shares are in, without a confirmation); in
// compute or decrypt those without the current stage's attestation; none
// for a failure in the committee or input phase.
func (c *checker) missedDuties() []common.Address {
	r := c.r
	var out []common.Address
	bit := uint32(1) << r.E3.Stage
	sharesDone := int(r.E3.KeyShares) == int(r.E3.N)
	noOutput := true
	for _, s := range r.Stages {
		if s.Index == int(r.E3.Stage) && s.Ledger.OutputHash != ([32]byte{}) {
			noOutput = false
		}
	}
	for j, m := range r.Members {
		var missed bool
		switch r.FailedIn {
		case ledger.PhaseKeyGen:
			missed = (sharesDone && !m.PkConfirmed) || (!sharesDone && !m.KeyShare)
		case ledger.PhaseCompute:
			missed = !noOutput && m.OutputAttested&bit == 0
		case ledger.PhaseDecrypt:
			missed = m.PlaintextAttested&bit == 0
		}
		if missed {
			out = append(out, r.Committee[j])
		}
	}
	return out
}

// 7. fees.
func (c *checker) fees() (Status, string) {
	r := c.r
	sum := func(ps []Payment) *big.Int {
		s := new(big.Int)
		for _, p := range ps {
			s.Add(s, p.Amount)
		}
		return s
	}
	fee := r.E3.Fee
	if fee == nil {
		fee = new(big.Int)
	}
	for _, p := range r.Penalties {
		if !slices.Contains(r.Committee, p.Account) {
			return fail("penalty on %s, not a committee member", p.Account.Hex())
		}
	}
	switch c.phase {
	case ledger.PhaseCompleted:
		if len(r.Penalties) > 0 {
			return fail("%d liveness penalties on a completed E3", len(r.Penalties))
		}
		all := uint32(1)<<r.E3.Stages - 1
		var due []common.Address
		for j, m := range r.Members {
			if m.KeyShare && m.PkConfirmed && m.OutputAttested&all == all {
				due = append(due, r.Committee[j])
			}
		}
		if len(due) == 0 {
			if len(r.Fees) > 0 || len(r.Refunds) != 1 || sum(r.Refunds).Cmp(fee) != 0 || r.Refunds[0].Account != r.E3.Requester {
				return fail("no member did every duty, so the fee %s must be refunded to the requester", fee)
			}
			return Pass, fmt.Sprintf("no member did every duty; fee %s refunded", fee)
		}
		if len(r.Refunds) > 0 {
			return fail("a completed E3 with paid members also refunded %s", sum(r.Refunds))
		}
		if got := sum(r.Fees); got.Cmp(fee) != 0 {
			return fail("fees paid add up to %s, the escrowed fee is %s", got, fee)
		}
		var paid []common.Address
		for _, p := range r.Fees {
			if slices.Contains(paid, p.Account) {
				return fail("%s paid twice", p.Account.Hex())
			}
			paid = append(paid, p.Account)
		}
		for _, m := range due {
			if !slices.Contains(paid, m) {
				return fail("member %s did every duty but was not paid", m.Hex())
			}
		}
		for _, p := range paid {
			if !slices.Contains(due, p) {
				return fail("%s was paid without doing every duty", p.Hex())
			}
		}
		share := new(big.Int).Div(fee, big.NewInt(int64(len(due))))
		for _, p := range r.Fees {
			if d := new(big.Int).Sub(p.Amount, share); d.Sign() < 0 || d.Cmp(big.NewInt(int64(len(due)))) >= 0 {
				return fail("%s paid %s, the equal share is %s", p.Account.Hex(), p.Amount, share)
			}
		}
		return Pass, fmt.Sprintf("fee %s wei split among the %d members that did every duty", fee, len(due))
	case ledger.PhaseFailed:
		if len(r.Fees) > 0 {
			return fail("fees paid on a failed E3")
		}
		if len(r.Refunds) != 1 || r.Refunds[0].Account != r.E3.Requester || sum(r.Refunds).Cmp(fee) != 0 {
			return fail("refunds add up to %s, the fee was %s", sum(r.Refunds), fee)
		}
		missed := c.missedDuties()
		var penalized []common.Address
		for _, p := range r.Penalties {
			if slices.Contains(penalized, p.Account) {
				return fail("%s penalized twice", p.Account.Hex())
			}
			penalized = append(penalized, p.Account)
			if !slices.Contains(missed, p.Account) {
				return fail("%s penalized without missing a duty of the %s phase", p.Account.Hex(), r.FailedIn)
			}
		}
		for _, m := range missed {
			if !slices.Contains(penalized, m) {
				return fail("%s missed a duty of the %s phase but was not penalized", m.Hex(), r.FailedIn)
			}
		}
		return Pass, fmt.Sprintf("fee %s refunded (%s); %d liveness penalties, exactly on the members that missed a duty", fee, ledger.FailReason(r.E3.FailReason), len(r.Penalties))
	}
	if len(r.Fees)+len(r.Refunds)+len(r.Penalties) > 0 {
		return fail("money moved before the E3 ended")
	}
	return Skip, fmt.Sprintf("fee %s wei in escrow until the E3 ends", fee)
}
