// Package demo runs one E3 end to end on a devnet: the embedded chain with
// the contracts, and real ciphernodes — each with its own keystore, store,
// libp2p host and HTTP API — that take part on their own. The demo only acts
// as the requester and the submitters: it requests the E3, encrypts ballots
// under the published key and uploads them to the nodes' APIs, and prints
// each lifecycle step as the ledger records it.
package demo

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/devnet"
	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/builtin"
	"github.com/ciphernet/ciphernet/store"
)

// ErrConfig means the demo configuration is invalid.
var ErrConfig = errors.New("invalid demo configuration")

// Config selects the E3 the demo runs.
type Config struct {
	Program   string // registered program name: tally, auction or stats
	Options   int    // tally: number of options
	Levels    int    // auction: price levels
	Rule      string // auction: "first" or "second" price
	Max       int    // stats: figures are drawn from [0, Max]
	Preset    string // BFV preset name ("": the program's default)
	Nodes     int    // committee size n
	Threshold int    // t
	Operators int    // registered nodes (>= Nodes); sortition picks n of them
	Inputs    int    // number of inputs submitted
	Offline   int    // members stopped after key publication, the first in party order (must leave >= t)
	Seed      uint64 // seed of the demo's random ballots
	// InputWindow is the input window in blocks (250 ms each); it must
	// leave time to upload and replicate every input.
	InputWindow uint32
	// Timeout bounds the whole run (0: 3 minutes for the tally, 10 for the
	// programs that multiply, whose key generation includes rotation keys).
	Timeout time.Duration
}

// DefaultConfig is what `ciphernet demo` runs without flags.
func DefaultConfig() Config {
	return Config{Program: "tally", Options: 4, Levels: 64, Rule: "first", Max: 1000, Nodes: 5, Threshold: 3, Operators: 7, Inputs: 50, Seed: 1, InputWindow: 100}
}

// Validate checks the configuration.
func (c Config) Validate() error {
	switch {
	case c.Program != "tally" && c.Program != "auction" && c.Program != "stats":
		return fmt.Errorf("%w: the demo runs tally, auction or stats (got %q)", ErrConfig, c.Program)
	case c.Program == "auction" && c.Rule != "first" && c.Rule != "second":
		return fmt.Errorf("%w: auction rule %q, want first or second", ErrConfig, c.Rule)
	case c.Threshold < 1 || c.Threshold > c.Nodes:
		return fmt.Errorf("%w: threshold %d outside 1..%d", ErrConfig, c.Threshold, c.Nodes)
	case c.Operators < c.Nodes:
		return fmt.Errorf("%w: %d operators cannot fill a committee of %d", ErrConfig, c.Operators, c.Nodes)
	case c.Inputs < 1:
		return fmt.Errorf("%w: need at least one input", ErrConfig)
	case c.InputWindow < 10:
		return fmt.Errorf("%w: input window of %d blocks is too short to upload and replicate inputs", ErrConfig, c.InputWindow)
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
	Duration  time.Duration   `json:"duration"`
}

type run struct {
	ctx       context.Context
	cfg       Config
	out       io.Writer
	start     time.Time
	step      time.Time
	net       *devnet.Devnet
	inst      program.Instance
	sc        scenario
	values    map[common.Hash]json.RawMessage // submitted values by input hash
	order     map[uint64]common.Hash          // committed inputs by ledger index
	requester *ledger.Client
	id        uint64
	members   []common.Address
	expected  json.RawMessage
}

// Run executes the demo and writes each lifecycle step to out.
func Run(ctx context.Context, cfg Config, out io.Writer) (*Report, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	sc, err := scenarioFor(cfg)
	if err != nil {
		return nil, err
	}
	if cfg.Preset == "" {
		p, err := builtin.Registry().Lookup(cfg.Program)
		if err != nil {
			return nil, err
		}
		cfg.Preset = p.DefaultPreset()
	}
	preset, err := bfv.Lookup(cfg.Preset)
	if err != nil {
		return nil, err
	}
	params, _ := sc.params()
	inst, err := builtin.Registry().Configure(cfg.Program, cfg.Preset, params)
	if err != nil {
		return nil, err
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 3 * time.Minute
		if cfg.Program != "tally" {
			cfg.Timeout = 10 * time.Minute // multiplying programs on the mul preset
		}
	}
	ctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	dir, err := os.MkdirTemp("", "ciphernet-demo-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	r := &run{ctx: ctx, cfg: cfg, out: out, start: time.Now(), inst: inst, sc: sc, values: map[common.Hash]json.RawMessage{}, order: map[uint64]common.Hash{}}
	r.step = r.start
	r.net, err = devnet.Start(ctx, devnet.Config{Dir: dir, Nodes: cfg.Operators, BlockTime: 250 * time.Millisecond,
		Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		return nil, err
	}
	defer r.net.Close()
	fmt.Fprintf(out, "devnet: embedded chain %s, %d ciphernodes (own keystore, store, libp2p host, HTTP API each)\n\n", r.net.File.RPC, len(r.net.Nodes))
	r.logf("0  operators", "%d nodes registered and bonded, running", cfg.Operators)
	if r.requester, err = ledger.New(ctx, r.net.Chain.RPC(), r.net.Requester, r.net.File.Contracts, ledger.Options{}); err != nil {
		return nil, err
	}
	return r.lifecycle(preset)
}

func (r *run) logf(step, format string, args ...any) {
	now := time.Now()
	fmt.Fprintf(r.out, "%-22s %-70s %7.0f ms\n", step, fmt.Sprintf(format, args...), float64(now.Sub(r.step).Microseconds())/1000)
	r.step = now
}

func (r *run) lifecycle(preset *bfv.Preset) (*Report, error) {
	head, err := r.requester.Eth().BlockNumber(r.ctx)
	if err != nil {
		return nil, err
	}
	stream, err := r.requester.Stream(ledger.StreamConfig{From: head, PollInterval: 100 * time.Millisecond})
	if err != nil {
		return nil, err
	}
	_, params := r.sc.params()
	windows := ledger.Windows{Ticket: 16, Keygen: 240, Input: uint32(r.cfg.InputWindow), Compute: 240, Decrypt: 60}
	if r.cfg.Program != "tally" { // key generation with rotation keys, three stages of re-execution
		windows.Keygen, windows.Compute, windows.Decrypt = 960, 960, 240
	}
	r.id, _, err = r.requester.Request(r.ctx, ledger.Request{
		Program: ledger.ProgramID(r.cfg.Program), Params: params, Preset: preset.ID,
		N: uint16(r.cfg.Nodes), T: uint16(r.cfg.Threshold), Windows: windows,
	})
	if err != nil {
		return nil, fmt.Errorf("demo: request: %w", err)
	}
	rec, err := r.requester.GetE3(r.ctx, r.id)
	if err != nil {
		return nil, err
	}
	r.logf("1  request", "%s preset=%s n=%d t=%d, fee %s wei", r.sc.describe(), r.cfg.Preset, r.cfg.Nodes, r.cfg.Threshold, rec.Fee)
	r.logf("2  create", "E3 %d at block %d; sortition seed = hash of block %d", r.id, rec.RequestBlock, rec.RequestBlock+1)
	counts := map[string]int{}
	for {
		ev, err := stream.Next(r.ctx)
		if err != nil {
			return nil, fmt.Errorf("demo: waiting for the E3 (%v): %w", counts, err)
		}
		done, err := r.onEvent(ev, counts)
		if err != nil {
			return nil, err
		}
		if done {
			break
		}
	}
	return r.retrieve()
}

// onEvent prints the lifecycle as the ledger records it and plays the
// submitters when the input window opens.
func (r *run) onEvent(ev ledger.Event, counts map[string]int) (bool, error) {
	mine := func(id interface{ Uint64() uint64 }) bool { return id.Uint64() == r.id }
	switch d := ev.Data.(type) {
	case *ledger.TicketSubmitted:
		if mine(d.E3Id) {
			counts["tickets"]++
		}
	case *ledger.CommitteeFinalized:
		if !mine(d.E3Id) {
			return false, nil
		}
		r.members = d.Members
		want, err := r.requester.ExpectedCommittee(r.ctx, r.id)
		if err != nil {
			return false, err
		}
		match := len(want) == len(d.Members)
		for i := range want {
			match = match && want[i].Node == d.Members[i]
		}
		r.logf("3  committee", "%d tickets; %d members, equal to the Go recomputation: %v", counts["tickets"], len(d.Members), match)
		if !match {
			return false, errors.New("demo: the committee is not the sortition result")
		}
	case *ledger.KeyShareCommitted:
		if mine(d.E3Id) {
			counts["keyshares"]++
		}
	case *ledger.PublicKeyPublished:
		if !mine(d.E3Id) {
			return false, nil
		}
		r.logf("4  keygen", "%d dealings committed then revealed; all confirmed pk %s…", counts["keyshares"], common.Hash(d.PkHash).Hex()[:14])
		if err := r.submit(common.Hash(d.PkHash), d.InputDeadline); err != nil {
			return false, err
		}
		// The first members in party order go: party 1 would have been the
		// first compute provider, so the output comes from a later turn.
		for _, m := range r.members[:r.cfg.Offline] {
			r.stop(m)
		}
	case *ledger.InputCommitted:
		if mine(d.E3Id) {
			counts["inputs"]++
			r.order[d.Index] = d.InputHash
		}
	case *ledger.OutputPublished:
		if !mine(d.E3Id) {
			return false, nil
		}
		r.logf("6  read", "the compute provider fetched the %d committed inputs by hash", d.InputCount)
		r.logf("7  output", "encrypted output %s… published over input root %s…", common.Hash(d.OutputHash).Hex()[:14], common.Hash(d.InputRoot).Hex()[:12])
	case *ledger.OutputAttested:
		if mine(d.E3Id) {
			counts["attested"]++
		}
	case *ledger.OutputAccepted:
		if mine(d.E3Id) {
			r.logf("8  verify", "%d members re-executed the program to identical bytes and attested", counts["attested"])
		}
	case *ledger.PlaintextAccepted:
		if mine(d.E3Id) {
			r.logf("9  release", "decryption shares combined; plaintext %s… accepted by t attestations", common.Hash(d.PlaintextHash).Hex()[:14])
		}
	case *ledger.E3Completed:
		return mine(d.E3Id), nil
	case *ledger.E3Failed:
		if mine(d.E3Id) {
			return false, fmt.Errorf("demo: E3 %d failed in phase %v: %v", r.id, ledger.Phase(d.Phase), ledger.FailReason(d.Reason))
		}
	}
	return false, nil
}

// submit plays the submitters: fetch the key from a node, check it against
// the ledger's hash, encrypt locally, upload to the nodes round-robin.
func (r *run) submit(pkHash common.Hash, deadline uint64) error {
	apis := r.memberAPIs()
	code, pk, err := httpDo(r.ctx, "GET", fmt.Sprintf("http://%s/v1/e3/%d/publickey", apis[0], r.id), nil)
	if err != nil || code != 200 {
		return fmt.Errorf("demo: public key from %s: %d %v", apis[0], code, err)
	}
	if common.Hash(store.Keccak(pk)) != pkHash {
		return errors.New("demo: the node served a public key that does not match the ledger")
	}
	key, err := r.inst.Preset().UnmarshalPublicKey(pk)
	if err != nil {
		return err
	}
	enc := bfv.NewEncryptor(r.inst.Preset(), key)
	rng := rand.New(rand.NewPCG(r.cfg.Seed, 0xc1))
	for i := range r.cfg.Inputs {
		value := r.sc.input(rng)
		vals, err := r.inst.EncodeInput(value)
		if err != nil {
			return err
		}
		ct, err := enc.EncryptBytes(vals)
		if err != nil {
			return err
		}
		api := apis[i%len(apis)]
		code, body, err := httpDo(r.ctx, "POST", fmt.Sprintf("http://%s/v1/e3/%d/inputs", api, r.id), ct)
		if err != nil || code != http.StatusCreated {
			return fmt.Errorf("demo: input %d to %s: %d %s %v", i, api, code, body, err)
		}
		r.values[common.Hash(store.Keccak(ct))] = value
	}
	r.logf("5  inputs", "%d inputs encrypted locally (%d KiB each), uploaded, receipts signed; window to block %d", r.cfg.Inputs, r.inst.Preset().CiphertextSize()/1024, deadline)
	return nil
}

func (r *run) retrieve() (*Report, error) {
	apis := r.memberAPIs()
	code, body, err := httpDo(r.ctx, "GET", fmt.Sprintf("http://%s/v1/e3/%d/result", apis[0], r.id), nil)
	if err != nil || code != 200 {
		return nil, fmt.Errorf("demo: result: %d %s %v", code, body, err)
	}
	var res struct {
		Result json.RawMessage `json:"result"`
	}
	if err := json.Unmarshal(body, &res); err != nil {
		return nil, err
	}
	// The reference runs over the inputs in the order the ledger committed
	// them (which is the order the program sees).
	values := make([]json.RawMessage, len(r.order))
	hashes := make([]common.Hash, len(r.order))
	for i := range uint64(len(r.order)) {
		h, ok := r.order[i]
		if !ok || r.values[h] == nil {
			return nil, fmt.Errorf("demo: committed input %d is not one the demo submitted", i)
		}
		values[i], hashes[i] = r.values[h], h
	}
	if r.expected, err = r.sc.reference(values, hashes); err != nil {
		return nil, err
	}
	r.logf("10 retrieve", "result from the ledger's plaintext: %s", res.Result)
	fmt.Fprintf(r.out, "\nresult   %s\nexpected %s\n", res.Result, r.expected)
	if !r.sc.same(res.Result, r.expected) {
		return nil, fmt.Errorf("demo: released result %s differs from the plaintext reference %s", res.Result, r.expected)
	}
	if err := r.net.Err(); err != nil {
		return nil, err
	}
	var names []string
	for _, m := range r.members {
		names = append(names, m.Hex())
	}
	return &Report{E3ID: r.id, Committee: names, Result: res.Result, Expected: r.expected, Duration: time.Since(r.start)}, nil
}

// memberAPIs lists the HTTP APIs of committee members still running.
func (r *run) memberAPIs() []string {
	var out []string
	for i, info := range r.net.File.Nodes {
		for j, m := range r.members {
			if common.HexToAddress(info.Address) == m && j >= r.cfg.Offline {
				out = append(out, r.net.File.Nodes[i].API)
			}
		}
	}
	return out
}

func (r *run) stop(member common.Address) {
	for i, info := range r.net.File.Nodes {
		if common.HexToAddress(info.Address) == member {
			r.net.Stop(i)
			fmt.Fprintf(r.out, "%-22s member %s stopped\n", "   offline", member.Hex()[:10])
		}
	}
}

func httpDo(ctx context.Context, method, url string, body []byte) (int, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, method, url, bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	return resp.StatusCode, out, err
}

func compact(b []byte) []byte {
	var buf bytes.Buffer
	if json.Compact(&buf, b) != nil {
		return b
	}
	return buf.Bytes()
}
