package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ciphernet/ciphernet/chain"
	"github.com/ciphernet/ciphernet/keystore"
	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/node"
)

// TestNodeRegister: `node register` registers and bonds the operator with
// the endpoint derived from its config and keystore, says so when run
// again, updates the endpoint after the listen port changes, and refuses
// a wrong password, an unfunded account, a port-0 listen address, a
// missing config and a malformed bond with a message naming the problem.
func TestNodeRegister(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	netPath := filepath.Join(dir, "network.json")
	const pw = "register test password"
	t.Setenv("CN_REG_PW", pw)
	funded, err := node.InitWithPassword(filepath.Join(dir, "funded"), netPath, "CN_REG_PW", pw, keystore.TestKDF)
	if err != nil {
		t.Fatal(err)
	}
	poor, err := node.InitWithPassword(filepath.Join(dir, "poor"), netPath, "CN_REG_PW", pw, keystore.TestKDF)
	if err != nil {
		t.Fatal(err)
	}
	// exact holds the bond but nothing for gas.
	exact, err := node.InitWithPassword(filepath.Join(dir, "exact"), netPath, "CN_REG_PW", pw, keystore.TestKDF)
	if err != nil {
		t.Fatal(err)
	}
	ch, err := chain.New(chain.Config{Accounts: 1, BlockTime: 0, RPCAddr: "127.0.0.1:0", Alloc: types.GenesisAlloc{
		common.HexToAddress(funded.Address): {Balance: eth(10)},
		common.HexToAddress(exact.Address):  {Balance: eth(1)},
	}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	owner, err := ledger.New(ctx, ch.RPC(), ch.Accounts()[0].Key, ledger.Addresses{}, ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}
	network, err := ledger.Deploy(ctx, owner, ledger.DefaultDeployConfig())
	if err != nil {
		t.Fatal(err)
	}
	network.RPC = ch.HTTPEndpoint()
	if err := network.Save(netPath); err != nil {
		t.Fatal(err)
	}
	reader, err := ledger.New(ctx, ch.RPC(), nil, network.Contracts, ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}

	run := func(args ...string) (int, string, string) {
		var out, errOut bytes.Buffer
		code := Main(append([]string{"node", "register"}, args...), &out, &errOut)
		return code, out.String(), errOut.String()
	}
	fail := func(want string, args ...string) {
		t.Helper()
		code, out, errOut := run(args...)
		if code == 0 || !strings.Contains(errOut, want) {
			t.Errorf("register %v: exit %d, stdout %q, stderr %q; want a failure naming %q", args, code, out, errOut, want)
		}
	}

	// The default config listens on port 0: nothing to advertise.
	fail("port 0", "--config", funded.Config)
	setListen(t, funded.Config, "/ip4/127.0.0.1/tcp/41001")
	setListen(t, poor.Config, "/ip4/127.0.0.1/tcp/41002")
	setListen(t, exact.Config, "/ip4/127.0.0.1/tcp/41004")

	fail("--bond", "--config", funded.Config, "--bond", "lots")
	fail("--bond", "--config", funded.Config, "--bond", "-1")
	fail("missing.toml", "--config", filepath.Join(dir, "missing.toml"))
	t.Setenv("CN_REG_PW", "not the password")
	fail("wrong password", "--config", funded.Config)
	t.Setenv("CN_REG_PW", pw)
	fail("insufficient funds", "--config", poor.Config)
	fail("insufficient funds", "--config", exact.Config, "--bond", "1")

	// First registration bonds 2.5 ETH.
	bond := new(big.Int).Div(eth(5), big.NewInt(2))
	code, out, errOut := run("--config", funded.Config, "--bond", "2.5", "--json")
	if code != 0 {
		t.Fatalf("register: exit %d: %s", code, errOut)
	}
	var got struct {
		Address, Action, PeerID, BondWei string
		Addrs                            []string
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("register output %q: %v", out, err)
	}
	if got.Action != "registered" || got.BondWei != bond.String() || !strings.EqualFold(got.Address, funded.Address) {
		t.Fatalf("register reported %+v", got)
	}
	rec, err := reader.GetNode(ctx, common.HexToAddress(funded.Address))
	if err != nil {
		t.Fatal(err)
	}
	wantAddr := "/ip4/127.0.0.1/tcp/41001/p2p/" + got.PeerID
	if !rec.Registered || rec.Addrs != wantAddr || rec.Bond.Cmp(bond) != 0 {
		t.Fatalf("ledger record: registered %v addrs %q bond %s; want %q, 2.5 ETH", rec.Registered, rec.Addrs, rec.Bond, wantAddr)
	}
	if fmt.Sprintf("0x%x", rec.TransportKey) != funded.TransportKey {
		t.Fatalf("transport key %x, init printed %s", rec.TransportKey, funded.TransportKey)
	}

	// Again: nothing to do, and no second bond.
	code, out, errOut = run("--config", funded.Config, "--bond", "3")
	if code != 0 || !strings.Contains(out, "already registered with this endpoint") || !strings.Contains(out, "bond 2.5 ETH") {
		t.Fatalf("second register: exit %d, stdout %q, stderr %q", code, out, errOut)
	}

	// The node moved to another port: the endpoint is replaced.
	setListen(t, funded.Config, "/ip4/127.0.0.1/tcp/41003")
	code, out, errOut = run("--config", funded.Config)
	if code != 0 || !strings.Contains(out, "endpoint updated") {
		t.Fatalf("register after move: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if rec, err = reader.GetNode(ctx, common.HexToAddress(funded.Address)); err != nil || !strings.Contains(rec.Addrs, "/tcp/41003/p2p/") {
		t.Fatalf("addrs after update %q (%v)", rec.Addrs, err)
	}
	if rec.Bond.Cmp(bond) != 0 {
		t.Fatalf("bond changed to %s by an update", rec.Bond)
	}
}

// setListen rewrites a config's listen line (the template writes one).
func setListen(t *testing.T, path, addr string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "listen = ") {
			l = fmt.Sprintf("listen = [%q]", addr)
		}
		lines = append(lines, l)
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestParseEther(t *testing.T) {
	for in, want := range map[string]string{"1": "1000000000000000000", "0.5": "500000000000000000", "2.000000000000000001": "2000000000000000001", "0": "0"} {
		got, err := parseEther(in)
		if err != nil || got.String() != want {
			t.Errorf("parseEther(%q) = %v, %v; want %s", in, got, err, want)
		}
		if back := formatEther(got); back != in {
			t.Errorf("formatEther(%s) = %q, want %q", got, back, in)
		}
	}
	for _, bad := range []string{"", "x", "-1", "1e18", "1/2", "0.0000000000000000001"} {
		if _, err := parseEther(bad); err == nil {
			t.Errorf("parseEther(%q) accepted", bad)
		}
	}
}

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
