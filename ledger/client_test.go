package ledger

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ciphernet/ciphernet/chain"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
)

func TestIsTransient(t *testing.T) {
	cases := []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"connection refused", fmt.Errorf("dial: %w", syscall.ECONNREFUSED), true},
		{"connection reset", syscall.ECONNRESET, true},
		{"eof", io.ErrUnexpectedEOF, true},
		{"http 503", rpc.HTTPError{StatusCode: 503, Status: "503"}, true},
		{"http 429", rpc.HTTPError{StatusCode: 429, Status: "429"}, true},
		{"http 400", rpc.HTTPError{StatusCode: 400, Status: "400"}, false},
		{"rejected transaction", errors.New("insufficient funds for gas * price + value"), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := isTransient(c.err); got != c.want {
				t.Fatalf("isTransient(%v) = %v; want %v", c.err, got, c.want)
			}
		})
	}
}

// TestRetriesThroughFlakyEndpoint deploys and transacts through an HTTP
// proxy that answers every third request with 503 before forwarding it.
func TestRetriesThroughFlakyEndpoint(t *testing.T) {
	ch, err := chain.New(chain.Config{Accounts: 2, RPCAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	target, _ := url.Parse(ch.HTTPEndpoint())
	proxy := httputil.NewSingleHostReverseProxy(target)
	var n, failed atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1)%3 == 0 {
			failed.Add(1)
			http.Error(w, "overloaded", http.StatusServiceUnavailable)
			return
		}
		proxy.ServeHTTP(w, r)
	}))
	defer srv.Close()
	ctx := context.Background()
	var c *Client
	for i := 0; i < 3 && c == nil; i++ { // Dial's own chain-id call may hit a 503
		c, err = Dial(ctx, srv.URL, ch.Accounts()[0].Key, Addresses{}, Options{RetryBackoff: time.Millisecond})
	}
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	cfg := testDeployConfig()
	cfg.Programs = cfg.Programs[:1]
	net, err := Deploy(ctx, c, cfg)
	if err != nil {
		t.Fatalf("deploy through a flaky endpoint: %v", err)
	}
	if failed.Load() == 0 || net.Contracts.Slasher == (common.Address{}) {
		t.Fatalf("proxy failed %d requests; deployed %+v", failed.Load(), net.Contracts)
	}
}

// TestNonceResync: two clients of one account interleave; the one whose
// cached nonce went stale resynchronizes instead of failing.
func TestNonceResync(t *testing.T) {
	e := newEnv(t, 1)
	k := e.nodes[0].key
	a, b := e.owner.WithKey(k), e.owner.WithKey(k)
	e.must(a.Register(e.ctx, transportKey(0), []byte("p"), "", eth(2)))
	e.must(b.Bond(e.ctx, eth(1)))
	e.must(a.Bond(e.ctx, eth(1))) // a's cached nonce is stale here
	n, _ := e.owner.GetNode(e.ctx, a.Address())
	if n.Bond.Cmp(eth(4)) != 0 {
		t.Fatalf("bond %v; want 4 ether", n.Bond)
	}
}

func TestClientErrors(t *testing.T) {
	ch, err := chain.New(chain.Config{Accounts: 1, Manual: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	ctx := context.Background()
	ro, err := New(ctx, ch.RPC(), nil, Addresses{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ro.Bond(ctx, eth(1)); !errors.Is(err, ErrNoKey) {
		t.Fatalf("read-only transact = %v; want ErrNoKey", err)
	}
	if _, err := ro.SignStep(1, common.Hash{}, common.Hash{}); !errors.Is(err, ErrNoKey) {
		t.Fatalf("read-only sign = %v; want ErrNoKey", err)
	}
	// Nothing is mined on a manual chain: the wait times out.
	c := ro.WithKey(ch.Accounts()[0].Key)
	c.opts.ReceiptTimeout = 200 * time.Millisecond
	to := common.HexToAddress("0x1")
	if _, err := c.transact(ctx, call{to: &to, raw: []byte{}, value: eth(1)}); !errors.Is(err, ErrReceiptTimeout) {
		t.Fatalf("unmined transaction = %v; want ErrReceiptTimeout", err)
	}
	if _, err := Dial(ctx, "http://127.0.0.1:1", nil, Addresses{}, Options{Retries: 1, RetryBackoff: time.Millisecond}); err == nil {
		t.Fatal("Dial to a closed port succeeded")
	}
}

func TestNetworkFile(t *testing.T) {
	dir := t.TempDir()
	n := Network{RPC: "http://127.0.0.1:8545", ChainID: 1337, DeployBlock: 7, Contracts: Addresses{
		Registry: common.HexToAddress("0x1"), E3Manager: common.HexToAddress("0x2"), Slasher: common.HexToAddress("0x3"),
	}}
	p := filepath.Join(dir, "network.json")
	if err := n.Save(p); err != nil {
		t.Fatal(err)
	}
	got, err := LoadNetwork(p)
	if err != nil || got != n {
		t.Fatalf("round trip = %+v, %v; want %+v", got, err, n)
	}
	partial := filepath.Join(dir, "partial.json")
	if err := os.WriteFile(partial, []byte(`{"rpc":"x","chainId":1,"contracts":{"registry":"0x0000000000000000000000000000000000000001"}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadNetwork(partial); !errors.Is(err, ErrIncompleteNetwork) {
		t.Fatalf("partial network file = %v; want ErrIncompleteNetwork", err)
	}
	if _, err := LoadNetwork(filepath.Join(dir, "none")); err == nil {
		t.Fatal("missing network file loaded")
	}
}

func TestPhaseAndReasonNames(t *testing.T) {
	if PhaseDecrypt.String() != "decrypt" || Phase(42).String() != "phase(42)" {
		t.Fatal("phase names")
	}
	if FailKeygenTimeout.String() != "keygen timeout" || FailReason(9).String() != "reason(9)" {
		t.Fatal("reason names")
	}
}
