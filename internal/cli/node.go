package cli

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"os/signal"
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
