package cli

import (
	"bytes"
	"strings"
	"testing"
)

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
