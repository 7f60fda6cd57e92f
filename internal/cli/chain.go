package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/ciphernet/ciphernet/chain"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"
)

func init() { register(newChainCmd) }

// chainInfo is what `ciphernet chain --json` prints once the chain serves.
type chainInfo struct {
	ChainID  uint64       `json:"chainId"`
	HTTP     string       `json:"rpc"`
	WS       string       `json:"ws"`
	Accounts []devAccount `json:"accounts"`
}

type devAccount struct {
	Address    string `json:"address"`
	PrivateKey string `json:"privateKey"`
}

func newChainCmd() *cobra.Command {
	var (
		rpcAddr   string
		blockTime time.Duration
		accounts  int
		keysDir   string
		asJSON    bool
	)
	cmd := &cobra.Command{
		Use:   "chain",
		Short: "Run the embedded development chain and serve it as JSON-RPC on loopback",
		Long: "chain runs go-ethereum's EVM in-process with funded dev accounts and serves HTTP and\n" +
			"WebSocket JSON-RPC on a loopback address, so nodes and `contracts deploy` can use it like\n" +
			"any EVM endpoint. The dev keys are derived from public labels: never send real value.\n" +
			"It runs until interrupted.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ch, err := chain.New(chain.Config{Accounts: accounts, BlockTime: blockTime, RPCAddr: rpcAddr})
			if err != nil {
				return err
			}
			defer ch.Close()
			info := chainInfo{ChainID: chain.ChainID, HTTP: ch.HTTPEndpoint(), WS: ch.WSEndpoint()}
			for _, a := range ch.Accounts() {
				info.Accounts = append(info.Accounts, devAccount{Address: a.Address.Hex(), PrivateKey: hexutil.Encode(crypto.FromECDSA(a.Key))})
			}
			if keysDir != "" {
				if err := writeDevKeys(keysDir, info.Accounts); err != nil {
					return err
				}
			}
			out := cmd.OutOrStdout()
			if asJSON {
				if err := json.NewEncoder(out).Encode(info); err != nil {
					return fmt.Errorf("chain: print: %w", err)
				}
			} else {
				mode := "a block per transaction"
				if blockTime > 0 {
					mode = "a block every " + blockTime.String()
				}
				fmt.Fprintf(out, "chain id %d, %s\nhttp %s\nws   %s\n", info.ChainID, mode, info.HTTP, info.WS)
				for i, a := range info.Accounts {
					fmt.Fprintf(out, "account %d  %s  key %s\n", i, a.Address, a.PrivateKey)
				}
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			<-ctx.Done()
			return nil
		},
	}
	cmd.Flags().StringVar(&rpcAddr, "rpc", "127.0.0.1:8545", "loopback host:port for HTTP and WebSocket JSON-RPC (port 0: any free port)")
	cmd.Flags().DurationVar(&blockTime, "block-time", 0, "0 mines a block per transaction; e.g. 1s mines on that interval")
	cmd.Flags().IntVar(&accounts, "accounts", 10, "number of funded dev accounts")
	cmd.Flags().StringVar(&keysDir, "write-keys", "", "also write each dev key to DIR/dev-<i>.key (for contracts deploy --key)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the endpoints and accounts as JSON")
	return cmd
}

func writeDevKeys(dir string, accounts []devAccount) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("chain: key dir: %w", err)
	}
	for i, a := range accounts {
		p := filepath.Join(dir, fmt.Sprintf("dev-%d.key", i))
		if err := os.WriteFile(p, []byte(a.PrivateKey+"\n"), 0o600); err != nil {
			return fmt.Errorf("chain: write %s: %w", p, err)
		}
	}
	return nil
}
