package node

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ciphernet/ciphernet/chain"
	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/keystore"
	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/store"
)

// cluster is n real nodes — each with its own keystore, bbolt store, libp2p
// host and HTTP API — on one embedded chain that mines every 200 ms.
type cluster struct {
	ch      *chain.Chain
	nodes   []*Node
	owner   *ledger.Client
	network ledger.Network
}

func newCluster(t *testing.T, n int) *cluster {
	t.Helper()
	ctx := context.Background()
	base := t.TempDir()
	t.Setenv("CN_E2E_PASSWORD", "e2e password")
	var dirs []string
	alloc := types.GenesisAlloc{}
	for i := range n {
		dir := filepath.Join(base, fmt.Sprintf("node%d", i+1))
		id, err := Init(dir, filepath.Join(base, "network.json"), "CN_E2E_PASSWORD", keystore.TestKDF)
		if err != nil {
			t.Fatal(err)
		}
		alloc[common.HexToAddress(id.Address)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}
		dirs = append(dirs, dir)
	}
	ch, err := chain.New(chain.Config{Accounts: 2, BlockTime: 200 * time.Millisecond, Alloc: alloc})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	owner, err := ledger.New(ctx, ch.RPC(), ch.Accounts()[0].Key, ledger.Addresses{}, ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}
	network, err := ledger.Deploy(ctx, owner, ledger.DefaultDeployConfig())
	if err != nil {
		t.Fatal(err)
	}
	if err := network.Save(filepath.Join(base, "network.json")); err != nil {
		t.Fatal(err)
	}
	owner, _ = ledger.New(ctx, ch.RPC(), ch.Accounts()[0].Key, network.Contracts, ledger.Options{})
	c := &cluster{ch: ch, owner: owner, network: network}
	for _, dir := range dirs {
		cfg, err := Load(filepath.Join(dir, "config.toml"))
		if err != nil {
			t.Fatal(err)
		}
		cfg.API = "127.0.0.1:0"
		cfg.PollInterval.Duration = 100 * time.Millisecond
		cfg.OutboxRetry.Duration = 50 * time.Millisecond
		log := quiet
		if os.Getenv("CN_TEST_LOG") != "" {
			log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug})).With("node", filepath.Base(dir))
		}
		nd, err := Open(ctx, cfg, "e2e password", log, Deps{RPC: ch.RPC()})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { nd.Close() })
		if err := nd.Register(ctx, new(big.Int).Mul(big.NewInt(3), big.NewInt(1e18))); err != nil {
			t.Fatal(err)
		}
		c.nodes = append(c.nodes, nd)
	}
	return c
}

func (c *cluster) run(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	errs := make(chan error, len(c.nodes))
	for _, nd := range c.nodes {
		go func() { errs <- nd.Run(ctx) }()
	}
	t.Cleanup(func() {
		cancel()
		for range c.nodes {
			if err := <-errs; err != nil {
				t.Errorf("node stopped with: %v", err)
			}
		}
	})
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
	c := newCluster(t, 3)
	c.run(t)
	ctx := context.Background()
	requester, _ := ledger.New(ctx, c.ch.RPC(), c.ch.Accounts()[1].Key, c.network.Contracts, ledger.Options{})
	id, _, err := requester.Request(ctx, ledger.Request{Program: ledger.ProgramID("tally"), Params: []uint64{3}, Preset: ledger.PresetDev,
		N: 3, T: 2, Windows: ledger.Windows{Ticket: 5, Keygen: 100, Input: 25, Compute: 100, Decrypt: 100}})
	if err != nil {
		t.Fatal(err)
	}
	rec := c.waitPhase(t, id, ledger.PhaseInputs, 60*time.Second)

	api := func(i int) string { return "http://" + c.nodes[i].APIAddr() }
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
	c.waitPhase(t, id, ledger.PhaseCompleted, 120*time.Second)

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
	for i, nd := range c.nodes {
		deadline := time.Now().Add(10 * time.Second)
		for {
			var err error
			nd.st.View(func(tx *store.Tx) error { _, err = tx.Secret(id, "keyshare"); return nil })
			if errors.Is(err, store.ErrNotFound) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("node %d still holds the key share: %v", i+1, err)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
}
