package node_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/devnet"
	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/store"
)

// cluster is a devnet of n real nodes, with the owner's client for reading
// the ledger.
type cluster struct {
	*devnet.Devnet
	owner *ledger.Client
}

func newCluster(t *testing.T, n int) *cluster {
	t.Helper()
	ctx := context.Background()
	var log *slog.Logger
	if os.Getenv("CN_TEST_LOG") != "" {
		log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	d, err := devnet.Start(ctx, devnet.Config{Dir: t.TempDir(), Nodes: n, BlockTime: 200 * time.Millisecond, Log: log})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		d.Close()
		if err := d.Err(); err != nil {
			t.Errorf("node stopped with: %v", err)
		}
	})
	owner, err := ledger.New(ctx, d.Chain.RPC(), d.Chain.Accounts()[0].Key, d.File.Contracts, ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return &cluster{Devnet: d, owner: owner}
}

func (c *cluster) waitPhase(t *testing.T, id uint64, want ledger.Phase, timeout time.Duration) ledger.E3 {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		rec, err := c.owner.GetE3(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if ledger.Phase(rec.Phase) == want {
			return rec
		}
		if ledger.Phase(rec.Phase) == ledger.PhaseFailed {
			t.Fatalf("E3 %d failed (reason %v) while waiting for %v", id, ledger.FailReason(rec.FailReason), want)
		}
		if time.Now().After(deadline) {
			t.Fatalf("E3 %d in phase %v after %v, waiting for %v", id, ledger.Phase(rec.Phase), timeout, want)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func httpDo(t *testing.T, method, url string, body []byte) (int, []byte) {
	t.Helper()
	req, _ := http.NewRequest(method, url, bytes.NewReader(body))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, out
}

// TestNodesRunATally: three ciphernodes carry a tally E3 from request to a
// released result with no orchestration beyond the requester and the
// submitters: tickets, committee, dealing (commit, then reveal, pulled by
// hash over libp2p), key confirmation, inputs through the HTTP API,
// compute, re-execution, decryption shares over gossip, certified release.
func TestNodesRunATally(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-node run")
	}
	runTally(t, newCluster(t, 3), nil)
}

// TestNodeRestartsMidE3: a member is stopped, closed and reopened from its
// directory during key generation, and another during the input phase;
// each resumes from its store and the ledger and the E3 completes.
func TestNodeRestartsMidE3(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-node run")
	}
	for _, phase := range []ledger.Phase{ledger.PhaseKeyGen, ledger.PhaseInputs} {
		t.Run(phase.String(), func(t *testing.T) {
			c := newCluster(t, 3)
			runTally(t, c, func(id uint64) {
				c.waitPhase(t, id, phase, 180*time.Second)
				if err := c.Restart(context.Background(), 1); err != nil {
					t.Fatal(err)
				}
			})
		})
	}
}

// runTally requests a 3-member tally, calls during (if set) once the E3 is
// requested, submits six ballots through the nodes' APIs and checks the
// released counts and the erasure of every member's secrets.
func runTally(t *testing.T, c *cluster, during func(id uint64)) {
	ctx := context.Background()
	requester, _ := ledger.New(ctx, c.Chain.RPC(), c.Requester, c.File.Contracts, ledger.Options{})
	id, _, err := requester.Request(ctx, ledger.Request{Program: ledger.ProgramID("tally"), Params: []uint64{3}, Preset: ledger.PresetDev,
		N: 3, T: 2, Windows: ledger.Windows{Ticket: 25, Keygen: 300, Input: 50, Compute: 300, Decrypt: 300}})
	if err != nil {
		t.Fatal(err)
	}
	if during != nil {
		during(id)
	}
	rec := c.waitPhase(t, id, ledger.PhaseInputs, 180*time.Second)

	api := func(i int) string { return "http://" + c.Nodes[i].APIAddr() }
	code, pk := httpDo(t, "GET", fmt.Sprintf("%s/v1/e3/%d/publickey", api(0), id), nil)
	if code != 200 || store.Keccak(pk) != rec.PkHash {
		t.Fatalf("public key: status %d, hash matches ledger: %v", code, store.Keccak(pk) == rec.PkHash)
	}
	preset, _ := bfv.Lookup("dev")
	key, err := preset.UnmarshalPublicKey(pk)
	if err != nil {
		t.Fatal(err)
	}
	enc := bfv.NewEncryptor(preset, key)
	ballots := []int{0, 2, 2, 1, 2, 0}
	want := make([]uint64, 3)
	var first []byte
	for i, b := range ballots {
		v := make([]uint64, 3)
		v[b] = 1
		want[b]++
		ct, err := enc.EncryptBytes(v)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = ct
		}
		code, body := httpDo(t, "POST", fmt.Sprintf("%s/v1/e3/%d/inputs", api(i%3), id), ct)
		if code != 201 {
			t.Fatalf("input %d: %d %s", i, code, body)
		}
	}
	if code, body := httpDo(t, "POST", fmt.Sprintf("%s/v1/e3/%d/inputs", api(0), id), first); code != 409 {
		t.Fatalf("duplicate input: %d %s", code, body)
	}
	c.waitPhase(t, id, ledger.PhaseCompleted, 240*time.Second)

	code, body := httpDo(t, "GET", fmt.Sprintf("%s/v1/e3/%d/result", api(1), id), nil)
	var res struct {
		Result struct {
			Counts []uint64 `json:"counts"`
		} `json:"result"`
	}
	if code != 200 || json.Unmarshal(body, &res) != nil || !slices.Equal(res.Result.Counts, want) {
		t.Fatalf("result: %d %s, want %v", code, body, want)
	}
	// Every member erased its secrets for the E3.
	for i, nd := range c.Nodes {
		deadline := time.Now().Add(10 * time.Second)
		for nd.HoldsSecrets(id) {
			if time.Now().After(deadline) {
				t.Fatalf("node %d still holds secrets of E3 %d", i+1, id)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
}
