package cli

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/ciphernet/ciphernet/bench"
)

func init() { register(newBenchCmd) }

func newBenchCmd() *cobra.Command {
	var cfg bench.Config
	var asJSON, inProcess bool
	var cpuProfile, heapProfile, blockProfile string
	cmd := &cobra.Command{
		Use:   "bench --scenario tally|committee|auction",
		Short: "Measure E3s on a devnet and compare them with the cryptographic floor",
		Long: `bench starts a devnet (embedded chain, real ciphernodes), runs E3s through it
as a requester and submitters, and times every lifecycle phase from the
ledger. In the same run it times the same cryptography alone — committee key
generation, encryption of the inputs, the computation, the decryption shares
and their combination, in one goroutine — and prints the ratio wall/floor.

Scenarios:
  tally      n=5, t=3, standard preset, --inputs ballots (default 1,000)
             pre-encrypted and uploaded concurrently to one member: phases,
             ingest rate, a node's peak RSS, bytes sent per member.
  committee  n = 3, 5, 9, 19, 32 (t = n/2+1) on one devnet of 32 operators:
             request → key published, and the decryption.
  auction    100 bidders x 1,024 levels, second price, mul preset, n=3, t=2.

Nodes run as their own processes (this binary's 'node start') so that a
node's memory and sockets are its own; --in-process keeps them in this
process. --quick is a smoke run on the insecure dev preset with tiny sizes:
its numbers are not measurements. Targets of issue 8 are checked and printed.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !inProcess && !cfg.Quick {
				exe, err := os.Executable()
				if err != nil {
					return fmt.Errorf("bench: cannot find this binary to run the nodes (use --in-process): %w", err)
				}
				cfg.Binary = exe
			}
			cfg.Progress = cmd.ErrOrStderr()
			if cpuProfile != "" {
				f, err := os.Create(cpuProfile)
				if err != nil {
					return fmt.Errorf("bench: cpu profile: %w", err)
				}
				defer f.Close()
				if err := pprof.StartCPUProfile(f); err != nil {
					return fmt.Errorf("bench: cpu profile: %w", err)
				}
				defer pprof.StopCPUProfile()
			}
			if blockProfile != "" {
				runtime.SetBlockProfileRate(int(100 * time.Microsecond)) // waits of 100 µs and more, sampled
			}
			rep, err := bench.Measure(cmd.Context(), cfg)
			for _, p := range []struct{ path, name string }{{heapProfile, "allocs"}, {blockProfile, "block"}} {
				if p.path == "" {
					continue
				}
				if perr := writeProfile(p.path, p.name); perr != nil && err == nil {
					err = perr
				}
			}
			if rep != nil && len(rep.Runs) > 0 {
				var perr error
				if asJSON {
					perr = printJSON(cmd.OutOrStdout(), rep)
				} else {
					perr = bench.WriteTable(cmd.OutOrStdout(), rep)
				}
				if err == nil {
					err = perr
				}
			}
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.Scenario, "scenario", "", "what to measure: "+strings.Join(bench.Scenarios, ", "))
	f.IntVar(&cfg.Inputs, "inputs", 0, "tally: number of inputs (default 1000; 8 with --quick)")
	f.BoolVar(&cfg.Quick, "quick", false, "smoke run: dev preset (insecure), tiny sizes, nodes in-process; not a measurement")
	f.BoolVar(&asJSON, "json", false, "print the report as JSON (progress goes to stderr)")
	f.BoolVar(&inProcess, "in-process", false, "run the nodes inside this process (peak RSS is then the whole process's)")
	f.DurationVar(&cfg.BlockTime, "block-time", 250*time.Millisecond, "devnet block interval")
	f.Uint32Var(&cfg.InputWindow, "input-window", 0, "input window in blocks (default: sized from the floor's encryption time)")
	f.IntSliceVar(&cfg.Committees, "committees", nil, "committee: committee sizes (default 3,5,9,19,32)")
	f.Uint32Var(&cfg.TicketWindow, "ticket-window", 0, "sortition window in blocks (default 8; 16 for committees above 9)")
	f.IntVar(&cfg.Concurrency, "concurrency", 16, "concurrent uploads")
	f.DurationVar(&cfg.Timeout, "timeout", 15*time.Minute, "bound on each E3")
	f.StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of this process (with --in-process it covers the nodes)")
	f.StringVar(&heapProfile, "memprofile", "", "write a heap profile (allocations since start) of this process at the end")
	f.StringVar(&blockProfile, "blockprofile", "", "write a profile of where this process's goroutines waited (with --in-process it covers the nodes: lock, channel and select waits of 100 µs and more)")
	cmd.MarkFlagRequired("scenario")
	return cmd
}

// writeHeapProfile writes the allocation profile (alloc_space shows where
// the bytes were allocated over the whole run, inuse_space what is live).
// writeProfile writes the named runtime profile ("allocs", "block") of
// this process to path.
func writeProfile(path, name string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("bench: %s profile: %w", name, err)
	}
	defer f.Close()
	if err := pprof.Lookup(name).WriteTo(f, 0); err != nil {
		return fmt.Errorf("bench: %s profile: %w", name, err)
	}
	return nil
}
