package api

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/crypto/threshold"
	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/message"
	"github.com/ciphernet/ciphernet/program/builtin"
	"github.com/ciphernet/ciphernet/store"
	"github.com/ciphernet/ciphernet/verify"
)

// plainSealer: the test store needs no encryption at rest.
type plainSealer struct{}

func (plainSealer) Seal(_ string, p []byte) ([]byte, error) { return p, nil }
func (plainSealer) Open(_ string, s []byte) ([]byte, error) { return s, nil }

// testBackend is a node-like backend over a real store: one E3 whose input
// window can be opened and closed.
type testBackend struct {
	st     *store.Store
	view   E3View
	pk     []byte
	open   bool
	key    *ecdsa.PrivateKey
	result json.RawMessage
	others []E3View // further E3s the list shows
}

func (b *testBackend) E3(_ context.Context, id uint64) (E3View, error) {
	if id != b.view.ID {
		return E3View{}, ErrUnknownE3
	}
	return b.view, nil
}

func (b *testBackend) PublicKey(context.Context, uint64) ([]byte, error) { return b.pk, nil }

func (b *testBackend) AcceptInput(_ context.Context, id uint64, ct []byte, h store.Hash) (Receipt, error) {
	if !b.open {
		return Receipt{}, fmt.Errorf("%w: input window closed at block %d", ErrClosed, b.view.InputDeadline)
	}
	err := b.st.Update(func(tx *store.Tx) error {
		if tx.HasBlob(h) {
			return ErrDuplicate
		}
		_, err := tx.PutBlob(ct)
		return err
	})
	if err != nil {
		return Receipt{}, err
	}
	node := ethcrypto.PubkeyToAddress(b.key.PublicKey)
	sig, err := ledger.Sign(b.key, ledger.ReceiptDigest(testChainID, common.Address{}, id, common.Hash(h), node))
	if err != nil {
		return Receipt{}, err
	}
	return Receipt{E3ID: id, InputHash: "0x" + hex.EncodeToString(h[:]), Node: node.Hex(), Signature: "0x" + hex.EncodeToString(sig)}, nil
}

func (b *testBackend) Result(context.Context, uint64) (json.RawMessage, error) {
	if b.result == nil {
		return nil, ErrNotReady
	}
	return b.result, nil
}

func (b *testBackend) List(context.Context) ([]E3View, error) {
	return append([]E3View{b.view}, b.others...), nil
}

func (b *testBackend) Status(_ context.Context, id uint64) (StatusView, error) {
	if id != b.view.ID {
		return StatusView{}, ErrUnknownE3
	}
	return StatusView{ID: id, Phase: "key_published", LedgerPhase: "inputs", Stages: 1, InputDeadline: b.view.InputDeadline, Head: 50}, nil
}

func (b *testBackend) Blob(_ context.Context, h store.Hash) ([]byte, error) {
	var data []byte
	b.st.View(func(tx *store.Tx) error { data, _ = tx.Blob(h); return nil })
	if data == nil {
		return nil, fmt.Errorf("%w: blob %x", ErrNotFound, h)
	}
	return data, nil
}

func (b *testBackend) Envelopes(_ context.Context, id uint64, kind message.Kind) ([]store.Hash, error) {
	if id != b.view.ID {
		return nil, ErrUnknownE3
	}
	var out []store.Hash
	b.st.View(func(tx *store.Tx) error { out = tx.Audit(id, byte(kind)); return nil }) // tagged by kind in this test
	return out, nil
}

// Verify runs the real checks over the record this backend holds: only the
// E3 record itself, so the checklist fails closed on what is missing.
func (b *testBackend) Verify(_ context.Context, id uint64) (*verify.Report, error) {
	if id != b.view.ID {
		return nil, ErrUnknownE3
	}
	return verify.Run(&verify.Record{E3ID: id, E3: ledger.E3{Phase: uint8(ledger.PhaseCompleted), N: 3, T: 2, Stages: 1, Preset: 1}}), nil
}

func setup(t testing.TB) (*httptest.Server, *testBackend, *bfv.Encryptor) {
	t.Helper()
	inst, err := builtin.Registry().Configure("tally", "dev", json.RawMessage(`{"options":3}`))
	if err != nil {
		t.Fatal(err)
	}
	c, err := threshold.NewLocalCommittee(threshold.Config{Preset: inst.Preset(), E3ID: 4, N: 3, T: 2, Decryptions: 1})
	if err != nil {
		t.Fatal(err)
	}
	pk, _ := inst.Preset().MarshalPublicKey(c.PK)
	st, err := store.Open(filepath.Join(t.TempDir(), "node.db"), plainSealer{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	key, _ := ethcrypto.GenerateKey()
	b := &testBackend{st: st, pk: pk, open: true, key: key,
		view: E3View{ID: 4, Phase: "inputs", Program: "tally", Preset: "dev", N: 3, T: 2, InputDeadline: 99, Instance: inst}}
	srv := httptest.NewServer(New(b, nil))
	t.Cleanup(srv.Close)
	return srv, b, c.Encryptor()
}

type apiError struct {
	Error string `json:"error"`
	Code  string `json:"code"`
}

func post(t *testing.T, url string, body []byte) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.Post(url, "application/octet-stream", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return resp, out
}

func TestInputUpload(t *testing.T) {
	srv, b, enc := setup(t)
	good, err := enc.EncryptBytes([]uint64{0, 1, 0})
	if err != nil {
		t.Fatal(err)
	}
	resp, body := post(t, srv.URL+"/v1/e3/4/inputs", good)
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	var rc Receipt
	if err := json.Unmarshal(body, &rc); err != nil {
		t.Fatal(err)
	}
	h := store.Keccak(good)
	if rc.InputHash != "0x"+hex.EncodeToString(h[:]) || rc.E3ID != 4 {
		t.Fatalf("receipt %+v", rc)
	}
	sig, _ := hex.DecodeString(strings.TrimPrefix(rc.Signature, "0x"))
	signer, err := ledger.Recover(ledger.ReceiptDigest(testChainID, common.Address{}, 4, common.Hash(h), common.HexToAddress(rc.Node)), sig)
	if err != nil || signer != common.HexToAddress(rc.Node) {
		t.Fatalf("receipt signature recovers %s, %v", signer, err)
	}

	other, _ := bfv.Lookup("standard")
	wrongPreset, _ := bfv.NewEncryptor(other, nil2pk(t, other)).EncryptBytes([]uint64{1})
	cases := []struct {
		name   string
		path   string
		body   []byte
		status int
		code   string
	}{
		{"duplicate", "/v1/e3/4/inputs", good, 409, "duplicate"},
		{"truncated", "/v1/e3/4/inputs", good[:len(good)-8], 400, "length"},
		{"garbage", "/v1/e3/4/inputs", []byte("hello"), 400, "format"},
		{"empty", "/v1/e3/4/inputs", nil, 400, "malformed"},
		{"other tag", "/v1/e3/4/inputs", append([]byte("CN\x02\x01"), good[4:]...), 400, "format"},
		{"oversized", "/v1/e3/4/inputs", append(bytes.Clone(good), 0), 413, "too_large"},
		{"wrong preset", "/v1/e3/4/inputs", wrongPreset[:len(good)], 400, "wrong_preset"},
		{"unknown E3", "/v1/e3/5/inputs", good, 404, "unknown_e3"},
		{"bad id", "/v1/e3/abc/inputs", good, 400, "bad_e3_id"},
		{"negative id", "/v1/e3/-1/inputs", good, 400, "bad_e3_id"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := post(t, srv.URL+tc.path, tc.body)
			var e apiError
			if err := json.Unmarshal(body, &e); err != nil || resp.StatusCode != tc.status || e.Code != tc.code || e.Error == "" {
				t.Fatalf("status %d body %s; want %d %q", resp.StatusCode, body, tc.status, tc.code)
			}
		})
	}
	b.open = false
	fresh, _ := enc.EncryptBytes([]uint64{1, 0, 0})
	resp, body = post(t, srv.URL+"/v1/e3/4/inputs", fresh)
	if resp.StatusCode != 409 || !strings.Contains(string(body), "closed") || !strings.Contains(string(body), "block 99") {
		t.Fatalf("closed window: %d %s", resp.StatusCode, body)
	}
	// Nothing accepted was lost: the first input is still there.
	b.st.View(func(tx *store.Tx) error {
		if !tx.HasBlob(h) {
			t.Error("accepted input lost")
		}
		return nil
	})
}

func nil2pk(t *testing.T, p *bfv.Preset) *rlwe.PublicKey {
	c, err := threshold.NewLocalCommittee(threshold.Config{Preset: p, E3ID: 1, N: 1, T: 1, Decryptions: 1})
	if err != nil {
		t.Fatal(err)
	}
	return c.PK
}

func TestReadEndpoints(t *testing.T) {
	srv, b, _ := setup(t)
	get := func(path string) (*http.Response, []byte) {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp, body
	}
	if resp, body := get("/healthz"); resp.StatusCode != 200 || !strings.Contains(string(body), "ok") {
		t.Fatalf("healthz %d %s", resp.StatusCode, body)
	}
	resp, body := get("/v1/e3/4")
	var v E3View
	if resp.StatusCode != 200 || json.Unmarshal(body, &v) != nil || v.Phase != "inputs" || v.N != 3 {
		t.Fatalf("e3: %d %s", resp.StatusCode, body)
	}
	resp, body = get("/v1/e3/4/publickey")
	h := store.Keccak(body)
	if resp.StatusCode != 200 || !bytes.Equal(body, b.pk) || resp.Header.Get("X-Ciphernet-Key-Hash") != "0x"+hex.EncodeToString(h[:]) {
		t.Fatalf("public key: %d", resp.StatusCode)
	}
	if resp, body := get("/v1/e3/4/result"); resp.StatusCode != 409 || !strings.Contains(string(body), "not_ready") {
		t.Fatalf("result before release: %d %s", resp.StatusCode, body)
	}
	b.result = json.RawMessage(`{"counts":[1,2,3]}`)
	if resp, body := get("/v1/e3/4/result"); resp.StatusCode != 200 || string(body) != "{\"result\":{\"counts\":[1,2,3]}}\n" {
		t.Fatalf("result: %d %s", resp.StatusCode, body)
	}
	if resp, body := get("/v1/nope"); resp.StatusCode != 404 || !strings.Contains(string(body), "not_found") {
		t.Fatalf("unknown route: %d %s", resp.StatusCode, body)
	}
	if resp, _ := get("/v1/e3/9"); resp.StatusCode != 404 {
		t.Fatalf("unknown E3: %d", resp.StatusCode)
	}
}

// testChainID is the embedded chain's id; receipts bind the chain.
var testChainID = big.NewInt(1337)
