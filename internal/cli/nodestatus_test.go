package cli

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ciphernet/ciphernet/node"
)

// TestNodeStatus renders what a node's /v1/node reports (the endpoint
// itself is exercised against real nodes in node's e2e test) and names
// the problem when the node cannot be asked.
func TestNodeStatus(t *testing.T) {
	want := node.Status{Address: "0xabc", PeerID: "12D3Koo", Registered: true, Bond: "5000", Head: 40, Checkpoint: 39, Peers: 4, OutboxDepth: 2,
		E3s: []node.E3Status{{ID: 7, Phase: "inputs", Program: "tally", N: 5, T: 3, PartyIndex: 2, State: "inputs", Live: 5, Secrets: true}, {ID: 8, Phase: "committee", N: 3, T: 2}}}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/node" {
			http.NotFound(w, r)
			return
		}
		json.NewEncoder(w).Encode(want)
	}))
	defer srv.Close()

	var out, errOut bytes.Buffer
	if code := Main([]string{"node", "status", "--api", srv.URL}, &out, &errOut); code != 0 {
		t.Fatalf("status: %d %s", code, errOut.String())
	}
	for _, s := range []string{"0xabc", "registered, bond 5000 wei", "4 peers", "head 40", "2 unsent", "7   inputs", "5/5", "8   committee"} {
		if !strings.Contains(strings.Join(strings.Fields(out.String()), " "), strings.Join(strings.Fields(s), " ")) {
			t.Errorf("status output lacks %q:\n%s", s, out.String())
		}
	}
	out.Reset()
	if code := Main([]string{"node", "status", "--api", strings.TrimPrefix(srv.URL, "http://"), "--json"}, &out, &errOut); code != 0 {
		t.Fatalf("status --json: %d %s", code, errOut.String())
	}
	var got node.Status
	if err := json.Unmarshal(out.Bytes(), &got); err != nil || got.E3s[0].Live != 5 || !got.Registered {
		t.Fatalf("--json output %s: %v", out.String(), err)
	}

	dir := t.TempDir()
	ephemeral := filepath.Join(dir, "config.toml")
	os.WriteFile(ephemeral, []byte("data_dir = \""+dir+"\"\nnetwork = \"n.json\"\napi = \"127.0.0.1:0\"\n"), 0o600)
	closed := httptest.NewServer(http.NotFoundHandler())
	closed.Close()
	for args, wantErr := range map[string]string{
		"node status --config " + filepath.Join(dir, "missing.toml"): "missing.toml",
		"node status --api " + closed.URL:                            "is `ciphernet node start` running?",
		"node status --config " + ephemeral:                          "ephemeral API port",
	} {
		errOut.Reset()
		if code := Main(strings.Fields(args), &out, &errOut); code == 0 || !strings.Contains(errOut.String(), wantErr) {
			t.Errorf("%s: exit %d, stderr %q, want it to name %q", args, code, errOut.String(), wantErr)
		}
	}
}
