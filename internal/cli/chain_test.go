package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	gethcommon "github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// syncBuffer is a bytes.Buffer safe to read while a command writes to it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestChainServesAndDeploys runs `ciphernet chain` on a free port until
// cancelled, checks it serves JSON-RPC with funded accounts and key files,
// then deploys the contracts to it with `ciphernet contracts deploy`.
func TestChainServesAndDeploys(t *testing.T) {
	var out syncBuffer
	var errOut bytes.Buffer
	dir := t.TempDir()
	root := NewRoot(&out, &errOut)
	root.SetArgs([]string{"chain", "--rpc", "127.0.0.1:0", "--accounts", "3", "--json", "--write-keys", filepath.Join(dir, "keys")})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(ctx) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("chain command: %v", err)
		}
	}()

	var info chainInfo
	deadline := time.Now().Add(30 * time.Second)
	for {
		if s := out.String(); strings.HasSuffix(s, "\n") {
			if err := json.Unmarshal([]byte(s), &info); err != nil {
				t.Fatalf("chain --json output %q: %v", s, err)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("chain printed nothing; stderr %q", errOut.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if info.ChainID != 1337 || len(info.Accounts) != 3 || !strings.HasPrefix(info.WS, "ws://127.0.0.1:") {
		t.Fatalf("chain info %+v", info)
	}
	cl, err := ethclient.Dial(info.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	key0, err := readKeyFile(filepath.Join(dir, "keys", "dev-0.key"))
	if err != nil {
		t.Fatal(err)
	}
	if got := crypto.PubkeyToAddress(key0.PublicKey).Hex(); got != info.Accounts[0].Address {
		t.Fatalf("key file is for %s; want %s", got, info.Accounts[0].Address)
	}
	if bal, err := cl.BalanceAt(context.Background(), crypto.PubkeyToAddress(key0.PublicKey), nil); err != nil || bal.Sign() == 0 {
		t.Fatalf("dev account balance %v, %v", bal, err)
	}

	netFile := filepath.Join(dir, "network.json")
	var dOut, dErr bytes.Buffer
	if code := Main([]string{"contracts", "deploy", "--rpc", info.HTTP, "--key", filepath.Join(dir, "keys", "dev-0.key"), "--out", netFile, "--json"}, &dOut, &dErr); code != 0 {
		t.Fatalf("deploy exit %d: %s", code, dErr.String())
	}
	raw, err := os.ReadFile(netFile)
	if err != nil {
		t.Fatal(err)
	}
	var net struct {
		RPC         string            `json:"rpc"`
		ChainID     uint64            `json:"chainId"`
		Contracts   map[string]string `json:"contracts"`
		DeployBlock uint64            `json:"deployBlock"`
	}
	if err := json.Unmarshal(raw, &net); err != nil {
		t.Fatal(err)
	}
	if net.RPC != info.HTTP || net.ChainID != 1337 || net.DeployBlock == 0 || len(net.Contracts) != 3 {
		t.Fatalf("network file %s", raw)
	}
	for name, addr := range net.Contracts {
		code, err := cl.CodeAt(context.Background(), gethcommon.HexToAddress(addr), nil)
		if err != nil || len(code) == 0 {
			t.Fatalf("%s at %s has no code (%v)", name, addr, err)
		}
	}
}
