package ledger

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func nextWithin(t *testing.T, s *Stream, d time.Duration) (Event, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	return s.Next(ctx)
}

// TestStreamDecodesInOrderAndResumes: events arrive typed, in chain order,
// and a stream restarted from a checkpoint replays from there.
func TestStreamDecodesInOrderAndResumes(t *testing.T) {
	e := newEnv(t, 3)
	s, err := e.owner.Stream(StreamConfig{From: e.net.DeployBlock, PollInterval: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	e.register(2, 2, 2)
	id, _ := e.request("tally", 2, 1, common.Address{})
	var names []string
	var last Event
	for {
		ev, err := nextWithin(t, s, 5*time.Second)
		if err != nil {
			t.Fatalf("after %v: %v", names, err)
		}
		if ev.BlockNumber < last.BlockNumber || (ev.BlockNumber == last.BlockNumber && ev.LogIndex < last.LogIndex && ev.TxHash == last.TxHash) {
			t.Fatalf("out of order: %+v after %+v", ev, last)
		}
		last = ev
		names = append(names, ev.Name)
		if req, ok := ev.Data.(*E3Requested); ok {
			if req.E3Id.Uint64() != id || req.N != 2 || len(req.Params) != 1 {
				t.Fatalf("decoded E3Requested %+v", req)
			}
			break
		}
	}
	want := map[string]int{"PenalizersSet": 1, "ProgramRegistered": 3, "NodeRegistered": 3, "Bonded": 3}
	got := map[string]int{}
	for _, n := range names {
		got[n]++
	}
	for n, c := range want {
		if got[n] != c {
			t.Fatalf("%d %s events; want %d (all: %v)", got[n], n, c, names)
		}
	}
	// Resume from the request's block: the first event is the request again.
	r, err := e.owner.Stream(StreamConfig{From: last.BlockNumber, PollInterval: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ev, err := nextWithin(t, r, 5*time.Second)
	if err != nil || ev.TxHash != last.TxHash || ev.Name != "E3Requested" {
		t.Fatalf("resumed stream gave %+v, %v", ev, err)
	}
	if cp := r.Checkpoint(); cp > last.BlockNumber+1 {
		t.Fatalf("checkpoint %d skips past block %d", cp, last.BlockNumber)
	}
}

// TestStreamHidesReorgWithinDepth: with 3 confirmations an event in a block
// that is reorged out is never delivered; its re-inclusion on the new branch
// is delivered once, with the new block hash.
func TestStreamHidesReorgWithinDepth(t *testing.T) {
	e := newEnv(t, 1)
	e.mine(2)
	s, err := e.owner.Stream(StreamConfig{From: e.head(), Confirmations: 3, PollInterval: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	r := e.must(e.nodes[0].Register(e.ctx, transportKey(0), []byte("p"), "", eth(2)))
	oldHash := r.BlockHash
	if _, err := nextWithin(t, s, 300*time.Millisecond); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("unconfirmed event delivered or error: %v", err)
	}
	parent, err := e.owner.Eth().HeaderByNumber(e.ctx, u256(r.BlockNumber.Uint64()-1))
	if err != nil {
		t.Fatal(err)
	}
	if err := e.ch.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	// The dropped transaction returns to the pool and is mined on the new branch.
	e.mine(5)
	ev, err := nextWithin(t, s, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if ev.Name != "NodeRegistered" || ev.BlockHash == oldHash {
		t.Fatalf("got %s in %s; want NodeRegistered on the new branch (old block %s)", ev.Name, ev.BlockHash, oldHash)
	}
	canon, _ := e.owner.Eth().HeaderByNumber(e.ctx, u256(ev.BlockNumber))
	if canon.Hash() != ev.BlockHash {
		t.Fatalf("delivered block %s is not canonical (%s)", ev.BlockHash, canon.Hash())
	}
	if ev2, err := nextWithin(t, s, 5*time.Second); err != nil || ev2.Name != "Bonded" {
		t.Fatalf("next = %+v, %v; want the Bonded event of the same transaction", ev2, err)
	}
	if ev3, err := nextWithin(t, s, 300*time.Millisecond); err == nil {
		t.Fatalf("duplicate delivery: %+v", ev3)
	}
}

// TestStreamDetectsDeepReorg: a reorg below an already delivered block
// (deeper than the confirmation depth) stops the stream with ErrReorgTooDeep.
func TestStreamDetectsDeepReorg(t *testing.T) {
	e := newEnv(t, 1)
	e.mine(2)
	s, err := e.owner.Stream(StreamConfig{From: e.head(), PollInterval: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	r := e.must(e.nodes[0].Register(e.ctx, transportKey(0), []byte("p"), "", nil))
	if ev, err := nextWithin(t, s, 5*time.Second); err != nil || ev.Name != "NodeRegistered" {
		t.Fatalf("first event %+v, %v", ev, err)
	}
	parent, _ := e.owner.Eth().HeaderByNumber(e.ctx, u256(r.BlockNumber.Uint64()-1))
	if err := e.ch.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	e.mine(3)
	for i := 0; i < 10; i++ {
		_, err = nextWithin(t, s, 2*time.Second)
		if errors.Is(err, ErrReorgTooDeep) {
			return
		}
	}
	t.Fatalf("stream did not report the deep reorg: last error %v", err)
}
