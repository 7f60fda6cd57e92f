package web_test

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/devnet"
)

// browserDeps returns why the browser test cannot run here, or "".
func browserDeps() (chromium, reason string) {
	chromium = os.Getenv("CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	if _, err := os.Stat(chromium); err != nil {
		return "", "no Chromium at " + chromium + " (apt-get install chromium; .ci/steps/20-web.sh does it in CI)"
	}
	if _, err := exec.LookPath("node"); err != nil {
		return "", "no node in PATH (apt-get install nodejs)"
	}
	if _, err := os.Stat("e2e/node_modules/playwright-core/package.json"); err != nil {
		return "", "web/e2e/node_modules missing (run npm ci in web/e2e; .ci/steps/20-web.sh does it in CI)"
	}
	return chromium, ""
}

// TestBrowserEndToEnd opens a devnet node's page in headless Chromium,
// requests an E3 from the page, casts three ballots encrypted in the
// browser, waits for the result and checks the counts, the error messages
// (duplicate, closed window, unreachable node) and that every upload is a
// ciphertext of the preset's size. Screenshots go to $CIPHERNET_ARTIFACTS
// (default: $TMPDIR/ciphernet-web-e2e).
func TestBrowserEndToEnd(t *testing.T) {
	chromium, why := browserDeps()
	if why != "" {
		t.Skip("browser e2e skipped: " + why)
	}
	if testing.Short() {
		t.Skip("browser e2e skipped in -short mode")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, devnet.Config{Dir: t.TempDir(), Nodes: 3, BlockTime: 250 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()

	dev, err := bfv.Lookup("dev")
	if err != nil {
		t.Fatal(err)
	}
	artifacts := os.Getenv("CIPHERNET_ARTIFACTS")
	if artifacts == "" {
		artifacts = filepath.Join(os.TempDir(), "ciphernet-web-e2e") // kept after the test
	}
	if err := os.MkdirAll(artifacts, 0o755); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(),
		"CIPHERNET_URL=http://"+d.Nodes[0].APIAddr()+"/",
		"CIPHERNET_CT_SIZE="+strconv.Itoa(dev.CiphertextSize()),
		"CIPHERNET_ARTIFACTS="+artifacts,
		"CIPHERNET_WINDOW=120",
		"CHROMIUM="+chromium)
	if os.Getenv("CIPHERNET_WEB_BENCH") != "" {
		env = append(env, "CIPHERNET_BENCH="+benchKeys(t))
	}

	cmd := exec.CommandContext(ctx, "node", "e2e.mjs")
	cmd.Dir = "e2e"
	cmd.Env = env
	cmd.Stderr = testWriter{t}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var result string
	sc := bufio.NewScanner(stdout)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "STOP_NODE":
			d.Stop(0) // the node serving the page; the API listener closes
			fmt.Fprintln(stdin, "stopped")
		case strings.HasPrefix(line, "RESULT "):
			result = strings.TrimPrefix(line, "RESULT ")
		default:
			t.Log(line)
		}
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("browser script failed: %v (devnet: %v)", err, d.Err())
	}
	var res struct {
		Counts             []int     `json:"counts"`
		UploadBytes        []int     `json:"uploadBytes"`
		EncryptMs          []float64 `json:"encryptMs"`
		DuplicateMessage   string    `json:"duplicateMessage"`
		ClosedMessage      string    `json:"closedMessage"`
		UnreachableMessage string    `json:"unreachableMessage"`
		KeyHashMessage     string    `json:"keyHashMessage"`
	}
	if err := json.Unmarshal([]byte(result), &res); err != nil {
		t.Fatalf("no result from the browser script: %q: %v", result, err)
	}
	// The script asserted these already; checked again here so a script
	// that silently skipped a step cannot pass.
	if fmt.Sprint(res.Counts) != "[1 0 2]" || len(res.UploadBytes) != 5 || len(res.EncryptMs) != 3 {
		t.Fatalf("result %+v", res)
	}
	for name, msg := range map[string]string{"duplicate": res.DuplicateMessage, "closed": res.ClosedMessage, "unreachable": res.UnreachableMessage, "key hash": res.KeyHashMessage} {
		if msg == "" {
			t.Errorf("no %s message shown", name)
		}
	}
	t.Logf("browser result: %s", result)
	t.Logf("screenshots in %s", artifacts)
}

// benchKeys writes real public keys (fresh key pairs) of every preset for
// the optional in-browser encryption benchmark (CIPHERNET_WEB_BENCH=1).
func benchKeys(t *testing.T) string {
	type entry struct {
		Preset  string          `json:"preset"`
		Key     string          `json:"key"`
		Program string          `json:"program"`
		Params  json.RawMessage `json:"params"`
		Runs    int             `json:"runs"`
	}
	var out []entry
	for _, b := range []struct{ preset, program, params string }{
		{"dev", "tally", `{"options":4}`},
		{"standard", "tally", `{"options":4}`},
		{"mul", "auction", `{"levels":16,"rule":"second"}`},
	} {
		p, err := bfv.Lookup(b.preset)
		if err != nil {
			t.Fatal(err)
		}
		_, pk := rlwe.NewKeyGenerator(p.Params()).GenKeyPairNew()
		key, err := p.MarshalPublicKey(pk)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, entry{Preset: b.preset, Key: base64.StdEncoding.EncodeToString(key), Program: b.program, Params: json.RawMessage(b.params), Runs: 9})
	}
	path := filepath.Join(t.TempDir(), "bench.json")
	b, _ := json.Marshal(out)
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// testWriter sends the script's stderr to the test log.
type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

var _ io.Writer = testWriter{}
