package p2p

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/ciphernet/ciphernet/store"
)

func newHost(t *testing.T, cfg Config) *Host {
	t.Helper()
	h, err := New(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

// waitPeers polls until each topic sees at least want peers (gossipsub
// drops what is published before the mesh forms).
func waitPeers(t *testing.T, want int, topics ...*Topic) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for _, tp := range topics {
		for len(tp.Peers()) < want {
			if time.Now().After(deadline) {
				t.Fatalf("topic has %d peers, want %d", len(tp.Peers()), want)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}

func strict(_ context.Context, _ peer.ID, data []byte) error {
	if bytes.HasPrefix(data, []byte("bad")) {
		return errors.New("bad message")
	}
	return nil
}

func permissive(context.Context, peer.ID, []byte) error { return nil }

func TestTopicValidatorStopsPropagation(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	hub, honest, evil := newHost(t, Config{}), newHost(t, Config{}), newHost(t, Config{})
	// honest and evil only reach each other through hub.
	for _, h := range []*Host{honest, evil} {
		if err := h.Connect(ctx, hub.Addrs()[0]); err != nil {
			t.Fatal(err)
		}
	}
	tHub, err := hub.Join(7, strict)
	if err != nil {
		t.Fatal(err)
	}
	tHonest, _ := honest.Join(7, strict)
	tEvil, _ := evil.Join(7, permissive)
	waitPeers(t, 1, tHonest, tEvil)
	waitPeers(t, 2, tHub)
	time.Sleep(1500 * time.Millisecond) // one gossipsub heartbeat builds the mesh

	if err := tHonest.Publish(ctx, []byte("bad from an honest node")); err == nil {
		t.Fatal("local validator let an invalid message out")
	}
	localRejects := tHonest.Rejected() // the refused local publish
	if err := tEvil.Publish(ctx, []byte("bad forged")); err != nil {
		t.Fatal(err)
	}
	if err := tEvil.Publish(ctx, []byte("good")); err != nil {
		t.Fatal(err)
	}
	got, err := tHonest.Next(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if string(got.Data) != "good" {
		t.Fatalf("first message delivered: %q (the invalid one must be dropped at the hub)", got.Data)
	}
	if tHub.Rejected() == 0 {
		t.Fatal("hub did not count the rejected message")
	}
	if tHonest.Rejected() != localRejects {
		t.Fatal("the invalid message was forwarded past the hub")
	}
	// Leave and rejoin works (the validator is re-registered).
	honest.Leave(7)
	if _, err := honest.Join(7, strict); err != nil {
		t.Fatal(err)
	}
}

func TestFetchBlob(t *testing.T) {
	ctx := context.Background()
	blob := bytes.Repeat([]byte("dealing"), 1000)
	big := make([]byte, 2048)
	blobs := map[store.Hash][]byte{store.Keccak(blob): blob, store.Keccak(big): big}
	server := newHost(t, Config{MaxBlob: 1024 * 8, Blobs: func(h store.Hash) ([]byte, bool) { b, ok := blobs[h]; return b, ok }})
	liar := newHost(t, Config{Blobs: func(store.Hash) ([]byte, bool) { return []byte("something else"), true }})
	client := newHost(t, Config{MaxBlob: 1024})
	for _, s := range []*Host{server, liar} {
		if err := client.Connect(ctx, s.Addrs()[0]); err != nil {
			t.Fatal(err)
		}
	}
	// The server's own limit is larger than the client's.
	if _, err := client.Fetch(ctx, server.ID(), store.Keccak(blob)); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("blob above the client's limit: %v", err)
	}
	small := newHost(t, Config{})
	if err := small.Connect(ctx, server.Addrs()[0]); err != nil {
		t.Fatal(err)
	}
	got, err := small.Fetch(ctx, server.ID(), store.Keccak(blob))
	if err != nil || !bytes.Equal(got, blob) {
		t.Fatalf("fetch: %v", err)
	}
	if _, err := small.Fetch(ctx, server.ID(), store.Keccak([]byte("unknown"))); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown hash: %v", err)
	}
	if err := small.Connect(ctx, liar.Addrs()[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := small.Fetch(ctx, liar.ID(), store.Keccak(blob)); !errors.Is(err, ErrHashMismatch) {
		t.Fatalf("lying server: %v", err)
	}
	served, refused := server.Stats()
	if served != 2 || refused != 1 { // the first fetch was served, then refused by the client's limit
		t.Fatalf("served %d refused %d", served, refused)
	}
	if err := small.Connect(ctx, "/ip4/127.0.0.1/tcp/1"); err == nil {
		t.Fatal("address without a peer id accepted")
	}
	small.Close()
	if _, err := small.Fetch(ctx, server.ID(), store.Keccak(blob)); !errors.Is(err, ErrClosed) {
		t.Fatalf("fetch after close: %v", err)
	}
}
