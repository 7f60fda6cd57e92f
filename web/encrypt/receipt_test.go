package encrypt

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/store"
)

// signed makes a receipt the way a node does (ledger.ReceiptDigest,
// ledger.Sign).
func signed(t testing.TB) Receipt {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	node := crypto.PubkeyToAddress(key.PublicKey)
	manager := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	input := common.Hash(store.Keccak(append([]byte("a ciphertext from "), node[:]...)))
	sig, err := ledger.Sign(key, ledger.ReceiptDigest(big.NewInt(1337), manager, 42, input, node))
	if err != nil {
		t.Fatal(err)
	}
	return Receipt{ChainID: 1337, E3Manager: manager.Hex(), E3ID: 42, InputHash: input.Hex(), Node: node.Hex(), Signature: "0x" + common.Bytes2Hex(sig)}
}

func TestReceiptDigestIsTheLedgers(t *testing.T) {
	for _, c := range []struct {
		chain, e3 uint64
	}{{1, 0}, {1337, 42}, {1 << 62, 1<<64 - 1}} {
		m, n, h := common.HexToAddress("0x01"), common.HexToAddress("0xff00ff"), common.HexToHash("0xabcdef")
		want := ledger.ReceiptDigest(new(big.Int).SetUint64(c.chain), m, c.e3, h, n)
		if got := receiptDigest(c.chain, m[:], c.e3, h[:], n[:]); common.BytesToHash(got) != want {
			t.Fatalf("chain %d e3 %d: digest %x, ledger %x", c.chain, c.e3, got, want)
		}
	}
}

func TestVerifyReceipt(t *testing.T) {
	good := signed(t)
	if err := VerifyReceipt(good); err != nil {
		t.Fatal(err)
	}
	other := signed(t)
	for name, edit := range map[string]func(*Receipt){
		"other node named":     func(r *Receipt) { r.Node = other.Node },
		"other input":          func(r *Receipt) { r.InputHash = other.InputHash },
		"other E3":             func(r *Receipt) { r.E3ID++ },
		"other chain":          func(r *Receipt) { r.ChainID = 1 },
		"other deployment":     func(r *Receipt) { r.E3Manager = "0x0000000000000000000000000000000000000001" },
		"other signature":      func(r *Receipt) { r.Signature = other.Signature },
		"short signature":      func(r *Receipt) { r.Signature = r.Signature[:100] },
		"not hex":              func(r *Receipt) { r.Signature = "0xzz" + r.Signature[4:] },
		"bad recovery id":      func(r *Receipt) { r.Signature = r.Signature[:130] + "05" },
		"zero signature":       func(r *Receipt) { r.Signature = "0x" + common.Bytes2Hex(make([]byte, 65)) },
		"input hash too short": func(r *Receipt) { r.InputHash = "0x1234" },
		"node not an address":  func(r *Receipt) { r.Node = "alice" },
		"high s": func(r *Receipt) {
			sig := common.FromHex(r.Signature)
			s := new(big.Int).Sub(crypto.S256().Params().N, new(big.Int).SetBytes(sig[32:64]))
			copy(sig[32:64], common.LeftPadBytes(s.Bytes(), 32))
			sig[64] ^= 1
			r.Signature = "0x" + common.Bytes2Hex(sig)
		},
	} {
		r := good
		edit(&r)
		if err := VerifyReceipt(r); !errors.Is(err, ErrReceipt) {
			t.Errorf("%s: err = %v, want ErrReceipt", name, err)
		}
	}
}

// FuzzVerifyReceipt: arbitrary signatures and hashes are rejected or
// accepted, never a panic; an accepted one is the node's own.
func FuzzVerifyReceipt(f *testing.F) {
	good := signed(f)
	f.Add(good.Signature, good.InputHash)
	f.Add("0x", "0x")
	f.Add(good.Signature[:66]+"00", good.InputHash)
	f.Fuzz(func(t *testing.T, sig, hash string) {
		r := good
		r.Signature, r.InputHash = sig, hash
		if err := VerifyReceipt(r); err == nil && (common.FromHex(sig) == nil || common.HexToHash(hash) != common.HexToHash(good.InputHash)) {
			t.Fatalf("accepted a receipt for another input: %q %q", sig, hash)
		}
	})
}
