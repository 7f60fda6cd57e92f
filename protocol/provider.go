package protocol

import (
	"fmt"

	"github.com/ciphernet/ciphernet/store"
)

// Compute-provider takeover (DESIGN.md §1, §4). Unless the requester named a
// compute provider, any committee member may publish a stage's output (the
// ledger checks membership, and an output counts only once t members
// re-executed and attested it). To avoid n members racing to pay for the
// same transaction, members take turns in party-index order: member p
// publishes only if no output is on the ledger by block
// start + (p-1)·slot, where start is the block the stage became computable
// (the input deadline for stage 0, the release of the previous stage for
// later ones). The turns are a function of ledger blocks alone, so every
// member derives the same schedule and none depends on its wall clock; a
// member that is down simply lets its turn pass to the next one.

// MinProviderSlot is the shortest turn, in blocks: a member's transaction
// needs a few blocks to be mined and seen by the others before the next
// member's turn begins, or every member would publish at once.
const MinProviderSlot = 3

// ProviderSlot is the length of one member's provider turn in blocks for a
// committee of n and a compute window of computeWindow blocks:
// computeWindow / (n+1), at least MinProviderSlot. With n+1 slots in the
// window, the last member's turn starts one slot before the compute
// deadline, which leaves that slot for its output to be re-executed and
// attested by t members. (A window shorter than (n+1)·MinProviderSlot gives
// the last members no turn before the deadline; the ledger refuses outputs
// after it.)
func ProviderSlot(computeWindow uint64, n int) uint64 {
	if n < 1 {
		n = 1
	}
	return max(MinProviderSlot, computeWindow/uint64(n+1))
}

// ProviderTurn is the first block at which the member in turn position
// (0-based: party index - 1, or 0 for a named provider) publishes the
// output of a stage that became computable at block start, if none is
// published by then.
func ProviderTurn(start, computeWindow uint64, n, position int) uint64 {
	return start + uint64(max(position, 0))*ProviderSlot(computeWindow, n)
}

// AwaitsOutput reports whether this member could publish the current
// stage's output now: it re-executed the stage, has not attested any output
// for it (attesting means one is on the ledger) and has not published one
// itself. The node checks it before asking the ledger whether the member's
// turn should be taken.
func (m *Machine) AwaitsOutput() bool {
	return m.State == StateCompute && m.Output != nil && m.Provided <= m.Stage
}

// OnProviderTurn is the node's signal that this member's provider turn for
// stage has come (ledger time) and that no output of the stage is on the
// ledger. The member publishes its own re-execution as the stage's output —
// the same actions as the first provider's — and records that it did, so a
// restarted member never publishes again for the stage; an output another
// member publishes meanwhile is still attested (OnOutputPublished) when it
// equals this member's. It is refused with ErrUnexpected outside the
// compute state, for another stage, before re-execution, or when this
// member already published the stage's output.
func (m *Machine) OnProviderTurn(stage int) ([]Action, error) {
	if err := m.expect(StateCompute); err != nil {
		return nil, err
	}
	if stage != m.Stage {
		return nil, fmt.Errorf("protocol: %w: provider turn for stage %d at stage %d", ErrUnexpected, stage, m.Stage)
	}
	if m.Output == nil {
		return nil, fmt.Errorf("protocol: %w: provider turn before re-executing stage %d", ErrUnexpected, stage)
	}
	if m.Provided > stage {
		return nil, fmt.Errorf("protocol: %w: output of stage %d already published by this member", ErrUnexpected, stage)
	}
	return m.provide(), nil
}

// provide records that this member publishes the current stage's output
// and returns the actions that do it: the blob (served by hash) and the
// ledger transaction.
func (m *Machine) provide() []Action {
	m.Provided = m.Stage + 1
	return []Action{Publish{Kind: "output", Data: m.Output}, PublishOutput{Stage: m.Stage, Hash: store.Keccak(m.Output)}}
}
