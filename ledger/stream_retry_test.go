package ledger

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ciphernet/ciphernet/chain"
)

// getLogsFailingProxy forwards JSON-RPC to the chain but answers the first
// `fail` eth_getLogs requests (or all, if fail < 0) with the error a node
// gives for a block its log index has not caught up with.
func getLogsFailingProxy(t *testing.T, ch *chain.Chain, fail int64) (*httptest.Server, *atomic.Int64) {
	target, _ := url.Parse(ch.HTTPEndpoint())
	proxy := httputil.NewSingleHostReverseProxy(target)
	var failed atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		if bytes.Contains(body, []byte(`"eth_getLogs"`)) && (fail < 0 || failed.Load() < fail) {
			failed.Add(1)
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(`{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"failed to retrieve log value pointer of block 65: not found"}}`))
			return
		}
		proxy.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, &failed
}

func TestStreamAbsorbsTransientQueryFailures(t *testing.T) {
	ch, err := chain.New(chain.Config{Accounts: 2, RPCAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	owner, err := Dial(ctx, ch.HTTPEndpoint(), ch.Accounts()[0].Key, Addresses{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer owner.Close()
	cfg := testDeployConfig()
	cfg.Programs = cfg.Programs[:1]
	network, err := Deploy(ctx, owner, cfg)
	if err != nil {
		t.Fatal(err)
	}

	srv, failed := getLogsFailingProxy(t, ch, 3)
	c, err := Dial(ctx, srv.URL, ch.Accounts()[1].Key, network.Contracts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	s, err := c.Stream(StreamConfig{PollInterval: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Next(ctx); err != nil {
		t.Fatalf("stream gave up after %d failed log queries: %v", failed.Load(), err)
	}
	if failed.Load() != 3 {
		t.Fatalf("proxy failed %d queries, want 3", failed.Load())
	}

	// A query that never succeeds is still reported, after the budget.
	srv2, _ := getLogsFailingProxy(t, ch, -1)
	c2, err := Dial(ctx, srv2.URL, ch.Accounts()[1].Key, network.Contracts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	s2, _ := c2.Stream(StreamConfig{PollInterval: time.Millisecond})
	if _, err := s2.Next(ctx); err == nil || errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("persistent failure: %v", err)
	}
}
