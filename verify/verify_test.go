package verify_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/tuneinsight/lattigo/v6/core/rlwe"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/devnet"
	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/message"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/builtin"
	"github.com/ciphernet/ciphernet/sdk"
	"github.com/ciphernet/ciphernet/verify"
)

// Real E3s on one in-process devnet (dev preset, n=3, t=2) whose public
// records the tests check or tamper with: a tally over six ballots here, an
// auction and a stats run (multiply_test.go) beside it.
var (
	net     *devnet.Devnet
	client  *sdk.Client
	e3ID    uint64
	ballots = []int{0, 1, 2, 2, 1, 2}
)

func TestMain(m *testing.M) {
	code, err := run(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, "verify tests:", err)
		code = 1
	}
	os.Exit(code)
}

func run(m *testing.M) (int, error) {
	dir, err := os.MkdirTemp("", "ciphernet-verify-")
	if err != nil {
		return 1, err
	}
	defer os.RemoveAll(dir)
	net, err = devnet.Start(context.Background(), devnet.Config{Dir: dir, Nodes: 3, BlockTime: 250 * time.Millisecond})
	if err != nil {
		return 1, err
	}
	defer net.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	if client, err = sdk.Open(ctx, net.Path, sdk.Options{}); err != nil {
		return 1, err
	}
	defer client.Close()
	// The E3s run one after the other. A node gives each E3 its own
	// goroutine (node/engine.go), so one E3's key derivation or
	// re-execution no longer holds up another's input intake, but they
	// would still share a loaded test machine's cores while the input
	// windows are counted in blocks.
	runs := []*e3Run{
		{req: sdk.Request{Program: "tally", Params: json.RawMessage(`{"options":3}`), Preset: "dev", N: 3, T: 2, InputWindow: 40}, values: ballots},
		{req: sdk.Request{Program: "auction", Params: json.RawMessage(`{"levels":8,"rule":"first"}`), Preset: "dev", N: 3, T: 2, InputWindow: 60}, values: bids},
		{req: sdk.Request{Program: "stats", Params: json.RawMessage(`{"min":10,"max":50}`), Preset: "dev", N: 3, T: 2, InputWindow: 60}, values: figures},
	}
	for _, r := range runs {
		if r.id, err = r.request(ctx); err != nil {
			return 1, err
		}
		if err := r.run(ctx); err != nil {
			return 1, err
		}
	}
	e3ID = runs[0].id
	auction, stats = runs[1], runs[2]
	return m.Run(), nil
}

// e3Run is one E3 of the test devnet: requested, fed its values, awaited.
type e3Run struct {
	req    sdk.Request
	values []int
	id     uint64
	// hashes[i] is the committed hash of values[i]'s input (from its
	// signed receipt); result is what the nodes' API returns.
	hashes []common.Hash
	result json.RawMessage
}

func (r *e3Run) request(ctx context.Context) (uint64, error) { return client.Request(ctx, r.req) }

func (r *e3Run) run(ctx context.Context) error {
	if _, err := client.WaitFor(ctx, r.id, "key_published"); err != nil {
		return fmt.Errorf("%s: %w", r.req.Program, err)
	}
	for _, v := range r.values {
		rc, err := client.SubmitValue(ctx, r.id, json.RawMessage(fmt.Sprint(v)))
		if err != nil {
			return fmt.Errorf("%s: %w", r.req.Program, err)
		}
		r.hashes = append(r.hashes, common.HexToHash(rc.InputHash))
	}
	if _, err := client.WaitFor(ctx, r.id, ledger.StatusCompleted); err != nil {
		return fmt.Errorf("%s: %w", r.req.Program, err)
	}
	if rec, err := client.Ledger().GetE3(ctx, r.id); err != nil || rec.InputCount != uint64(len(r.values)) {
		return fmt.Errorf("%s: %d of %d submitted inputs committed before the window closed (%v): the machine is too loaded for this test", r.req.Program, rec.InputCount, len(r.values), err)
	}
	// The result as a node's API serves it, and as the SDK reads it from
	// the ledger alone: the same bytes.
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("http://%s/v1/e3/%d/result", net.File.Nodes[0].API, r.id), nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("%s: %w", r.req.Program, err)
	}
	defer resp.Body.Close()
	var body struct{ Result json.RawMessage }
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil || resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: result: %d %v", r.req.Program, resp.StatusCode, err)
	}
	r.result = body.Result
	mine, err := client.Result(ctx, r.id)
	if err != nil || !bytes.Equal(mine, r.result) {
		return fmt.Errorf("%s: the SDK's result %s (%v), the node's %s", r.req.Program, mine, err, r.result)
	}
	return nil
}

func gather(t *testing.T, sources ...verify.Source) *verify.Record {
	t.Helper()
	return gatherOf(t, e3ID, sources...)
}

func gatherOf(t *testing.T, id uint64, sources ...verify.Source) *verify.Record {
	t.Helper()
	if sources == nil {
		sources = client.Sources()
	}
	r, err := verify.Gather(context.Background(), client.Ledger(), id, sources...)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestRealE3PassesEveryCheck(t *testing.T) {
	rep := verify.Run(gather(t))
	var out bytes.Buffer
	rep.Write(&out)
	if !rep.OK || rep.Err() != nil || len(rep.Checks) != 7 {
		t.Fatalf("real E3 not verified:\n%s", out.String())
	}
	for _, c := range rep.Checks {
		if c.Status != verify.Pass {
			t.Errorf("check %d %s on a completed E3:\n%s", c.Number, c.Status, out.String())
		}
		if !strings.Contains(out.String(), fmt.Sprintf("%d. PASS", c.Number)) {
			t.Errorf("check %d has no PASS line:\n%s", c.Number, out.String())
		}
	}
	if string(rep.Result) != `{"counts":[1,2,3]}` {
		t.Errorf("result %s, ballots %v", rep.Result, ballots)
	}
}

// clone copies the parts of a record the tamperings change.
func clone(r *verify.Record) *verify.Record {
	c := *r
	c.Committee = slices.Clone(r.Committee)
	c.Members = slices.Clone(r.Members)
	c.Dealings = slices.Clone(r.Dealings)
	c.Masks = slices.Clone(r.Masks)
	c.EvalShares = slices.Clone(r.EvalShares)
	c.Inputs = slices.Clone(r.Inputs)
	c.Fees = slices.Clone(r.Fees)
	c.Stages = slices.Clone(r.Stages)
	for i := range c.Stages {
		s := &c.Stages[i]
		s.OutputAttesters = slices.Clone(s.OutputAttesters)
		s.PlaintextAttesters = slices.Clone(s.PlaintextAttesters)
		s.Shares = slices.Clone(s.Shares)
		if s.Published != nil {
			p := *s.Published
			s.Published = &p
		}
	}
	return &c
}

// instance configures the E3's program as the nodes did.
func instance(t *testing.T, r *verify.Record) (program.Instance, *bfv.Preset) {
	t.Helper()
	preset, err := bfv.ByID(r.E3.Preset)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := builtin.Registry().ConfigureFromLedger(r.Program, preset, r.Params)
	if err != nil {
		t.Fatal(err)
	}
	return inst, preset
}

func TestTamperingsFailAtTheRightCheck(t *testing.T) {
	base := gather(t)
	enc, err := client.Encryptor(context.Background(), e3ID)
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := enc.Encrypt(json.RawMessage("1"))
	if err != nil {
		t.Fatal(err)
	}
	stranger, _ := ethcrypto.GenerateKey()
	outsider := ethcrypto.PubkeyToAddress(stranger.PublicKey)
	for _, tc := range []struct {
		name   string
		check  int
		tamper func(t *testing.T, r *verify.Record)
	}{
		{"wrong committee (two seats swapped)", 1, func(t *testing.T, r *verify.Record) {
			r.Committee[0], r.Committee[1] = r.Committee[1], r.Committee[0]
			r.Members[0], r.Members[1] = r.Members[1], r.Members[0]
		}},
		{"committee member replaced by an outsider", 1, func(t *testing.T, r *verify.Record) { r.Committee[2] = outsider }},
		{"seed is not the block hash", 1, func(t *testing.T, r *verify.Record) { r.SeedBlock[0] ^= 1 }},
		{"ticket score forged", 1, func(t *testing.T, r *verify.Record) {
			r.Tickets = slices.Clone(r.Tickets)
			r.Tickets[0].Score[31] ^= 1
		}},
		{"ticket the node does not hold", 1, func(t *testing.T, r *verify.Record) {
			r.Tickets = slices.Clone(r.Tickets)
			r.Tickets[0].Ticket = 1 << 40
		}},
		{"one ticket left out (too few for the seats)", 1, func(t *testing.T, r *verify.Record) { r.Tickets = r.Tickets[1:] }},
		{"altered public key", 2, func(t *testing.T, r *verify.Record) { r.E3.PkHash[5] ^= 1 }},
		{"public-key blob not the aggregation", 2, func(t *testing.T, r *verify.Record) {
			r.PublicKey = slices.Clone(r.PublicKey)
			r.PublicKey[len(r.PublicKey)-1] ^= 1
		}},
		{"key-share commitment off its dealing", 2, func(t *testing.T, r *verify.Record) { r.Members[1].KeyShareHash[0] ^= 1 }},
		{"dropped input", 3, func(t *testing.T, r *verify.Record) { r.Inputs = slices.Delete(r.Inputs, 2, 3) }},
		{"extra input", 3, func(t *testing.T, r *verify.Record) {
			h := ethcrypto.Keccak256Hash(fresh)
			root := ethcrypto.Keccak256Hash(r.Inputs[len(r.Inputs)-1].Root[:], h[:])
			r.Inputs = append(r.Inputs, verify.Input{Index: uint64(len(r.Inputs)), Hash: h, Root: root, Blob: fresh})
		}},
		{"input blob unavailable", 3, func(t *testing.T, r *verify.Record) { r.Inputs[0].Blob = nil }},
		{"input blob substituted", 3, func(t *testing.T, r *verify.Record) { r.Inputs[1].Blob = fresh }},
		{"swapped output (computed over a subset)", 4, func(t *testing.T, r *verify.Record) {
			inst, preset := instance(t, r)
			var cts []*rlwe.Ciphertext
			for _, in := range r.Inputs[1:] {
				ct, err := preset.UnmarshalInput(in.Blob)
				if err != nil {
					t.Fatal(err)
				}
				cts = append(cts, ct)
			}
			out, err := program.Execute(inst, preset.NewEvaluator(nil), len(r.Committee), 0, cts, nil)
			if err != nil {
				t.Fatal(err)
			}
			raw, _ := preset.MarshalCiphertext(out)
			h := ethcrypto.Keccak256Hash(raw)
			r.Stages[0].Output, r.Stages[0].Ledger.OutputHash, r.Stages[0].Published.OutputHash = raw, h, h
		}},
		{"forged decryption share (payload altered)", 5, func(t *testing.T, r *verify.Record) {
			sh := &r.Stages[0].Shares[0]
			sh.Blob = slices.Clone(sh.Blob)
			sh.Blob[len(sh.Blob)-3] ^= 1
		}},
		{"decryption share signed by an outsider", 5, func(t *testing.T, r *verify.Record) {
			env := new(message.Envelope)
			if err := env.UnmarshalBinary(r.Stages[0].Shares[0].Envelope); err != nil {
				t.Fatal(err)
			}
			dom := message.Domain{ChainID: r.ChainID, E3Manager: r.E3Manager}
			forged, err := dom.Announce(stranger, r.E3ID, message.KindDecryptionShare, 0, env.PayloadHash)
			if err != nil {
				t.Fatal(err)
			}
			raw, _ := forged.MarshalBinary()
			r.Stages[0].Shares[0].Envelope = raw
		}},
		{"too few shares", 5, func(t *testing.T, r *verify.Record) { r.Stages[0].Shares = r.Stages[0].Shares[:1] }},
		{"wrong plaintext", 5, func(t *testing.T, r *verify.Record) {
			r.Stages[0].Plaintext = program.EncodeRelease([]uint64{3, 2, 1})
			r.Stages[0].Ledger.PlaintextHash = ethcrypto.Keccak256Hash(r.Stages[0].Plaintext)
		}},
		{"non-member attestation", 6, func(t *testing.T, r *verify.Record) { r.Stages[0].OutputAttesters[0] = outsider }},
		{"attestation counted twice", 6, func(t *testing.T, r *verify.Record) {
			p := r.Stages[0].PlaintextAttesters
			r.Stages[0].PlaintextAttesters = append(p[:1], p[0])
		}},
		{"fewer than t attestations", 6, func(t *testing.T, r *verify.Record) { r.Stages[0].OutputAttesters = r.Stages[0].OutputAttesters[:1] }},
		{"fee overpaid", 7, func(t *testing.T, r *verify.Record) {
			r.Fees[0] = verify.Payment{Account: r.Fees[0].Account, Amount: new(big.Int).Add(r.Fees[0].Amount, big.NewInt(1))}
		}},
		{"fee paid to an outsider", 7, func(t *testing.T, r *verify.Record) {
			r.Fees[0] = verify.Payment{Account: outsider, Amount: r.Fees[0].Amount}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := clone(base)
			tc.tamper(t, r)
			rep := verify.Run(r)
			failed := rep.Failed()
			if rep.OK || rep.Err() == nil || len(failed) == 0 || failed[0] != tc.check {
				var out bytes.Buffer
				rep.Write(&out)
				t.Fatalf("first failed check %v, want %d:\n%s", failed, tc.check, out.String())
			}
		})
	}
	// The tamperings worked on copies: the record itself still verifies.
	if rep := verify.Run(base); !rep.OK {
		t.Fatalf("base record changed by a tampering: %v", rep.Failed())
	}
}

// A node API that lies, for real over HTTP: it serves a forged input blob
// and lists a forged decryption-share envelope. Alone it cannot make the
// verifier accept anything; next to an honest node its forgeries are
// discarded or caught.
func TestLyingNodeAPI(t *testing.T) {
	honest := net.File.Nodes[0].API
	target, _ := url.Parse("http://" + honest)
	base := gather(t)
	inputHash := base.Inputs[0].Hash
	env := new(message.Envelope)
	if err := env.UnmarshalBinary(base.Stages[0].Shares[0].Envelope); err != nil {
		t.Fatal(err)
	}
	env.Payload = slices.Clone(base.Stages[0].Shares[0].Blob) // the forgery travels inline
	env.Payload[10] ^= 1
	forgedShare, _ := env.MarshalBinary()
	forgedHash := ethcrypto.Keccak256Hash(forgedShare)
	proxy := httputil.NewSingleHostReverseProxy(target)
	liar := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/v1/blobs/" + inputHash.Hex():
			w.Write([]byte("not the committed input"))
		case "/v1/blobs/" + forgedHash.Hex():
			w.Write(forgedShare)
		case fmt.Sprintf("/v1/e3/%d/shares", e3ID):
			json.NewEncoder(w).Encode(map[string]any{"e3Id": e3ID, "hashes": []string{forgedHash.Hex()}})
		default:
			proxy.ServeHTTP(w, r)
		}
	}))
	defer liar.Close()
	c, err := sdk.Open(context.Background(), net.Path, sdk.Options{APIs: []string{liar.URL}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	liarOnly := c.Sources()[len(c.Sources())-1]
	rep := verify.Run(gather(t, liarOnly))
	if failed := rep.Failed(); rep.OK || !slices.Contains(failed, 3) || !slices.Contains(failed, 5) {
		var out bytes.Buffer
		rep.Write(&out)
		t.Fatalf("lying node alone: failed %v, want 3 (input unavailable) and 5 (forged share):\n%s", failed, out.String())
	}
	// Honest sources listed first, the liar last: its input is discarded
	// (hash mismatch) but its forged share is still a signed-envelope
	// forgery the verifier refuses.
	rep = verify.Run(gather(t, c.Sources()...))
	if failed := rep.Failed(); !slices.Equal(failed, []int{5}) {
		t.Fatalf("honest and lying nodes: failed %v, want only 5", failed)
	}
	// Without the liar the same record verifies.
	if rep := verify.Run(gather(t)); !rep.OK {
		t.Fatalf("honest sources: failed %v", rep.Failed())
	}
}

// TestNodeEndpoints: a real node serves the list, status, share list,
// blobs and verification report of the E3 over its API.
func TestNodeEndpoints(t *testing.T) {
	base := "http://" + net.File.Nodes[1].API
	getJSON := func(path string, v any) {
		t.Helper()
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Fatalf("GET %s: %d", path, resp.StatusCode)
		}
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
	}
	var list struct {
		E3s []struct {
			ID    uint64 `json:"e3Id"`
			Phase string
		}
	}
	getJSON("/v1/e3", &list)
	i := slices.IndexFunc(list.E3s, func(v struct {
		ID    uint64 `json:"e3Id"`
		Phase string
	}) bool {
		return v.ID == e3ID
	})
	if i < 0 || list.E3s[i].Phase != "completed" {
		t.Fatalf("list: %+v", list)
	}
	var st struct{ Phase string }
	getJSON(fmt.Sprintf("/v1/e3/%d/status", e3ID), &st)
	if st.Phase != "completed" {
		t.Fatalf("status %q", st.Phase)
	}
	var shares struct{ Hashes []string }
	getJSON(fmt.Sprintf("/v1/e3/%d/shares", e3ID), &shares)
	if len(shares.Hashes) != 3 {
		t.Fatalf("a member of a 3-member committee holds %d share envelopes, want 3 (its own and two received)", len(shares.Hashes))
	}
	var rep verify.Report
	getJSON(fmt.Sprintf("/v1/e3/%d/verify", e3ID), &rep)
	if !rep.OK || len(rep.Checks) != 7 || string(rep.Result) != `{"counts":[1,2,3]}` {
		t.Fatalf("node's verification report: %+v", rep)
	}
	resp, err := http.Get(fmt.Sprintf("%s/v1/e3/%d/verify", base, 4242))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 404 {
		t.Fatalf("verify of an unknown E3: %d", resp.StatusCode)
	}
}

// FuzzShareEnvelope replaces one decryption-share envelope of the real
// record with arbitrary bytes: the verifier never panics, and check 5
// passes only for the original bytes.
func FuzzShareEnvelope(f *testing.F) {
	r, err := verify.Gather(context.Background(), client.Ledger(), e3ID, client.Sources()...)
	if err != nil {
		f.Fatal(err)
	}
	orig := r.Stages[0].Shares[0].Envelope
	f.Add(orig)
	f.Add(orig[:len(orig)/2])
	f.Add([]byte{})
	mutated := slices.Clone(orig)
	mutated[20] ^= 0xff
	f.Add(mutated)
	f.Fuzz(func(t *testing.T, b []byte) {
		c := clone(r)
		c.Stages[0].Shares[0].Envelope = b
		rep := verify.Run(c)
		pass := rep.Checks[4].Status == verify.Pass
		if pass != bytes.Equal(b, orig) {
			t.Fatalf("check 5 %s for %d bytes (original %d)", rep.Checks[4].Status, len(b), len(orig))
		}
	})
}

// TestCommitteeWithAbsentNode: a registered node that submitted no ticket
// (offline in the ticket window) would have won a seat; the committee is
// still right — the n lowest of the submitted tickets — and check 1 says so.
func TestCommitteeWithAbsentNode(t *testing.T) {
	r := clone(gather(t))
	r.Snapshot = append(slices.Clone(r.Snapshot), ledger.Weight{Node: ethcrypto.PubkeyToAddress(mustKey(t).PublicKey), Tickets: 1000})
	rep := verify.Run(r)
	if c := rep.Checks[0]; c.Status != verify.Pass || !strings.Contains(c.Detail, "not every eligible node took part") {
		t.Fatalf("check 1: %s %s", c.Status, c.Detail)
	}
}

func mustKey(t *testing.T) *ecdsa.PrivateKey {
	k, err := ethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// TestFeesOfAFailedE3: when an E3 fails the fee goes back to the requester
// and exactly the members that missed a duty of the failing phase are
// penalized (check 7), as E3Manager.markFailed does.
func TestFeesOfAFailedE3(t *testing.T) {
	var committee []common.Address
	for range 3 {
		committee = append(committee, ethcrypto.PubkeyToAddress(mustKey(t).PublicKey))
	}
	requester := ethcrypto.PubkeyToAddress(mustKey(t).PublicKey)
	fee := big.NewInt(9000)
	failed := func() *verify.Record {
		return &verify.Record{
			E3: ledger.E3{Phase: uint8(ledger.PhaseFailed), FailReason: uint8(ledger.FailKeygenTimeout), N: 3, T: 2, Stages: 1, KeyShares: 2,
				Requester: requester, Fee: fee},
			FailedIn:  ledger.PhaseKeyGen,
			Committee: slices.Clone(committee),
			Members:   []ledger.Member{{Index: 1, KeyShare: true}, {Index: 2, KeyShare: true}, {Index: 3}},
			Refunds:   []verify.Payment{{Account: requester, Amount: fee}},
			Penalties: []verify.Payment{{Account: committee[2], Amount: big.NewInt(5)}},
		}
	}
	for _, tc := range []struct {
		name   string
		mod    func(r *verify.Record)
		status verify.Status
	}{
		{"the member without a key share penalized", func(*verify.Record) {}, verify.Pass},
		{"all shares in, one confirmation missing", func(r *verify.Record) {
			r.E3.KeyShares = 3
			r.Members = []ledger.Member{{KeyShare: true, PkConfirmed: true}, {KeyShare: true}, {KeyShare: true, PkConfirmed: true}}
			r.Penalties[0].Account = committee[1]
		}, verify.Pass},
		{"a dutiful member penalized", func(r *verify.Record) { r.Penalties[0].Account = committee[0] }, verify.Fail},
		{"a missed duty not penalized", func(r *verify.Record) { r.Penalties = nil }, verify.Fail},
		{"penalized twice", func(r *verify.Record) { r.Penalties = append(r.Penalties, r.Penalties[0]) }, verify.Fail},
		{"refund short", func(r *verify.Record) { r.Refunds[0].Amount = big.NewInt(8999) }, verify.Fail},
		{"refund to someone else", func(r *verify.Record) { r.Refunds[0].Account = committee[0] }, verify.Fail},
		{"fee paid on a failure", func(r *verify.Record) { r.Fees = []verify.Payment{{Account: committee[0], Amount: big.NewInt(1)}} }, verify.Fail},
		{"no output: nobody penalized", func(r *verify.Record) {
			r.FailedIn, r.E3.FailReason, r.Penalties = ledger.PhaseCompute, uint8(ledger.FailNoOutput), nil
			r.Stages = []verify.Stage{{Index: 0}}
		}, verify.Pass},
		{"output not attested by one", func(r *verify.Record) {
			r.FailedIn = ledger.PhaseCompute
			r.Stages = []verify.Stage{{Index: 0, Ledger: ledger.Stage{OutputHash: [32]byte{1}}}}
			r.Members = []ledger.Member{{OutputAttested: 1}, {OutputAttested: 1}, {}}
		}, verify.Pass},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := failed()
			tc.mod(r)
			if c := verify.Run(r).Checks[6]; c.Status != tc.status {
				t.Fatalf("check 7: %s (%s), want %s", c.Status, c.Detail, tc.status)
			}
		})
	}
}
