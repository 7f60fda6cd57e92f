package web

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// apiCode is one error the API can answer with.
type apiCode struct {
	Code   string `json:"code"`
	Status int    `json:"status"`
}

var (
	writeErrorRe = regexp.MustCompile(`writeError\(w, http\.Status(\w+), "([a-z_]+)"`)
	decodeCodeRe = regexp.MustCompile(`\{bfv\.Err\w+, "([a-z_]+)"\}`)
	statuses     = map[string]int{"BadRequest": 400, "NotFound": 404, "Conflict": 409, "RequestEntityTooLarge": 413, "UnsupportedMediaType": 415,
		"UnprocessableEntity": 422, "TooManyRequests": 429, "InternalServerError": 500, "BadGateway": 502, "ServiceUnavailable": 503}
)

// apiCodes collects the error codes from the api package's and this
// package's source, so that a new code without a sentence on the page fails
// TestPageExplainsEveryAPIError.
func apiCodes(t *testing.T) []apiCode {
	t.Helper()
	files, err := filepath.Glob("../api/*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("api sources not found: %v", err)
	}
	files = append(files, "web.go")
	seen := map[string]bool{}
	var out []apiCode
	add := func(code string, status int) {
		if !seen[code] {
			seen[code] = true
			out = append(out, apiCode{code, status})
		}
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range writeErrorRe.FindAllStringSubmatch(string(src), -1) {
			status, ok := statuses[m[1]]
			if !ok {
				t.Fatalf("%s: status %s not in the test's table", f, m[1])
			}
			add(m[2], status)
		}
		for _, m := range decodeCodeRe.FindAllStringSubmatch(string(src), -1) {
			add(m[1], 400)
		}
	}
	// Codes the API chooses at run time (backendError).
	for code, status := range map[string]int{"unknown_e3": 404, "duplicate": 409, "closed": 409, "not_ready": 409, "internal": 500, "malformed": 400} {
		add(code, status)
	}
	return out
}

// TestPageExplainsEveryAPIError runs web/e2e/messages.test.mjs under node's
// test runner with every error code the API can return.
func TestPageExplainsEveryAPIError(t *testing.T) {
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("no node in PATH (apt-get install nodejs; .ci/steps/20-web.sh does it in CI)")
	}
	codes := apiCodes(t)
	b, err := json.Marshal(codes)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("node", "--test", "messages.test.mjs")
	cmd.Dir = "e2e"
	cmd.Env = append(os.Environ(), "CIPHERNET_API_CODES="+string(b))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node --test: %v\n%s", err, out)
	}
	t.Logf("%d codes checked:\n%s", len(codes), out)
}
