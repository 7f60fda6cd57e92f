//go:build !race

// The full demo runs seven nodes; under the race detector it takes minutes,
// and internal/demo already covers it, so the race run leaves it out.

package cli

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestDemoCommandJSON(t *testing.T) {
	var out, errOut bytes.Buffer
	code := Main([]string{"demo", "--preset", "dev", "--inputs", "6", "--input-window", "40", "--json"}, &out, &errOut)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var rep struct {
		E3ID     uint64          `json:"e3Id"`
		Result   json.RawMessage `json:"result"`
		Expected json.RawMessage `json:"expected"`
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("stdout is not the JSON report: %v\n%s", err, out.String())
	}
	if rep.E3ID == 0 || string(rep.Result) != string(rep.Expected) {
		t.Fatalf("report %+v", rep)
	}
	if !strings.Contains(errOut.String(), "10 retrieve") {
		t.Fatalf("steps not on stderr: %s", errOut.String())
	}
}
