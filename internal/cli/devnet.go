package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/ciphernet/ciphernet/devnet"
)

func init() { register(newDevnetCmd) }

func newDevnetCmd() *cobra.Command {
	var cfg devnet.Config
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Run a local network: embedded chain on loopback and N ciphernodes, until interrupted",
		Long: `devnet starts the embedded chain served as JSON-RPC on loopback, deploys the
contracts with the built-in programs, and runs N ciphernodes in this process,
each with its own directory (keystore, bbolt store), libp2p host and HTTP API,
registered and bonded. It writes DIR/network.json (rpc, chainId, contracts, a
funded requester key, and the nodes with their API addresses and pids) and
runs until interrupted. --nodes, --threshold and --preset are also written to
network.json as the defaults of 'ciphernet e3 request' on this devnet.

With --processes each node runs as its own OS process ('ciphernet node start
--config DIR/nodeI/config.toml', fixed loopback ports, log in
DIR/nodeI/node.log), so nodes can be killed (kill -9 PID) and restarted with
the same command; interrupting the devnet stops them all.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if cfg.Dir == "" {
				return fmt.Errorf("--dir is required")
			}
			if cfg.Processes {
				exe, err := os.Executable()
				if err != nil {
					return fmt.Errorf("--processes: locating the ciphernet binary: %w", err)
				}
				cfg.Binary = exe
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGINT, syscall.SIGTERM)
			defer stop()
			d, err := devnet.Start(ctx, cfg)
			if err != nil {
				return err
			}
			defer d.Close()
			if asJSON {
				json.NewEncoder(cmd.OutOrStdout()).Encode(d.File)
			} else {
				fmt.Fprintf(cmd.OutOrStdout(), "network file %s\nrpc          %s\n", d.Path, d.File.RPC)
				for _, n := range d.File.Nodes {
					fmt.Fprintf(cmd.OutOrStdout(), "node %s  api http://%s  pid %d", n.Address, n.API, n.PID)
					if n.Log != "" {
						fmt.Fprintf(cmd.OutOrStdout(), "  log %s", n.Log)
					}
					fmt.Fprintln(cmd.OutOrStdout())
				}
				fmt.Fprintln(cmd.OutOrStdout(), "running; interrupt to stop")
			}
			<-ctx.Done()
			if err := d.Err(); err != nil && ctx.Err() == context.Canceled {
				return err
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.Dir, "dir", "", "directory for network.json and the node directories (required)")
	f.IntVar(&cfg.Nodes, "nodes", 5, "number of ciphernodes (the default committee size of E3s requested on this devnet)")
	f.IntVar(&cfg.Threshold, "threshold", 0, "default threshold t of E3s requested on this devnet, written to network.json (default ⌊nodes/2⌋+1)")
	f.StringVar(&cfg.Preset, "preset", "", "default BFV preset of E3s requested on this devnet: dev (insecure, fast), standard or mul (default: each program's own)")
	f.DurationVar(&cfg.BlockTime, "block-time", 250*time.Millisecond, "block interval of the embedded chain")
	f.StringVar(&cfg.RPCAddr, "rpc", "127.0.0.1:0", "loopback address of the chain's JSON-RPC (port 0: any)")
	f.BoolVar(&asJSON, "json", false, "print the network file as JSON")
	f.BoolVar(&cfg.Processes, "processes", false, "run each node as its own OS process (ciphernet node start), so it can be killed and restarted")
	return cmd
}
