package api

import (
	"bytes"
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"
)

// FuzzServer sends arbitrary methods, paths, queries and bodies to every
// route: the server never panics, never answers 5xx to a client's mistake,
// and every refusal is a JSON {"error","code"}.
func FuzzServer(f *testing.F) {
	for _, seed := range []struct{ method, target, body string }{
		{"GET", "/v1/e3", ""}, {"GET", "/v1/e3?limit=2&before=9&phase=inputs", ""}, {"GET", "/v1/e3/4", ""},
		{"GET", "/v1/e3/4/status", ""}, {"GET", "/v1/e3/4/verify", ""}, {"GET", "/v1/e3/4/shares", ""},
		{"GET", "/v1/blobs/0x" + strings.Repeat("00", 32), ""}, {"POST", "/v1/e3/4/inputs", "CN\x01\x01garbage"},
		{"GET", "/v1/e3/4/publickey", ""}, {"GET", "/v1/e3/4/result", ""}, {"DELETE", "/v1/e3/4", ""}, {"GET", "/healthz", ""},
	} {
		f.Add(seed.method, seed.target, []byte(seed.body))
	}
	_, b, _ := setup(f)
	srv := NewWithOptions(b, nil, Options{}) // no rate limit: the fuzzer is one client
	f.Fuzz(func(t *testing.T, method, target string, body []byte) {
		if !strings.HasPrefix(target, "/") || strings.ContainsAny(target, " \r\n#") || method == "" || strings.ContainsAny(method, " \r\n/") {
			return // not an HTTP request line a server could receive
		}
		req := httptest.NewRequest("GET", "/", bytes.NewReader(body))
		req.Method = method
		u, err := req.URL.Parse(target)
		if err != nil {
			return
		}
		req.URL, req.RequestURI = u, target
		w := httptest.NewRecorder()
		srv.ServeHTTP(w, req)
		if w.Code >= 500 {
			t.Fatalf("%s %s: %d %s", method, target, w.Code, w.Body)
		}
		if w.Code >= 400 {
			var e apiError
			if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || e.Code == "" || e.Error == "" {
				t.Fatalf("%s %s: %d with a non-JSON error %q", method, target, w.Code, w.Body)
			}
		}
	})
}
