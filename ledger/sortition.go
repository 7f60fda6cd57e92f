package ledger

import (
	"bytes"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
)

// Weight is one node's entry in a registry snapshot: its sortition tickets
// (ticket-bearing bond at the block before the request / the E3's ticket price).
type Weight struct {
	Node    common.Address
	Tickets uint64
}

// Seat is one committee member as sortition places it.
type Seat struct {
	Index  int // party index, 1..n, in ascending score order
	Node   common.Address
	Ticket uint64      // the node's best ticket
	Score  common.Hash // keccak256(abi.encode(seed, e3Id, node, ticket)), compared as uint256
}

// Score is the sortition score of one ticket, exactly as E3Manager.submitTicket computes it.
func Score(seed common.Hash, e3ID uint64, node common.Address, ticket uint64) common.Hash {
	return keccak(seed[:], word(u256(e3ID)), common.LeftPadBytes(node[:], 32), word(u256(ticket)))
}

// BestTicket returns the node's lowest-scoring ticket among 0..tickets-1
// (the one it should submit); ok is false when it holds no ticket.
func BestTicket(seed common.Hash, e3ID uint64, node common.Address, tickets uint64) (ticket uint64, score common.Hash, ok bool) {
	for i := uint64(0); i < tickets; i++ {
		s := Score(seed, e3ID, node, i)
		if !ok || bytes.Compare(s[:], score[:]) < 0 {
			ticket, score, ok = i, s, true
		}
	}
	return ticket, score, ok
}

// Committee computes an E3's committee from its seed and registry snapshot
// without the chain: every node with tickets scores its best ticket, the n
// lowest scores win, ordered by score (DESIGN.md §4). When every eligible
// node submits its best ticket the contract's committee is exactly this.
func Committee(seed common.Hash, e3ID uint64, snapshot []Weight, n int) ([]Seat, error) {
	seats := make([]Seat, 0, len(snapshot))
	seen := make(map[common.Address]bool, len(snapshot))
	for _, w := range snapshot {
		if seen[w.Node] {
			return nil, fmt.Errorf("ledger: node %s twice in snapshot", w.Node)
		}
		seen[w.Node] = true
		if t, s, ok := BestTicket(seed, e3ID, w.Node, w.Tickets); ok {
			seats = append(seats, Seat{Node: w.Node, Ticket: t, Score: s})
		}
	}
	if len(seats) < n {
		return nil, fmt.Errorf("ledger: %d nodes with tickets for %d seats: %w", len(seats), n, ErrNotEnoughTickets)
	}
	sort.Slice(seats, func(i, j int) bool { return bytes.Compare(seats[i].Score[:], seats[j].Score[:]) < 0 })
	seats = seats[:n]
	for i := range seats {
		seats[i].Index = i + 1
	}
	return seats, nil
}
