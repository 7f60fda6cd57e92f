package ledger

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Signing domains. A member signs a 32-byte digest, never raw bytes; the
// digest binds a tag, the chain id and the E3Manager address (so a signature
// is valid for one deployment and one purpose only), the E3 and the step:
//
//	StepDigest    = keccak256(abi.encode(keccak256("ciphernet/v1/step"),
//	                    chainId, e3Manager, e3Id, step, payloadHash))
//	ReceiptDigest = keccak256(abi.encode(keccak256("ciphernet/v1/input-receipt"),
//	                    chainId, e3Manager, e3Id, inputHash, node))
//
// Slasher.stepDigest and Slasher.receiptDigest compute the same values on
// chain; signatures are 65-byte secp256k1 r||s||v with low s (crypto.Sign).
var (
	// StepTag is the domain tag of protocol-step signatures.
	StepTag = keccak([]byte("ciphernet/v1/step"))
	// ReceiptTag is the domain tag of input receipts.
	ReceiptTag = keccak([]byte("ciphernet/v1/input-receipt"))
)

// StepID names one protocol step of an E3 for signing, e.g.
// StepID("decryption-share", k) for the k-th decryption. Two different
// payloads signed by one member under one StepID are equivocation.
func StepID(protocol string, index uint64) common.Hash {
	return keccak([]byte(protocol), word(u256(index)))
}

// StepDigest is the digest a member signs for payloadHash at step of e3Id.
func StepDigest(chainID *big.Int, e3Manager common.Address, e3ID uint64, step, payloadHash common.Hash) common.Hash {
	return keccak(StepTag[:], word(chainID), word(new(big.Int).SetBytes(e3Manager[:])), word(u256(e3ID)), step[:], payloadHash[:])
}

// ReceiptDigest is the digest node signs to acknowledge receiving inputHash for e3Id.
func ReceiptDigest(chainID *big.Int, e3Manager common.Address, e3ID uint64, inputHash common.Hash, node common.Address) common.Hash {
	return keccak(ReceiptTag[:], word(chainID), word(new(big.Int).SetBytes(e3Manager[:])), word(u256(e3ID)), inputHash[:], word(new(big.Int).SetBytes(node[:])))
}

// Sign signs a digest with key; the result is what the slasher's ecrecover accepts.
func Sign(key *ecdsa.PrivateKey, digest common.Hash) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("ledger: sign digest: %w", err)
	}
	return sig, nil
}

// Recover returns the signer of digest, checking the same rules as the slasher.
func Recover(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("ledger: %d-byte signature: %w", len(sig), ErrInvalidSignature)
	}
	s := append([]byte{}, sig...)
	if s[64] >= 27 {
		s[64] -= 27
	}
	if !crypto.ValidateSignatureValues(s[64], new(big.Int).SetBytes(s[:32]), new(big.Int).SetBytes(s[32:64]), true) {
		return common.Address{}, fmt.Errorf("ledger: signature values: %w", ErrInvalidSignature)
	}
	pub, err := crypto.SigToPub(digest[:], s)
	if err != nil {
		return common.Address{}, fmt.Errorf("ledger: recover: %w: %w", ErrInvalidSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

func keccak(parts ...[]byte) common.Hash { return crypto.Keccak256Hash(parts...) }

// word is v as a 32-byte big-endian ABI word.
func word(v *big.Int) []byte { return common.LeftPadBytes(v.Bytes(), 32) }
