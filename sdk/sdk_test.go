package sdk_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/sdk"
)

func TestLoadNetworkFileErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(body), 0o600)
		return p
	}
	for _, tc := range []struct {
		name, path, want string
	}{
		{"missing", filepath.Join(dir, "none.json"), "ciphernet devnet"},
		{"not JSON", write("bad.json", "{rpc"), "is not JSON"},
		{"no contracts", write("empty.json", `{"rpc":"http://127.0.0.1:1"}`), "lacks the rpc URL or contract addresses"},
	} {
		_, err := sdk.LoadNetworkFile(tc.path)
		if !errors.Is(err, sdk.ErrNetworkFile) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
	f, _ := sdk.LoadNetworkFile(net.Path)
	f.RequesterKey = "0xnothex"
	if _, err := sdk.New(context.Background(), f, sdk.Options{}); !errors.Is(err, sdk.ErrNetworkFile) {
		t.Errorf("bad requester key: %v", err)
	}
}

// proxy fronts a real node API and lets a test rewrite its answers.
func proxy(t *testing.T, api string, rewrite func(w http.ResponseWriter, r *http.Request) bool) string {
	t.Helper()
	target, _ := url.Parse("http://" + api)
	p := httputil.NewSingleHostReverseProxy(target)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rewrite == nil || !rewrite(w, r) {
			p.ServeHTTP(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// withAPIs is the devnet's network file with the nodes' API addresses
// replaced.
func withAPIs(t *testing.T, apis ...string) *sdk.Client {
	t.Helper()
	f, err := sdk.LoadNetworkFile(net.Path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range f.Nodes {
		f.Nodes[i].API = apis[i]
	}
	c, err := sdk.New(context.Background(), f, sdk.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// TestSubmitterPath exercises the submitter's side on one live E3: bad
// requests, lying and dead nodes, duplicates and invalid values.
func TestSubmitterPath(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	c, err := sdk.Open(ctx, net.Path, sdk.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()

	for _, tc := range []struct {
		name string
		req  sdk.Request
		want string
	}{
		{"unknown program", sdk.Request{Program: "lottery", Params: json.RawMessage(`{}`), N: 3, T: 2, InputWindow: 10}, "unknown program"},
		{"t > n", sdk.Request{Program: "tally", Params: json.RawMessage(`{"options":3}`), Preset: "dev", N: 3, T: 4, InputWindow: 10}, "threshold 4 outside 1..n=3"},
		{"t < 0", sdk.Request{Program: "tally", Params: json.RawMessage(`{"options":3}`), Preset: "dev", N: 3, T: -1, InputWindow: 10}, "threshold -1"},
		{"default t above n", sdk.Request{Program: "tally", Params: json.RawMessage(`{"options":3}`), Preset: "dev", N: -2, InputWindow: 10}, "outside 1..n=-2"},
		{"bad params", sdk.Request{Program: "tally", Params: json.RawMessage(`{"options":1}`), Preset: "dev", N: 3, T: 2, InputWindow: 10}, "options=1"},
		{"unknown param", sdk.Request{Program: "tally", Params: json.RawMessage(`{"options":3,"x":1}`), Preset: "dev", N: 3, T: 2, InputWindow: 10}, "unknown field"},
		{"wrong type", sdk.Request{Program: "tally", Params: json.RawMessage(`{"options":"three"}`), Preset: "dev", N: 3, T: 2, InputWindow: 10}, "invalid program parameters"},
		{"unknown preset", sdk.Request{Program: "tally", Params: json.RawMessage(`{"options":3}`), Preset: "huge", N: 3, T: 2, InputWindow: 10}, "huge"},
		{"no input window", sdk.Request{Program: "tally", Params: json.RawMessage(`{"options":3}`), Preset: "dev", N: 3, T: 2}, "input window"},
	} {
		if _, err := c.Request(ctx, tc.req); !errors.Is(err, sdk.ErrParams) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
	f, _ := sdk.LoadNetworkFile(net.Path)
	f.RequesterKey = ""
	ro, err := sdk.New(ctx, f, sdk.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, err := ro.Request(ctx, sdk.Request{Program: "tally", Params: json.RawMessage(`{"options":3}`), N: 3, T: 2, InputWindow: 10}); !errors.Is(err, sdk.ErrNoKey) {
		t.Errorf("request without a key: %v", err)
	}

	// The E3 takes committee, threshold and preset from the network file's
	// defaults (as a devnet started with --threshold and --preset writes
	// them), the preset only because tally runs on it.
	if d := c.Defaults(); d == nil || d.Committee != 3 || d.Threshold != 2 {
		t.Fatalf("devnet defaults %+v, want committee 3 and threshold 2", d)
	}
	f.RequesterKey = net.File.RequesterKey
	f.Defaults = &ledger.E3Defaults{Committee: 3, Threshold: 2, Preset: "dev"}
	dc, err := sdk.New(ctx, f, sdk.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer dc.Close()
	id, err := dc.Request(ctx, sdk.Request{Program: "tally", Params: json.RawMessage(`{"options":3}`), InputWindow: 60})
	if err != nil {
		t.Fatal(err)
	}
	if _, rec, err := c.Instance(ctx, id); err != nil || rec.N != 3 || rec.T != 2 || rec.Preset != 1 {
		t.Fatalf("E3 from the network defaults: n=%d t=%d preset %d, %v (want 3, 2, dev=1)", rec.N, rec.T, rec.Preset, err)
	}
	if _, err := c.Encryptor(ctx, id); !errors.Is(err, sdk.ErrNotReady) && !errors.Is(err, sdk.ErrNoAPI) {
		t.Errorf("key before key generation: %v", err)
	}
	if _, err := c.Result(ctx, id); !errors.Is(err, sdk.ErrNotReady) {
		t.Errorf("result of a fresh E3: %v", err)
	}
	if _, err := c.WaitFor(ctx, id, "key_published"); err != nil {
		t.Fatal(err)
	}
	var apis []string
	for _, n := range net.File.Nodes {
		apis = append(apis, n.API)
	}

	// Nodes serving a key that is not the ledger's are skipped; with only
	// such nodes there is no key.
	badKey := func(w http.ResponseWriter, r *http.Request) bool {
		if strings.HasSuffix(r.URL.Path, "/publickey") {
			w.Write([]byte("a key the committee never confirmed"))
			return true
		}
		return false
	}
	liars := []string{proxy(t, apis[0], badKey), proxy(t, apis[1], badKey), proxy(t, apis[2], badKey)}
	if _, err := withAPIs(t, liars...).Encryptor(ctx, id); !errors.Is(err, sdk.ErrKeyMismatch) {
		t.Errorf("only lying nodes: %v", err)
	}
	enc, err := withAPIs(t, liars[0], liars[1], apis[2]).Encryptor(ctx, id)
	if err != nil {
		t.Fatalf("one honest node among liars: %v", err)
	}

	// Dead nodes are skipped: the upload lands on the live one.
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL
	dead.Close()
	ct, err := enc.Encrypt(json.RawMessage("1"))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := withAPIs(t, deadURL, deadURL, apis[2]).Submit(ctx, id, ct)
	if err != nil || rc.Node != net.File.Nodes[2].Address {
		t.Fatalf("fallback past two dead nodes: %+v %v", rc, err)
	}
	// The same ciphertext again, at the same node: a duplicate, not retried.
	if _, err := withAPIs(t, deadURL, deadURL, apis[2]).Submit(ctx, id, ct); !errors.Is(err, sdk.ErrDuplicate) || sdk.IsTransient(err) {
		t.Errorf("duplicate: %v", err)
	}
	// A receipt whose signature does not recover to the node is refused.
	forge := func(w http.ResponseWriter, r *http.Request) bool {
		if r.Method != "POST" {
			return false
		}
		rec := httptest.NewRecorder()
		target, _ := url.Parse("http://" + apis[0])
		httputil.NewSingleHostReverseProxy(target).ServeHTTP(rec, r)
		var rc sdk.Receipt
		json.Unmarshal(rec.Body.Bytes(), &rc)
		rc.Node = net.File.Nodes[1].Address // claims another member signed it
		w.WriteHeader(rec.Code)
		json.NewEncoder(w).Encode(rc)
		return true
	}
	forger := proxy(t, apis[0], forge)
	ct2, _ := enc.Encrypt(json.RawMessage("2"))
	if _, err := withAPIs(t, forger, forger, forger).Submit(ctx, id, ct2); !errors.Is(err, sdk.ErrBadReceipt) {
		t.Errorf("forged receipt: %v", err)
	}
	// Invalid values never leave the client.
	for _, v := range []string{"3", "-1", `"one"`, "1.5", "[1]"} {
		if _, err := enc.Encrypt(json.RawMessage(v)); !errors.Is(err, sdk.ErrInvalidInput) {
			t.Errorf("value %s: %v", v, err)
		}
	}
	// A node refuses garbage with a clear, non-transient error.
	if _, err := c.Submit(ctx, id, []byte("not a ciphertext")); !errors.Is(err, sdk.ErrInvalidInput) || sdk.IsTransient(err) {
		t.Errorf("garbage upload: %v", err)
	}
	var ae *sdk.APIError
	if _, err := c.Submit(ctx, id, []byte("x")); !errors.As(err, &ae) || ae.Code == "" || ae.Status != 400 {
		t.Errorf("API error not typed: %v", err)
	}
	if _, err := c.Status(ctx, 4242); !errors.Is(err, sdk.ErrUnknownE3) {
		t.Errorf("unknown E3: %v", err)
	}
	if _, err := c.SubmitValue(ctx, 4242, json.RawMessage("1")); !errors.Is(err, sdk.ErrUnknownE3) {
		t.Errorf("submit to an unknown E3: %v", err)
	}
	if _, err := c.WaitFor(ctx, id, "done"); !errors.Is(err, sdk.ErrParams) {
		t.Errorf("unknown phase: %v", err)
	}
	// Watching reports each phase once, in lifecycle order, to the end.
	var seen []string
	last, err := c.Watch(ctx, id, func(s sdk.Status) { seen = append(seen, s.Phase) })
	if err != nil || last.Phase != "completed" {
		t.Fatalf("watch: %v %v", seen, err)
	}
	for i := 1; i < len(seen); i++ {
		if indexOf(seen[i]) <= indexOf(seen[i-1]) {
			t.Fatalf("phases out of order: %v", seen)
		}
	}
	res, err := c.Result(ctx, id)
	// Option 1 from the fallback upload, option 2 from the upload whose
	// receipt the proxy forged (the node behind it did accept it).
	if err != nil || string(res) != `{"counts":[0,1,1]}` {
		t.Fatalf("result %s %v", res, err)
	}
}

func indexOf(p string) int {
	for i, q := range sdk.Phases {
		if q == p {
			return i
		}
	}
	return -1
}
