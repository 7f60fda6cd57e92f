package cli

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestNodeInitAndErrors(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "n1")
	t.Setenv("CN_CLI_PW", "cli test password")
	var out, errOut bytes.Buffer
	if code := Main([]string{"node", "init", "--dir", dir, "--password-env", "CN_CLI_PW", "--insecure-fast-kdf", "--json"}, &out, &errOut); code != 0 {
		t.Fatalf("init: %d %s", code, errOut.String())
	}
	var id struct{ Config, Address, TransportKey string }
	if err := json.Unmarshal(out.Bytes(), &id); err != nil || !strings.HasPrefix(id.Address, "0x") || len(id.TransportKey) != 66 {
		t.Fatalf("init output %q: %v", out.String(), err)
	}
	for args, want := range map[string]string{
		"node init": "--dir is required",
		"node init --dir " + dir + " --password-env CN_CLI_PW":    "exists",
		"node init --dir " + dir + "x --password-env CN_UNSET_PW": "CN_UNSET_PW",
		"node start --config " + dir + "/missing.toml":            "missing.toml",
		"devnet": "--dir is required",
	} {
		out.Reset()
		errOut.Reset()
		if code := Main(strings.Fields(args), &out, &errOut); code == 0 || !strings.Contains(errOut.String(), want) {
			t.Errorf("%s: exit %d, stderr %q, want it to name %q", args, code, errOut.String(), want)
		}
	}
}
