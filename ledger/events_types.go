package ledger

import "github.com/ciphernet/ciphernet/ledger/bindings"

// Typed events as Stream delivers them in Event.Data (always as pointers,
// e.g. *E3Requested), aliased so node code can switch on them without
// importing the bindings. Every event of the three contracts is decoded; the
// ones a ciphernode acts on are named here.
type (
	// NodeRegistered: an operator joined the registry with its endpoint.
	NodeRegistered = bindings.RegistryNodeRegistered
	// NodeUpdated: an operator changed its transport key or endpoint.
	NodeUpdated = bindings.RegistryNodeUpdated
	// E3Requested: step 1; the ticket window opens at the next block.
	E3Requested = bindings.E3ManagerE3Requested
	// TicketSubmitted: a sortition ticket entered the n lowest.
	TicketSubmitted = bindings.E3ManagerTicketSubmitted
	// TicketDropped: a kept ticket was pushed out of the n lowest.
	TicketDropped = bindings.E3ManagerTicketDropped
	// CommitteeFinalized: step 3; members in party-index order.
	CommitteeFinalized = bindings.E3ManagerCommitteeFinalized
	// KeyShareCommitted: a member committed its key share and dealing.
	KeyShareCommitted = bindings.E3ManagerKeyShareCommitted
	// PublicKeyConfirmed: a member confirmed a public-key hash.
	PublicKeyConfirmed = bindings.E3ManagerPublicKeyConfirmed
	// PublicKeyPublished: all n confirmed one key; the input window opens.
	PublicKeyPublished = bindings.E3ManagerPublicKeyPublished
	// InputCommitted: one input hash joined the hash chain.
	InputCommitted = bindings.E3ManagerInputCommitted
	// MaskCommitted: a member committed its committee-mask contribution.
	MaskCommitted = bindings.E3ManagerMaskCommitted
	// OutputPublished: the compute provider published a stage's output.
	OutputPublished = bindings.E3ManagerOutputPublished
	// OutputAttested: a member attested a stage's output.
	OutputAttested = bindings.E3ManagerOutputAttested
	// OutputAccepted: t attestations; members may release decryption shares.
	OutputAccepted = bindings.E3ManagerOutputAccepted
	// PlaintextPublished: a plaintext candidate for a stage.
	PlaintextPublished = bindings.E3ManagerPlaintextPublished
	// PlaintextAttested: a member attested a plaintext candidate.
	PlaintextAttested = bindings.E3ManagerPlaintextAttested
	// PlaintextAccepted: t attestations; the stage is released.
	PlaintextAccepted = bindings.E3ManagerPlaintextAccepted
	// StageStarted: the next stage's compute window opened.
	StageStarted = bindings.E3ManagerStageStarted
	// E3Completed: every stage released; members erase their secrets.
	E3Completed = bindings.E3ManagerE3Completed
	// E3Failed: a deadline passed; members erase their secrets.
	E3Failed = bindings.E3ManagerE3Failed
	// MemberPenalized: a liveness penalty was taken from a member.
	MemberPenalized = bindings.E3ManagerMemberPenalized
	// FeePaid: a member's share of the fee was credited.
	FeePaid = bindings.E3ManagerFeePaid
	// Refunded: the requester's fee was credited back.
	Refunded = bindings.E3ManagerRefunded
	// EquivocationSlashed: a member was slashed for two signed payloads of one step.
	EquivocationSlashed = bindings.SlasherEquivocationSlashed
	// ReceiptSlashed: a member was slashed for a receipt of an uncommitted input.
	ReceiptSlashed = bindings.SlasherReceiptSlashed
)
