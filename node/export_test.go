package node

import (
	"fmt"
	"sync"

	"github.com/ciphernet/ciphernet/crypto/threshold"
	"github.com/ciphernet/ciphernet/message"
	"github.com/ciphernet/ciphernet/protocol"
	"github.com/ciphernet/ciphernet/store"
)

// SecretsOnDisk returns the E3's secrets held by n, each both sealed (as
// on disk) and opened: the byte strings a scan of the database file must
// not find once the E3 is over.
func SecretsOnDisk(n *Node, e3 uint64) [][]byte {
	var out [][]byte
	n.st.View(func(tx *store.Tx) error {
		for name, sealed := range tx.SealedSecrets(e3) {
			out = append(out, sealed)
			if v, err := tx.Secret(e3, name); err == nil {
				out = append(out, v)
			}
		}
		return nil
	})
	return out
}

// StorePath is the node's bbolt file.
func StorePath(n *Node) string { return n.cfg.StorePath() }

// SharesProduced counts, per protocol step, the distinct dealings and
// decryption shares party index made for e3 that n's store holds. Every
// message a member sends is persisted before it leaves, so a member that
// equivocated after a restart would show two for one step.
func SharesProduced(n *Node, e3 uint64, index int) map[string]int {
	out := map[string]int{}
	n.st.View(func(tx *store.Tx) error {
		return tx.ForEachBlob(func(_ store.Hash, data []byte) error {
			var d threshold.Dealing
			if d.UnmarshalBinary(data) == nil && d.E3ID == e3 && d.Dealer == index {
				out["dealing"]++
			}
			var s threshold.DecryptionShare
			if s.UnmarshalBinary(data) == nil && s.E3ID == e3 && s.Index == index {
				out[fmt.Sprintf("decryption-share/%d", s.Stage)]++
			}
			return nil
		})
	})
	return out
}

// InjectFaults makes n misbehave as f says in every E3 it joins from now
// on (nil: behave).
func InjectFaults(n *Node, f *protocol.Faults) { n.faults.Store(f) }

// DropGossip makes n lose the topic envelopes drop returns true for, as
// best-effort gossip may (nil: stop dropping).
func DropGossip(n *Node, drop func(env *message.Envelope) bool) {
	if drop == nil {
		n.dropGossip.Store(nil)
		return
	}
	f := func(raw []byte) bool {
		var env message.Envelope
		return env.UnmarshalBinary(raw) == nil && drop(&env)
	}
	n.dropGossip.Store(&f)
}

// StallE3 makes E3 e3's goroutine on n wait before applying each of its
// events until release is called, as if each step were a long computation.
func StallE3(n *Node, e3 uint64) (release func()) {
	ch := make(chan struct{})
	f := func(id uint64) {
		if id == e3 {
			<-ch
		}
	}
	n.engine.applyHook.Store(&f)
	var once sync.Once
	return func() {
		once.Do(func() {
			n.engine.applyHook.Store(nil)
			close(ch)
		})
	}
}
