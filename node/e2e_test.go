package node_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math"
	"math/big"
	"math/rand/v2"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/ciphernet/ciphernet/chain"
	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/devnet"
	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/message"
	"github.com/ciphernet/ciphernet/node"
	"github.com/ciphernet/ciphernet/p2p"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/builtin"
	"github.com/ciphernet/ciphernet/store"
)

// cluster is a devnet of n real nodes, with the owner's client for reading
// the ledger.
type cluster struct {
	*devnet.Devnet
	owner *ledger.Client
}

func newCluster(t *testing.T, n int) *cluster {
	t.Helper()
	ctx := context.Background()
	var log *slog.Logger
	if os.Getenv("CN_TEST_LOG") != "" {
		log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	d, err := devnet.Start(ctx, devnet.Config{Dir: t.TempDir(), Nodes: n, BlockTime: 200 * time.Millisecond, Log: log})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		d.Close()
		if err := d.Err(); err != nil {
			t.Errorf("node stopped with: %v", err)
		}
	})
	owner, err := ledger.New(ctx, d.Chain.RPC(), d.Chain.Accounts()[0].Key, d.File.Contracts, ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return &cluster{Devnet: d, owner: owner}
}

func (c *cluster) waitPhase(t *testing.T, id uint64, want ledger.Phase, timeout time.Duration) ledger.E3 {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		rec, err := c.owner.GetE3(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if ledger.Phase(rec.Phase) == want {
			return rec
		}
		if ledger.Phase(rec.Phase) == ledger.PhaseFailed {
			t.Fatalf("E3 %d failed (reason %v) while waiting for %v", id, ledger.FailReason(rec.FailReason), want)
		}
		if time.Now().After(deadline) {
			t.Fatalf("E3 %d in phase %v after %v, waiting for %v", id, ledger.Phase(rec.Phase), timeout, want)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func httpDo(t *testing.T, method, url string, body []byte) (int, []byte) {
	t.Helper()
	req, _ := http.NewRequest(method, url, bytes.NewReader(body))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, out
}

// TestNodesRunATally: five ciphernodes (t = 3) carry a tally E3 from
// request to a released result with no orchestration beyond the requester
// and the submitters: tickets, committee, dealing (commit, then reveal,
// pulled by hash over libp2p), key confirmation, inputs through the HTTP
// API, compute, re-execution, decryption shares over gossip, certified
// release — on the insecure dev preset and once on the standard preset.
// Afterwards no member's database file holds any secret of the E3, and
// the operator surfaces (/metrics, /v1/node) report what happened.
func TestNodesRunATally(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-node run")
	}
	for _, preset := range []uint8{ledger.PresetDev, ledger.PresetStandard} {
		name, _ := bfv.ByID(preset)
		t.Run(name.Name, func(t *testing.T) {
			c := newCluster(t, 5)
			var secrets [][]byte
			id := runTally(t, c, tallyRun{n: 5, t: 3, preset: preset, inputs: func(id uint64) {
				for _, nd := range c.Nodes {
					secrets = append(secrets, node.SecretsOnDisk(nd, id)...)
				}
			}})
			if len(secrets) < 5 {
				t.Fatalf("only %d secrets seen during the input phase", len(secrets))
			}
			checkErasedOnDisk(t, c, id, secrets)
			checkOperatorViews(t, c, id)
		})
	}
}

// checkOperatorViews reads /metrics and /v1/node after a six-ballot E3
// with one duplicate upload.
func checkOperatorViews(t *testing.T, c *cluster, id uint64) {
	t.Helper()
	accepted, duplicate := 0.0, 0.0
	for i := range c.Nodes {
		m := scrape(t, c, i)
		accepted += m[`ciphernet_inputs_total{result="accepted"}`]
		duplicate += m[`ciphernet_inputs_total{result="duplicate"}`]
		if m[fmt.Sprintf(`ciphernet_e3_phase{e3="%d",phase="completed"}`, id)] != 1 {
			t.Errorf("node %d: /metrics does not show E3 %d completed", i+1, id)
		}
		if m[`ciphernet_phase_duration_seconds_count{phase="inputs"}`] < 1 {
			t.Errorf("node %d: no input-phase latency observed", i+1)
		}
		code, body := httpDo(t, "GET", "http://"+c.Nodes[i].APIAddr()+"/v1/node", nil)
		var st node.Status
		if code != 200 || json.Unmarshal(body, &st) != nil || !st.Registered || st.Address != c.Nodes[i].Address().Hex() || len(st.E3s) == 0 {
			t.Errorf("node %d: /v1/node: %d %s", i+1, code, body)
		}
	}
	if accepted != 6 || duplicate != 1 {
		t.Errorf("inputs counted: accepted %v duplicate %v, want 6 and 1", accepted, duplicate)
	}
}

// scrape reads node i's /metrics into "name{labels}" -> value.
func scrape(t *testing.T, c *cluster, i int) map[string]float64 {
	t.Helper()
	code, body := httpDo(t, "GET", "http://"+c.Nodes[i].APIAddr()+"/metrics", nil)
	if code != 200 {
		t.Fatalf("node %d /metrics: %d", i+1, code)
	}
	out := map[string]float64{}
	for _, line := range strings.Split(string(body), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, " ")
		if f, err := strconv.ParseFloat(v, 64); ok && err == nil {
			out[k] = f
		}
	}
	return out
}

// TestNodeRestartsMidE3: a member is stopped, closed and reopened from its
// directory in each phase — key generation (dealing), inputs, compute,
// decryption; it resumes from its store and the ledger, the E3 completes,
// and its store shows it never made two different dealings or two
// different decryption shares for one stage.
func TestNodeRestartsMidE3(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-node run")
	}
	for _, phase := range []ledger.Phase{ledger.PhaseKeyGen, ledger.PhaseInputs, ledger.PhaseCompute, ledger.PhaseDecrypt} {
		t.Run(phase.String(), func(t *testing.T) {
			c := newCluster(t, 3)
			restart := func(id uint64) {
				c.waitPhase(t, id, phase, 180*time.Second)
				if err := c.Restart(context.Background(), 1); err != nil {
					t.Fatal(err)
				}
			}
			run := tallyRun{n: 3, t: 2, preset: ledger.PresetDev}
			if phase <= ledger.PhaseInputs {
				run.requested = restart
			} else {
				run.submitted = restart
			}
			id := runTally(t, c, run)
			members, err := c.owner.CommitteeOf(context.Background(), id)
			if err != nil {
				t.Fatal(err)
			}
			index := slices.Index(members, c.Nodes[1].Address()) + 1
			made := node.SharesProduced(c.Nodes[1], id, index)
			if made["dealing"] != 1 || made["decryption-share/0"] != 1 {
				t.Fatalf("restarted member %d produced %v; want exactly one dealing and one share", index, made)
			}
		})
	}
}

// TestProviderTakeover (issue 4, must hold): five members, t = 3; once
// the key is published, party 1 — first in the compute-provider turns —
// and party 5 stop. The ballots go to the three left; nobody is hard-wired
// to compute, so when no output is on the ledger by party 2's turn (one
// slot of computeWindow/(n+1) blocks after the input deadline), party 2
// publishes its own re-execution, the three attest, the result is released
// (by the decrypt-timeout fallback: three shares cannot certify) and the
// members that did every duty claim their fees.
func TestProviderTakeover(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-node run")
	}
	c := newCluster(t, 5)
	ctx := context.Background()
	var members []common.Address
	var stopped []int
	id := runTally(t, c, tallyRun{n: 5, t: 3, preset: ledger.PresetDev,
		// 180 / (5+1) = 30-block (6 s) turns; half the decrypt window is
		// when the uncertified fallback releases. Wide windows otherwise:
		// five nodes under the race detector on a loaded machine need them.
		windows: ledger.Windows{Ticket: 60, Keygen: 300, Input: 80, Compute: 180, Decrypt: 60},
		inputs: func(id uint64) {
			var err error
			if members, err = c.owner.CommitteeOf(ctx, id); err != nil {
				t.Fatal(err)
			}
			for _, m := range []common.Address{members[0], members[4]} {
				i := slices.IndexFunc(c.Nodes, func(nd *node.Node) bool { return nd.Address() == m })
				c.Stop(i)
				stopped = append(stopped, i)
			}
		},
		down: func(i int) bool { return slices.Contains(stopped, i) },
	})
	evs, err := c.owner.E3Events(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range evs {
		if _, ok := ev.Data.(*ledger.OutputPublished); !ok {
			continue
		}
		tx, _, err := c.owner.Eth().TransactionByHash(ctx, ev.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		from, err := types.Sender(types.LatestSignerForChainID(c.owner.ChainID()), tx)
		if err != nil {
			t.Fatal(err)
		}
		party := slices.Index(members, from) + 1
		if party < 2 || party > 4 {
			t.Fatalf("output published by %s (party %d); want a live member other than party 1", from, party)
		}
		t.Logf("output published by party %d at block %d", party, ev.BlockNumber)
		return
	}
	t.Fatal("no OutputPublished event")
}

// tallyRun configures runTally; the hooks run once the E3 is requested,
// once its input phase opened, and once every ballot was submitted.
type tallyRun struct {
	n, t      uint16
	preset    uint8
	requested func(id uint64)
	inputs    func(id uint64)
	submitted func(id uint64)
	// windows overrides the default phase windows (zero: defaults).
	windows ledger.Windows
	// down reports the nodes stopped by a hook (asked after the inputs
	// hook): no upload goes to them and they are not expected to finish.
	down func(i int) bool
}

// runTally requests a tally, submits six ballots through the nodes' APIs
// (and one duplicate) and checks the released counts, the erasure of
// every running member's secrets and that every member paid a share of
// the fee claimed it (nothing left in the ledger's pending withdrawals).
func runTally(t *testing.T, c *cluster, run tallyRun) uint64 {
	ctx := context.Background()
	requester, _ := ledger.New(ctx, c.Chain.RPC(), c.Requester, c.File.Contracts, ledger.Options{})
	windows := run.windows
	if windows == (ledger.Windows{}) {
		windows = ledger.Windows{Ticket: 25, Keygen: 300, Input: 50, Compute: 300, Decrypt: 300}
	}
	id, _, err := requester.Request(ctx, ledger.Request{Program: ledger.ProgramID("tally"), Params: []uint64{3}, Preset: run.preset,
		N: run.n, T: run.t, Windows: windows})
	if err != nil {
		t.Fatal(err)
	}
	if run.requested != nil {
		run.requested(id)
	}
	rec := c.waitPhase(t, id, ledger.PhaseInputs, 180*time.Second)
	if run.inputs != nil {
		run.inputs(id)
	}
	var live []int // nodes still running
	for i := range c.Nodes {
		if run.down == nil || !run.down(i) {
			live = append(live, i)
		}
	}

	api := func(i int) string { return "http://" + c.Nodes[live[i%len(live)]].APIAddr() }
	code, pk := httpDo(t, "GET", fmt.Sprintf("%s/v1/e3/%d/publickey", api(0), id), nil)
	if code != 200 || store.Keccak(pk) != rec.PkHash {
		t.Fatalf("public key: status %d, hash matches ledger: %v", code, store.Keccak(pk) == rec.PkHash)
	}
	preset, _ := bfv.ByID(run.preset)
	key, err := preset.UnmarshalPublicKey(pk)
	if err != nil {
		t.Fatal(err)
	}
	enc := bfv.NewEncryptor(preset, key)
	ballots := []int{0, 2, 2, 1, 2, 0}
	want := make([]uint64, 3)
	cts := make([][]byte, len(ballots))
	for i, b := range ballots { // all encrypted first: the input window is short
		v := make([]uint64, 3)
		v[b] = 1
		want[b]++
		if cts[i], err = enc.EncryptBytes(v); err != nil {
			t.Fatal(err)
		}
	}
	// All at once, with ballot 0 sent twice to the same node: uploads
	// queued together share one store transaction (node.gather), and
	// exactly one copy of the duplicate is accepted.
	uploads := append(slices.Clone(cts), cts[0])
	codes := make([]int, len(uploads))
	bodies := make([][]byte, len(uploads))
	var wg sync.WaitGroup
	for i, ct := range uploads {
		wg.Add(1)
		go func() {
			defer wg.Done()
			codes[i], bodies[i] = httpDo(t, "POST", fmt.Sprintf("%s/v1/e3/%d/inputs", api(i%len(cts)), id), ct)
		}()
	}
	wg.Wait()
	for i := 1; i < len(cts); i++ {
		if codes[i] != 201 {
			t.Fatalf("input %d: %d %s", i, codes[i], bodies[i])
		}
	}
	if first, dup := codes[0], codes[len(cts)]; !(first == 201 && dup == 409 || first == 409 && dup == 201) {
		t.Fatalf("ballot 0 sent twice to one node: %d %s and %d %s, want one 201 and one 409", first, bodies[0], dup, bodies[len(cts)])
	}
	if run.submitted != nil {
		run.submitted(id)
	}
	c.waitPhase(t, id, ledger.PhaseCompleted, 240*time.Second)

	code, body := httpDo(t, "GET", fmt.Sprintf("%s/v1/e3/%d/result", api(1), id), nil)
	var res struct {
		Result struct {
			Counts []uint64 `json:"counts"`
		} `json:"result"`
	}
	if code != 200 || json.Unmarshal(body, &res) != nil || !slices.Equal(res.Result.Counts, want) {
		t.Fatalf("result: %d %s, want %v", code, body, want)
	}
	// Every running member erased its secrets for the E3.
	for _, i := range live {
		nd := c.Nodes[i]
		deadline := time.Now().Add(10 * time.Second)
		for nd.HoldsSecrets(id) {
			if time.Now().After(deadline) {
				t.Fatalf("node %d still holds secrets of E3 %d", i+1, id)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	checkRewardsClaimed(t, c, id, run.t)
	return id
}

// checkRewardsClaimed: at least t members were paid a share of E3 id's fee
// (FeePaid), and each of them withdrew it — its pending withdrawal on the
// ledger drops to zero without anyone but the node acting.
func checkRewardsClaimed(t *testing.T, c *cluster, id uint64, threshold uint16) {
	t.Helper()
	ctx := context.Background()
	evs, err := c.owner.E3Events(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	var paid []common.Address
	for _, ev := range evs {
		if d, ok := ev.Data.(*ledger.FeePaid); ok && d.Amount.Sign() > 0 {
			paid = append(paid, d.Member)
		}
	}
	if len(paid) < int(threshold) {
		t.Fatalf("E3 %d paid %d members, want at least t=%d", id, len(paid), threshold)
	}
	for _, m := range paid {
		deadline := time.Now().Add(30 * time.Second)
		for {
			owed, err := c.owner.PendingWithdrawal(ctx, m)
			if err != nil {
				t.Fatal(err)
			}
			if owed.Sign() == 0 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("member %s never claimed its fee: %v wei still pending", m, owed)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
}

// TestInputReplicationSurvivesLostGossip: every node loses the first two
// announcements of each input it accepted, the first acknowledgement of
// each input it replicated, and its decryption share as first sent
// inline. Inputs must still reach t members before their hashes are
// committed (the re-announcement every two blocks), the decryption shares
// must still reach every member (re-announced by hash and pulled — the
// path every share above message.MaxInline takes), and the released counts
// must cover every receipted ballot.
func TestInputReplicationSurvivesLostGossip(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-node run")
	}
	c := newCluster(t, 3)
	var mu sync.Mutex
	seen := map[string]int{}
	dropped := 0
	for i, nd := range c.Nodes {
		node.DropGossip(nd, func(env *message.Envelope) bool {
			mu.Lock()
			defer mu.Unlock()
			key := fmt.Sprintf("%d/%d/%x", i, env.Kind, env.PayloadHash)
			seen[key]++
			limit := map[message.Kind]int{message.KindInput: 2, message.KindInputAck: 1, message.KindDecryptionShare: 1}[env.Kind]
			if seen[key] <= limit {
				dropped++
				return true
			}
			return false
		})
	}
	runTally(t, c, tallyRun{n: 3, t: 2, preset: ledger.PresetDev})
	mu.Lock()
	defer mu.Unlock()
	if dropped < 12 {
		t.Fatalf("only %d envelopes dropped: the fault was not exercised", dropped)
	}
}

// TestNodesDropBadTopicMessages: an outsider on the E3 topics sends a
// member's genuine envelope replayed on another E3's topic, the same
// envelope with its signature forged, and an envelope it signed itself
// as a non-member. Each is dropped inside gossipsub, counted under its
// reason in /metrics, and the E3 still completes.
func TestNodesDropBadTopicMessages(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-node run")
	}
	c := newCluster(t, 3)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	requester, _ := ledger.New(ctx, c.Chain.RPC(), c.Requester, c.File.Contracts, ledger.Options{})
	other, _, err := requester.Request(ctx, ledger.Request{Program: ledger.ProgramID("tally"), Params: []uint64{3}, Preset: ledger.PresetDev,
		N: 3, T: 2, Windows: ledger.Windows{Ticket: 25, Keygen: 300, Input: 300, Compute: 300, Decrypt: 300}})
	if err != nil {
		t.Fatal(err)
	}
	outsider, err := p2p.New(ctx, p2p.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer outsider.Close()
	accept := func(context.Context, peer.ID, []byte) error { return nil }
	domain := message.Domain{ChainID: big.NewInt(chain.ChainID), E3Manager: c.File.Contracts.E3Manager}
	stranger, _ := ethcrypto.GenerateKey()

	runTally(t, c, tallyRun{n: 3, t: 2, preset: ledger.PresetDev, inputs: func(id uint64) {
		c.waitPhase(t, other, ledger.PhaseInputs, 180*time.Second)
		for _, a := range c.Nodes[0].P2PAddrs() {
			if outsider.Connect(ctx, a) == nil {
				break
			}
		}
		here, err := outsider.Join(id, accept)
		if err != nil {
			t.Fatal(err)
		}
		there, err := outsider.Join(other, accept)
		if err != nil {
			t.Fatal(err)
		}
		// Capture a genuine member envelope of E3 id (input announcements
		// and acknowledgements flow once ballots are uploaded).
		go func() {
			for ctx.Err() == nil {
				msg, err := here.Next(ctx)
				if err != nil {
					return
				}
				genuine := msg.Data
				forged := slices.Clone(genuine)
				forged[100] ^= 0xff // inside the signature
				fake, _ := domain.New(stranger, id, message.KindInputAck, 0, make([]byte, 32))
				fakeRaw, _ := fake.MarshalBinary()
				there.Publish(ctx, genuine) // replay on another E3's topic
				here.Publish(ctx, forged)
				here.Publish(ctx, fakeRaw)
				time.Sleep(time.Second)
			}
		}()
	}, submitted: func(uint64) {
		deadline := time.Now().Add(60 * time.Second)
		for {
			got := map[string]float64{}
			for i := range c.Nodes {
				for k, v := range scrape(t, c, i) {
					if strings.HasPrefix(k, "ciphernet_messages_rejected_total") {
						got[k] += v
					}
				}
			}
			if got[`ciphernet_messages_rejected_total{reason="wrong_e3"}`] > 0 && got[`ciphernet_messages_rejected_total{reason="bad_signature"}`] > 0 &&
				got[`ciphernet_messages_rejected_total{reason="not_member"}`] > 0 {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("rejections counted: %v; want wrong_e3, bad_signature and not_member", got)
			}
			time.Sleep(500 * time.Millisecond)
		}
	}})
}

// TestNodesRunMultiplyingPrograms: the programs that need everything —
// relinearization and rotation keys assembled from the members' eval
// shares, committee masks with the provider's mask set (auction), several
// stages — on a devnet with the dev preset. Each released result equals
// the plaintext reference over the inputs in commitment order, crafted
// invalid inputs are excluded, and every member's store shows it made
// decryption shares for the declared stages only (losing bids are never
// decrypted: no other threshold decryption exists).
func TestNodesRunMultiplyingPrograms(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-node run")
	}
	c := newCluster(t, 3)
	rng := rand.New(rand.NewPCG(7, 11))
	t.Run("first-price auction with a tie and a malformed bid", func(t *testing.T) {
		inst := configure(t, "auction", `{"levels":8,"rule":"first"}`)
		bids := []int{3, 7, 5, 7, 2}
		var inputs [][]uint64
		for _, b := range bids {
			inputs = append(inputs, encode(t, inst, b))
		}
		bad := make([]uint64, 8) // levels 1 and 3 set, 2 not: not a thermometer
		bad[0], bad[2] = 1, 1
		inputs = append(inputs, bad)
		res, order := runProgram(t, c, inst, "auction", []uint64{8, 1}, inputs)
		checkAuction(t, res, order, append(bids, -1), false)
	})
	t.Run("second-price auction, random bids", func(t *testing.T) {
		inst := configure(t, "auction", `{"levels":16,"rule":"second"}`)
		var bids []int
		var inputs [][]uint64
		for range 6 {
			b := 1 + rng.IntN(16)
			bids, inputs = append(bids, b), append(inputs, encode(t, inst, b))
		}
		res, order := runProgram(t, c, inst, "auction", []uint64{16, 2}, inputs)
		checkAuction(t, res, order, bids, true)
	})
	t.Run("stats with an out-of-range figure", func(t *testing.T) {
		inst := configure(t, "stats", `{"min":10,"max":50}`)
		figures := []int{12, 50, 10, 33, 41}
		var inputs [][]uint64
		for _, f := range figures {
			inputs = append(inputs, encode(t, inst, f))
		}
		bad := make([]uint64, 12) // y = 48 > span 40, with b−x bits zero
		bad[4], bad[5] = 1, 1
		inputs = append(inputs, bad)
		res, order := runProgram(t, c, inst, "stats", []uint64{10, 50}, inputs)
		var got struct {
			Count    int     `json:"count"`
			Sum      uint64  `json:"sum"`
			Mean     float64 `json:"mean"`
			Variance float64 `json:"variance"`
			Excluded []int   `json:"excluded"`
		}
		if err := json.Unmarshal(res, &got); err != nil {
			t.Fatalf("result %s: %v", res, err)
		}
		var sum, sq float64
		for _, f := range figures {
			sum, sq = sum+float64(f), sq+float64(f*f)
		}
		n := float64(len(figures))
		mean := sum / n
		if got.Count != len(figures) || got.Sum != uint64(sum) || math.Abs(got.Mean-mean) > 1e-9 ||
			math.Abs(got.Variance-(sq/n-mean*mean)) > 1e-6 || !slices.Equal(got.Excluded, []int{order[len(figures)]}) {
			t.Fatalf("result %s: want count %v, sum %v, mean %v, variance %v, excluded [%d]", res, n, sum, mean, sq/n-mean*mean, order[len(figures)])
		}
	})
}

func configure(t *testing.T, name, params string) program.Instance {
	t.Helper()
	inst, err := builtin.Registry().Configure(name, "dev", json.RawMessage(params))
	if err != nil {
		t.Fatal(err)
	}
	return inst
}

func encode(t *testing.T, inst program.Instance, v int) []uint64 {
	t.Helper()
	vals, err := inst.EncodeInput(json.RawMessage(strconv.Itoa(v)))
	if err != nil {
		t.Fatal(err)
	}
	return vals
}

// runProgram requests an E3 of the named program (n=3, t=2, dev preset),
// uploads the inputs round-robin, waits for completion and returns the
// result and, for each submitted input, its index in commitment order.
func runProgram(t *testing.T, c *cluster, inst program.Instance, name string, params []uint64, inputs [][]uint64) (json.RawMessage, []int) {
	t.Helper()
	ctx := context.Background()
	id, hashes := submitProgram(t, c, inst, name, params, ledger.Windows{Ticket: 25, Keygen: 300, Input: 50, Compute: 300, Decrypt: 300}, inputs)
	c.waitPhase(t, id, ledger.PhaseCompleted, 300*time.Second)
	code, body := httpDo(t, "GET", fmt.Sprintf("http://%s/v1/e3/%d/result", c.Nodes[2%len(c.Nodes)].APIAddr(), id), nil)
	var res struct{ Result json.RawMessage }
	if code != 200 || json.Unmarshal(body, &res) != nil {
		t.Fatalf("result: %d %s", code, body)
	}
	index := map[store.Hash]int{}
	evs, err := c.owner.E3Events(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range evs {
		if d, ok := ev.Data.(*ledger.InputCommitted); ok {
			index[d.InputHash] = int(d.Index)
		}
	}
	order := make([]int, len(hashes))
	for i, h := range hashes {
		order[i] = index[h]
	}
	// Decryptions: only the declared stages, once each, by every member.
	members, _ := c.owner.CommitteeOf(ctx, id)
	for _, nd := range c.Nodes {
		j := slices.Index(members, nd.Address()) + 1
		made := node.SharesProduced(nd, id, j)
		want := map[string]int{"dealing": 1}
		for k := range inst.Stages() {
			want[fmt.Sprintf("decryption-share/%d", k)] = 1
		}
		if fmt.Sprint(made) != fmt.Sprint(want) {
			t.Fatalf("member %d made %v, want %v", j, made, want)
		}
	}
	return res.Result, order
}

// checkAuction compares an auction result with the plaintext reference:
// bids[i] is submitted input i's bid (-1: malformed, must be excluded).
func checkAuction(t *testing.T, res json.RawMessage, order, bids []int, second bool) {
	t.Helper()
	var got struct {
		Price  int `json:"price"`
		Winner struct {
			Index int `json:"index"`
		} `json:"winner"`
		Excluded []int `json:"excluded"`
	}
	if err := json.Unmarshal(res, &got); err != nil {
		t.Fatalf("result %s: %v", res, err)
	}
	var valid []int // bids in commitment order
	byIndex := make([]int, len(bids))
	excluded := []int{}
	for i, b := range bids {
		byIndex[order[i]] = b
		if b < 0 {
			excluded = append(excluded, order[i])
		}
	}
	slices.Sort(excluded)
	top, winner := 0, -1
	for i, b := range byIndex {
		if b > top {
			top, winner = b, i
		}
		if b >= 0 {
			valid = append(valid, b)
		}
	}
	price := top
	if second {
		slices.Sort(valid)
		price = valid[len(valid)-2] // equals top on a tie at the top
	}
	if got.Price != price || got.Winner.Index != winner || !slices.Equal(got.Excluded, excluded) {
		t.Fatalf("result %s; bids in commitment order %v: want price %d, winner %d, excluded %v", res, byIndex, price, winner, excluded)
	}
}

// TestBusyE3DoesNotStallOthers (issue 4): every node of a three-node
// devnet is a member of two tallies. Once both take inputs, E3 A's
// goroutine on every node is held as if in a long computation; E3 B must
// still accept its ballots and commit them on the ledger — each E3 has its
// own goroutine, so A's work delays nothing of B's.
func TestBusyE3DoesNotStallOthers(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-node run")
	}
	c := newCluster(t, 3)
	ctx := context.Background()
	requester, _ := ledger.New(ctx, c.Chain.RPC(), c.Requester, c.File.Contracts, ledger.Options{})
	windows := ledger.Windows{Ticket: 25, Keygen: 300, Input: 100, Compute: 300, Decrypt: 300}
	var ids []uint64
	for range 2 {
		id, _, err := requester.Request(ctx, ledger.Request{Program: ledger.ProgramID("tally"), Params: []uint64{3}, Preset: ledger.PresetDev,
			N: 3, T: 2, Windows: windows})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	a, b := ids[0], ids[1]
	c.waitPhase(t, a, ledger.PhaseInputs, 180*time.Second)
	rec := c.waitPhase(t, b, ledger.PhaseInputs, 180*time.Second)
	for _, nd := range c.Nodes {
		t.Cleanup(node.StallE3(nd, a)) // before the devnet closes: the node waits for its E3 goroutines
	}
	code, pk := httpDo(t, "GET", fmt.Sprintf("http://%s/v1/e3/%d/publickey", c.Nodes[0].APIAddr(), b), nil)
	if code != 200 || store.Keccak(pk) != rec.PkHash {
		t.Fatalf("public key of E3 %d: status %d", b, code)
	}
	preset, _ := bfv.ByID(ledger.PresetDev)
	key, err := preset.UnmarshalPublicKey(pk)
	if err != nil {
		t.Fatal(err)
	}
	enc := bfv.NewEncryptor(preset, key)
	for i := range c.Nodes {
		ct, err := enc.EncryptBytes([]uint64{1, 0, 0})
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		if code, body := httpDo(t, "POST", fmt.Sprintf("http://%s/v1/e3/%d/inputs", c.Nodes[i].APIAddr(), b), ct); code != 201 {
			t.Fatalf("input to E3 %d through node %d while E3 %d is busy: %d %s", b, i+1, a, code, body)
		}
		t.Logf("input %d accepted in %v", i+1, time.Since(start))
	}
	deadline := time.Now().Add(time.Duration(windows.Input) * 200 * time.Millisecond)
	for {
		rec, err := c.owner.GetE3(ctx, b)
		if err != nil {
			t.Fatal(err)
		}
		if rec.InputCount == 3 {
			break
		}
		if time.Now().After(deadline) || ledger.Phase(rec.Phase) != ledger.PhaseInputs {
			t.Fatalf("E3 %d committed %d of 3 receipted inputs while E3 %d was busy (phase %v)", b, rec.InputCount, a, ledger.Phase(rec.Phase))
		}
		time.Sleep(100 * time.Millisecond)
	}
}
