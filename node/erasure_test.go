package node_test

import (
	"bytes"
	"context"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/node"
)

// TestFailedE3IsErased: an E3 that fails after key generation (its outside
// compute provider never publishes; anyone marks it failed once the compute
// deadline has passed) leaves no secret in any member's bbolt file: the key
// shares held during the input phase are gone from the raw bytes, not only
// from the store's index.
func TestFailedE3IsErased(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-node run")
	}
	ctx := context.Background()
	c := newCluster(t, 3)
	requester, err := ledger.New(ctx, c.Chain.RPC(), c.Requester, c.File.Contracts, ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}
	outsider := crypto.PubkeyToAddress(c.Requester.PublicKey) // not a node: never publishes
	id, _, err := requester.Request(ctx, ledger.Request{Program: ledger.ProgramID("tally"), Params: []uint64{3}, Preset: ledger.PresetDev,
		N: 3, T: 2, Windows: ledger.Windows{Ticket: 25, Keygen: 300, Input: 10, Compute: 20, Decrypt: 60}, ComputeProvider: outsider})
	if err != nil {
		t.Fatal(err)
	}
	c.waitPhase(t, id, ledger.PhaseInputs, 180*time.Second)
	var secrets [][]byte
	for _, nd := range c.Nodes {
		secrets = append(secrets, node.SecretsOnDisk(nd, id)...)
	}
	if len(secrets) < 3 {
		t.Fatalf("only %d secrets held during the input phase", len(secrets))
	}
	// markFailed succeeds once the compute deadline has passed.
	deadline := time.Now().Add(2 * time.Minute)
	for {
		rec, err := c.owner.GetE3(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if ledger.Phase(rec.Phase) == ledger.PhaseFailed {
			break
		}
		if ledger.Phase(rec.Phase) > ledger.PhaseInputs && ledger.Phase(rec.Phase) != ledger.PhaseCompute {
			t.Fatalf("E3 %d reached phase %v without its compute provider", id, ledger.Phase(rec.Phase))
		}
		c.owner.MarkFailed(ctx, id) // reverts until the deadline
		if time.Now().After(deadline) {
			t.Fatalf("E3 %d not failed after 2m (phase %v)", id, ledger.Phase(rec.Phase))
		}
		time.Sleep(500 * time.Millisecond)
	}
	checkErasedOnDisk(t, c, id, secrets)
}

// checkErasedOnDisk waits until no node of c holds a secret of E3 id in
// its store, then scans every node's bbolt file for the raw bytes of the
// secrets seen while the E3 ran: erasure must reach the file, not only the
// store's index.
func checkErasedOnDisk(t *testing.T, c *cluster, id uint64, secrets [][]byte) {
	t.Helper()
	for i, nd := range c.Nodes {
		for end := time.Now().Add(20 * time.Second); nd.HoldsSecrets(id); time.Sleep(100 * time.Millisecond) {
			if time.Now().After(end) {
				t.Fatalf("node %d still holds secrets of E3 %d", i+1, id)
			}
		}
		raw, err := os.ReadFile(node.StorePath(nd))
		if err != nil {
			t.Fatal(err)
		}
		for _, sec := range secrets {
			if bytes.Contains(raw, sec) {
				t.Fatalf("node %d's database file still contains a secret of E3 %d", i+1, id)
			}
		}
	}
}
