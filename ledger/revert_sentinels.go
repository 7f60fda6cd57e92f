// Sentinels mirror the contracts' custom errors one to one; TestSentinelsCoverABI fails when a
// contract error has none.

package ledger

// Sentinels for every custom error of the ledger contracts. A revert decodes to
// a *RevertError that matches its sentinel with errors.Is, so callers branch on
// the contract's reason without parsing strings.
var (
	// ErrAlreadyAttested means the member already attested this stage.
	ErrAlreadyAttested = &revertSentinel{name: "AlreadyAttested"}
	// ErrAlreadyConfirmed means the member already confirmed the public key.
	ErrAlreadyConfirmed = &revertSentinel{name: "AlreadyConfirmed"}
	// ErrAlreadyPublished means the key share, output or plaintext was already published.
	ErrAlreadyPublished = &revertSentinel{name: "AlreadyPublished"}
	// ErrAlreadyRegistered means the operator is already registered.
	ErrAlreadyRegistered = &revertSentinel{name: "AlreadyRegistered"}
	// ErrAlreadySlashed means this offence was already slashed.
	ErrAlreadySlashed = &revertSentinel{name: "AlreadySlashed"}
	// ErrCommitteeComplete means markFailed in the ticket phase while n tickets are kept: call finalizeCommittee.
	ErrCommitteeComplete = &revertSentinel{name: "CommitteeComplete"}
	// ErrDeadlinePassed means the current phase's deadline has passed.
	ErrDeadlinePassed = &revertSentinel{name: "DeadlinePassed"}
	// ErrDuplicateInput means the input hash is already committed to this E3.
	ErrDuplicateInput = &revertSentinel{name: "DuplicateInput"}
	// ErrEmptyBatch means publishInputs with no hashes.
	ErrEmptyBatch = &revertSentinel{name: "EmptyBatch"}
	// ErrExitDelayNotPassed means the unbond exit delay has not passed yet.
	ErrExitDelayNotPassed = &revertSentinel{name: "ExitDelayNotPassed"}
	// ErrInputCommitted means a receipt accusation names an input that was committed (a false accusation).
	ErrInputCommitted = &revertSentinel{name: "InputCommitted"}
	// ErrInputRootMismatch means the output names another input root or count than the ledger.
	ErrInputRootMismatch = &revertSentinel{name: "InputRootMismatch"}
	// ErrInputWindowClosed means the input window is over.
	ErrInputWindowClosed = &revertSentinel{name: "InputWindowClosed"}
	// ErrInputWindowOpen means the input window is still open.
	ErrInputWindowOpen = &revertSentinel{name: "InputWindowOpen"}
	// ErrInsufficientBond means unbond of more than the bond.
	ErrInsufficientBond = &revertSentinel{name: "InsufficientBond"}
	// ErrInsufficientFee means the request paid less than the quote.
	ErrInsufficientFee = &revertSentinel{name: "InsufficientFee"}
	// ErrInvalidCommitteeSize means n is outside the program's bounds.
	ErrInvalidCommitteeSize = &revertSentinel{name: "InvalidCommitteeSize"}
	// ErrInvalidParamsLength means the request has the wrong number of program parameters.
	ErrInvalidParamsLength = &revertSentinel{name: "InvalidParamsLength"}
	// ErrInvalidPeerId means the libp2p peer id is empty or too long.
	ErrInvalidPeerId = &revertSentinel{name: "InvalidPeerId"}
	// ErrInvalidProgram means the program specification is inconsistent.
	ErrInvalidProgram = &revertSentinel{name: "InvalidProgram"}
	// ErrInvalidSignature means a signature is malformed, high-s, or does not recover to the named signer.
	ErrInvalidSignature = &revertSentinel{name: "InvalidSignature"}
	// ErrInvalidThreshold means t is not in 1..n.
	ErrInvalidThreshold = &revertSentinel{name: "InvalidThreshold"}
	// ErrInvalidTicket means the ticket number is not below the node's snapshotted ticket count.
	ErrInvalidTicket = &revertSentinel{name: "InvalidTicket"}
	// ErrInvalidTicketPrice means a zero ticket price.
	ErrInvalidTicketPrice = &revertSentinel{name: "InvalidTicketPrice"}
	// ErrInvalidTransportKey means a zero X25519 transport key.
	ErrInvalidTransportKey = &revertSentinel{name: "InvalidTransportKey"}
	// ErrInvalidWindow means a phase window is zero or above its bound.
	ErrInvalidWindow = &revertSentinel{name: "InvalidWindow"}
	// ErrKeySharesIncomplete means the public key cannot be confirmed before all n key shares are committed.
	ErrKeySharesIncomplete = &revertSentinel{name: "KeySharesIncomplete"}
	// ErrNotAttested means the member did not attest this stage's output.
	ErrNotAttested = &revertSentinel{name: "NotAttested"}
	// ErrNotComputeProvider means the caller may not publish the output.
	ErrNotComputeProvider = &revertSentinel{name: "NotComputeProvider"}
	// ErrNotMember means the caller (or accused) is not on the E3's committee.
	ErrNotMember = &revertSentinel{name: "NotMember"}
	// ErrNotOnCommittee means unlock of a node that is on no live committee.
	ErrNotOnCommittee = &revertSentinel{name: "NotOnCommittee"}
	// ErrNotOwner means the caller is not the contract owner.
	ErrNotOwner = &revertSentinel{name: "NotOwner"}
	// ErrNotPenalizer means the caller is not the E3 or slasher contract.
	ErrNotPenalizer = &revertSentinel{name: "NotPenalizer"}
	// ErrNotRegistered means the operator is not registered.
	ErrNotRegistered = &revertSentinel{name: "NotRegistered"}
	// ErrNothingToWithdraw means no pending payment.
	ErrNothingToWithdraw = &revertSentinel{name: "NothingToWithdraw"}
	// ErrOnLiveCommittee means unbond or deregister while on a live committee.
	ErrOnLiveCommittee = &revertSentinel{name: "OnLiveCommittee"}
	// ErrOutputHashMismatch means the attested output differs from the published one.
	ErrOutputHashMismatch = &revertSentinel{name: "OutputHashMismatch"}
	// ErrOutputNotPublished means no output is published for this stage yet.
	ErrOutputNotPublished = &revertSentinel{name: "OutputNotPublished"}
	// ErrParamOutOfRange means a program parameter is outside its bounds.
	ErrParamOutOfRange = &revertSentinel{name: "ParamOutOfRange"}
	// ErrPenalizersAlreadySet means the penalizers were already wired.
	ErrPenalizersAlreadySet = &revertSentinel{name: "PenalizersAlreadySet"}
	// ErrPhaseNotExpired means markFailed before the phase deadline.
	ErrPhaseNotExpired = &revertSentinel{name: "PhaseNotExpired"}
	// ErrPlaintextTooLarge means the plaintext is empty or larger than the on-chain limit.
	ErrPlaintextTooLarge = &revertSentinel{name: "PlaintextTooLarge"}
	// ErrPresetNotAllowed means the program does not allow this preset.
	ErrPresetNotAllowed = &revertSentinel{name: "PresetNotAllowed"}
	// ErrProgramDisabled means the program is disabled for new requests.
	ErrProgramDisabled = &revertSentinel{name: "ProgramDisabled"}
	// ErrProgramExists means a program with this name is already registered.
	ErrProgramExists = &revertSentinel{name: "ProgramExists"}
	// ErrSamePayload means an equivocation accusation with two equal payloads (a false accusation).
	ErrSamePayload = &revertSentinel{name: "SamePayload"}
	// ErrScoreTooHigh means the ticket cannot enter the n lowest scores.
	ErrScoreTooHigh = &revertSentinel{name: "ScoreTooHigh"}
	// ErrSeedNotAvailable means the seed block (request block + 1) is not mined yet.
	ErrSeedNotAvailable = &revertSentinel{name: "SeedNotAvailable"}
	// ErrSignerMismatch means the two signatures of an equivocation accusation have different signers.
	ErrSignerMismatch = &revertSentinel{name: "SignerMismatch"}
	// ErrTicketAlreadySubmitted means the node already submitted a ticket for this E3.
	ErrTicketAlreadySubmitted = &revertSentinel{name: "TicketAlreadySubmitted"}
	// ErrTicketWindowClosed means the ticket window is over.
	ErrTicketWindowClosed = &revertSentinel{name: "TicketWindowClosed"}
	// ErrTicketWindowOpen means finalizeCommittee before the ticket window is over.
	ErrTicketWindowOpen = &revertSentinel{name: "TicketWindowOpen"}
	// ErrTooManyInputs means the batch exceeds the program's input limit.
	ErrTooManyInputs = &revertSentinel{name: "TooManyInputs"}
	// ErrTransferFailed means a native-currency transfer failed.
	ErrTransferFailed = &revertSentinel{name: "TransferFailed"}
	// ErrUnexpectedTransfer means native currency sent by someone other than the registry.
	ErrUnexpectedTransfer = &revertSentinel{name: "UnexpectedTransfer"}
	// ErrUnknownE3: no E3 with this id.
	ErrUnknownE3 = &revertSentinel{name: "UnknownE3"}
	// ErrUnknownPlaintext means attestation of a plaintext that was not published.
	ErrUnknownPlaintext = &revertSentinel{name: "UnknownPlaintext"}
	// ErrUnknownProgram means no program with this id.
	ErrUnknownProgram = &revertSentinel{name: "UnknownProgram"}
	// ErrWrongPhase means the E3 is not in the phase the call needs.
	ErrWrongPhase = &revertSentinel{name: "WrongPhase"}
	// ErrWrongStage means the stage argument is not the E3's current stage.
	ErrWrongStage = &revertSentinel{name: "WrongStage"}
	// ErrZeroAddress means a zero address where a contract is required.
	ErrZeroAddress = &revertSentinel{name: "ZeroAddress"}
	// ErrZeroAmount means a zero bond or unbond amount.
	ErrZeroAmount = &revertSentinel{name: "ZeroAmount"}
	// ErrZeroHash means a zero hash where a commitment is required.
	ErrZeroHash = &revertSentinel{name: "ZeroHash"}
)

// sentinels maps a custom error name to its sentinel.
var sentinels = map[string]error{
	"AlreadyAttested":        ErrAlreadyAttested,
	"AlreadyConfirmed":       ErrAlreadyConfirmed,
	"AlreadyPublished":       ErrAlreadyPublished,
	"AlreadyRegistered":      ErrAlreadyRegistered,
	"AlreadySlashed":         ErrAlreadySlashed,
	"CommitteeComplete":      ErrCommitteeComplete,
	"DeadlinePassed":         ErrDeadlinePassed,
	"DuplicateInput":         ErrDuplicateInput,
	"EmptyBatch":             ErrEmptyBatch,
	"ExitDelayNotPassed":     ErrExitDelayNotPassed,
	"InputCommitted":         ErrInputCommitted,
	"InputRootMismatch":      ErrInputRootMismatch,
	"InputWindowClosed":      ErrInputWindowClosed,
	"InputWindowOpen":        ErrInputWindowOpen,
	"InsufficientBond":       ErrInsufficientBond,
	"InsufficientFee":        ErrInsufficientFee,
	"InvalidCommitteeSize":   ErrInvalidCommitteeSize,
	"InvalidParamsLength":    ErrInvalidParamsLength,
	"InvalidPeerId":          ErrInvalidPeerId,
	"InvalidProgram":         ErrInvalidProgram,
	"InvalidSignature":       ErrInvalidSignature,
	"InvalidThreshold":       ErrInvalidThreshold,
	"InvalidTicket":          ErrInvalidTicket,
	"InvalidTicketPrice":     ErrInvalidTicketPrice,
	"InvalidTransportKey":    ErrInvalidTransportKey,
	"InvalidWindow":          ErrInvalidWindow,
	"KeySharesIncomplete":    ErrKeySharesIncomplete,
	"NotAttested":            ErrNotAttested,
	"NotComputeProvider":     ErrNotComputeProvider,
	"NotMember":              ErrNotMember,
	"NotOnCommittee":         ErrNotOnCommittee,
	"NotOwner":               ErrNotOwner,
	"NotPenalizer":           ErrNotPenalizer,
	"NotRegistered":          ErrNotRegistered,
	"NothingToWithdraw":      ErrNothingToWithdraw,
	"OnLiveCommittee":        ErrOnLiveCommittee,
	"OutputHashMismatch":     ErrOutputHashMismatch,
	"OutputNotPublished":     ErrOutputNotPublished,
	"ParamOutOfRange":        ErrParamOutOfRange,
	"PenalizersAlreadySet":   ErrPenalizersAlreadySet,
	"PhaseNotExpired":        ErrPhaseNotExpired,
	"PlaintextTooLarge":      ErrPlaintextTooLarge,
	"PresetNotAllowed":       ErrPresetNotAllowed,
	"ProgramDisabled":        ErrProgramDisabled,
	"ProgramExists":          ErrProgramExists,
	"SamePayload":            ErrSamePayload,
	"ScoreTooHigh":           ErrScoreTooHigh,
	"SeedNotAvailable":       ErrSeedNotAvailable,
	"SignerMismatch":         ErrSignerMismatch,
	"TicketAlreadySubmitted": ErrTicketAlreadySubmitted,
	"TicketWindowClosed":     ErrTicketWindowClosed,
	"TicketWindowOpen":       ErrTicketWindowOpen,
	"TooManyInputs":          ErrTooManyInputs,
	"TransferFailed":         ErrTransferFailed,
	"UnexpectedTransfer":     ErrUnexpectedTransfer,
	"UnknownE3":              ErrUnknownE3,
	"UnknownPlaintext":       ErrUnknownPlaintext,
	"UnknownProgram":         ErrUnknownProgram,
	"WrongPhase":             ErrWrongPhase,
	"WrongStage":             ErrWrongStage,
	"ZeroAddress":            ErrZeroAddress,
	"ZeroAmount":             ErrZeroAmount,
	"ZeroHash":               ErrZeroHash,
}
