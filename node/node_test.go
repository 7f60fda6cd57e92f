package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ciphernet/ciphernet/keystore"
	"github.com/ciphernet/ciphernet/store"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func TestConfigValidate(t *testing.T) {
	base := Defaults("/tmp/n1")
	for _, tc := range []struct {
		name string
		mod  func(*Config)
		want string
	}{
		{"defaults", func(*Config) {}, ""},
		{"no data dir", func(c *Config) { c.DataDir = "" }, "data_dir"},
		{"no ledger", func(c *Config) { c.Network, c.RPC = "", "" }, "network nor rpc"},
		{"rpc only", func(c *Config) { c.Network, c.RPC = "", "http://127.0.0.1:8545" }, ""},
		{"no listen", func(c *Config) { c.Listen = nil }, "listen"},
		{"listen not multiaddr", func(c *Config) { c.Listen = []string{"127.0.0.1:4001"} }, "multiaddr"},
		{"bootstrap without peer id", func(c *Config) { c.Bootstrap = []string{"/ip4/127.0.0.1/tcp/1"} }, "/p2p/"},
		{"bad api", func(c *Config) { c.API = "8080" }, "api address"},
		{"zero poll", func(c *Config) { c.PollInterval.Duration = 0 }, "poll_interval"},
		{"deep confirmations", func(c *Config) { c.Confirmations = 100 }, "confirmations"},
		{"no password env", func(c *Config) { c.PasswordEnv = "" }, "password_env"},
		{"negative api rate", func(c *Config) { c.APIRate = -1 }, "api_rate"},
		{"api rate off", func(c *Config) { c.APIRate = 0 }, ""},
		{"negative api burst", func(c *Config) { c.APIBurst = -5 }, "api_burst"},
	} {
		c := base
		tc.mod(&c)
		err := c.Validate()
		if (tc.want == "") != (err == nil) || (err != nil && (!errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tc.want))) {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
}

func TestInitThenLoad(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "node1")
	t.Setenv("CN_TEST_PASSWORD", "correct horse battery")
	id, err := Init(dir, "/tmp/network.json", "CN_TEST_PASSWORD", keystore.TestKDF)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := Load(id.Config)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Network != "/tmp/network.json" || cfg.PasswordEnv != "CN_TEST_PASSWORD" || cfg.KeystorePath() != id.Keystore || cfg.DataDir != dir {
		t.Fatalf("loaded config %+v does not match init", cfg)
	}
	if def := Defaults(dir); cfg.APIRate != def.APIRate || cfg.APIBurst != def.APIBurst || cfg.PollInterval != def.PollInterval {
		t.Fatalf("the written config's limits %+v differ from the defaults %+v", cfg, def)
	}
	// The commented default names every key of Config, each after a comment.
	written, err := os.ReadFile(id.Config)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(written), "\n")
	for _, f := range reflect.VisibleFields(reflect.TypeOf(Config{})) {
		key := f.Tag.Get("toml")
		i := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, key+" = ") })
		if i < 1 || !slices.ContainsFunc(lines[max(0, i-4):i], func(l string) bool { return strings.HasPrefix(l, "# ") }) {
			t.Errorf("node init's config has no commented line for %q", key)
		}
	}
	ks, err := keystore.Open(id.Keystore, "correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	if ks.Keys.Transport.PublicKey() == nil {
		t.Fatal("no transport key")
	}
	if _, err := Init(dir, "", "CN_TEST_PASSWORD", keystore.TestKDF); !errors.Is(err, ErrConfig) {
		t.Fatalf("second init over the same dir: %v", err)
	}
	t.Setenv("CN_NO_PASSWORD", "")
	if _, err := Init(filepath.Join(t.TempDir(), "n2"), "", "CN_NO_PASSWORD", keystore.TestKDF); err == nil || !strings.Contains(err.Error(), "CN_NO_PASSWORD") {
		t.Fatalf("missing password: %v", err)
	}
	// Environment overrides and unknown keys.
	t.Setenv("CIPHERNET_API", "127.0.0.1:9999")
	if cfg, err := Load(id.Config); err != nil || cfg.API != "127.0.0.1:9999" {
		t.Fatalf("env override: %v %v", cfg.API, err)
	}
	os.WriteFile(id.Config, []byte("data_dir = \"/x\"\nnetwrok = \"typo\"\n"), 0o644)
	if _, err := Load(id.Config); err == nil || !strings.Contains(err.Error(), "netwrok") {
		t.Fatalf("unknown key: %v", err)
	}
	os.WriteFile(id.Config, []byte("poll_interval = \"soon\"\n"), 0o644)
	if _, err := Load(id.Config); !errors.Is(err, ErrConfig) {
		t.Fatalf("bad duration: %v", err)
	}
}

type fnService struct {
	name string
	run  func(context.Context) error
}

func (s fnService) Name() string                  { return s.name }
func (s fnService) Run(ctx context.Context) error { return s.run(ctx) }

func TestRunStopsAllOnFailureAndRecoversPanics(t *testing.T) {
	boom := errors.New("boom")
	stopped := make(chan struct{})
	err := Run(context.Background(), quiet,
		fnService{"waits", func(ctx context.Context) error { <-ctx.Done(); close(stopped); return ctx.Err() }},
		fnService{"fails", func(context.Context) error { return boom }})
	if !errors.Is(err, boom) {
		t.Fatalf("got %v", err)
	}
	select {
	case <-stopped:
	case <-time.After(time.Second):
		t.Fatal("the other service was not stopped")
	}
	err = Run(context.Background(), quiet, fnService{"panics", func(context.Context) error { panic("lattigo: bad input") }})
	if err == nil || !strings.Contains(err.Error(), "panicked") {
		t.Fatalf("panic: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Run(ctx, quiet, fnService{"clean", func(ctx context.Context) error { <-ctx.Done(); return ctx.Err() }}); err != nil {
		t.Fatalf("clean stop: %v", err)
	}
}

type plainSealer struct{}

func (plainSealer) Seal(_ string, p []byte) ([]byte, error) { return p, nil }
func (plainSealer) Open(_ string, s []byte) ([]byte, error) { return s, nil }

func TestOutboxDeliversInOrderAfterFailures(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "node.db"), plainSealer{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	st.Update(func(tx *store.Tx) error {
		for i := range 5 {
			tx.Enqueue([]byte(fmt.Sprint(i)))
		}
		return nil
	})
	var mu sync.Mutex
	var got []string
	failures := 3
	done := make(chan struct{})
	deliver := func(_ context.Context, msg []byte) error {
		mu.Lock()
		defer mu.Unlock()
		if failures > 0 {
			failures--
			return errors.New("peer unreachable")
		}
		got = append(got, string(msg))
		if len(got) == 5 {
			close(done)
		}
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	ob := &Outbox{Store: st, Deliver: deliver, Retry: time.Millisecond, MaxRetry: 10 * time.Millisecond, Log: quiet}
	errc := make(chan error, 1)
	go func() { errc <- ob.Run(ctx) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("outbox did not deliver")
	}
	cancel()
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != "0,1,2,3,4" {
		t.Fatalf("delivered %v", got)
	}
	st.View(func(tx *store.Tx) error {
		if n := tx.OutboxLen(); n != 0 {
			t.Errorf("%d messages left after delivery", n)
		}
		return nil
	})
}

// TestOutboxBatchesInputCommitments: input commitments of one E3 waiting
// in the outbox go out as one transaction (other messages keep their own,
// in order), up to the batch bound; all merged entries are acknowledged.
func TestOutboxBatchesInputCommitments(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "node.db"), plainSealer{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	msg := func(m outMsg) []byte { raw, _ := json.Marshal(m); return raw }
	h := func(i int) common.Hash { return common.BigToHash(big.NewInt(int64(i + 1))) }
	st.Update(func(tx *store.Tx) error {
		tx.Enqueue(msg(outMsg{Op: "inputs", E3: 1, Hashes: []common.Hash{h(0)}}))
		tx.Enqueue(msg(outMsg{Op: "publish", E3: 1, Data: []byte("ack")}))
		tx.Enqueue(msg(outMsg{Op: "inputs", E3: 2, Hashes: []common.Hash{h(100)}}))
		for i := 1; i < maxInputBatch+10; i++ {
			tx.Enqueue(msg(outMsg{Op: "inputs", E3: 1, Hashes: []common.Hash{h(i)}}))
		}
		return nil
	})
	var got []outMsg
	deliver := func(_ context.Context, raw []byte) error {
		var m outMsg
		if err := json.Unmarshal(raw, &m); err != nil {
			return err
		}
		got = append(got, m)
		return nil
	}
	ob := &Outbox{Store: st, Deliver: deliver, Merge: mergeOutbox, Log: quiet}
	for {
		sent, err := ob.drain(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if !sent {
			break
		}
	}
	var shape []string
	var e3one []common.Hash
	for _, m := range got {
		shape = append(shape, fmt.Sprintf("%s/%d/%d", m.Op, m.E3, len(m.Hashes)))
		if m.Op == "inputs" && m.E3 == 1 {
			e3one = append(e3one, m.Hashes...)
		}
	}
	want := fmt.Sprintf("inputs/1/%d,publish/1/0,inputs/2/1,inputs/1/10", maxInputBatch)
	if strings.Join(shape, ",") != want {
		t.Fatalf("delivered %v, want %s", shape, want)
	}
	for i, hh := range e3one {
		if hh != h(i) {
			t.Fatalf("E3 1 hash %d out of order", i)
		}
	}
	st.View(func(tx *store.Tx) error {
		if n := tx.OutboxLen(); n != 0 {
			t.Errorf("%d messages left after delivery", n)
		}
		return nil
	})
}

// TestOutboxLanes: the gossip lane delivers topic envelopes while the
// ledger lane is stuck on a transaction (waiting for its block), each lane
// keeps its own order, and every delivered message is acknowledged.
func TestOutboxLanes(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "node.db"), plainSealer{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	msg := func(m outMsg) []byte { raw, _ := json.Marshal(m); return raw }
	st.Update(func(tx *store.Tx) error {
		tx.Enqueue(msg(outMsg{Op: "confirm", E3: 1}))
		for i := range 50 {
			tx.Enqueue(msg(outMsg{Op: "publish", E3: 1, Data: []byte{byte(i)}}))
		}
		tx.Enqueue(msg(outMsg{Op: "commit", E3: 1}))
		return nil
	})
	for _, m := range []outMsg{{Op: "publish", E3: 7, Data: []byte("x")}, {Op: "inputs"}, {Op: "withdraw"}} {
		if isGossip(msg(m)) != (m.Op == "publish") {
			t.Errorf("%s: isGossip %v", m.Op, isGossip(msg(m)))
		}
	}
	release := make(chan struct{})
	var mu sync.Mutex
	var gossip, ledgerOps []string
	deliver := func(ctx context.Context, raw []byte) error {
		var m outMsg
		json.Unmarshal(raw, &m)
		if m.Op != "publish" {
			select {
			case <-release: // the block that mines it
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		mu.Lock()
		defer mu.Unlock()
		if m.Op == "publish" {
			gossip = append(gossip, fmt.Sprint(m.Data[0]))
		} else {
			ledgerOps = append(ledgerOps, m.Op)
		}
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for _, ob := range []*Outbox{
		{Lane: "gossip", Keep: isGossip, Store: st, Deliver: deliver, Retry: time.Millisecond, Log: quiet},
		{Lane: "ledger", Keep: func(m []byte) bool { return !isGossip(m) }, Store: st, Deliver: deliver, Retry: time.Millisecond, Log: quiet},
	} {
		go ob.Run(ctx)
	}
	waitFor := func(what string, cond func() bool) {
		t.Helper()
		for end := time.Now().Add(5 * time.Second); ; time.Sleep(time.Millisecond) {
			mu.Lock()
			ok := cond()
			mu.Unlock()
			if ok {
				return
			}
			if time.Now().After(end) {
				t.Fatalf("%s: gossip %v, ledger %v", what, gossip, ledgerOps)
			}
		}
	}
	waitFor("gossip behind a pending transaction", func() bool { return len(gossip) == 50 })
	for i, g := range gossip {
		if g != fmt.Sprint(i) {
			t.Fatalf("gossip out of order: %v", gossip)
		}
	}
	close(release)
	waitFor("ledger lane", func() bool { return len(ledgerOps) == 2 })
	if fmt.Sprint(ledgerOps) != "[confirm commit]" {
		t.Errorf("ledger lane order %v", ledgerOps)
	}
	waitFor("acknowledged", func() bool {
		n := -1
		st.View(func(tx *store.Tx) error { n = tx.OutboxLen(); return nil })
		return n == 0
	})
}
