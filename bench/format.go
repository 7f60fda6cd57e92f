package bench

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteTable prints the report for people: one block per run with its
// phases, the floor's steps and the ratio, then the targets.
func WriteTable(w io.Writer, rep *Report) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "ciphernet bench --scenario %s  [%s]\n", rep.Scenario, rep.Label)
	m := rep.Machine
	fmt.Fprintf(tw, "machine: %s, %d CPUs, %d MiB, %s %s, load %s; nodes %s\n\n", m.CPU, m.CPUs, m.MemoryMiB, m.Go, m.OS, m.Load, rep.NodeMode)
	for _, r := range rep.Runs {
		fmt.Fprintf(tw, "== %s (E3 %d)\n", r.Name, r.E3ID)
		fmt.Fprintf(tw, "phase\twall (s)\t\n")
		for _, p := range r.Phases {
			fmt.Fprintf(tw, "  %s\t%.2f\t\n", p.Name, p.Seconds)
		}
		fmt.Fprintf(tw, "  total\t%.2f\t%s\n", r.WallSeconds, r.Measured)
		fmt.Fprintf(tw, "floor step\tseconds\t\n")
		for _, p := range r.Floor.Steps {
			fmt.Fprintf(tw, "  %s\t%.3f\t\n", p.Name, p.Seconds)
		}
		fmt.Fprintf(tw, "  floor total\t%.3f\t\n", r.Floor.Seconds)
		if f := r.Floor; f.MulCount > 0 {
			compute := stepSeconds(f.Steps, "compute")
			for _, op := range []struct {
				name    string
				seconds float64
				count   int64
			}{{"ct×ct multiplication", f.MulSeconds, f.MulCount}, {"rotations", f.RotSeconds, f.RotCount}, {"ct×pt multiplication", f.PlainSeconds, f.PlainCount}} {
				fmt.Fprintf(tw, "  compute: %s\t%.3f\t%d operations: %.0f%% of the floor's compute, %.0f%% of the floor\n",
					op.name, op.seconds, op.count, 100*op.seconds/compute, 100*op.seconds/f.Seconds)
			}
		}
		fmt.Fprintf(tw, "ratio wall/floor\t%.2f×\t\n", r.Ratio)
		if r.KeySeconds > 0 {
			fmt.Fprintf(tw, "request → key published\t%.2f s\tfloor keygen %.3f s, ratio %.1f×\n", r.KeySeconds, r.KeyFloorSeconds, r.KeyRatio)
		}
		if r.DecryptSeconds > 0 {
			fmt.Fprintf(tw, "decryption (accepted → completed)\t%.2f s\t", r.DecryptSeconds)
			if r.DecryptFloorSeconds > 0 {
				fmt.Fprintf(tw, "floor %.3f s, ratio %.0f×", r.DecryptFloorSeconds, r.DecryptRatio)
			}
			fmt.Fprintln(tw)
		}
		if r.EncryptSeconds > 0 {
			fmt.Fprintf(tw, "client encryption (in the window)\t%.2f s\t\n", r.EncryptSeconds)
		}
		if in := r.Ingest; in != nil {
			fmt.Fprintf(tw, "ingest into one node\t%.0f inputs/s\t%d accepted in %.2f s, %d concurrent, %.0f MiB; all committed on the ledger after %.2f s\n",
				in.PerSecond, in.Accepted, in.Seconds, in.Concurrency, in.MiB, in.CommittedSeconds)
		}
		if r.InputWindowBlocks > 0 {
			fmt.Fprintf(tw, "input window\t%d blocks\t%.1f s open after every input was committed; request → result without that slack %.2f s\n",
				r.InputWindowBlocks, r.WindowSlackSeconds, r.WithoutSlackSeconds)
		}
		if r.PeakRSS != nil {
			fmt.Fprintf(tw, "peak RSS\t%.0f MiB\t", float64(r.PeakRSS.MaxBytes)/(1<<20))
			for _, b := range r.PeakRSS.PerNode {
				fmt.Fprintf(tw, "%.0f ", float64(b)/(1<<20))
			}
			fmt.Fprintf(tw, "\n  (%s)\n", r.PeakRSS.Source)
		}
		if r.Traffic != nil {
			var parts []string
			for _, b := range r.Traffic.PerMember {
				parts = append(parts, fmt.Sprintf("%.1f", float64(b)/(1<<20)))
			}
			fmt.Fprintf(tw, "sent per member (MiB)\t%s\t\n  (%s)\n", strings.Join(parts, " "), r.Traffic.Source)
		}
		if r.Result != "" {
			fmt.Fprintf(tw, "result\t%s\t\n", r.Result)
		}
		for _, tg := range r.Targets {
			cmp, verdict := "≤", "met"
			if tg.Above {
				cmp = "≥"
			}
			if !tg.Met {
				verdict = fmt.Sprintf("MISSED by %.0f%%", 100*abs(tg.Measured-tg.Limit)/tg.Limit)
			}
			fmt.Fprintf(tw, "target: %s %s %g %s\tmeasured %.2f %s\t%s\n", tg.What, cmp, tg.Limit, tg.Unit, tg.Measured, tg.Unit, verdict)
		}
		for _, n := range r.Notes {
			fmt.Fprintf(tw, "note: %s\n", n)
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}

// stepSeconds is the named step's time (0: none).
func stepSeconds(steps []Phase, name string) float64 {
	for _, p := range steps {
		if p.Name == name {
			return p.Seconds
		}
	}
	return 0
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
