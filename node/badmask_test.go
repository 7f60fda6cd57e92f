package node_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/node"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/builtin"
	"github.com/ciphernet/ciphernet/protocol"
	"github.com/ciphernet/ciphernet/store"
)

// submitProgram requests an E3 of the named program (n=3, t=2, dev
// preset) with the given windows, waits for its key and uploads the
// encoded inputs round-robin through the nodes' APIs. It returns the E3 id
// and the inputs' hashes in upload order.
func submitProgram(t *testing.T, c *cluster, inst program.Instance, name string, params []uint64, windows ledger.Windows, inputs [][]uint64) (uint64, []store.Hash) {
	t.Helper()
	ctx := context.Background()
	requester, _ := ledger.New(ctx, c.Chain.RPC(), c.Requester, c.File.Contracts, ledger.Options{})
	id, _, err := requester.Request(ctx, ledger.Request{Program: ledger.ProgramID(name), Params: params, Preset: ledger.PresetDev,
		N: 3, T: 2, Windows: windows})
	if err != nil {
		t.Fatal(err)
	}
	rec := c.waitPhase(t, id, ledger.PhaseInputs, 180*time.Second)
	api := func(i int) string { return "http://" + c.Nodes[i%len(c.Nodes)].APIAddr() }
	_, pkRaw := httpDo(t, "GET", fmt.Sprintf("%s/v1/e3/%d/publickey", api(0), id), nil)
	if store.Keccak(pkRaw) != rec.PkHash {
		t.Fatal("public key does not match the ledger")
	}
	pk, err := inst.Preset().UnmarshalPublicKey(pkRaw)
	if err != nil {
		t.Fatal(err)
	}
	enc := bfv.NewEncryptor(inst.Preset(), pk)
	var hashes []store.Hash
	for i, vals := range inputs {
		ct, err := enc.EncryptBytes(vals)
		if err != nil {
			t.Fatal(err)
		}
		if code, body := httpDo(t, "POST", fmt.Sprintf("%s/v1/e3/%d/inputs", api(i), id), ct); code != 201 {
			t.Fatalf("input %d: %d %s", i, code, body)
		}
		hashes = append(hashes, store.Keccak(ct))
	}
	return id, hashes
}

// TestBadMaskOnDevnet: one member of an auction committee contributes a
// bad mask (its second half encrypts 1, not the inverse of the first:
// protocol.Faults.BadMask). On a devnet of real nodes the validity stage's
// public mask check comes out non-zero, no masked stage is computed or
// decrypted — the price and the winner are never released — every member
// opens its mask, and the honest members' openings check out while the
// cheater's does not: each honest node counts exactly one bad mask
// (ciphernet_bad_masks_total), and the E3 fails at its compute deadline.
func TestBadMaskOnDevnet(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-node run")
	}
	ctx := context.Background()
	c := newCluster(t, 3)
	cheater := 1 // devnet node index; with n = 3 of 3 nodes every node is a member
	node.InjectFaults(c.Nodes[cheater], &protocol.Faults{BadMask: true})
	preset, _ := bfv.ByID(ledger.PresetDev)
	inst, err := builtin.Registry().ConfigureFromLedger("auction", preset, []uint64{8, 1})
	if err != nil {
		t.Fatal(err)
	}
	var bids [][]uint64
	for _, b := range []int{3, 7, 5} {
		bids = append(bids, encode(t, inst, b))
	}
	id, _ := submitProgram(t, c, inst, "auction", []uint64{8, 1}, ledger.Windows{Ticket: 25, Keygen: 300, Input: 50, Compute: 120, Decrypt: 300}, bids)

	// Every honest member sees exactly one opening that does not reproduce
	// its contribution: the cheater's.
	deadline := time.Now().Add(4 * time.Minute)
	for i := range c.Nodes {
		if i == cheater {
			continue
		}
		for scrape(t, c, i)["ciphernet_bad_masks_total"] < 1 {
			if time.Now().After(deadline) {
				t.Fatalf("node %d counted no bad mask", i+1)
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
	// Only the validity stage was released; nothing masked was decrypted.
	rec, err := c.owner.GetE3(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Stage > 1 || ledger.Phase(rec.Phase) == ledger.PhaseCompleted {
		t.Fatalf("E3 %d at stage %d phase %v after a bad mask", id, rec.Stage, ledger.Phase(rec.Phase))
	}
	members, _ := c.owner.CommitteeOf(ctx, id)
	for _, nd := range c.Nodes {
		j := slices.Index(members, nd.Address()) + 1
		for step, count := range node.SharesProduced(nd, id, j) {
			if step != "dealing" && step != "decryption-share/0" {
				t.Errorf("member %d produced %d %s after the bad mask", j, count, step)
			}
		}
	}
	// The compute window runs out with no output for the masked stage.
	for end := time.Now().Add(2 * time.Minute); ; time.Sleep(500 * time.Millisecond) {
		rec, err := c.owner.GetE3(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if ledger.Phase(rec.Phase) == ledger.PhaseFailed {
			break
		}
		c.owner.MarkFailed(ctx, id) // reverts until the compute deadline
		if time.Now().After(end) {
			t.Fatalf("E3 %d not failed (phase %v, stage %d)", id, ledger.Phase(rec.Phase), rec.Stage)
		}
	}
	for i := range c.Nodes {
		if i != cheater {
			if got := scrape(t, c, i)["ciphernet_bad_masks_total"]; got != 1 {
				t.Errorf("node %d counted %v bad masks, want exactly the cheater's", i+1, got)
			}
		}
	}
}
