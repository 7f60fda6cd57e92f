package cli

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
)

// TestBenchQuickJSON runs `ciphernet bench --scenario tally --quick --json`
// on an in-process devnet (insecure dev preset, 8 ballots: a smoke run, not
// a measurement) and checks the report's shape and internal consistency:
// every number positive, the phases partition the wall time, the floor's
// steps sum to the floor, the ratio is wall/floor, the released count
// covers every input. It asserts nothing about speed.
func TestBenchQuickJSON(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a devnet E3")
	}
	var out, errOut bytes.Buffer
	// A wide ticket window: under the race detector five in-process nodes
	// can take longer than the benchmark's 8 blocks to submit tickets.
	code := Main([]string{"bench", "--scenario", "tally", "--quick", "--json", "--ticket-window", "40"}, &out, &errOut)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var rep struct {
		Scenario string
		Quick    bool
		Label    string
		NodeMode string
		Machine  struct{ CPUs int }
		Runs     []struct {
			Program, Preset string
			N, T, Inputs    int
			E3ID            uint64
			Phases          []struct {
				Name    string
				Seconds float64
			}
			WallSeconds, Ratio float64
			EncryptSeconds     float64
			InputWindowBlocks  uint32
			Ingest             struct {
				Accepted                             int
				Seconds, PerSecond, CommittedSeconds float64
			}
			PeakRSS struct {
				MaxBytes int64
				Source   string
			}
			Traffic struct {
				PerMember []int64
				Source    string
			}
			Result string
			Floor  struct {
				Seconds float64
				Steps   []struct {
					Name    string
					Seconds float64
				}
			}
		}
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("stdout is not the JSON report: %v\n%s", err, out.String())
	}
	if rep.Scenario != "tally" || !rep.Quick || !strings.Contains(rep.Label, "QUICK") || rep.NodeMode != "in-process" || rep.Machine.CPUs < 1 || len(rep.Runs) != 1 {
		t.Fatalf("report header %+v", rep)
	}
	r := rep.Runs[0]
	if r.Program != "tally" || r.Preset != "dev" || r.N != 5 || r.T != 3 || r.Inputs != 8 || r.E3ID == 0 {
		t.Fatalf("run %+v", r)
	}
	want := []string{"request", "committee", "key", "inputs", "output", "accepted", "completed"}
	var sum float64
	seen := map[string]bool{}
	for _, p := range r.Phases {
		if p.Seconds < 0 {
			t.Fatalf("negative phase %+v", p)
		}
		seen[p.Name] = true
		sum += p.Seconds
	}
	for _, name := range []string{"request", "key", "inputs", "completed"} {
		if !seen[name] {
			t.Fatalf("phase %q missing from %+v (want a subset of %v in order)", name, r.Phases, want)
		}
	}
	if r.WallSeconds <= 0 || sum > r.WallSeconds*(1+1e-9) || math.Abs(sum-r.WallSeconds) > 1e-6 {
		t.Fatalf("phases sum to %v, wall %v: they must partition it", sum, r.WallSeconds)
	}
	var fsum float64
	for _, s := range r.Floor.Steps {
		if s.Seconds <= 0 {
			t.Fatalf("floor step %+v", s)
		}
		fsum += s.Seconds
	}
	if r.Floor.Seconds <= 0 || math.Abs(fsum-r.Floor.Seconds) > 1e-6 {
		t.Fatalf("floor steps sum to %v, floor %v", fsum, r.Floor.Seconds)
	}
	if math.Abs(r.Ratio-r.WallSeconds/r.Floor.Seconds) > 1e-9*r.Ratio {
		t.Fatalf("ratio %v, want wall/floor = %v", r.Ratio, r.WallSeconds/r.Floor.Seconds)
	}
	in := r.Ingest
	if in.Accepted != r.Inputs || in.Seconds <= 0 || in.PerSecond <= 0 || math.Abs(in.PerSecond-float64(in.Accepted)/in.Seconds) > 1e-6*in.PerSecond ||
		in.CommittedSeconds <= 0 || r.EncryptSeconds <= 0 || r.InputWindowBlocks == 0 {
		t.Fatalf("ingest %+v, encrypt %v, window %d", in, r.EncryptSeconds, r.InputWindowBlocks)
	}
	if r.PeakRSS.MaxBytes <= 0 || r.PeakRSS.Source == "" {
		t.Fatalf("peak RSS %+v", r.PeakRSS)
	}
	if len(r.Traffic.PerMember) == r.N {
		for _, b := range r.Traffic.PerMember {
			if b <= 0 {
				t.Fatalf("a member sent nothing: %+v", r.Traffic)
			}
		}
	} else if !strings.HasPrefix(r.Traffic.Source, "unavailable") {
		t.Fatalf("traffic %+v: want one count per member or an explanation", r.Traffic)
	}
	var res struct{ Counts []int }
	if err := json.Unmarshal([]byte(r.Result), &res); err != nil {
		t.Fatalf("result %q: %v", r.Result, err)
	}
	total := 0
	for _, c := range res.Counts {
		total += c
	}
	if total != r.Inputs {
		t.Fatalf("result %s counts %d ballots, want %d", r.Result, total, r.Inputs)
	}
}
