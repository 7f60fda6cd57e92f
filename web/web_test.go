package web

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/ciphernet/ciphernet/chain"
	"github.com/ciphernet/ciphernet/ledger"
)

// apiStub stands in for the node's API only to see what the page handler
// forwards: it answers every request with its path.
var apiStub = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Forwarded-To", "api")
	io.WriteString(w, r.Method+" "+r.URL.Path)
})

func get(t *testing.T, h http.Handler, method, path string, body string, hdr ...string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(method, path, strings.NewReader(body))
	for i := 0; i+1 < len(hdr); i += 2 {
		r.Header.Set(hdr[i], hdr[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func errorCode(t *testing.T, w *httptest.ResponseRecorder) string {
	t.Helper()
	var e struct{ Error, Code string }
	if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || e.Error == "" {
		t.Fatalf("not a JSON error (%d): %q", w.Code, w.Body)
	}
	return e.Code
}

func TestAssetsAndRouting(t *testing.T) {
	h := New(apiStub, Options{})
	for _, tc := range []struct {
		path, ctype, contains string
	}{
		{"/", "text/html", `src="/app/app.js"`},
		{"/app/app.js", "text/javascript", "ciphernetEncrypt"},
		{"/app/style.css", "text/css", "body"},
		{"/app/wasm_exec.js", "text/javascript", "globalThis.Go"},
	} {
		w := get(t, h, "GET", tc.path, "")
		if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "connect-src 'self'") {
			t.Errorf("GET %s: content security policy %q", tc.path, csp)
		}
		if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), tc.ctype) || !strings.Contains(w.Body.String(), tc.contains) {
			t.Errorf("GET %s: %d %s, body has %q: %v", tc.path, w.Code, w.Header().Get("Content-Type"), tc.contains, strings.Contains(w.Body.String(), tc.contains))
		}
	}
	// The API keeps its routes, including unknown ones (its JSON 404).
	for _, p := range []string{"/v1/e3", "/v1/e3/7/publickey", "/healthz", "/nothing-here", "/app"} {
		if w := get(t, h, "GET", p, ""); w.Header().Get("X-Forwarded-To") != "api" || w.Body.String() != "GET "+p {
			t.Errorf("GET %s not forwarded to the API: %q", p, w.Body)
		}
	}
	if w := get(t, h, "POST", "/v1/e3/1/inputs", "ct"); w.Body.String() != "POST /v1/e3/1/inputs" {
		t.Errorf("input upload not forwarded: %q", w.Body)
	}
	for _, p := range []string{"/app/missing.js", "/app/..%2fweb.go", "/app/.hidden"} {
		if w := get(t, h, "GET", p, ""); w.Code != 404 || errorCode(t, w) != "not_found" {
			t.Errorf("GET %s: %d %q, want a JSON 404", p, w.Code, w.Body)
		}
	}
}

func TestWasmServedGzipOrInflated(t *testing.T) {
	h := New(apiStub, Options{})
	gz := get(t, h, "GET", "/app/ciphernet.wasm", "", "Accept-Encoding", "gzip, deflate")
	if gz.Code != 200 || gz.Header().Get("Content-Encoding") != "gzip" || gz.Header().Get("Content-Type") != "application/wasm" {
		t.Fatalf("gzip answer: %d %v", gz.Code, gz.Header())
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz.Body.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	inflated, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	plain := get(t, h, "GET", "/app/ciphernet.wasm", "")
	if plain.Header().Get("Content-Encoding") != "" || !bytes.Equal(plain.Body.Bytes(), inflated) {
		t.Fatal("a client without gzip does not get the same module inflated")
	}
	if !bytes.HasPrefix(inflated, []byte("\x00asm")) {
		t.Fatalf("module does not start with the wasm magic: % x", inflated[:8])
	}
}

func TestDevnetOnlyWithoutKey(t *testing.T) {
	h := New(apiStub, Options{})
	w := get(t, h, "POST", "/web/v1/devnet/request", `{"program":"tally","params":[3],"preset":"dev","n":1,"t":1}`)
	if w.Code != 404 || errorCode(t, w) != "devnet_only" {
		t.Fatalf("request without a devnet key: %d %q", w.Code, w.Body)
	}
	var c Config
	if err := json.Unmarshal(get(t, h, "GET", "/web/v1/config", "").Body.Bytes(), &c); err != nil {
		t.Fatal(err)
	}
	if c.Devnet || len(c.Presets) == 0 || len(c.Programs) == 0 {
		t.Fatalf("config %+v", c)
	}
	if w := get(t, h, "GET", "/web/v1/e3/1", ""); w.Code != 503 || errorCode(t, w) != "no_ledger" {
		t.Fatalf("e3 info without a ledger: %d %q", w.Code, w.Body)
	}
}

func TestDevnetKey(t *testing.T) {
	dir := t.TempDir()
	key, err := ethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	devnet := write("devnet.json", `{"rpc":"http://127.0.0.1:1","requesterKey":"0x`+hex.EncodeToString(ethcrypto.FromECDSA(key))+`"}`)
	if got := DevnetKey(devnet); got == nil || ethcrypto.PubkeyToAddress(got.PublicKey) != ethcrypto.PubkeyToAddress(key.PublicKey) {
		t.Fatal("devnet network file: key not found")
	}
	for name, path := range map[string]string{
		"no file":         "",
		"missing file":    filepath.Join(dir, "absent.json"),
		"real network":    write("net.json", `{"rpc":"http://127.0.0.1:1","chainId":1}`),
		"not json":        write("bad.json", `{`),
		"not a key":       write("badkey.json", `{"requesterKey":"0xzz"}`),
		"zero-length key": write("empty.json", `{"requesterKey":""}`),
	} {
		if DevnetKey(path) != nil {
			t.Errorf("%s: got a key", name)
		}
	}
}

func TestRequestFormValidate(t *testing.T) {
	ok := RequestForm{Program: "tally", Params: []uint64{3}, Preset: "dev", N: 3, T: 2}
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, edit := range map[string]func(*RequestForm){
		"unknown program":  func(f *RequestForm) { f.Program = "nope" },
		"unknown preset":   func(f *RequestForm) { f.Preset = "nope" },
		"too few options":  func(f *RequestForm) { f.Params = []uint64{1} },
		"no params":        func(f *RequestForm) { f.Params = nil },
		"zero committee":   func(f *RequestForm) { f.N = 0; f.T = 0 },
		"t above n":        func(f *RequestForm) { f.T = 4 },
		"zero threshold":   func(f *RequestForm) { f.T = 0 },
		"window too short": func(f *RequestForm) { f.InputWindow = 5 },
	} {
		f := ok
		edit(&f)
		if err := f.Validate(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestLedgerEndpoints runs the devnet request and the E3 info endpoint on a
// real embedded chain with the contracts deployed.
func TestLedgerEndpoints(t *testing.T) {
	ctx := context.Background()
	ch, err := chain.New(chain.Config{Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	owner, err := ledger.New(ctx, ch.RPC(), ch.Accounts()[0].Key, ledger.Addresses{}, ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}
	network, err := ledger.Deploy(ctx, owner, ledger.DefaultDeployConfig())
	if err != nil {
		t.Fatal(err)
	}
	reader, err := ledger.New(ctx, ch.RPC(), nil, network.Contracts, ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}
	h := New(apiStub, Options{Ledger: reader, RequesterKey: ch.Accounts()[1].Key})
	var c Config
	json.Unmarshal(get(t, h, "GET", "/web/v1/config", "").Body.Bytes(), &c)
	if !c.Devnet || c.E3Manager != network.Contracts.E3Manager.Hex() || c.ChainID != reader.ChainID().Uint64() {
		t.Fatalf("config %+v: no devnet form or not this deployment", c)
	}
	for body, code := range map[string]string{
		`{"program":"tally","params":[1],"preset":"dev","n":1,"t":1}`:           "bad_request",
		`{"program":"tally","params":[3],"preset":"dev","n":2,"t":3}`:           "bad_request",
		`{"program":"tally","params":[3],"preset":"dev","n":1,"t":1,"extra":1}`: "bad_request",
		`not json`: "bad_request",
		`{"program":"tally","params":[3],"preset":"dev","n":1,"t":1} {}`: "bad_request",
	} {
		if w := get(t, h, "POST", "/web/v1/devnet/request", body, "Content-Type", "application/json"); w.Code != 400 || errorCode(t, w) != code {
			t.Errorf("%s: %d %q", body, w.Code, w.Body)
		}
	}
	form := `{"program":"tally","params":[3],"preset":"dev","n":1,"t":1,"inputWindow":40}`
	for _, ct := range []string{"", "text/plain", "application/x-www-form-urlencoded"} {
		if w := get(t, h, "POST", "/web/v1/devnet/request", form, "Content-Type", ct); w.Code != http.StatusUnsupportedMediaType {
			t.Errorf("content type %q (a cross-site form could send it): %d %q", ct, w.Code, w.Body)
		}
	}
	w := get(t, h, "POST", "/web/v1/devnet/request", form, "Content-Type", "application/json")
	if w.Code != 201 {
		t.Fatalf("request: %d %q", w.Code, w.Body)
	}
	var made struct {
		E3ID      uint64 `json:"e3Id"`
		Requester string `json:"requester"`
	}
	json.Unmarshal(w.Body.Bytes(), &made)
	if made.Requester != ch.Accounts()[1].Address.Hex() {
		t.Fatalf("requested by %s, want the devnet requester", made.Requester)
	}
	w = get(t, h, "GET", "/web/v1/e3/"+jsonNum(made.E3ID), "")
	if w.Code != 200 {
		t.Fatalf("info: %d %q", w.Code, w.Body)
	}
	var info E3Info
	if err := json.Unmarshal(w.Body.Bytes(), &info); err != nil {
		t.Fatal(err)
	}
	if info.Program != "tally" || string(info.Params) != `{"options":3}` || info.Preset != "dev" || info.Layout.Slots != 3 || info.CiphertextSize == 0 {
		t.Fatalf("info %+v", info)
	}
	if w := get(t, h, "GET", "/web/v1/e3/999", ""); w.Code != 404 || errorCode(t, w) != "unknown_e3" {
		t.Fatalf("unknown E3: %d %q", w.Code, w.Body)
	}
	if w := get(t, h, "GET", "/web/v1/e3/x", ""); w.Code != 400 || errorCode(t, w) != "bad_e3_id" {
		t.Fatalf("bad id: %d %q", w.Code, w.Body)
	}
}

func jsonNum(v uint64) string { b, _ := json.Marshal(v); return string(b) }

// FuzzDecodeRequestForm: arbitrary bodies give a form that validates or an
// ErrBadRequest, never a panic.
func FuzzDecodeRequestForm(f *testing.F) {
	f.Add([]byte(`{"program":"tally","params":[3],"preset":"dev","n":3,"t":2,"inputWindow":80}`))
	f.Add([]byte(`{"program":"auction","params":[16,2],"preset":"mul","n":3,"t":2}`))
	f.Add([]byte(`{"program":"tally","params":[18446744073709551615],"preset":"dev","n":65535,"t":1}`))
	f.Add([]byte(`{"program":"tally"} {}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, body []byte) {
		form, err := DecodeRequestForm(bytes.NewReader(body))
		if err != nil {
			if !errors.Is(err, ErrBadRequest) {
				t.Fatalf("error %v is not ErrBadRequest", err)
			}
			return
		}
		if err := form.Validate(); err != nil {
			t.Fatalf("decoded form does not validate: %v", err)
		}
	})
}
