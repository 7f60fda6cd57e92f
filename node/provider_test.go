package node

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestProviderTurns: who takes a provider turn, and when (ledger blocks
// only). Without a named provider the turns follow party indexes; a named
// provider that is this member goes first, one that is another account
// (member or not) leaves this member no turn, since the ledger accepts the
// output from the named account alone.
func TestProviderTurns(t *testing.T) {
	me, other := common.Address{1}, common.Address{2}
	for _, tc := range []struct {
		name  string
		named common.Address
		self  int
		pos   int
		ok    bool
	}{
		{"party 1, none named", common.Address{}, 1, 0, true},
		{"party 4, none named", common.Address{}, 4, 3, true},
		{"not a member", common.Address{}, 0, -1, false},
		{"named: this member (party 3)", me, 3, 0, true},
		{"named: another account", other, 1, 0, false},
		{"named: this account, not a member", me, 0, 0, false},
	} {
		pos, ok := turnPosition(tc.named, me, tc.self)
		if ok != tc.ok || ok && pos != tc.pos {
			t.Errorf("%s: position %d %v, want %d %v", tc.name, pos, ok, tc.pos, tc.ok)
		}
	}
	// n = 5, compute window 120 blocks from block 1000: 20-block turns.
	for _, tc := range []struct {
		name  string
		head  uint64
		known bool
		pos   int
		open  bool
	}{
		{"first turn at the start", 1000, true, 0, true},
		{"second turn not yet", 1019, true, 1, false},
		{"second turn", 1020, true, 1, true},
		{"fifth turn", 1080, true, 4, true},
		{"fifth turn not yet", 1079, true, 4, false},
		{"window closed", 1120, true, 0, false},
		{"start unknown (stage not released yet)", 5000, false, 0, false},
	} {
		if got := turnOpen(tc.head, 1000, tc.known, 120, 5, tc.pos); got != tc.open {
			t.Errorf("%s: open %v, want %v", tc.name, got, tc.open)
		}
	}
}
