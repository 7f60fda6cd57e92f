package cli

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"
)

func init() { register(newContractsCmd) }

// errMissingFlag reports a required flag left empty.
var errMissingFlag = errors.New("missing required flag")

func newContractsCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "contracts",
		Short: "Manage the ledger contracts",
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(newContractsDeployCmd())
	return cmd
}

func newContractsDeployCmd() *cobra.Command {
	var (
		rpcURL  string
		keyFile string
		out     string
		asJSON  bool
	)
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy Registry, E3Manager and Slasher to an EVM chain and write the network file",
		Long: "deploy sends the contracts from the account of --key (a file holding a hex secp256k1\n" +
			"private key), wires them, registers the built-in programs, and writes the network file\n" +
			"(rpc, chainId, contract addresses, deployBlock) that nodes and clients read.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if rpcURL == "" || keyFile == "" || out == "" {
				return fmt.Errorf("contracts deploy: --rpc, --key and --out are required: %w", errMissingFlag)
			}
			key, err := readKeyFile(keyFile)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			c, err := ledger.Dial(ctx, rpcURL, key, ledger.Addresses{}, ledger.Options{})
			if err != nil {
				return err
			}
			defer c.Close()
			net, err := ledger.Deploy(ctx, c, ledger.DefaultDeployConfig())
			if err != nil {
				return err
			}
			net.RPC = rpcURL
			if err := net.Save(out); err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if asJSON {
				if err := json.NewEncoder(w).Encode(net); err != nil {
					return fmt.Errorf("contracts deploy: print: %w", err)
				}
				return nil
			}
			fmt.Fprintf(w, "chain %d, deployed at block %d\nregistry   %s\ne3Manager  %s\nslasher    %s\nwrote %s\n",
				net.ChainID, net.DeployBlock, net.Contracts.Registry, net.Contracts.E3Manager, net.Contracts.Slasher, out)
			return nil
		},
	}
	cmd.Flags().StringVar(&rpcURL, "rpc", "", "JSON-RPC URL of the chain (http, ws or ipc)")
	cmd.Flags().StringVar(&keyFile, "key", "", "file holding the deployer's hex private key")
	cmd.Flags().StringVar(&out, "out", "network.json", "where to write the network file")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the network file as JSON")
	return cmd
}

// readKeyFile reads a hex secp256k1 private key (with or without 0x).
func readKeyFile(path string) (*ecdsa.PrivateKey, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read key: %w", err)
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x"))
	if err != nil {
		return nil, fmt.Errorf("key file %s: %w", path, err)
	}
	return k, nil
}
