package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// run runs the CLI in-process.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Main(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// TestE3BadInput: every e3 command refuses bad flags with an error that
// names the problem and the fix, before touching the network.
func TestE3BadInput(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "nope.json")
	badJSONL := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(badJSONL, []byte("1\n\n{oops\n"), 0o644)
	empty := filepath.Join(dir, "empty.jsonl")
	os.WriteFile(empty, []byte("\n\n"), 0o644)
	badKey := filepath.Join(dir, "key")
	os.WriteFile(badKey, []byte("not a key"), 0o600)
	net := []string{"--network", missing}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"request without program", []string{"e3", "request", "--params", "{}", "--input-window", "10"}, "--program is required"},
		{"request without params", []string{"e3", "request", "--program", "tally", "--input-window", "10"}, "--params is required"},
		{"request with malformed params", []string{"e3", "request", "--program", "tally", "--params", "{options:3", "--input-window", "10"}, "not valid JSON"},
		{"request without window", []string{"e3", "request", "--program", "tally", "--params", `{"options":3}`}, "--input-window is required"},
		{"request with a bad window", []string{"e3", "request", "--program", "tally", "--params", `{"options":3}`, "--input-window", "soon"}, "neither a duration"},
		{"request with a zero window", []string{"e3", "request", "--program", "tally", "--params", `{"options":3}`, "--input-window", "0"}, "must be positive"},
		{"request with a bad provider", []string{"e3", "request", "--program", "tally", "--params", `{"options":3}`, "--input-window", "10", "--compute-provider", "bob"}, "not an address"},
		{"no network file", append([]string{"e3", "request", "--program", "tally", "--params", `{"options":3}`, "--input-window", "10"}, net...), "start a local network with 'ciphernet devnet --dir"},
		{"bad key file", []string{"e3", "request", "--program", "tally", "--params", `{"options":3}`, "--input-window", "10", "--key", badKey, "--network", badJSONL}, "not a hex secp256k1 private key"},
		{"status without e3", []string{"e3", "status"}, "--e3 ID is required"},
		{"status with a negative e3", []string{"e3", "status", "--e3", "-1"}, "is not an E3 id"},
		{"status with a wrong type", []string{"e3", "status", "--e3", "seven"}, "is not an E3 id"},
		{"status waiting for an unknown phase", []string{"e3", "status", "--e3", "1", "--wait-for", "done"}, "unknown phase \"done\" (phases: requested, committee, key_published"},
		{"submit with neither value nor file", []string{"e3", "submit", "--e3", "1"}, "give exactly one of --value"},
		{"submit with both", []string{"e3", "submit", "--e3", "1", "--value", "1", "--file", badJSONL}, "give exactly one of --value"},
		{"submit a malformed value", []string{"e3", "submit", "--e3", "1", "--value", "{x"}, "is not JSON"},
		{"submit a malformed line", []string{"e3", "submit", "--e3", "1", "--file", badJSONL}, "line 3: \"{oops\" is not JSON"},
		{"submit an empty file", []string{"e3", "submit", "--e3", "1", "--file", empty}, "has no input lines"},
		{"submit a missing file", []string{"e3", "submit", "--e3", "1", "--file", missing}, "--file: open"},
		{"submit with zero concurrency", []string{"e3", "submit", "--e3", "1", "--value", "1", "--concurrency", "0"}, "--concurrency must be >= 1"},
		{"result without e3", []string{"e3", "result"}, "--e3 ID is required"},
		{"verify without e3", []string{"e3", "verify"}, "--e3 ID is required"},
		{"verify without network", append([]string{"e3", "verify", "--e3", "1"}, net...), "no network file at"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, tc.args...)
			if code != 1 || !strings.Contains(errOut, tc.want) {
				t.Fatalf("exit %d, stderr %q; want 1 and %q", code, errOut, tc.want)
			}
		})
	}
}

func TestNetworkPathResolution(t *testing.T) {
	t.Setenv("CIPHERNET_NETWORK", "")
	f := &e3Flags{}
	if got := f.networkPath(); got != filepath.Join(DefaultDevnetDir(), "network.json") {
		t.Errorf("default: %s", got)
	}
	t.Setenv("CIPHERNET_NETWORK", "/env/net.json")
	if got := f.networkPath(); got != "/env/net.json" {
		t.Errorf("env: %s", got)
	}
	f.network = "/flag/net.json"
	if got := f.networkPath(); got != "/flag/net.json" {
		t.Errorf("flag: %s", got)
	}
}

func TestInputWindowBlocks(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want uint32
	}{{"40", 40}, {"10s", 40}, {"1s", 4}, {"300ms", 2}, {"1m", 240}} {
		got, err := blocks(tc.in, 250*time.Millisecond)
		if err != nil || got != tc.want {
			t.Errorf("%s: %d %v, want %d", tc.in, got, err, tc.want)
		}
	}
}
