package api

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ciphernet/ciphernet/message"
	"github.com/ciphernet/ciphernet/store"
)

func get(t *testing.T, url string) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, body
}

// errorCase is one bad request and the JSON error it must get.
type errorCase struct {
	name   string
	path   string
	status int
	code   string
}

func checkErrors(t *testing.T, base string, cases []errorCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := get(t, base+tc.path)
			var e apiError
			if err := json.Unmarshal(body, &e); err != nil || resp.StatusCode != tc.status || e.Code != tc.code || e.Error == "" {
				t.Fatalf("GET %s: %d %s; want %d %q", tc.path, resp.StatusCode, body, tc.status, tc.code)
			}
		})
	}
}

func TestStatusVerifySharesBlobs(t *testing.T) {
	srv, b, enc := setup(t)
	ct, _ := enc.EncryptBytes([]uint64{1, 0, 0})
	var h, envHash, evalHash store.Hash
	b.st.Update(func(tx *store.Tx) error {
		h, _ = tx.PutBlob(ct)
		envHash, _ = tx.PutBlob([]byte("an envelope"))
		evalHash, _ = tx.PutBlob([]byte("an eval-share envelope"))
		if err := tx.AddAudit(4, byte(message.KindEvalShare), evalHash); err != nil {
			return err
		}
		return tx.AddAudit(4, byte(message.KindDecryptionShare), envHash)
	})
	hexOf := func(h store.Hash) string { return strings.ToLower(common.Hash(h).Hex()) }

	resp, body := get(t, srv.URL+"/v1/e3/4/status")
	var st StatusView
	if resp.StatusCode != 200 || json.Unmarshal(body, &st) != nil || st.Phase != "key_published" || st.ID != 4 {
		t.Fatalf("status: %d %s", resp.StatusCode, body)
	}
	resp, body = get(t, srv.URL+"/v1/e3/4/verify")
	var rep struct {
		OK     bool
		Checks []struct {
			Number int
			Status string
		}
	}
	if resp.StatusCode != 200 || json.Unmarshal(body, &rep) != nil || rep.OK || len(rep.Checks) != 7 {
		t.Fatalf("verify of a bare record must be a 200 report that fails closed: %d %s", resp.StatusCode, body)
	}
	resp, body = get(t, srv.URL+"/v1/e3/4/shares")
	var sl ShareList
	if resp.StatusCode != 200 || json.Unmarshal(body, &sl) != nil || !slices.Equal(sl.Hashes, []string{strings.ToLower(common.Hash(envHash).Hex())}) {
		t.Fatalf("shares: %d %s", resp.StatusCode, body)
	}
	for query, want := range map[string]store.Hash{"?kind=decryption-share": envHash, "?kind=eval-share": evalHash} {
		resp, body = get(t, srv.URL+"/v1/e3/4/shares"+query)
		if resp.StatusCode != 200 || json.Unmarshal(body, &sl) != nil || !slices.Equal(sl.Hashes, []string{hexOf(want)}) {
			t.Fatalf("shares%s: %d %s", query, resp.StatusCode, body)
		}
	}
	for _, path := range []string{"/v1/blobs/" + hexOf(h), "/v1/blobs/" + strings.TrimPrefix(hexOf(h), "0x"), "/v1/blobs/" + strings.ToUpper(strings.TrimPrefix(hexOf(h), "0x"))} {
		resp, body = get(t, srv.URL+path)
		if resp.StatusCode != 200 || !bytes.Equal(body, ct) || resp.Header.Get("Content-Type") != "application/octet-stream" {
			t.Fatalf("blob %s: %d", path, resp.StatusCode)
		}
	}
	checkErrors(t, srv.URL, []errorCase{
		{"status bad id", "/v1/e3/x/status", 400, "bad_e3_id"},
		{"status unknown", "/v1/e3/77/status", 404, "unknown_e3"},
		{"verify bad id", "/v1/e3/1.5/verify", 400, "bad_e3_id"},
		{"verify unknown", "/v1/e3/77/verify", 404, "unknown_e3"},
		{"shares bad id", "/v1/e3/-2/shares", 400, "bad_e3_id"},
		{"shares unknown", "/v1/e3/77/shares", 404, "unknown_e3"},
		{"shares unknown kind", "/v1/e3/4/shares?kind=mask", 400, "bad_kind"},
		{"shares bad kind", "/v1/e3/4/shares?kind=%00", 400, "bad_kind"},
		{"blob short hash", "/v1/blobs/0x1234", 400, "bad_hash"},
		{"blob not hex", "/v1/blobs/" + strings.Repeat("zz", 32), 400, "bad_hash"},
		{"blob too long", "/v1/blobs/" + strings.Repeat("ab", 33), 400, "bad_hash"},
		{"blob unknown", "/v1/blobs/" + strings.Repeat("ab", 32), 404, "not_found"},
		{"publickey bad id", "/v1/e3/99999999999999999999/publickey", 400, "bad_e3_id"},
		{"result unknown", "/v1/e3/5/result", 404, "unknown_e3"},
		{"e3 bad id", "/v1/e3/%20", 400, "bad_e3_id"},
	})
	resp, body = get(t, srv.URL+"/v1/openapi.yaml")
	if resp.StatusCode != 200 || !bytes.Equal(body, OpenAPI) {
		t.Fatalf("openapi: %d", resp.StatusCode)
	}
}

func TestBodyLimit(t *testing.T) {
	_, b, _ := setup(t)
	srv := httptest.NewServer(NewWithOptions(b, nil, Options{MaxBody: 100}))
	defer srv.Close()
	for _, method := range []string{"POST", "GET"} {
		path := "/v1/e3/4/inputs"
		if method == "GET" {
			path = "/v1/e3/4"
		}
		req, _ := http.NewRequest(method, srv.URL+path, bytes.NewReader(make([]byte, 101)))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 413 || !strings.Contains(string(body), "too_large") || !strings.Contains(string(body), "100-byte limit") {
			t.Fatalf("%s with a 101-byte body: %d %s", method, resp.StatusCode, body)
		}
	}
	// The default limit admits the largest preset's ciphertext.
	if o := DefaultOptions().withDefaults(); o.MaxBody < 1<<20 {
		t.Fatalf("default body limit %d is below a ciphertext", o.MaxBody)
	}
}

func TestRateLimitPerClient(t *testing.T) {
	_, b, _ := setup(t)
	s := NewWithOptions(b, nil, Options{RatePerSecond: 1, Burst: 2})
	call := func(client string) *httptest.ResponseRecorder {
		req := httptest.NewRequest("GET", "/v1/e3/4", nil)
		req.RemoteAddr = client
		w := httptest.NewRecorder()
		s.ServeHTTP(w, req)
		return w
	}
	for i := range 2 {
		if w := call("10.0.0.1:5000"); w.Code != 200 {
			t.Fatalf("request %d within the burst: %d", i, w.Code)
		}
	}
	w := call("10.0.0.1:6000") // same client, other port
	var e apiError
	if w.Code != 429 || json.Unmarshal(w.Body.Bytes(), &e) != nil || e.Code != "rate_limited" || w.Header().Get("Retry-After") == "" {
		t.Fatalf("over the limit: %d %s", w.Code, w.Body)
	}
	if w := call("10.0.0.2:5000"); w.Code != 200 {
		t.Fatalf("another client is limited too: %d", w.Code)
	}
	if w := httptest.NewRecorder(); NewWithOptions(b, nil, Options{}).limiter != nil {
		t.Fatalf("rate 0 must disable the limit %v", w)
	}
}

func TestLimiterRefills(t *testing.T) {
	l := newLimiter(10, 1)
	now := time.Unix(1000, 0)
	if _, ok := l.allow("a", now); !ok {
		t.Fatal("first request refused")
	}
	wait, ok := l.allow("a", now)
	if ok || wait <= 0 || wait > 100*time.Millisecond {
		t.Fatalf("second at once: ok=%v wait=%v", ok, wait)
	}
	if _, ok := l.allow("a", now.Add(100*time.Millisecond)); !ok {
		t.Fatal("not refilled after 1/rate")
	}
	for i := range maxClients + 5 {
		l.allow(string(rune(i)), now.Add(time.Hour))
	}
	if len(l.buckets) > maxClients+1 {
		t.Fatalf("%d buckets kept for idle clients", len(l.buckets))
	}
}

// TestOpenAPIMatchesRoutes: openapi.yaml describes exactly the routes the
// server registers (plus the node's operator endpoints, marked
// x-served-by: node), and every route that takes a path parameter
// documents its 400.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	raw, err := os.ReadFile("openapi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(raw, OpenAPI) {
		t.Fatal("embedded spec differs from openapi.yaml")
	}
	pathRe := regexp.MustCompile(`^  (/\S*):\s*$`)
	methodRe := regexp.MustCompile(`^    (get|post|put|patch|delete):\s*$`)
	documented := map[string]bool{}
	nodeServed := map[string]bool{}
	has400 := map[string]bool{}
	inPaths, path, op := false, "", ""
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "paths:":
			inPaths = true
		case inPaths && len(line) > 0 && line[0] != ' ':
			inPaths = false
		case !inPaths:
		case pathRe.MatchString(line):
			path = pathRe.FindStringSubmatch(line)[1]
		case strings.TrimSpace(line) == "x-served-by: node":
			nodeServed[path] = true
		case methodRe.MatchString(line):
			op = strings.ToUpper(methodRe.FindStringSubmatch(line)[1]) + " " + path
			if documented[op] {
				t.Errorf("%s documented twice", op)
			}
			documented[op] = true
		case strings.HasPrefix(strings.TrimSpace(line), `"400":`):
			has400[op] = true
		}
	}
	_, b, _ := setup(t)
	routes := New(b, nil).Routes()
	for _, r := range routes {
		if !documented[r] {
			t.Errorf("route %s is not in openapi.yaml", r)
		}
		if strings.Contains(r, "{") && !has400[r] {
			t.Errorf("route %s takes a path parameter but documents no 400", r)
		}
		delete(documented, r)
	}
	for op := range documented {
		if p := strings.SplitN(op, " ", 2)[1]; !nodeServed[p] {
			t.Errorf("openapi.yaml documents %s, which the server does not register", op)
		}
	}
	if len(routes) < 11 {
		t.Errorf("only %d routes registered", len(routes))
	}
}
