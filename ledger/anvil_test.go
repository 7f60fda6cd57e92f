package ledger

import (
	"context"
	"crypto/ecdsa"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/ciphernet/ciphernet/chain"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// anvilPath finds the anvil binary: $CIPHERNET_ANVIL, or the native binary
// that npm ci in contracts/ installs (CI runs it in .ci/steps/10-ledger.sh).
func anvilPath(t *testing.T) string {
	if p := os.Getenv("CIPHERNET_ANVIL"); p != "" {
		return p
	}
	p, err := filepath.Abs(filepath.Join("..", "contracts", "node_modules", "@foundry-rs", "anvil-"+runtime.GOOS+"-"+runtime.GOARCH, "bin", "anvil"))
	if err == nil {
		if _, err = os.Stat(p); err == nil {
			return p
		}
	}
	t.Skipf("anvil not installed (%v): run `npm ci` in contracts/ or set CIPHERNET_ANVIL", err)
	return ""
}

// startAnvil runs anvil on a free loopback port for the test's lifetime.
func startAnvil(t *testing.T) *rpc.Client {
	bin := anvilPath(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
	l.Close()
	cmd := exec.Command(bin, "--host", "127.0.0.1", "--port", port, "--silent")
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start anvil: %v", err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	for {
		rc, err := rpc.DialContext(ctx, "http://127.0.0.1:"+port)
		if err == nil {
			var id hexutil.Big
			if err = rc.CallContext(ctx, &id, "eth_chainId"); err == nil {
				t.Cleanup(rc.Close)
				return rc
			}
			rc.Close()
		}
		select {
		case <-ctx.Done():
			t.Fatalf("anvil did not answer on port %s: %v", port, err)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// TestLifecycleAnvil runs the same n=5, t=3 lifecycle against anvil, a
// different EVM implementation reached over HTTP JSON-RPC.
func TestLifecycleAnvil(t *testing.T) {
	rc := startAnvil(t)
	keys := make([]*ecdsa.PrivateKey, 10)
	for i := range keys {
		keys[i] = chain.DevKey(i)
		bal := (*hexutil.Big)(chain.DefaultBalance)
		if err := rc.Call(nil, "anvil_setBalance", crypto.PubkeyToAddress(keys[i].PublicKey), bal); err != nil {
			t.Fatalf("fund dev account: %v", err)
		}
	}
	e := setupEnv(t, rc, keys)
	if id := e.owner.ChainID(); id.Int64() != 31337 {
		t.Fatalf("chain id %v; want anvil's 31337", id)
	}
	runLifecycle(t, e)
}
