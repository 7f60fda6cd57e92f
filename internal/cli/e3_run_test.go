//go:build !race

// The e3 commands against a running devnet, as a new user would use them;
// under the race detector a whole E3 takes minutes and the sdk and verify
// packages cover the same path, so the race run leaves it out.

package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ciphernet/ciphernet/devnet"
)

func TestE3CommandsOnDevnet(t *testing.T) {
	if testing.Short() {
		t.Skip("devnet run")
	}
	dir := t.TempDir()
	d, err := devnet.Start(context.Background(), devnet.Config{Dir: filepath.Join(dir, "net"), Nodes: 3, BlockTime: 250 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	t.Setenv("CIPHERNET_NETWORK", d.Path) // as after 'export CIPHERNET_NETWORK=...'
	must := func(args ...string) string {
		t.Helper()
		code, out, errOut := runCLI(t, args...)
		if code != 0 {
			t.Fatalf("ciphernet %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
		}
		return out
	}
	decode := func(out string, v any) {
		t.Helper()
		if err := json.Unmarshal([]byte(out), v); err != nil {
			t.Fatalf("not JSON: %q: %v", out, err)
		}
	}

	var req struct {
		E3ID *uint64 `json:"e3Id"`
	}
	decode(must("e3", "request", "--program", "tally", "--params", `{"options":4}`, "--committee", "3", "--threshold", "2",
		"--input-window", "12s", "--preset", "dev", "--json"), &req)
	if req.E3ID == nil {
		t.Fatal("no e3Id")
	}
	id := fmt.Sprint(*req.E3ID)

	var st struct{ Phase string }
	decode(must("e3", "status", "--e3", id, "--json"), &st)
	if st.Phase != "requested" && st.Phase != "committee" && st.Phase != "key_published" {
		t.Fatalf("fresh E3 in phase %q", st.Phase)
	}
	decode(must("e3", "status", "--e3", id, "--wait-for", "key_published", "--timeout", "3m", "--json"), &st)
	if st.Phase != "key_published" {
		t.Fatalf("waited for key_published, got %q", st.Phase)
	}

	// 20 ballots from a JSON Lines file, as a bulk submitter.
	counts := make([]int, 4)
	var lines []string
	for i := range 20 {
		v := (i * 7) % 4
		counts[v]++
		lines = append(lines, fmt.Sprint(v))
	}
	ballots := filepath.Join(dir, "ballots.jsonl")
	os.WriteFile(ballots, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	receipts := filepath.Join(dir, "receipts.jsonl")
	var sum struct {
		Submitted, Failed int
		Receipts          string
	}
	decode(must("e3", "submit", "--e3", id, "--file", ballots, "--concurrency", "4", "--receipts", receipts, "--json"), &sum)
	if sum.Submitted != 20 || sum.Failed != 0 || sum.Receipts != receipts {
		t.Fatalf("bulk submit summary %+v", sum)
	}
	raw, _ := os.ReadFile(receipts)
	seen := map[int]bool{}
	for _, l := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		var r struct {
			Line    int
			Receipt struct {
				E3ID                       uint64
				InputHash, Node, Signature string
			}
		}
		decode(l, &r)
		if fmt.Sprint(r.Receipt.E3ID) != id || r.Receipt.Signature == "" || r.Receipt.InputHash == "" {
			t.Fatalf("receipt line %q", l)
		}
		seen[r.Line] = true
	}
	if len(seen) != 20 {
		t.Fatalf("%d distinct receipts for 20 lines", len(seen))
	}

	// One more by value: the receipt is printed.
	var one struct {
		Line    int
		Receipt struct{ Signature string }
	}
	decode(must("e3", "submit", "--e3", id, "--value", "3", "--json"), &one)
	if one.Receipt.Signature == "" {
		t.Fatal("no receipt printed")
	}
	counts[3]++
	// Out-of-range option: refused before anything is sent.
	if code, _, errOut := runCLI(t, "e3", "submit", "--e3", id, "--value", "9"); code != 1 || !strings.Contains(errOut, "invalid input") {
		t.Fatalf("option 9 of 4: exit %d %s", code, errOut)
	}

	var res struct{ Result struct{ Counts []int } }
	decode(must("e3", "result", "--e3", id, "--wait", "--timeout", "4m", "--json"), &res)
	if fmt.Sprint(res.Result.Counts) != fmt.Sprint(counts) {
		t.Fatalf("result %v, submitted %v", res.Result.Counts, counts)
	}
	decode(must("e3", "status", "--e3", id, "--json"), &st)
	if st.Phase != "completed" {
		t.Fatalf("after the result: %q", st.Phase)
	}

	out := must("e3", "verify", "--e3", id)
	for n := 1; n <= 7; n++ {
		if !strings.Contains(out, fmt.Sprintf("%d. PASS", n)) {
			t.Errorf("verify: no PASS line for check %d:\n%s", n, out)
		}
	}
	var rep struct {
		OK     bool
		Checks []struct {
			Number int
			Status string
		}
	}
	decode(must("e3", "verify", "--e3", id, "--json"), &rep)
	if !rep.OK || len(rep.Checks) != 7 {
		t.Fatalf("verify --json: %+v", rep)
	}

	// Refusals after the fact name the problem and the fix.
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"e3", "submit", "--e3", id, "--value", "1"}, "is closed for inputs since block"},
		{[]string{"e3", "status", "--e3", "999"}, "unknown E3 999"},
		{[]string{"e3", "result", "--e3", "999"}, "unknown E3 999"},
		{[]string{"e3", "verify", "--e3", "999"}, "unknown E3 999"},
		{[]string{"e3", "submit", "--e3", "999", "--value", "1"}, "unknown E3 999"},
		{[]string{"e3", "status", "--e3", id, "--wait-for", "failed", "--timeout", "1m"}, "completed; it will never be failed"},
	} {
		code, _, errOut := runCLI(t, tc.args...)
		if code != 1 || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, %q; want %q", tc.args, code, errOut, tc.want)
		}
	}
	if err := d.Err(); err != nil {
		t.Fatal(err)
	}
}
