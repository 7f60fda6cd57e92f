package chain

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

func start(t *testing.T, cfg Config) *Chain {
	t.Helper()
	c, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() {
		if err := c.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return c
}

func transfer(t *testing.T, cl *ethclient.Client, from Account, nonce uint64) *types.Transaction {
	t.Helper()
	ctx := context.Background()
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tx := types.MustSignNewTx(from.Key, types.LatestSignerForChainID(big.NewInt(ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(ChainID), Nonce: nonce, GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(params.GWei)),
		Gas:       21000, To: &from.Address, Value: big.NewInt(1),
	})
	if err := cl.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("send: %v", err)
	}
	return tx
}

func waitReceipt(t *testing.T, cl *ethclient.Client, tx *types.Transaction) *types.Receipt {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for {
		r, err := cl.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			return r
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no receipt for %s", tx.Hash())
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func TestMineOnEachTransaction(t *testing.T) {
	c := start(t, Config{Accounts: 3})
	cl := c.Client()
	id, err := cl.ChainID(context.Background())
	if err != nil || id.Int64() != ChainID {
		t.Fatalf("chain id = %v, %v; want %d", id, err, ChainID)
	}
	bal, err := cl.BalanceAt(context.Background(), c.Accounts()[2].Address, nil)
	if err != nil || bal.Cmp(DefaultBalance) != 0 {
		t.Fatalf("balance = %v, %v; want %v", bal, err, DefaultBalance)
	}
	for nonce := uint64(0); nonce < 3; nonce++ {
		r := waitReceipt(t, cl, transfer(t, cl, c.Accounts()[0], nonce))
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("tx %d failed", nonce)
		}
	}
	n, err := cl.BlockNumber(context.Background())
	if err != nil || n < 3 {
		t.Fatalf("block number = %d, %v; want >= 3", n, err)
	}
}

func TestBlockInterval(t *testing.T) {
	c := start(t, Config{Accounts: 1, BlockTime: 100 * time.Millisecond})
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		n, err := c.Client().BlockNumber(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if n >= 3 {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("interval mining produced fewer than 3 blocks in 5s")
}

func TestServeRPCAndEvmMine(t *testing.T) {
	c := start(t, Config{Accounts: 1, RPCAddr: "127.0.0.1:0"})
	for _, url := range []string{c.HTTPEndpoint(), c.WSEndpoint()} {
		cl, err := ethclient.Dial(url)
		if err != nil {
			t.Fatalf("dial %s: %v", url, err)
		}
		before, err := cl.BlockNumber(context.Background())
		if err != nil {
			t.Fatalf("%s: %v", url, err)
		}
		if err := cl.Client().Call(nil, "evm_mine"); err != nil {
			t.Fatalf("%s evm_mine: %v", url, err)
		}
		after, err := cl.BlockNumber(context.Background())
		if err != nil || after != before+1 {
			t.Fatalf("%s: block %d -> %d (%v); want +1", url, before, after, err)
		}
		cl.Close()
	}
}

func TestRejectsNonLoopback(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:8545", "example.com:1", "nonsense"} {
		if c, err := New(Config{RPCAddr: addr}); err == nil {
			c.Close()
			t.Errorf("New(RPCAddr=%q) succeeded; want an error", addr)
		}
	}
}

func TestForkReorgs(t *testing.T) {
	c := start(t, Config{Accounts: 1})
	ctx := context.Background()
	if err := c.Mine(2); err != nil {
		t.Fatal(err)
	}
	base, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Mine(2); err != nil {
		t.Fatal(err)
	}
	old, _ := c.Client().HeaderByNumber(ctx, nil)
	if err := c.Fork(base.Hash()); err != nil {
		t.Fatal(err)
	}
	if err := c.Mine(3); err != nil {
		t.Fatal(err)
	}
	h, err := c.Client().HeaderByNumber(ctx, old.Number)
	if err != nil {
		t.Fatal(err)
	}
	if h.Hash() == old.Hash() {
		t.Fatal("block at the old head height is unchanged after the fork")
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.Mine(1); err != ErrClosed {
		t.Fatalf("Mine after Close = %v; want ErrClosed", err)
	}
}

func TestManualMining(t *testing.T) {
	c := start(t, Config{Accounts: 1, Manual: true})
	cl := c.Client()
	tx := transfer(t, cl, c.Accounts()[0], 0)
	time.Sleep(300 * time.Millisecond)
	if _, err := cl.TransactionReceipt(context.Background(), tx.Hash()); err == nil {
		t.Fatal("transaction mined without Mine in manual mode")
	}
	if err := c.Mine(1); err != nil {
		t.Fatal(err)
	}
	if r := waitReceipt(t, cl, tx); r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("transaction failed")
	}
}
