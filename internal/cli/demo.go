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
		Long: `demo starts a devnet — an embedded go-ethereum chain with the Ciphernet
contracts and real ciphernodes, each with its own keystore, bbolt store,
libp2p host and HTTP API — and runs one E3 through the ten lifecycle steps:
request, creation, sortition, threshold key generation, encrypted inputs,
compute, output verification by re-execution, threshold decryption and
release, and retrieval. The demo itself only requests the E3, encrypts
inputs under the published key and uploads them; the nodes do the rest. It
exits 0 only if the released result equals the plaintext reference
computation over the committed inputs.

Programs: tally (secret ballot, default, on the standard preset), auction
(sealed bids: only the clearing price and the winner are released) and
stats (count, sum, mean, variance of private figures); the last two
multiply, and run on the mul preset unless --preset dev (insecure, fast).`,
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
	f.StringVar(&cfg.Program, "program", cfg.Program, "program to run: tally, auction or stats")
	f.IntVar(&cfg.Options, "options", cfg.Options, "tally: number of options")
	f.IntVar(&cfg.Levels, "levels", cfg.Levels, "auction: number of price levels (bids are 1..levels)")
	f.StringVar(&cfg.Rule, "rule", cfg.Rule, "auction: first or second price")
	f.IntVar(&cfg.Max, "max", cfg.Max, "stats: figures are drawn from 0..max")
	f.StringVar(&cfg.Preset, "preset", cfg.Preset, "BFV preset: standard (128-bit, additions), mul (128-bit, multiplications) or dev (insecure, fast); default: the program's")
	f.IntVar(&cfg.Nodes, "nodes", cfg.Nodes, "committee size n")
	f.IntVar(&cfg.Threshold, "threshold", cfg.Threshold, "members needed to decrypt, t")
	f.IntVar(&cfg.Operators, "operators", cfg.Operators, "registered operators sortition draws from (>= nodes)")
	f.IntVar(&cfg.Inputs, "inputs", cfg.Inputs, "number of encrypted ballots")
	f.IntVar(&cfg.Offline, "offline", cfg.Offline, "members that go offline after key generation, party 1 (the first compute provider) first")
	f.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "seed of the random ballots")
	f.Uint32Var(&cfg.InputWindow, "input-window", cfg.InputWindow, "input window in blocks of 250 ms")
	f.BoolVar(&asJSON, "json", false, "print the report as JSON (steps go to stderr)")
	return cmd
}
