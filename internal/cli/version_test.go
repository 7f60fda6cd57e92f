package cli

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestVersion(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := Main([]string{"version"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if !strings.HasPrefix(out.String(), "ciphernet "+Version) {
		t.Fatalf("unexpected output %q", out.String())
	}
	out.Reset()
	if code := Main([]string{"version", "--json"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var m map[string]string
	if err := json.Unmarshal(out.Bytes(), &m); err != nil || m["version"] != Version {
		t.Fatalf("bad json %q: %v", out.String(), err)
	}
}

func TestUnknownCommandNamesIt(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := Main([]string{"frobnicate"}, &out, &errOut); code == 0 {
		t.Fatal("unknown command succeeded")
	}
	if !strings.Contains(errOut.String(), "frobnicate") {
		t.Fatalf("error does not name the command: %q", errOut.String())
	}
}
