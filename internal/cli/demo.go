package cli

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/ciphernet/ciphernet/internal/demo"
)

func init() { register(newDemoCmd) }

func newDemoCmd() *cobra.Command {
	cfg := demo.DefaultConfig()
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run one E3 end to end on an embedded chain and print each lifecycle step",
		Long: `demo starts an embedded go-ethereum chain, deploys the Ciphernet contracts,
registers and bonds operators, and runs one E3 of the tally program through
the ten lifecycle steps: request, creation, sortition, threshold key
generation, encrypted inputs, compute, output verification by re-execution,
threshold decryption and release, and retrieval. It exits 0 only if the
released result equals the plaintext reference computation.

Committee members run in-process and exchange blobs by hash in memory; the
networked ciphernode (libp2p, bbolt, HTTP API) comes with 'ciphernet devnet'.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			out := cmd.OutOrStdout()
			if asJSON {
				out = cmd.ErrOrStderr()
			}
			rep, err := demo.Run(cmd.Context(), cfg, out)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(rep)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "E3 %d completed in %.1f s\n", rep.E3ID, rep.Duration.Seconds())
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.Program, "program", cfg.Program, "program to run (tally)")
	f.IntVar(&cfg.Options, "options", cfg.Options, "tally: number of options")
	f.StringVar(&cfg.Preset, "preset", cfg.Preset, "BFV preset: standard (128-bit) or dev (insecure, fast)")
	f.IntVar(&cfg.Nodes, "nodes", cfg.Nodes, "committee size n")
	f.IntVar(&cfg.Threshold, "threshold", cfg.Threshold, "members needed to decrypt, t")
	f.IntVar(&cfg.Operators, "operators", cfg.Operators, "registered operators sortition draws from (>= nodes)")
	f.IntVar(&cfg.Inputs, "inputs", cfg.Inputs, "number of encrypted ballots")
	f.IntVar(&cfg.Offline, "offline", cfg.Offline, "members that go offline after key generation")
	f.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "seed of the random ballots")
	f.Uint32Var(&cfg.InputWindow, "input-window", cfg.InputWindow, "input window in blocks of 250 ms")
	f.BoolVar(&asJSON, "json", false, "print the report as JSON (steps go to stderr)")
	return cmd
}
