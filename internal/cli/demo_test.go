package cli

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestDemoCommandJSON(t *testing.T) {
	var out, errOut bytes.Buffer
	code := Main([]string{"demo", "--preset", "dev", "--inputs", "6", "--json"}, &out, &errOut)
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

func TestDemoCommandNamesBadFlags(t *testing.T) {
	for args, want := range map[string]string{
		"demo --threshold 9":  "threshold 9",
		"demo --preset nope":  "nope",
		"demo --nodes x":      "--nodes",
		"demo --program vote": "vote",
	} {
		var out, errOut bytes.Buffer
		if code := Main(strings.Fields(args), &out, &errOut); code == 0 {
			t.Errorf("%s: succeeded", args)
		}
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("%s: error %q does not name %q", args, errOut.String(), want)
		}
	}
}
