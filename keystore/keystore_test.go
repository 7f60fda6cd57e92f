package keystore

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestCreateOpen(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "keys.json")
	keys, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	ks, err := Create(path, "correct horse", keys, TestKDF)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Open(path, "correct horse")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(crypto.FromECDSA(back.Keys.Ledger), crypto.FromECDSA(keys.Ledger)) || !bytes.Equal(back.Keys.Transport.Bytes(), keys.Transport.Bytes()) {
		t.Fatal("keys differ after reopening")
	}
	raw, _ := os.ReadFile(path)
	if bytes.Contains(raw, crypto.FromECDSA(keys.Ledger)) || bytes.Contains(raw, keys.Transport.Bytes()) {
		t.Fatal("secret in the clear")
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v", info.Mode())
	}
	// Sealed store values open with the reopened keystore, under their label only.
	sealed, err := ks.Seal("e3/1/keyshare", []byte("secret share"))
	if err != nil {
		t.Fatal(err)
	}
	if pt, err := back.Open("e3/1/keyshare", sealed); err != nil || string(pt) != "secret share" {
		t.Fatalf("open: %q %v", pt, err)
	}
	if _, err := back.Open("e3/2/keyshare", sealed); err == nil {
		t.Fatal("sealed value opened under another label")
	}
	if _, err := back.Open("e3/1/keyshare", sealed[:10]); err == nil {
		t.Fatal("short sealed value opened")
	}
}

func TestOpenRejects(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "keys.json")
	keys, _ := Generate()
	if _, err := Create(path, "short", keys, TestKDF); !errors.Is(err, ErrWeakPassword) {
		t.Fatalf("weak password: %v", err)
	}
	if _, err := Create(path, "long enough", keys, TestKDF); err != nil {
		t.Fatal(err)
	}
	if _, err := Create(path, "long enough", keys, TestKDF); !errors.Is(err, ErrExists) {
		t.Fatalf("overwrite: %v", err)
	}
	if _, err := Open(path, "wrong password"); !errors.Is(err, ErrWrongPassword) {
		t.Fatalf("wrong password: %v", err)
	}
	// Downgrading the KDF parameters breaks authentication.
	raw, _ := os.ReadFile(path)
	var f map[string]any
	json.Unmarshal(raw, &f)
	f["kdf"].(map[string]any)["time"] = 2
	tampered, _ := json.Marshal(f)
	tp := filepath.Join(dir, "tampered.json")
	os.WriteFile(tp, tampered, 0o600)
	if _, err := Open(tp, "long enough"); !errors.Is(err, ErrWrongPassword) {
		t.Fatalf("tampered KDF: %v", err)
	}
	garbage := filepath.Join(dir, "garbage.json")
	os.WriteFile(garbage, []byte("{not json"), 0o600)
	if _, err := Open(garbage, "long enough"); !errors.Is(err, ErrFormat) {
		t.Fatalf("garbage: %v", err)
	}
	if _, err := Open(filepath.Join(dir, "missing.json"), "x"); err == nil {
		t.Fatal("missing file opened")
	}
}

func TestReadPassword(t *testing.T) {
	t.Setenv("CN_TEST_PW", "")
	pwFile := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(pwFile, []byte("from file\n"), 0o600)
	t.Setenv("CN_TEST_PW_FILE", pwFile)
	if pw, err := ReadPassword("CN_TEST_PW"); err != nil || pw != "from file" {
		t.Fatalf("file: %q %v", pw, err)
	}
	t.Setenv("CN_TEST_PW", "from env")
	if pw, err := ReadPassword("CN_TEST_PW"); err != nil || pw != "from env" {
		t.Fatalf("env: %q %v", pw, err)
	}
	t.Setenv("CN_TEST_PW", "")
	t.Setenv("CN_TEST_PW_FILE", "")
	if _, err := ReadPassword("CN_TEST_PW"); err == nil {
		t.Fatal("no password source accepted")
	}
}
