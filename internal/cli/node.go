package cli

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/ciphernet/ciphernet/keystore"
	"github.com/ciphernet/ciphernet/node"
)

func init() { register(newNodeCmd) }

func newNodeCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "node",
		Short: "Set up and run a ciphernode",
	}
	cmd.AddCommand(newNodeInitCmd(), newNodeStartCmd())
	cmd.AddCommand(newNodeRegisterCmd(), newNodeStatusCmd())
	return cmd
}

func newNodeStartCmd() *cobra.Command {
	var configPath, bond string
	cmd := &cobra.Command{
		Use:   "start",
		Short: "Run a ciphernode from its config.toml until interrupted",
		Long: `start loads the configuration, opens the keystore with the password from the
configured environment variable (or <NAME>_FILE), connects to the ledger and
peers, optionally registers the node with --register-bond, and runs the
node's services (ledger watcher, engine, p2p, HTTP API, outbox) until
interrupted. Restarting resumes from the store and the ledger.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := node.Load(configPath)
			if err != nil {
				return err
			}
			password, err := keystore.ReadPassword(cfg.PasswordEnv)
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGINT, syscall.SIGTERM)
			defer stop()
			log := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), nil))
			n, err := node.Open(ctx, cfg, password, log, node.Deps{})
			if err != nil {
				return err
			}
			defer n.Close()
			if bond != "" {
				amount, ok := new(big.Int).SetString(bond, 10)
				if !ok {
					return fmt.Errorf("--register-bond %q is not an integer amount of wei", bond)
				}
				if err := n.Register(ctx, amount); err != nil {
					return err
				}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "node %s running; api %s\n", n.Address().Hex(), n.APIAddr())
			return n.Run(ctx)
		},
	}
	f := cmd.Flags()
	f.StringVar(&configPath, "config", "config.toml", "configuration file")
	f.StringVar(&bond, "register-bond", "", "register on the ledger first, bonding this many wei")
	return cmd
}

func newNodeInitCmd() *cobra.Command {
	var dir, network, passwordEnv string
	var asJSON, fastKDF bool
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Create a node directory: commented config.toml and an encrypted keystore",
		Long: `init creates DIR with a commented config.toml and keystore.json holding a fresh
ledger key and X25519 transport key, encrypted under the password in the
environment variable named by --password-env (or in the file named by
<NAME>_FILE). It prints the address and transport key to register.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dir == "" {
				return fmt.Errorf("--dir is required")
			}
			kdf := keystore.DefaultKDF
			if fastKDF {
				kdf = keystore.TestKDF
			}
			id, err := node.Init(dir, network, passwordEnv, kdf)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(id)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "config        %s\nkeystore      %s\naddress       %s\ntransport key %s\n", id.Config, id.Keystore, id.Address, id.TransportKey)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dir, "dir", "", "node directory to create (required)")
	f.StringVar(&network, "network", "", "network file (default: DIR/../network.json)")
	f.StringVar(&passwordEnv, "password-env", "CIPHERNET_PASSWORD", "environment variable holding the keystore password")
	f.BoolVar(&asJSON, "json", false, "print as JSON")
	f.BoolVar(&fastKDF, "insecure-fast-kdf", false, "cheap password hashing, for tests and throwaway devnets only")
	return cmd
}

func newNodeRegisterCmd() *cobra.Command {
	var configPath, bond string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "register",
		Short: "Register and bond the node's operator on the ledger, without starting the node",
		Long: `register reads the configuration and opens the keystore with the password from
the configured environment variable (or <NAME>_FILE), then registers the
operator's account on the ledger with the node's transport key, libp2p peer
id and listen addresses (which need fixed ports), bonding --bond ETH (default:
the registry's minimum bond). Running it again is safe: an operator already
registered keeps its bond and only has its endpoint updated if it changed.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var amount *big.Int
			if bond != "" {
				var err error
				if amount, err = parseEther(bond); err != nil {
					return fmt.Errorf("--bond: %w", err)
				}
			}
			cfg, err := node.Load(configPath)
			if err != nil {
				return err
			}
			password, err := keystore.ReadPassword(cfg.PasswordEnv)
			if err != nil {
				return err
			}
			reg, err := node.RegisterOperator(cmd.Context(), cfg, password, amount, node.Deps{})
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(map[string]any{
					"address": reg.Address.Hex(), "action": reg.Action, "peerId": reg.Endpoint.PeerID.String(),
					"addrs": reg.Endpoint.Addrs, "bondWei": reg.Bond.String(), "minBondWei": reg.MinBond.String(),
				})
			}
			out := cmd.OutOrStdout()
			switch reg.Action {
			case node.Registered:
				fmt.Fprintf(out, "registered %s with a bond of %s ETH\n", reg.Address.Hex(), formatEther(reg.Bond))
			case node.Updated:
				fmt.Fprintf(out, "%s was already registered; endpoint updated, bond unchanged at %s ETH\n", reg.Address.Hex(), formatEther(reg.Bond))
			default:
				fmt.Fprintf(out, "%s is already registered with this endpoint; nothing to do (bond %s ETH)\n", reg.Address.Hex(), formatEther(reg.Bond))
			}
			fmt.Fprintf(out, "peer id %s\n", reg.Endpoint.PeerID)
			for _, a := range reg.Endpoint.Addrs {
				fmt.Fprintf(out, "addr    %s\n", a)
			}
			if reg.Bond.Cmp(reg.MinBond) < 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "warning: the bond is below the registry's minimum of %s ETH; the node holds no tickets\n", formatEther(reg.MinBond))
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&configPath, "config", "config.toml", "configuration file")
	f.StringVar(&bond, "bond", "", "bond in ETH, e.g. 1.5 (default: the registry's minimum bond)")
	f.BoolVar(&asJSON, "json", false, "print as JSON")
	return cmd
}

// parseEther reads a decimal amount of ETH ("2", "0.5") as wei; amounts
// finer than one wei, negative or malformed are refused.
func parseEther(s string) (*big.Int, error) {
	r, ok := new(big.Rat).SetString(s)
	if !ok || strings.ContainsAny(s, "/eE") {
		return nil, fmt.Errorf("%q is not a decimal amount of ETH", s)
	}
	if r.Sign() < 0 {
		return nil, fmt.Errorf("%q is negative", s)
	}
	r.Mul(r, new(big.Rat).SetInt(big.NewInt(1e18)))
	if !r.IsInt() {
		return nil, fmt.Errorf("%q is finer than one wei", s)
	}
	return r.Num(), nil
}

// formatEther writes wei as decimal ETH without trailing zeros.
func formatEther(wei *big.Int) string {
	s := new(big.Rat).SetFrac(wei, big.NewInt(1e18)).FloatString(18)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}
