package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/ciphernet/ciphernet/node"
)

// errNodeUnreachable means the node's HTTP API did not answer.
var errNodeUnreachable = errors.New("node API unreachable")

func newNodeStatusCmd() *cobra.Command {
	var configPath, apiURL string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show a running node's registration, peers, outbox and E3s",
		Long: `status asks a running node (its HTTP API, GET /v1/node) for its ledger
registration and bond, chain head and last processed block, libp2p peers,
unsent outbox messages, and every E3 it knows with its phase, the node's
party index and protocol state, live committee members and whether it still
holds secrets for it. The API address comes from the node's config.toml, or
--api when the node listens on an ephemeral port (devnet: see network.json).
Prometheus metrics are at /metrics on the same address.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			base := apiURL
			if base == "" {
				cfg, err := node.Load(configPath)
				if err != nil {
					return err
				}
				if cfg.API == "" {
					return fmt.Errorf("%s has no api address: the node serves no API (set api = \"127.0.0.1:8545\" or pass --api)", configPath)
				}
				if _, port, err := net.SplitHostPort(cfg.API); err == nil && port == "0" {
					return fmt.Errorf("%s listens on an ephemeral API port (%s): pass --api with the address the node printed at start", configPath, cfg.API)
				}
				base = cfg.API
			}
			if !strings.Contains(base, "://") {
				base = "http://" + base
			}
			st, err := fetchStatus(base)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(st)
			}
			printStatus(cmd.OutOrStdout(), st)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&configPath, "config", "config.toml", "the node's configuration file (for its API address)")
	f.StringVar(&apiURL, "api", "", "the node's API address (host:port or URL), instead of the config's")
	f.BoolVar(&asJSON, "json", false, "print the status as JSON")
	return cmd
}

func fetchStatus(base string) (node.Status, error) {
	client := &http.Client{Timeout: 10 * time.Second}
	resp, err := client.Get(strings.TrimRight(base, "/") + "/v1/node")
	if err != nil {
		return node.Status{}, fmt.Errorf("%w at %s: %v (is `ciphernet node start` running?)", errNodeUnreachable, base, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4<<20))
	if resp.StatusCode != http.StatusOK {
		var e struct{ Error string }
		json.Unmarshal(body, &e)
		return node.Status{}, fmt.Errorf("node at %s answered %s: %s", base, resp.Status, e.Error)
	}
	var st node.Status
	if err := json.Unmarshal(body, &st); err != nil {
		return node.Status{}, fmt.Errorf("node at %s: undecodable status: %w", base, err)
	}
	return st, nil
}

func printStatus(w io.Writer, st node.Status) {
	reg := "NOT REGISTERED (run `ciphernet node register`)"
	if st.Registered {
		reg = "registered, bond " + st.Bond + " wei"
	}
	fmt.Fprintf(w, "node      %s (%s)\n", st.Address, reg)
	fmt.Fprintf(w, "peer id   %s, %d peers connected\n", st.PeerID, st.Peers)
	fmt.Fprintf(w, "chain     %d, head %d, processed up to %d\n", st.ChainID, st.Head, st.Checkpoint)
	fmt.Fprintf(w, "outbox    %d unsent\n", st.OutboxDepth)
	if len(st.E3s) == 0 {
		fmt.Fprintln(w, "no E3s seen")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "E3\tPHASE\tPROGRAM\tN/T\tPARTY\tSTATE\tLIVE\tSECRETS")
	for _, e := range st.E3s {
		party, state, live := "-", "-", "-"
		if e.PartyIndex > 0 {
			party, state, live = fmt.Sprint(e.PartyIndex), e.State, fmt.Sprintf("%d/%d", e.Live, e.N)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d/%d\t%s\t%s\t%s\t%v\n", e.ID, e.Phase, e.Program, e.N, e.T, party, state, live, e.Secrets)
	}
	tw.Flush()
}
