package node

import (
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/ciphernet/ciphernet/keystore"
)

// Identity is what `node init` reports: what the operator registers.
type Identity struct {
	Config       string `json:"config"`
	Keystore     string `json:"keystore"`
	Address      string `json:"address"`
	TransportKey string `json:"transportKey"`
}

// Init creates a node directory: a commented config.toml and a keystore
// with fresh keys encrypted under the password read from passwordEnv. It
// refuses to overwrite either.
func Init(dir, network, passwordEnv string, kdf keystore.KDF) (*Identity, error) {
	password, err := keystore.ReadPassword(passwordEnv)
	if err != nil {
		return nil, err
	}
	return InitWithPassword(dir, network, passwordEnv, password, kdf)
}

// InitWithPassword is Init with the password given directly (the devnet
// generates one per node directory); passwordEnv is still recorded in the
// configuration for later starts.
func InitWithPassword(dir, network, passwordEnv, password string, kdf keystore.KDF) (*Identity, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("node: init: %w", err)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	cfgPath := filepath.Join(abs, "config.toml")
	if _, err := os.Stat(cfgPath); err == nil {
		return nil, fmt.Errorf("%w: %s exists; remove it or use another --dir", ErrConfig, cfgPath)
	}
	keys, err := keystore.Generate()
	if err != nil {
		return nil, err
	}
	cfg := Defaults(abs)
	cfg.PasswordEnv = passwordEnv
	if _, err := keystore.Create(cfg.KeystorePath(), password, keys, kdf); err != nil {
		return nil, err
	}
	if network == "" {
		network = cfg.Network
	}
	if err := WriteDefault(cfgPath, abs, network, passwordEnv); err != nil {
		return nil, err
	}
	return &Identity{
		Config:       cfgPath,
		Keystore:     cfg.KeystorePath(),
		Address:      ethcrypto.PubkeyToAddress(keys.Ledger.PublicKey).Hex(),
		TransportKey: "0x" + hex.EncodeToString(keys.Transport.PublicKey().Bytes()),
	}, nil
}
