package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestContractsDeployErrors: bad flags and key files fail with a message
// naming the problem, before anything is sent.
func TestContractsDeployErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.key")
	if err := os.WriteFile(bad, []byte("not a key\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"missing key", []string{"contracts", "deploy", "--rpc", "http://127.0.0.1:1"}, "required"},
		{"unreadable key", []string{"contracts", "deploy", "--rpc", "http://127.0.0.1:1", "--key", filepath.Join(dir, "none")}, "read key"},
		{"malformed key", []string{"contracts", "deploy", "--rpc", "http://127.0.0.1:1", "--key", bad}, "key file"},
		{"negative block time", []string{"chain", "--rpc", "127.0.0.1:0", "--block-time", "-1s"}, "negative block time"},
		{"public rpc address", []string{"chain", "--rpc", "0.0.0.0:0"}, "loopback"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if code := Main(c.args, &out, &errOut); code == 0 {
				t.Fatalf("succeeded; want an error containing %q", c.want)
			}
			if !strings.Contains(errOut.String(), c.want) {
				t.Fatalf("stderr %q lacks %q", errOut.String(), c.want)
			}
		})
	}
}
