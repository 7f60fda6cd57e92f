package encrypt

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/decred/dcrd/dcrec/secp256k1/v4/ecdsa"
	"golang.org/x/crypto/sha3"
)

// ErrReceipt means an input receipt is not a valid signature by the node it
// names over the input it names: it would be no evidence for the slasher.
var ErrReceipt = errors.New("invalid input receipt")

// Receipt is a node's signed acknowledgement of an input, as the API returns
// it, with the deployment it is bound to.
type Receipt struct {
	ChainID   uint64 `json:"chainId"`
	E3Manager string `json:"e3Manager"`
	E3ID      uint64 `json:"e3Id"`
	InputHash string `json:"inputHash"`
	Node      string `json:"node"`
	Signature string `json:"signature"`
}

func keccak(parts ...[]byte) []byte {
	h := sha3.NewLegacyKeccak256()
	for _, p := range parts {
		h.Write(p)
	}
	return h.Sum(nil)
}

// receiptTag is the input-receipt signing domain (ledger.ReceiptTag).
var receiptTag = keccak([]byte("ciphernet/v1/input-receipt"))

// word is v as a 32-byte big-endian ABI word.
func word(v uint64) []byte {
	w := make([]byte, 32)
	binary.BigEndian.PutUint64(w[24:], v)
	return w
}

// addressWord is a 20-byte address as an ABI word.
func addressWord(a []byte) []byte { return append(make([]byte, 12), a...) }

// receiptDigest is the digest a node signs for a receipt, as the slasher
// computes it: keccak256(abi.encode(tag, chainId, e3Manager, e3Id,
// inputHash, node)). The ledger package has the same function; it is
// repeated here because the ledger package (contract bindings, RPC client,
// go-ethereum) does not belong in the browser's module, and a test pins the
// two together.
func receiptDigest(chainID uint64, e3Manager []byte, e3ID uint64, inputHash []byte, node []byte) []byte {
	return keccak(receiptTag, word(chainID), addressWord(e3Manager), word(e3ID), inputHash, addressWord(node))
}

// decodeHex decodes "0x"-prefixed (or bare) hex of exactly n bytes.
func decodeHex(s string, n int) ([]byte, bool) {
	b, err := hex.DecodeString(strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X"))
	return b, err == nil && len(b) == n
}

// VerifyReceipt checks that r.Signature (65 bytes r||s||v, as ledger.Sign
// makes it) recovers to r.Node over the receipt digest, with the slasher's
// rules: v in {0,1,27,28}, r and s in range, s in the lower half.
func VerifyReceipt(r Receipt) error {
	manager, ok1 := decodeHex(r.E3Manager, 20)
	node, ok2 := decodeHex(r.Node, 20)
	if !ok1 || !ok2 {
		return fmt.Errorf("%w: E3Manager %q or node %q is not an address", ErrReceipt, r.E3Manager, r.Node)
	}
	hash, ok := decodeHex(r.InputHash, 32)
	if !ok {
		return fmt.Errorf("%w: input hash %q is not 32 hex bytes", ErrReceipt, r.InputHash)
	}
	sig, ok := decodeHex(r.Signature, 65)
	if !ok {
		return fmt.Errorf("%w: signature is not 65 hex bytes", ErrReceipt)
	}
	v := sig[64]
	if v >= 27 {
		v -= 27
	}
	var s secp256k1.ModNScalar
	if v > 1 || s.SetByteSlice(sig[32:64]) || s.IsOverHalfOrder() {
		return fmt.Errorf("%w: signature values out of range", ErrReceipt)
	}
	// decred's compact form: recovery byte (27 + v) first, then r and s.
	compact := append([]byte{27 + v}, sig[:64]...)
	pub, _, err := ecdsa.RecoverCompact(compact, receiptDigest(r.ChainID, manager, r.E3ID, hash, node))
	if err != nil {
		return fmt.Errorf("%w: %w", ErrReceipt, err)
	}
	signer := keccak(pub.SerializeUncompressed()[1:])[12:]
	if !bytes.Equal(signer, node) {
		return fmt.Errorf("%w: signed by 0x%x, not by the node %s", ErrReceipt, signer, r.Node)
	}
	return nil
}
