package cli

import (
	"encoding/json"
	"fmt"

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
	cmd.AddCommand(newNodeInitCmd())
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
