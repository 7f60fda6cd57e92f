package verify_test

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/ciphernet/ciphernet/keystore"
	"github.com/ciphernet/ciphernet/message"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/verify"
)

// The multiplying programs' E3s (started by TestMain beside the tally):
// a first-price auction over 8 levels with a unique top bid, and stats
// over [10, 50]. Both need the committee's relinearization and rotation
// keys, rebuilt by the verifier from the members' signed eval shares; the
// auction also needs the committee mask set fixed by the ledger.
var (
	bids           = []int{3, 7, 5, 2}
	figures        = []int{12, 50, 10, 33}
	auction, stats *e3Run
)

// passesEveryCheck runs the verifier over a real record and wants seven
// passes and the nodes' own result.
func passesEveryCheck(t *testing.T, run *e3Run) (*verify.Record, *verify.Report) {
	t.Helper()
	r := gatherOf(t, run.id)
	rep := verify.Run(r)
	var out bytes.Buffer
	rep.Write(&out)
	t.Log(out.String())
	if !rep.OK || len(rep.Checks) != 7 {
		t.Fatalf("real %s E3 not verified:\n%s", run.req.Program, out.String())
	}
	for _, c := range rep.Checks {
		if c.Status != verify.Pass {
			t.Errorf("check %d %s on a completed E3", c.Number, c.Status)
		}
	}
	if !bytes.Equal(rep.Result, run.result) {
		t.Errorf("verifier's result %s, the nodes' %s", rep.Result, run.result)
	}
	if d := rep.Checks[3].Detail; !strings.Contains(d, "evaluation keys rebuilt from 3 signed eval shares") {
		t.Errorf("check 4 does not say it rebuilt the keys: %s", d)
	}
	return r, rep
}

func TestAuctionPassesEveryCheck(t *testing.T) {
	r, rep := passesEveryCheck(t, auction)
	var res struct {
		Price  int
		Winner struct {
			Index     int
			InputHash string
		}
		Excluded []int
	}
	if err := json.Unmarshal(rep.Result, &res); err != nil {
		t.Fatal(err)
	}
	top := auction.hashes[slices.Index(bids, slices.Max(bids))]
	at := slices.IndexFunc(r.Inputs, func(in verify.Input) bool { return in.Hash == top })
	if res.Price != slices.Max(bids) || res.Winner.Index != at || common.HexToHash(res.Winner.InputHash) != top || len(res.Excluded) != 0 {
		t.Fatalf("result %s: want price %d won by input %d (%s)", rep.Result, slices.Max(bids), at, top.Hex())
	}
	if d := rep.Checks[3].Detail; !strings.Contains(d, "mask set of 3 committed contributions") {
		t.Errorf("check 4 does not name the mask set: %s", d)
	}
	// A node lists the signed eval-share announcements it holds (its own
	// and the two it received) under ?kind=eval-share; the default list is
	// still the decryption shares.
	for query, want := range map[string]int{"?kind=eval-share": 3, "": 3 * 3} {
		resp, err := http.Get(fmt.Sprintf("http://%s/v1/e3/%d/shares%s", net.File.Nodes[2].API, auction.id, query))
		if err != nil {
			t.Fatal(err)
		}
		var l struct{ Hashes []string }
		err = json.NewDecoder(resp.Body).Decode(&l)
		resp.Body.Close()
		if err != nil || len(l.Hashes) != want {
			t.Errorf("shares%s: %d hashes (%v), want %d", query, len(l.Hashes), err, want)
		}
	}
}

func TestStatsPassesEveryCheck(t *testing.T) {
	_, rep := passesEveryCheck(t, stats)
	var res struct {
		Count int
		Sum   uint64
		Mean  float64
	}
	if err := json.Unmarshal(rep.Result, &res); err != nil {
		t.Fatal(err)
	}
	sum := 0
	for _, f := range figures {
		sum += f
	}
	if res.Count != len(figures) || res.Sum != uint64(sum) || math.Abs(res.Mean-float64(sum)/float64(len(figures))) > 1e-9 {
		t.Fatalf("result %s for figures %v", rep.Result, figures)
	}
}

// memberKeys opens the devnet nodes' keystores: a test stands in for a
// member that signs what an honest one never would.
func memberKeys(t *testing.T) map[common.Address]*ecdsa.PrivateKey {
	t.Helper()
	out := map[common.Address]*ecdsa.PrivateKey{}
	for _, n := range net.File.Nodes {
		password, err := os.ReadFile(filepath.Join(n.Dir, "password"))
		if err != nil {
			t.Fatal(err)
		}
		ks, err := keystore.Open(filepath.Join(n.Dir, "keystore.json"), string(password))
		if err != nil {
			t.Fatal(err)
		}
		out[ethcrypto.PubkeyToAddress(ks.Keys.Ledger.PublicKey)] = ks.Keys.Ledger
	}
	return out
}

// evalShareOf returns the index in r.EvalShares of member j's (0-based)
// announcement and the envelope.
func evalShareOf(t *testing.T, r *verify.Record, j int) (int, *message.Envelope) {
	t.Helper()
	for i, es := range r.EvalShares {
		env := new(message.Envelope)
		if err := env.UnmarshalBinary(es.Envelope); err != nil {
			t.Fatal(err)
		}
		if env.From == r.Committee[j] {
			return i, env
		}
	}
	t.Fatalf("no eval share of member %d in the record", j+1)
	return 0, nil
}

// announce signs an eval-share announcement of hash with key.
func announce(t *testing.T, r *verify.Record, key *ecdsa.PrivateKey, hash common.Hash) []byte {
	t.Helper()
	dom := message.Domain{ChainID: r.ChainID, E3Manager: r.E3Manager}
	env, err := dom.Announce(key, r.E3ID, message.KindEvalShare, 0, hash)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := env.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// setRelease replaces a stage's accepted plaintext (and its hash, as a
// ledger that accepted it would hold).
func setRelease(r *verify.Record, stage int, vals []uint64) {
	raw := program.EncodeRelease(vals)
	r.Stages[stage].Plaintext = raw
	r.Stages[stage].Ledger.PlaintextHash = ethcrypto.Keccak256Hash(raw)
}

func releaseOf(t *testing.T, r *verify.Record, stage int) []uint64 {
	t.Helper()
	vals, err := program.DecodeRelease(r.Stages[stage].Plaintext)
	if err != nil {
		t.Fatal(err)
	}
	return vals
}

func TestAuctionTamperingsFailAtTheRightCheck(t *testing.T) {
	base := gatherOf(t, auction.id)
	keys := memberKeys(t)
	stranger := mustKey(t)
	if len(base.EvalShares) != 3 || len(base.Masks) != 3 {
		t.Fatalf("record of the auction: %d eval shares, %d masks; want 3 and 3", len(base.EvalShares), len(base.Masks))
	}
	for _, tc := range []struct {
		name   string
		check  int
		detail string // in the failed check's detail
		tamper func(t *testing.T, r *verify.Record)
	}{
		{"eval share of one member missing", 4, "member 2", func(t *testing.T, r *verify.Record) {
			i, _ := evalShareOf(t, r, 1)
			r.EvalShares = slices.Delete(r.EvalShares, i, i+1)
		}},
		{"eval share blob unavailable", 4, "unavailable", func(t *testing.T, r *verify.Record) {
			i, _ := evalShareOf(t, r, 2)
			r.EvalShares[i].Blob = nil
		}},
		{"eval share re-signed by a non-member", 4, "not a committee member", func(t *testing.T, r *verify.Record) {
			i, env := evalShareOf(t, r, 1)
			r.EvalShares[i].Envelope = announce(t, r, stranger, env.PayloadHash)
		}},
		{"member 2's eval share signed by member 3 in its place", 4, "eval share of 3", func(t *testing.T, r *verify.Record) {
			i2, env2 := evalShareOf(t, r, 1)
			i3, _ := evalShareOf(t, r, 2)
			r.EvalShares[i3] = verify.Signed{Envelope: announce(t, r, keys[r.Committee[2]], env2.PayloadHash), Blob: r.EvalShares[i2].Blob}
		}},
		{"member 3 signs a second, different eval share", 4, "equivocated", func(t *testing.T, r *verify.Record) {
			i2, env2 := evalShareOf(t, r, 1)
			r.EvalShares = append(r.EvalShares, verify.Signed{Envelope: announce(t, r, keys[r.Committee[2]], env2.PayloadHash), Blob: r.EvalShares[i2].Blob})
		}},
		{"eval share blob not the signed one", 4, "does not hash", func(t *testing.T, r *verify.Record) {
			i1, _ := evalShareOf(t, r, 0)
			i2, _ := evalShareOf(t, r, 1)
			r.EvalShares[i1].Blob = r.EvalShares[i2].Blob
		}},
		{"mask contributions of members 1 and 2 swapped", 4, "mask of 1", func(t *testing.T, r *verify.Record) {
			r.Masks[0], r.Masks[1] = r.Masks[1], r.Masks[0]
		}},
		{"mask contributions swapped with their commitments", 4, "mask of 1", func(t *testing.T, r *verify.Record) {
			r.Masks[0], r.Masks[1] = r.Masks[1], r.Masks[0]
			r.Members[0].MaskHash, r.Members[1].MaskHash = r.Members[1].MaskHash, r.Members[0].MaskHash
		}},
		{"mask contribution unavailable", 4, "unavailable", func(t *testing.T, r *verify.Record) { r.Masks[2] = nil }},
		{"a mask commitment left out of the set", 4, "re-execution", func(t *testing.T, r *verify.Record) {
			r.Members[2].MaskHash = [32]byte{} // the set is members 1 and 2: other challenges, another mask
		}},
		{"stage-1 release gives another price", 4, "stage 2", func(t *testing.T, r *verify.Record) {
			vals := releaseOf(t, r, 1)
			for k := range vals { // the highest reached level drops: the price falls by one
				if vals[len(vals)-1-k] != 0 {
					vals[len(vals)-1-k] = 0
					break
				}
			}
			setRelease(r, 1, vals)
		}},
		{"stage-1 release with other masked values, same price", 5, "stage 1", func(t *testing.T, r *verify.Record) {
			vals := releaseOf(t, r, 1)
			for k := range vals {
				if vals[k] != 0 {
					vals[k]++
					if vals[k] == 0 {
						vals[k] = 1
					}
				}
			}
			setRelease(r, 1, vals)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := clone(base)
			tc.tamper(t, r)
			rep := verify.Run(r)
			failed := rep.Failed()
			var out bytes.Buffer
			rep.Write(&out)
			if rep.OK || len(failed) == 0 || failed[0] != tc.check || !strings.Contains(rep.Checks[tc.check-1].Detail, tc.detail) {
				t.Fatalf("first failed check %v, want %d naming %q:\n%s", failed, tc.check, tc.detail, out.String())
			}
			t.Logf("check %d: %s", tc.check, rep.Checks[tc.check-1].Detail)
		})
	}
	if rep := verify.Run(base); !rep.OK {
		t.Fatalf("base record changed by a tampering: %v", rep.Failed())
	}
}
