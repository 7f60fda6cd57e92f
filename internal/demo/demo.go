// Package demo runs one E3 end to end on the embedded chain: the real
// contracts (registry, sortition, lifecycle, fees), the real threshold BFV
// layer and a real program, with every committee member an in-process actor
// holding its own ledger account, transport key and secrets.
//
// What it does not have yet is the networked ciphernode (issue 4): members do
// not run as separate processes, blobs (dealings, inputs, decryption shares)
// pass through an in-memory store addressed by their hash instead of libp2p,
// and nothing is persisted. Every ledger call is the one a node will make, in
// the order DESIGN.md §3 gives, and every blob is checked against the hash
// the ledger holds before it is used.
package demo

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/tuneinsight/lattigo/v6/core/rlwe"

	"github.com/ciphernet/ciphernet/chain"
	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/crypto/threshold"
	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/builtin"
)

// ErrConfig means the demo configuration is invalid.
var ErrConfig = errors.New("invalid demo configuration")

// Config selects the E3 the demo runs.
type Config struct {
	Program   string // registered program name
	Options   int    // tally: number of options
	Preset    string // BFV preset name
	Nodes     int    // committee size n
	Threshold int    // t
	Operators int    // registered operators (>= Nodes); sortition picks n of them
	Inputs    int    // number of inputs submitted
	Offline   int    // members that go offline after key publication (must leave >= t)
	Seed      uint64 // seed of the demo's random ballots
}

// DefaultConfig is what `ciphernet demo` runs without flags.
func DefaultConfig() Config {
	return Config{Program: "tally", Options: 4, Preset: "standard", Nodes: 5, Threshold: 3, Operators: 7, Inputs: 50, Offline: 0, Seed: 1}
}

// Validate checks the configuration.
func (c Config) Validate() error {
	switch {
	case c.Program != "tally":
		return fmt.Errorf("%w: the demo runs the tally program (got %q)", ErrConfig, c.Program)
	case c.Threshold < 1 || c.Threshold > c.Nodes:
		return fmt.Errorf("%w: threshold %d outside 1..%d", ErrConfig, c.Threshold, c.Nodes)
	case c.Operators < c.Nodes:
		return fmt.Errorf("%w: %d operators cannot fill a committee of %d", ErrConfig, c.Operators, c.Nodes)
	case c.Inputs < 1:
		return fmt.Errorf("%w: need at least one input", ErrConfig)
	case c.Offline < 0 || c.Nodes-c.Offline < c.Threshold:
		return fmt.Errorf("%w: %d offline of %d leaves fewer than t=%d", ErrConfig, c.Offline, c.Nodes, c.Threshold)
	}
	return nil
}

// Report is the outcome of a run.
type Report struct {
	E3ID      uint64          `json:"e3Id"`
	Committee []string        `json:"committee"`
	Result    json.RawMessage `json:"result"`
	Expected  json.RawMessage `json:"expected"`
	Excluded  []int           `json:"faultyShares"`
	Duration  time.Duration   `json:"duration"`
}

// member is one ciphernode's view of the E3.
type member struct {
	index     int // party index, 1-based, from the committee order
	client    *ledger.Client
	transport *threshold.TransportKey
	dealer    *threshold.DealerSecret
	share     *threshold.KeyShare
	online    bool
}

// run holds the state of one demo run.
type run struct {
	ctx   context.Context
	cfg   Config
	out   io.Writer
	start time.Time
	step  time.Time
	ch    *chain.Chain
	owner *ledger.Client
	inst  program.Instance
	blobs map[common.Hash][]byte // the p2p stand-in: content-addressed blobs
}

// Run executes the demo and writes each lifecycle step to out.
func Run(ctx context.Context, cfg Config, out io.Writer) (*Report, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	preset, err := bfv.Lookup(cfg.Preset)
	if err != nil {
		return nil, err
	}
	inst, err := builtin.Registry().Configure(cfg.Program, cfg.Preset, json.RawMessage(fmt.Sprintf(`{"options":%d}`, cfg.Options)))
	if err != nil {
		return nil, err
	}
	r := &run{ctx: ctx, cfg: cfg, out: out, start: time.Now(), inst: inst, blobs: map[common.Hash][]byte{}}
	r.step = r.start
	r.ch, err = chain.New(chain.Config{Accounts: cfg.Operators + 2})
	if err != nil {
		return nil, fmt.Errorf("demo: chain: %w", err)
	}
	defer r.ch.Close()
	return r.lifecycle(preset.ID) // the ledger records presets by their wire id
}

func (r *run) logf(step string, format string, args ...any) {
	now := time.Now()
	fmt.Fprintf(r.out, "%-22s %-64s %7.0f ms\n", step, fmt.Sprintf(format, args...), float64(now.Sub(r.step).Microseconds())/1000)
	r.step = now
}

func (r *run) client(key int) (*ledger.Client, error) {
	return ledger.New(r.ctx, r.ch.RPC(), r.ch.Accounts()[key].Key, r.owner.Addresses(), ledger.Options{})
}

func (r *run) lifecycle(ledgerPreset uint8) (*Report, error) {
	cfg := r.cfg
	accts := r.ch.Accounts()
	var err error
	if r.owner, err = ledger.New(r.ctx, r.ch.RPC(), accts[0].Key, ledger.Addresses{}, ledger.Options{}); err != nil {
		return nil, fmt.Errorf("demo: owner client: %w", err)
	}
	dc := ledger.DefaultDeployConfig()
	netw, err := ledger.Deploy(r.ctx, r.owner, dc)
	if err != nil {
		return nil, fmt.Errorf("demo: deploy: %w", err)
	}
	if r.owner, err = ledger.New(r.ctx, r.ch.RPC(), accts[0].Key, netw.Contracts, ledger.Options{}); err != nil {
		return nil, fmt.Errorf("demo: owner client: %w", err)
	}
	fmt.Fprintf(r.out, "embedded chain %d, contracts: registry %s, e3 %s\n", chain.ChainID, netw.Contracts.Registry.Hex()[:10], netw.Contracts.E3Manager.Hex()[:10])
	fmt.Fprintf(r.out, "members run in-process and exchange blobs by hash in memory (the networked ciphernode is issue 4)\n\n")

	// Operators register an X25519 transport key and bond; bonds differ so
	// sortition weights differ.
	operators := map[common.Address]*member{}
	for i := range cfg.Operators {
		c, err := r.client(2 + i)
		if err != nil {
			return nil, err
		}
		tk, err := threshold.GenerateTransportKey(nil)
		if err != nil {
			return nil, err
		}
		bond := new(big.Int).Mul(big.NewInt(int64(2+i%4)), big.NewInt(1e18))
		if _, err := c.Register(r.ctx, tk.Public(), []byte(fmt.Sprintf("demo-peer-%d", i)), "/memory", bond); err != nil {
			return nil, fmt.Errorf("demo: register operator %d: %w", i, err)
		}
		operators[c.Address()] = &member{client: c, transport: tk, online: true}
	}
	r.logf("0  operators", "%d registered and bonded (2-5 ETH each)", cfg.Operators)

	// 1-2. Request and creation.
	requester, err := r.client(1)
	if err != nil {
		return nil, err
	}
	windows := ledger.Windows{Ticket: 10, Keygen: 40, Input: 10, Compute: 40, Decrypt: 40}
	id, _, err := requester.Request(r.ctx, ledger.Request{
		Program: ledger.ProgramID(cfg.Program), Params: []uint64{uint64(cfg.Options)}, Preset: ledgerPreset,
		N: uint16(cfg.Nodes), T: uint16(cfg.Threshold), Windows: windows,
	})
	if err != nil {
		return nil, fmt.Errorf("demo: request: %w", err)
	}
	rec, err := r.owner.GetE3(r.ctx, id)
	if err != nil {
		return nil, err
	}
	r.logf("1  request", "%s(options=%d) preset=%s n=%d t=%d fee=%s wei", cfg.Program, cfg.Options, cfg.Preset, cfg.Nodes, cfg.Threshold, rec.Fee)
	r.logf("2  create", "E3 %d created at block %d; seed = hash of block %d", id, rec.RequestBlock, rec.RequestBlock+1)

	// 3. Sortition: every operator submits its best ticket; the contract
	// keeps the n lowest scores.
	members, err := r.committee(id, operators)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, m := range members {
		names = append(names, m.client.Address().Hex())
	}

	// 4. Key generation.
	rec, _ = r.owner.GetE3(r.ctx, id)
	sess, pkHash, err := r.keygen(id, rec, members)
	if err != nil {
		return nil, err
	}

	// 5. Inputs: submitters encrypt under the published key (checked against
	// its ledger hash) and hand ciphertexts to members, which commit hashes.
	for _, m := range members[len(members)-cfg.Offline:] {
		m.online = false
	}
	expected, err := r.inputs(id, pkHash, members)
	if err != nil {
		return nil, err
	}
	if cfg.Offline > 0 {
		fmt.Fprintf(r.out, "%-22s %d member(s) now offline: %v\n", "", cfg.Offline, indexes(members[len(members)-cfg.Offline:]))
	}

	// 6-9. Read, output, attest, decrypt and release.
	faulty, err := r.computeAndRelease(id, sess, members)
	if err != nil {
		return nil, err
	}

	// 10. Retrieve.
	pt, err := requester.Plaintext(r.ctx, id, 0)
	if err != nil {
		return nil, fmt.Errorf("demo: plaintext: %w", err)
	}
	var released []uint64
	if err := json.Unmarshal(pt, &released); err != nil {
		return nil, fmt.Errorf("demo: released plaintext: %w", err)
	}
	result, err := r.inst.Result([][]uint64{released})
	if err != nil {
		return nil, err
	}
	rec, _ = r.owner.GetE3(r.ctx, id)
	if ledger.Phase(rec.Phase) != ledger.PhaseCompleted {
		return nil, fmt.Errorf("demo: E3 ended in phase %v", ledger.Phase(rec.Phase))
	}
	r.logf("10 retrieve", "requester reads plaintextOf(%d): %s", id, result)
	var paid []string
	for _, m := range members {
		owed, err := r.owner.PendingWithdrawal(r.ctx, m.client.Address())
		if err != nil {
			return nil, err
		}
		paid = append(paid, fmt.Sprintf("%d:%s", m.index, gwei(owed)))
	}
	fmt.Fprintf(r.out, "%-22s fees owed per member (gwei; pull payment): %v\n", "   rewards", paid)
	for _, m := range members {
		m.share.Erase()
		m.dealer.Erase()
	}
	fmt.Fprintf(r.out, "%-22s %s\n", "   erase", "every member zeroed its key share, noise shares and dealer secret")
	fmt.Fprintf(r.out, "\nresult   %s\nexpected %s\n", result, expected)
	if string(result) != string(expected) {
		return nil, fmt.Errorf("demo: released result %s differs from the plaintext reference %s", result, expected)
	}
	return &Report{E3ID: id, Committee: names, Result: result, Expected: expected, Excluded: faulty, Duration: time.Since(r.start)}, nil
}

// committee runs step 3 and returns the members in party order.
func (r *run) committee(id uint64, operators map[common.Address]*member) ([]*member, error) {
	rec, err := r.owner.GetE3(r.ctx, id)
	if err != nil {
		return nil, err
	}
	if err := r.mineTo(rec.RequestBlock + 2); err != nil { // the seed block must exist
		return nil, err
	}
	seed, err := r.owner.Seed(r.ctx, id)
	if err != nil {
		return nil, err
	}
	snap, err := r.owner.Snapshot(r.ctx, id)
	if err != nil {
		return nil, err
	}
	submitted := 0
	for _, w := range snap {
		tk, _, ok := ledger.BestTicket(seed, id, w.Node, w.Tickets)
		if !ok {
			continue
		}
		if _, err := operators[w.Node].client.SubmitTicket(r.ctx, id, tk); err != nil {
			if errors.Is(err, ledger.ErrScoreTooHigh) {
				continue // a full committee already beats this score
			}
			return nil, fmt.Errorf("demo: ticket: %w", err)
		}
		submitted++
	}
	if err := r.mineTo(rec.Deadline + 1); err != nil {
		return nil, err
	}
	if _, err := r.owner.FinalizeCommittee(r.ctx, id); err != nil {
		return nil, fmt.Errorf("demo: finalize committee: %w", err)
	}
	addrs, err := r.owner.CommitteeOf(r.ctx, id)
	if err != nil {
		return nil, err
	}
	want, err := ledger.Committee(seed, id, snap, int(rec.N))
	if err != nil {
		return nil, err
	}
	members := make([]*member, len(addrs))
	for i, a := range addrs {
		if want[i].Node != a {
			return nil, fmt.Errorf("demo: seat %d: ledger chose %s, sortition recomputation %s", i+1, a, want[i].Node)
		}
		members[i] = operators[a]
		members[i].index = i + 1
	}
	r.logf("3  committee", "%d tickets from %d operators; committee of %d matches Go recomputation", submitted, len(snap), len(members))
	return members, nil
}

// keygen runs step 4: dealings, public key, key shares, confirmations.
func (r *run) keygen(id uint64, rec ledger.E3, members []*member) (*threshold.Session, common.Hash, error) {
	preset, _ := bfv.Lookup(r.cfg.Preset)
	sess, err := threshold.NewSession(threshold.Config{Preset: preset, E3ID: id, N: int(rec.N), T: int(rec.T), Decryptions: int(rec.Stages), Seed: rec.Seed})
	if err != nil {
		return nil, common.Hash{}, err
	}
	// Every member reads the committee's transport keys from the registry.
	pubs := make([]threshold.TransportPublicKey, len(members))
	for i, m := range members {
		node, err := r.owner.GetNode(r.ctx, m.client.Address())
		if err != nil {
			return nil, common.Hash{}, err
		}
		pubs[i] = node.TransportKey
	}
	// Commit, then reveal: every member commits the hashes of its
	// public-key share and dealing first; dealings are released only once
	// all n commitments are on the ledger, so no member can choose its
	// public-key share after seeing the others' (a rogue-key attack).
	dealingHashes := make([]common.Hash, len(members))
	unrevealed := map[common.Hash][]byte{}
	for i, m := range members {
		d, sec, err := sess.Deal(m.index, m.transport, pubs, nil)
		if err != nil {
			return nil, common.Hash{}, err
		}
		m.dealer = sec
		raw, err := d.MarshalBinary()
		if err != nil {
			return nil, common.Hash{}, err
		}
		pkShare, err := d.PublicKeyShare.MarshalBinary()
		if err != nil {
			return nil, common.Hash{}, err
		}
		dealingHashes[i] = crypto.Keccak256Hash(raw)
		unrevealed[dealingHashes[i]] = raw
		if _, err := m.client.PublishKeyShare(r.ctx, id, crypto.Keccak256Hash(pkShare), dealingHashes[i]); err != nil {
			return nil, common.Hash{}, fmt.Errorf("demo: publish key share of member %d: %w", m.index, err)
		}
	}
	if rec, err := r.owner.GetE3(r.ctx, id); err != nil {
		return nil, common.Hash{}, err
	} else if int(rec.KeyShares) != len(members) {
		return nil, common.Hash{}, fmt.Errorf("demo: %d of %d key-share commitments on the ledger", rec.KeyShares, len(members))
	}
	for h, raw := range unrevealed {
		r.blobs[h] = raw
	}
	r.logf("4  keygen: dealing", "%d dealings committed on the ledger, then revealed (%.1f MiB each)", len(members), float64(len(r.blobs[dealingHashes[0]]))/(1<<20))

	// Each member fetches every dealing by its committed hash, aggregates the
	// public key and its own key share, and confirms the key's hash.
	var pkHash common.Hash
	for _, m := range members {
		dealings := make([]*threshold.Dealing, len(members))
		for i, h := range dealingHashes {
			d := new(threshold.Dealing)
			if err := d.UnmarshalBinary(r.get(h)); err != nil {
				return nil, common.Hash{}, fmt.Errorf("demo: member %d: dealing of %d: %w", m.index, i+1, err)
			}
			dealings[i] = d
		}
		pk, err := sess.AggregatePublicKey(dealings)
		if err != nil {
			return nil, common.Hash{}, err
		}
		if m.share, err = sess.KeyShare(m.index, m.transport, pubs, dealings); err != nil {
			return nil, common.Hash{}, fmt.Errorf("demo: member %d: %w", m.index, err)
		}
		raw, err := preset.MarshalPublicKey(pk)
		if err != nil {
			return nil, common.Hash{}, err
		}
		pkHash = r.put(raw)
		if _, err := m.client.ConfirmPublicKey(r.ctx, id, pkHash); err != nil {
			return nil, common.Hash{}, fmt.Errorf("demo: member %d confirms key: %w", m.index, err)
		}
	}
	rec, _ = r.owner.GetE3(r.ctx, id)
	if common.Hash(rec.PkHash) != pkHash {
		return nil, common.Hash{}, fmt.Errorf("demo: ledger public key hash %x, members computed %x", rec.PkHash, pkHash)
	}
	r.logf("4  keygen: public key", "all %d confirmed pk %s…; input window until block %d", len(members), pkHash.Hex()[:14], rec.InputDeadline)
	return sess, pkHash, nil
}

// inputs runs step 5 and returns the plaintext reference result.
func (r *run) inputs(id uint64, pkHash common.Hash, members []*member) (json.RawMessage, error) {
	preset := r.inst.Preset()
	pk, err := preset.UnmarshalPublicKey(r.get(pkHash))
	if err != nil {
		return nil, err
	}
	enc := bfv.NewEncryptor(preset, pk)
	rng := rand.New(rand.NewPCG(r.cfg.Seed, 0xc1))
	counts := make([]uint64, r.cfg.Options)
	online := slices.DeleteFunc(slices.Clone(members), func(m *member) bool { return !m.online })
	batches := make(map[*member][]common.Hash)
	for i := range r.cfg.Inputs {
		choice := rng.IntN(r.cfg.Options)
		counts[choice]++
		vals, err := r.inst.EncodeInput(json.RawMessage(fmt.Sprint(choice)))
		if err != nil {
			return nil, err
		}
		raw, err := enc.EncryptBytes(vals)
		if err != nil {
			return nil, err
		}
		// The receiving member validates strictly before accepting.
		m := online[i%len(online)]
		ct, err := preset.UnmarshalInput(raw)
		if err != nil {
			return nil, fmt.Errorf("demo: member %d rejects input %d: %w", m.index, i, err)
		}
		if err := r.inst.ValidateInput(ct); err != nil {
			return nil, err
		}
		batches[m] = append(batches[m], r.put(raw))
	}
	for _, m := range online {
		if len(batches[m]) == 0 {
			continue
		}
		if _, err := m.client.PublishInputs(r.ctx, id, batches[m]); err != nil {
			return nil, fmt.Errorf("demo: member %d publishes inputs: %w", m.index, err)
		}
	}
	rec, _ := r.owner.GetE3(r.ctx, id)
	r.logf("5  inputs", "%d encrypted ballots (%d KiB each), %d batches committed; root %x…", rec.InputCount, preset.CiphertextSize()/1024, len(batches), rec.InputRoot[:6])
	if err := r.mineTo(rec.InputDeadline + 1); err != nil {
		return nil, err
	}
	expected, err := json.Marshal(map[string][]uint64{"counts": counts})
	return expected, err
}

// computeAndRelease runs steps 6 to 9 for the single stage of the program.
func (r *run) computeAndRelease(id uint64, sess *threshold.Session, members []*member) ([]int, error) {
	rec, err := r.owner.GetE3(r.ctx, id)
	if err != nil {
		return nil, err
	}
	// 6. The provider (lowest live index) reads every committed input in
	// ledger order: it rebuilds the hash chain to check it has them all.
	hashes, err := r.committedInputs(id, rec)
	if err != nil {
		return nil, err
	}
	readInputs := func() ([]*rlwe.Ciphertext, error) {
		cts := make([]*rlwe.Ciphertext, len(hashes))
		for i, h := range hashes {
			ct, err := r.inst.Preset().UnmarshalInput(r.get(h))
			if err != nil {
				return nil, fmt.Errorf("input %d: %w", i, err)
			}
			cts[i] = ct
		}
		return cts, nil
	}
	provider := members[0]
	inputs, err := readInputs()
	if err != nil {
		return nil, err
	}
	r.logf("6  read", "member %d (aggregator) fetched %d inputs by hash; root matches", provider.index, len(inputs))

	// 7. Output: compute, publish, and every live member re-executes and
	// attests only if it gets the same bytes.
	execute := func(in []*rlwe.Ciphertext) (*rlwe.Ciphertext, common.Hash, error) {
		ct, err := program.Execute(r.inst, r.inst.Preset().NewEvaluator(nil), len(members), 0, in, nil)
		if err != nil {
			return nil, common.Hash{}, err
		}
		raw, err := r.inst.Preset().MarshalCiphertext(ct)
		if err != nil {
			return nil, common.Hash{}, err
		}
		return ct, crypto.Keccak256Hash(raw), nil
	}
	out, outHash, err := execute(inputs)
	if err != nil {
		return nil, err
	}
	if _, err := provider.client.PublishOutput(r.ctx, id, 0, outHash, rec.InputRoot, rec.InputCount); err != nil {
		return nil, fmt.Errorf("demo: publish output: %w", err)
	}
	r.logf("7  output", "encrypted output %s… published (selector applied, level %d)", outHash.Hex()[:14], out.Level())
	attested := 0
	for _, m := range members {
		if !m.online {
			continue
		}
		mine, err := readInputs()
		if err != nil {
			return nil, err
		}
		_, h, err := execute(mine)
		if err != nil {
			return nil, err
		}
		if h != outHash {
			return nil, fmt.Errorf("demo: member %d re-executed to %s, provider published %s", m.index, h, outHash)
		}
		if _, err := m.client.AttestOutput(r.ctx, id, 0, outHash); err != nil {
			return nil, fmt.Errorf("demo: member %d attests output: %w", m.index, err)
		}
		attested++
	}
	r.logf("8  verify", "%d of %d members re-executed to identical bytes and attested", attested, len(members))

	// 8-9. Decryption shares from live members that attested; the
	// aggregator combines all of them (robust check when more than t).
	var shares []*threshold.DecryptionShare
	for _, m := range members {
		if !m.online {
			continue
		}
		d, err := sess.DecryptionShare(m.share, out, 0)
		if err != nil {
			return nil, err
		}
		raw, err := d.MarshalBinary()
		if err != nil {
			return nil, err
		}
		back := new(threshold.DecryptionShare)
		if err := back.UnmarshalBinary(r.get(r.put(raw))); err != nil {
			return nil, err
		}
		shares = append(shares, back)
	}
	res, err := sess.Combine(out, 0, shares)
	if err != nil {
		return nil, fmt.Errorf("demo: combine: %w", err)
	}
	released := make([]uint64, 0, r.cfg.Options)
	sel := r.inst.Selector(0)
	for i, keep := range sel {
		if keep == 1 {
			released = append(released, res.Values[i])
		}
	}
	pt, err := json.Marshal(released)
	if err != nil {
		return nil, err
	}
	if _, err := provider.client.PublishPlaintext(r.ctx, id, 0, pt); err != nil {
		return nil, fmt.Errorf("demo: publish plaintext: %w", err)
	}
	plainAttested := 0
	for _, m := range members {
		if !m.online {
			continue
		}
		// A member that sees the E3 already completed has nothing left to
		// attest (the ledger would refuse it).
		if rec, err := r.owner.GetE3(r.ctx, id); err != nil {
			return nil, err
		} else if ledger.Phase(rec.Phase) == ledger.PhaseCompleted {
			break
		}
		// Each member recombines the shares itself before attesting.
		mineRes, err := sess.Combine(out, 0, shares)
		if err != nil || !slices.Equal(mineRes.Values, res.Values) {
			return nil, fmt.Errorf("demo: member %d disagrees with the plaintext: %v", m.index, err)
		}
		if _, err := m.client.AttestPlaintext(r.ctx, id, 0, crypto.Keccak256Hash(pt)); err != nil {
			return nil, fmt.Errorf("demo: member %d attests plaintext: %w", m.index, err)
		}
		plainAttested++
	}
	certified := "certified (>= 2t-1 consistent shares)"
	if !res.Certified {
		certified = fmt.Sprintf("NOT certified: %d consistent shares < 2t-1 = %d, so t-1 colluders could have forged it", len(shares)-len(res.Faulty), 2*sess.Config().T-1)
	}
	r.logf("9  release", "%d shares combined, %s; %d attestations complete the E3", len(shares), certified, plainAttested)
	return res.Faulty, nil
}

// committedInputs rebuilds the input list in ledger order from the blobs
// members hold, checking each against the ledger's per-hash index.
func (r *run) committedInputs(id uint64, rec ledger.E3) ([]common.Hash, error) {
	hashes := make([]common.Hash, rec.InputCount)
	for h := range r.blobs {
		ok, idx, err := r.owner.InputIndex(r.ctx, id, h)
		if err != nil {
			return nil, err
		}
		if ok {
			hashes[idx] = h
		}
	}
	for i, h := range hashes {
		if h == (common.Hash{}) {
			return nil, fmt.Errorf("demo: committed input %d is not available", i)
		}
	}
	return hashes, nil
}

func (r *run) put(b []byte) common.Hash {
	h := crypto.Keccak256Hash(b)
	r.blobs[h] = b
	return h
}

func (r *run) get(h common.Hash) []byte { return r.blobs[h] }

func (r *run) mineTo(block uint64) error {
	head, err := r.owner.Eth().BlockNumber(r.ctx)
	if err != nil {
		return err
	}
	if head >= block {
		return nil
	}
	return r.ch.Mine(int(block - head))
}

func gwei(wei *big.Int) string { return new(big.Int).Div(wei, big.NewInt(1e9)).String() }

func indexes(ms []*member) []int {
	out := make([]int, len(ms))
	for i, m := range ms {
		out[i] = m.index
	}
	return out
}
