// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// E3ManagerE3 is an auto generated low-level Go binding around an user-defined struct.
type E3ManagerE3 struct {
	ProgramId       [32]byte
	Requester       common.Address
	ComputeProvider common.Address
	Phase           uint8
	FailReason      uint8
	Preset          uint8
	Stage           uint8
	Stages          uint8
	PkConflict      bool
	N               uint16
	T               uint16
	KeyShares       uint16
	PkConfirmations uint16
	MaskCommits     uint16
	RequestBlock    uint64
	Deadline        uint64
	InputDeadline   uint64
	InputCount      uint64
	Windows         E3ManagerWindows
	Fee             *big.Int
	TicketPrice     *big.Int
	Seed            [32]byte
	ParamsHash      [32]byte
	PkHash          [32]byte
	InputRoot       [32]byte
}

// E3ManagerFeeSchedule is an auto generated low-level Go binding around an user-defined struct.
type E3ManagerFeeSchedule struct {
	PerMember     *big.Int
	PerInput      *big.Int
	PerDecryption *big.Int
}

// E3ManagerMember is an auto generated low-level Go binding around an user-defined struct.
type E3ManagerMember struct {
	Index             uint16
	KeyShare          bool
	PkConfirmed       bool
	OutputAttested    uint32
	PlaintextAttested uint32
	KeyShareHash      [32]byte
	DealingHash       [32]byte
	PkHash            [32]byte
	MaskHash          [32]byte
}

// E3ManagerProgram is an auto generated low-level Go binding around an user-defined struct.
type E3ManagerProgram struct {
	Registered bool
	Enabled    bool
	Stages     uint8
	MinN       uint16
	MaxN       uint16
	MaxInputs  uint32
	Presets    *big.Int
	ParamMin   []uint64
	ParamMax   []uint64
	Name       string
}

// E3ManagerProgramSpec is an auto generated low-level Go binding around an user-defined struct.
type E3ManagerProgramSpec struct {
	Name      string
	Stages    uint8
	Presets   *big.Int
	MinN      uint16
	MaxN      uint16
	MaxInputs uint32
	ParamMin  []uint64
	ParamMax  []uint64
}

// E3ManagerStage is an auto generated low-level Go binding around an user-defined struct.
type E3ManagerStage struct {
	OutputHash         [32]byte
	OutputAttestations uint16
	OutputAccepted     bool
	PlaintextHash      [32]byte
	PlaintextBlock     uint64
}

// E3ManagerWindows is an auto generated low-level Go binding around an user-defined struct.
type E3ManagerWindows struct {
	Ticket  uint32
	Keygen  uint32
	Input   uint32
	Compute uint32
	Decrypt uint32
}

// E3ManagerMetaData contains all meta data concerning the E3Manager contract.
var E3ManagerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"livenessPenalty_\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"perMember\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"perInput\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"perDecryption\",\"type\":\"uint128\"}],\"internalType\":\"structE3Manager.FeeSchedule\",\"name\":\"fees_\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyConfirmed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyPublished\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CommitteeComplete\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"}],\"name\":\"DuplicateInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"}],\"name\":\"InputRootMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InputWindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InputWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quote\",\"type\":\"uint256\"}],\"name\":\"InsufficientFee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"n\",\"type\":\"uint16\"}],\"name\":\"InvalidCommitteeSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InvalidParamsLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProgram\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"t\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"n\",\"type\":\"uint16\"}],\"name\":\"InvalidThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"ticket\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tickets\",\"type\":\"uint256\"}],\"name\":\"InvalidTicket\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"published\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"n\",\"type\":\"uint16\"}],\"name\":\"KeySharesIncomplete\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAttested\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotComputeProvider\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotMember\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"}],\"name\":\"OutputHashMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutputNotPublished\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"value\",\"type\":\"uint64\"}],\"name\":\"ParamOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"PhaseNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"PlaintextTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"preset\",\"type\":\"uint8\"}],\"name\":\"PresetNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"}],\"name\":\"ProgramDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"}],\"name\":\"ProgramExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"score\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"worst\",\"type\":\"uint256\"}],\"name\":\"ScoreTooHigh\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SeedNotAvailable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TicketAlreadySubmitted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TicketWindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TicketWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxInputs\",\"type\":\"uint256\"}],\"name\":\"TooManyInputs\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedTransfer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"}],\"name\":\"UnknownE3\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"plaintextHash\",\"type\":\"bytes32\"}],\"name\":\"UnknownPlaintext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"}],\"name\":\"UnknownProgram\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumE3Manager.Phase\",\"name\":\"current\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"}],\"name\":\"WrongStage\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroHash\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"keygenDeadline\",\"type\":\"uint64\"}],\"name\":\"CommitteeFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"}],\"name\":\"E3Completed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumE3Manager.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"enumE3Manager.FailReason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"E3Failed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"params\",\"type\":\"uint64[]\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"preset\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"n\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"t\",\"type\":\"uint16\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"ticket\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"keygen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"input\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"compute\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"decrypt\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structE3Manager.Windows\",\"name\":\"windows\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"computeProvider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ticketPrice\",\"type\":\"uint256\"}],\"name\":\"E3Requested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeePaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"perMember\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"perInput\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"perDecryption\",\"type\":\"uint128\"}],\"name\":\"FeeScheduleSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputRoot\",\"type\":\"bytes32\"}],\"name\":\"InputCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"index\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"keyShareHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"dealingHash\",\"type\":\"bytes32\"}],\"name\":\"KeyShareCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"index\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"maskHash\",\"type\":\"bytes32\"}],\"name\":\"MaskCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"MemberPenalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"decryptDeadline\",\"type\":\"uint64\"}],\"name\":\"OutputAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"}],\"name\":\"OutputAttested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"inputCount\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"computeDeadline\",\"type\":\"uint64\"}],\"name\":\"OutputPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"plaintextHash\",\"type\":\"bytes32\"}],\"name\":\"PlaintextAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"plaintextHash\",\"type\":\"bytes32\"}],\"name\":\"PlaintextAttested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"plaintextHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"plaintext\",\"type\":\"bytes\"}],\"name\":\"PlaintextPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"ProgramEnabled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"stages\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"minN\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"maxN\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxInputs\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"presets\",\"type\":\"uint256\"}],\"name\":\"ProgramRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"pkHash\",\"type\":\"bytes32\"}],\"name\":\"PublicKeyConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"pkHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"inputDeadline\",\"type\":\"uint64\"}],\"name\":\"PublicKeyPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"computeDeadline\",\"type\":\"uint64\"}],\"name\":\"StageStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"TicketDropped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ticket\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"score\",\"type\":\"uint256\"}],\"name\":\"TicketSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_COMMITTEE\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PLAINTEXT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_STAGES\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TICKET_WINDOW\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_WINDOW\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"}],\"name\":\"attestOutput\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"plaintextHash\",\"type\":\"bytes32\"}],\"name\":\"attestPlaintext\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"}],\"name\":\"candidatesOf\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"maskHash\",\"type\":\"bytes32\"}],\"name\":\"commitMask\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"}],\"name\":\"committeeOf\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"pkHash\",\"type\":\"bytes32\"}],\"name\":\"confirmPublicKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"e3Count\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fees\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"perMember\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"perInput\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"perDecryption\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"}],\"name\":\"finalizeCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"}],\"name\":\"getE3\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"computeProvider\",\"type\":\"address\"},{\"internalType\":\"enumE3Manager.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"enumE3Manager.FailReason\",\"name\":\"failReason\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"preset\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"stages\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"pkConflict\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"n\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"t\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"keyShares\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"pkConfirmations\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maskCommits\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"requestBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"inputDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"inputCount\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"ticket\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"keygen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"input\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"compute\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"decrypt\",\"type\":\"uint32\"}],\"internalType\":\"structE3Manager.Windows\",\"name\":\"windows\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ticketPrice\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"paramsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"pkHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structE3Manager.E3\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"}],\"name\":\"getProgram\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"stages\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"minN\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxN\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"maxInputs\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"presets\",\"type\":\"uint256\"},{\"internalType\":\"uint64[]\",\"name\":\"paramMin\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64[]\",\"name\":\"paramMax\",\"type\":\"uint64[]\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"internalType\":\"structE3Manager.Program\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"}],\"name\":\"inputIndexOf\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"committed\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"livenessPenalty\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"}],\"name\":\"markFailed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"memberOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"index\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"keyShare\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"pkConfirmed\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"outputAttested\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"plaintextAttested\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"keyShareHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dealingHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"pkHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"maskHash\",\"type\":\"bytes32\"}],\"internalType\":\"structE3Manager.Member\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"}],\"name\":\"paramsOf\",\"outputs\":[{\"internalType\":\"uint64[]\",\"name\":\"\",\"type\":\"uint64[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"pendingWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"}],\"name\":\"plaintextOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"plaintextHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"plaintextHash\",\"type\":\"bytes32\"}],\"name\":\"plaintextVotesOf\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"hashes\",\"type\":\"bytes32[]\"}],\"name\":\"publishInputs\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"keyShareHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dealingHash\",\"type\":\"bytes32\"}],\"name\":\"publishKeyShare\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"inputCount\",\"type\":\"uint64\"}],\"name\":\"publishOutput\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"plaintext\",\"type\":\"bytes\"}],\"name\":\"publishPlaintext\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"n\",\"type\":\"uint16\"}],\"name\":\"quote\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"stages\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"presets\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"minN\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxN\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"maxInputs\",\"type\":\"uint32\"},{\"internalType\":\"uint64[]\",\"name\":\"paramMin\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64[]\",\"name\":\"paramMax\",\"type\":\"uint64[]\"}],\"internalType\":\"structE3Manager.ProgramSpec\",\"name\":\"spec\",\"type\":\"tuple\"}],\"name\":\"registerProgram\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64[]\",\"name\":\"params\",\"type\":\"uint64[]\"},{\"internalType\":\"uint8\",\"name\":\"preset\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"n\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"t\",\"type\":\"uint16\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"ticket\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"keygen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"input\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"compute\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"decrypt\",\"type\":\"uint32\"}],\"internalType\":\"structE3Manager.Windows\",\"name\":\"windows\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"computeProvider\",\"type\":\"address\"}],\"name\":\"request\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"perMember\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"perInput\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"perDecryption\",\"type\":\"uint128\"}],\"internalType\":\"structE3Manager.FeeSchedule\",\"name\":\"f\",\"type\":\"tuple\"}],\"name\":\"setFeeSchedule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setProgramEnabled\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"}],\"name\":\"stageOf\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"outputAttestations\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"outputAccepted\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"plaintextHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"plaintextBlock\",\"type\":\"uint64\"}],\"internalType\":\"structE3Manager.Stage\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ticket\",\"type\":\"uint256\"}],\"name\":\"submitTicket\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051615b33380380615b3383398101604081905261002e916100e2565b336080526001600160a01b03831660a05260c082905280516020808301516001600160801b03908116600160801b81029382169384175f5560408086015160018054919094166001600160801b03199091168117909355805194855292840152908201527f6000a05718b93fa9c4731421a56a2ae2ecc15c176a22746f9342dfaa0a0f4b439060600160405180910390a1505050610195565b80516001600160801b03811681146100dd575f5ffd5b919050565b5f5f5f83850360a08112156100f5575f5ffd5b84516001600160a01b038116811461010b575f5ffd5b602086015190945092506060603f1982011215610126575f5ffd5b50604051606081016001600160401b038111828210171561015557634e487b7160e01b5f52604160045260245ffd5b8060405250610166604086016100c7565b8152610174606086016100c7565b6020820152610185608086016100c7565b6040820152809150509250925092565b60805160a05160c05161592e6102055f395f818161097b015261424d01525f81816102300152818161045601528181611ab901528181612b5e01528181612d950152818161427501526146d701525f81816104e301528181610ec9015281816114b601526125af015261592e5ff3fe608060405260043610610220575f3560e01c80639af1d35a1161011e578063deb96634116100a8578063f3634a321161006d578063f3634a32146107e6578063f3f4370314610805578063f777d66314610830578063fb0dd3bc1461094b578063fb69ff1d1461096a575f5ffd5b8063deb96634146106ff578063df5e769514610715578063e6745e131461073b578063ea79d78d1461075a578063eb5ec04e146107c7575f5ffd5b8063afeb6e12116100ee578063afeb6e121461064d578063b1ffb3d414610676578063b5674496146106a2578063d1ad8e93146106c1578063da881e5a146106e0575f5ffd5b80639af1d35a1461056a578063a39bf78c146105c4578063a4019484146105f0578063aa34d1921461062e575f5ffd5b8063419ca155116101aa57806385c780741161016f57806385c78074146104a65780638da5cb5b146104d25780638dd5c0d6146105055780638f3e60771461052c57806396017d761461054b575f5ffd5b8063419ca155146103f45780635d878e2d146104135780636ee655d3146104265780637b103999146104455780637e6691d014610490575f5ffd5b80632a584064116101f05780632a584064146103075780632b1b394f146103765780633c60da23146103955780633ccfd60b146103b4578063406ed35c146103c8575f5ffd5b806304a250ca14610274578063157f3449146102935780631984ab00146102bb57806324972f17146102e8575f5ffd5b3661027057336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461026e57604051630888c43760e21b815260040160405180910390fd5b005b5f5ffd5b34801561027f575f5ffd5b5061026e61028e36600461486a565b61099d565b34801561029e575f5ffd5b506102a860025481565b6040519081526020015b60405180910390f35b3480156102c6575f5ffd5b506102da6102d536600461488a565b610ab4565b6040516102b29291906148e4565b3480156102f3575f5ffd5b5061026e61030236600461486a565b610b7e565b348015610312575f5ffd5b5061032661032136600461494c565b610e23565b6040516102b291905f60a0820190508251825261ffff6020840151166020830152604083015115156040830152606083015160608301526001600160401b03608084015116608083015292915050565b348015610381575f5ffd5b5061026e610390366004614976565b610ebe565b3480156103a0575f5ffd5b5061026e6103af36600461498f565b610f91565b3480156103bf575f5ffd5b5061026e6110ad565b3480156103d3575f5ffd5b506103e76103e236600461488a565b611192565b6040516102b291906149f0565b3480156103ff575f5ffd5b506102a861040e366004614c43565b6114aa565b6102a8610421366004614ce1565b6118e6565b348015610431575f5ffd5b5061026e610440366004614d87565b611be9565b348015610450575f5ffd5b506104787f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016102b2565b34801561049b575f5ffd5b506102a86201800081565b3480156104b1575f5ffd5b506104c56104c036600461488a565b611f00565b6040516102b29190614dba565b3480156104dd575f5ffd5b506104787f000000000000000000000000000000000000000000000000000000000000000081565b348015610510575f5ffd5b50610519604081565b60405161ffff90911681526020016102b2565b348015610537575f5ffd5b5061026e610546366004614dcc565b611f69565b348015610556575f5ffd5b5061026e610565366004614e29565b6121bd565b348015610575575f5ffd5b505f5460015461059a916001600160801b0380821692600160801b9092048116911683565b604080516001600160801b03948516815292841660208401529216918101919091526060016102b2565b3480156105cf575f5ffd5b506105e36105de36600461488a565b6124c6565b6040516102b29190614eae565b3480156105fb575f5ffd5b5061060f61060a36600461486a565b612554565b6040805192151583526001600160401b039091166020830152016102b2565b348015610639575f5ffd5b5061026e610648366004614ec0565b6125a4565b348015610658575f5ffd5b5061066160c881565b60405163ffffffff90911681526020016102b2565b348015610681575f5ffd5b5061069561069036600461488a565b61266f565b6040516102b29190614f20565b3480156106ad575f5ffd5b506105196106bc366004614d87565b6128e0565b3480156106cc575f5ffd5b506102a86106db366004614fee565b612910565b3480156106eb575f5ffd5b5061026e6106fa36600461488a565b6129f8565b34801561070a575f5ffd5b50610661620f424081565b348015610720575f5ffd5b50610729601081565b60405160ff90911681526020016102b2565b348015610746575f5ffd5b5061026e61075536600461486a565b612ccc565b348015610765575f5ffd5b506107aa61077436600461494c565b5f828152600c6020908152604080832060ff85168452909152902060028101546003909101546001600160401b03169250929050565b604080519283526001600160401b039091166020830152016102b2565b3480156107d2575f5ffd5b5061026e6107e136600461500f565b613286565b3480156107f1575f5ffd5b5061026e61080036600461488a565b613437565b348015610810575f5ffd5b506102a861081f366004615090565b600f6020525f908152604090205481565b34801561083b575f5ffd5b5061093e61084a3660046150a9565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810191909152505f828152600a602090815260408083206001600160a01b0385168452825291829020825161012081018452815461ffff8116825260ff62010000820481161515948301949094526301000000810490931615159381019390935263ffffffff600160201b830481166060850152600160401b9092049091166080830152600181015460a0830152600281015460c0830152600381015460e08301526004015461010082015292915050565b6040516102b291906150ca565b348015610956575f5ffd5b5061026e610965366004614d87565b613818565b348015610975575f5ffd5b506102a87f000000000000000000000000000000000000000000000000000000000000000081565b5f6109a9836003613bca565b6003810154909150600160a01b90046001600160401b03164311156109e157604051633f17c99360e21b815260040160405180910390fd5b5f6109eb84613c36565b905082610a0b5760405163f1ae58d560e01b815260040160405180910390fd5b600481015415610a2e57604051639ac89bcd60e01b815260040160405180910390fd5b6004810183905560038201805462010000900461ffff16906002610a518361516e565b82546101009290920a61ffff818102199093169183160217909155825460408051919092168152602081018690528692507f397c8de5d3405c2e1268e438edc1cfc6da0ad768a2b8a3f2e7846dff05b3363b91015b60405180910390a250505050565b5f8181526006602090815260408083206007835292819020835482518185028101850190935280835260609485949093918491830182828015610b1e57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610b00575b5050505050915080805480602002602001604051908101604052809291908181526020018280548015610b6e57602002820191905f5260205f20905b815481526020019060010190808311610b5a575b5050505050905091509150915091565b5f610b8a836002613bca565b9050610b9581613c7c565b5f610b9f84613c36565b905082610bbf5760405163f1ae58d560e01b815260040160405180910390fd5b600282015461ffff600160d01b82048116600160f01b909204161015610c1f57600282015460405163051b7c7560e01b815261ffff600160f01b830481166004830152600160d01b90920490911660248201526044015b60405180910390fd5b80546301000000900460ff1615610c4957604051635f8a9c0b60e01b815260040160405180910390fd5b805463ff00000019166301000000178155600380820184905582015461ffff165f03610c7b57600a8201839055610c9c565b81600a01548314610c9c5760028201805460ff60c81b1916600160c81b1790555b60038201805461ffff16905f610cb18361516e565b91906101000a81548161ffff021916908361ffff16021790555050336001600160a01b0316847f6f720911ee7b197789aff521d256c79bb9e712c3bfb7bc2d8f6b8b5b8509394185604051610d0891815260200190565b60405180910390a36002820154600383015461ffff908116600160d01b90920416148015610d4257506002820154600160c81b900460ff16155b15610e1d5760028201805460ff60a01b1916600360a01b1790556005820154610d7890600160401b900463ffffffff164361518e565b6003830180546fffffffffffffffffffffffffffffffff60601b19811667ffffffffffffffff60601b196001600160401b03948516600160a01b9081029182169290921767ffffffffffffffff60a01b19909316178190048416600160601b0291909117918290556040805187815291909204909216602083015285917fa47d73c95b09a7b1022d03d14a443180317a0e16b21dbc556a02b19ef2347ddb9101610aa6565b50505050565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f828152600c6020908152604080832060ff808616855290835292819020815160a08101835281548152600182015461ffff81169482019490945262010000909304909316151590820152600282015460608201526003909101546001600160401b031660808201525b92915050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610f07576040516330cd747160e01b815260040160405180910390fd5b805f610f1382826151c1565b507f6000a05718b93fa9c4731421a56a2ae2ecc15c176a22746f9342dfaa0a0f4b439050610f446020830183615242565b610f546040840160208501615242565b610f646060850160408601615242565b604080516001600160801b039485168152928416602084015292168183015290519081900360600190a150565b5f610f9d846002613bca565b9050610fa881613c7c565b5f610fb285613c36565b9050831580610fbf575082155b15610fdd5760405163f1ae58d560e01b815260040160405180910390fd5b805462010000900460ff161561100657604051639ac89bcd60e01b815260040160405180910390fd5b805462ff00001916620100001781556001810184905560028082018490558201805461ffff600160f01b9091041690601e6110408361516e565b82546101009290920a61ffff8181021990931691831602179091558254604080519190921681526020810187905290810185905233915086907fbef1deedcda9c6a31cc2daaa44c233910065e6f4db26b56ab39d6bcc5be494cf9060600160405180910390a35050505050565b335f908152600f6020526040812054908190036110dd57604051630686827b60e51b815260040160405180910390fd5b335f818152600f602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906111209084815260200190565b60405180910390a26040515f90339083908381818185875af1925050503d805f8114611167576040519150601f19603f3d011682016040523d82523d5f602084013e61116c565b606091505b505090508061118e576040516312171d8360e31b815260040160405180910390fd5b5050565b61127860408051610320810182525f8082526020820181905291810182905290606082019081526020015f81525f602080830182905260408084018390526060808501849052608080860185905260a080870186905260c0870186905260e08701869052610100870186905261012087018690526101408701869052610160870186905261018087018690526101a087018690528351908101845285815293840185905291830184905282018390528101919091526101c09091019081526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f828152600460209081526040918290208251610320810184528154815260018201546001600160a01b0390811693820193909352600282015492831693810193909352906060830190600160a01b900460ff1660078111156112dd576112dd6149b8565b60078111156112ee576112ee6149b8565b81526020016002820160159054906101000a900460ff166005811115611316576113166149b8565b6005811115611327576113276149b8565b8152600282015460ff600160b01b82048116602080850191909152600160b81b83048216604080860191909152600160c01b84048316606080870191909152600160c81b8504909316151560808087019190915261ffff600160d01b8604811660a080890191909152600160e01b8704821660c0890152600160f01b909604811660e088015260038801548082166101008901526201000081049091166101208801526001600160401b03600160201b80830482166101408a0152600160601b80840483166101608b0152600160a01b90930482166101808a015260048a01549091166101a089015283519687018452600589015463ffffffff8082168952918104821695880195909552600160401b85048116938701939093528304821693850193909352600160801b90910416908201526101c082015260068201546101e0820152600782015461020082015260088201546102208201526009820154610240820152600a820154610260820152600b909101546102809091015292915050565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146114f4576040516330cd747160e01b815260040160405180910390fd5b6114fe828061525d565b60405161150c92919061529f565b60408051918290039091205f8181526003602052919091205490915060ff161561154c576040516378284d3760e11b815260048101829052602401610c16565b611556828061525d565b15905080611574575061156f60408301602084016152ae565b60ff16155b806115915750601061158c60408401602085016152ae565b60ff16115b8061159e57506040820135155b806115ba57506115b460808301606084016152c7565b61ffff16155b806115ea57506115d060a08301608084016152c7565b61ffff166115e460808401606085016152c7565b61ffff16115b806116085750604061160260a08401608085016152c7565b61ffff16115b80611626575061161e60c0830160a084016152f1565b63ffffffff16155b8061164d575061163960e083018361530c565b905061164860c084018461530c565b905014155b1561166b576040516322d55eab60e01b815260040160405180910390fd5b5f5b61167a60c084018461530c565b90508110156117205761169060e084018461530c565b828181106116a0576116a0615351565b90506020020160208101906116b59190615365565b6001600160401b03166116cb60c085018561530c565b838181106116db576116db615351565b90506020020160208101906116f09190615365565b6001600160401b03161115611718576040516322d55eab60e01b815260040160405180910390fd5b60010161166d565b505f81815260036020908152604091829020805461ffff19166101011781559161174f919085019085016152ae565b815460ff91909116620100000262ff00001990911617815561177760808401606085016152c7565b815461ffff9190911663010000000264ffff000000199091161781556117a360a08401608085016152c7565b815461ffff91909116650100000000000266ffff0000000000199091161781556117d360c0840160a085016152f1565b815463ffffffff91909116600160381b026affffffff00000000000000199091161781556040830135600182015561180e60c084018461530c565b61181c916002840191614781565b5061182a60e084018461530c565b611838916003840191614781565b50611843838061525d565b6004830191611853919083615415565b50817f5e5df880094556cb238e93cd47d34ec31d8555af5413d014f92cc7a6fb4f7677611880858061525d565b61189060408801602089016152ae565b6118a06080890160608a016152c7565b6118b060a08a0160808b016152c7565b6118c060c08b0160a08c016152f1565b8a604001356040516118d897969594939291906154f6565b60405180910390a250919050565b5f5f6118f78a8a8a8a8a8a8a613ccb565b90505f6119048b88612910565b9050803410156119305760405163a458261b60e01b815234600482015260248101829052604401610c16565b60025f815461193e9061553e565b91829055505f8181526004602052604090208c8155600180820180546001600160a01b031990811633179091556002830180546001600160a01b038a169281168317825594975092939192916001600160a81b03191617600160a01b83021790555060028101805460ff60b01b198116600160b01b60ff8d8116919091029182178455865462ff00ff60b01b1990931660ff60c01b19909216919091176201000090920416600160c01b021763ffffffff60d01b1916600160d01b61ffff8b81169190910261ffff60e01b191691909117600160e01b918a16919091021790556003810180546bffffffffffffffff000000001916600160201b436001600160401b031602179055611a5360208701876152f1565b63ffffffff16611a6443600161518e565b611a6e919061518e565b6003820180546001600160401b0392909216600160601b0267ffffffffffffffff60601b199092169190911790558560058201611aab8282615562565b9050503481600601819055507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316631209b1f66040518163ffffffff1660e01b8152600401602060405180830381865afa158015611b13573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b379190615646565b6007820155604051611b4f908c908c90602001615699565b60408051601f19818403018152918152815160209283012060098401555f86815260059092529020611b82908c8c614781565b50336001600160a01b03168c857f10a80286f3b349645c3983eae7c67644a372cb369e8a6b73181fbf9e4939e5998e8e8e8e8e8e8e348c60070154604051611bd2999897969594939291906156b4565b60405180910390a450505098975050505050505050565b5f611bf3846140c6565b905060046002820154600160a01b900460ff166007811115611c1757611c176149b8565b14158015611c45575060056002820154600160a01b900460ff166007811115611c4257611c426149b8565b14155b15611c735760028101546040516396fe8cdd60e01b8152610c1691600160a01b900460ff169060040161578c565b611c7c81613c7c565b600281015460ff848116600160b81b9092041614611cb257604051635d93ef5d60e11b815260ff84166004820152602401610c16565b5f611cbc85613c36565b5f868152600c6020908152604080832060ff891684529091529020805491925090611cfa576040516316c75dd960e31b815260040160405180910390fd5b80548414611d2157805460405163902dde4360e01b81526004810191909152602401610c16565b8154600160ff87161b90600160201b9004811663ffffffff1615611d58576040516335d9080560e01b815260040160405180910390fd5b825463ffffffff808316600160201b80840492909216170267ffffffff000000001990911617835560018201805461ffff16905f611d958361516e565b91906101000a81548161ffff021916908361ffff16021790555050336001600160a01b0316877fd77f37f8943242463b032edd48890ee656239652c499fda0c5c4da428e595cc88888604051611dfa92919060ff929092168252602082015260400190565b60405180910390a3600182015462010000900460ff16158015611e3357506002840154600183015461ffff908116600160e01b90920416145b15611ef75760018201805462ff000019166201000017905560028401805460ff60a01b1916600560a01b1790556005840154611e7c90600160801b900463ffffffff164361518e565b60038501805467ffffffffffffffff60601b1916600160601b6001600160401b03938416810291909117918290556040805160ff8b168152602081018a9052919092049092169082015287907f45c2bd367ff0eed6240746c66e8b4db9e10787a84d6c6f7a70f866aef5b6cb87906060015b60405180910390a25b50505050505050565b5f81815260096020908152604091829020805483518184028101840190945280845260609392830182828015611f5d57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611f3f575b50505050509050919050565b5f611f75846003613bca565b6003810154909150600160a01b90046001600160401b0316431115611fad57604051633f17c99360e21b815260040160405180910390fd5b5f829003611fce5760405163c2e5347d60e01b815260040160405180910390fd5b80545f908152600360205260409020546004820154600160381b90910463ffffffff169081906120089085906001600160401b031661579a565b111561202a57604051631bbe9eff60e11b815260048101829052602401610c16565b600b82015460048301546001600160401b03165f5b8581101561218a575f87878381811061205a5761205a615351565b602002919091013591508190506120845760405163f1ae58d560e01b815260040160405180910390fd5b5f898152600b602090815260408083208484529091529020546001600160401b0316156120c75760405163990d257360e01b815260048101829052602401610c16565b6040805160208101869052908101829052606001604051602081830303815290604052805190602001209350826001612100919061518e565b5f8a8152600b60209081526040808320858452825291829020805467ffffffffffffffff19166001600160401b03948516179055815192861683528201839052810185905289907fc775444c828eb62d72039d605c7623bb2d8af0b28000db248afe502ba8c8b1179060600160405180910390a28261217e816157ad565b9350505060010161203f565b50600b8401919091556004909201805467ffffffffffffffff19166001600160401b039093169290921790915550505050565b5f6121c7866140c6565b905060036002820154600160a01b900460ff1660078111156121eb576121eb6149b8565b03612293576003810154600160a01b90046001600160401b031643116122245760405163898a307560e01b815260040160405180910390fd5b60028101805460ff60a01b1916600160a21b1790556005810154600382015461226a91600160601b900463ffffffff1690600160a01b90046001600160401b031661518e565b81600301600c6101000a8154816001600160401b0302191690836001600160401b031602179055505b60046002820154600160a01b900460ff1660078111156122b5576122b56149b8565b146122e35760028101546040516396fe8cdd60e01b8152610c1691600160a01b900460ff169060040161578c565b6122ec81613c7c565b600281015460ff868116600160b81b909204161461232257604051635d93ef5d60e11b815260ff86166004820152602401610c16565b60028101546001600160a01b0316156123675760028101546001600160a01b031633146123625760405163b8e13fdd60e01b815260040160405180910390fd5b6123a3565b5f868152600a6020908152604080832033845290915281205461ffff1690036123a35760405163b8e13fdd60e01b815260040160405180910390fd5b836123c15760405163f1ae58d560e01b815260040160405180910390fd5b80600b0154831415806123e4575060048101546001600160401b03838116911614155b1561242057600b81015460048083015460405163b603d28f60e01b8152918201929092526001600160401b039091166024820152604401610c16565b5f868152600c6020908152604080832060ff89168452909152902080541561245b57604051639ac89bcd60e01b815260040160405180910390fd5b84815560038201546040805160ff89168152602081018890529081018690526001600160401b038086166060830152600160601b909204909116608082015287907f228331756411f88c68027d040d705676700542ba28dfaf2dcbd3026c4fd0927c9060a001611eee565b5f81815260056020908152604091829020805483518184028101840190945280845260609392830182828015611f5d57602002820191905f5260205f20905f905b82829054906101000a90046001600160401b03166001600160401b031681526020019060080190602082600701049283019260010382029150808411612507575094979650505050505050565b5f828152600b6020908152604080832084845290915281205481906001600160401b031680820361258b575f5f925092505061259d565b600161259781836157ce565b92509250505b9250929050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146125ed576040516330cd747160e01b815260040160405180910390fd5b5f828152600360205260409020805460ff1661261f57604051638700833f60e01b815260048101849052602401610c16565b805461ff00191661010083151590810291909117825560405190815283907f4fceb49102cfd8b456f21b0f0371cbf8d0633e4946bb33969a58f8ea8a41c3269060200160405180910390a2505050565b60408051610140810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c082019290925260e0810182905261010081018290526101208101919091525f82815260036020908152604091829020825161014081018452815460ff8082161515835261010082048116151583860152620100008204168286015261ffff630100000082048116606084015265010000000000820416608083015263ffffffff600160381b9091041660a0820152600182015460c08201526002820180548551818602810186019096528086529194929360e086019392908301828280156127b957602002820191905f5260205f20905f905b82829054906101000a90046001600160401b03166001600160401b0316815260200190600801906020826007010492830192600103820291508084116127765790505b505050505081526020016003820180548060200260200160405190810160405280929190818152602001828054801561284057602002820191905f5260205f20905f905b82829054906101000a90046001600160401b03166001600160401b0316815260200190600801906020826007010492830192600103820291508084116127fd5790505b5050505050815260200160048201805461285990615392565b80601f016020809104026020016040519081016040528092919081815260200182805461288590615392565b80156128d05780601f106128a7576101008083540402835291602001916128d0565b820191905f5260205f20905b8154815290600101906020018083116128b357829003601f168201915b5050505050815250509050919050565b5f838152600d6020908152604080832060ff86168452825280832084845290915290205461ffff165b9392505050565b5f828152600360205260408120805460ff1661294257604051638700833f60e01b815260048101859052602401610c16565b604080516060810182525f546001600160801b038082168352600160801b909104811660208301526001541691810182905282549091906129919061ffff87169062010000900460ff166157ed565b61299b91906157ed565b602082015183546129c2916001600160801b031690600160381b900463ffffffff166157ed565b82516129db906001600160801b031661ffff88166157ed565b6129e5919061579a565b6129ef919061579a565b95945050505050565b5f612a04826001613bca565b6003810154909150600160601b90046001600160401b03164311612a3b57604051634d7287f360e01b815260040160405180910390fd5b5f82815260066020526040902060028201548154600160d01b90910461ffff161115612a7257612a6d83836001614115565b505050565b5f838152600960205260408120905b8254811015612c085781838281548110612a9d57612a9d615351565b5f918252602080832090910154835460018181018655948452919092200180546001600160a01b0319166001600160a01b03909216919091179055612ae390829061579a565b600a5f8781526020019081526020015f205f858481548110612b0757612b07615351565b905f5260205f20015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b031681526020019081526020015f205f015f6101000a81548161ffff021916908361ffff1602179055507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663332d3598848381548110612b9d57612b9d615351565b5f9182526020909120015460405160e083901b6001600160e01b03191681526001600160a01b0390911660048201526024015f604051808303815f87803b158015612be6575f5ffd5b505af1158015612bf8573d5f5f3e3d5ffd5b505060019092019150612a819050565b505f848152600660205260408120612c1f9161483f565b5f848152600760205260408120612c359161483f565b60028301805460ff60a01b1916600160a11b1790556005830154612c6690600160201b900463ffffffff164361518e565b60038401805467ffffffffffffffff60601b1916600160601b6001600160401b039384168102919091179182905560405187937fc90d234f22597d31d068878c067c239b32a1d67baa954602a82f3c8ca560015093610aa6938793910490911690615804565b5f612cd8836001613bca565b6003810154909150612cfb90600160201b90046001600160401b0316600161518e565b6001600160401b03164311612d23576040516314b47b8760e21b815260040160405180910390fd5b6003810154600160601b90046001600160401b0316431115612d585760405163132d7a1360e11b815260040160405180910390fd5b5f83815260086020908152604080832033845290915290205460ff1615612d92576040516375b8bac560e11b815260040160405180910390fd5b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633f9fb5523360018560030160049054906101000a90046001600160401b0316612de791906157ce565b60078601546040516001600160e01b031960e086901b1681526001600160a01b0390931660048401526001600160401b0390911660248301526044820152606401602060405180830381865afa158015612e43573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612e679190615646565b9050808310612e9357604051630189802760e31b81526004810184905260248101829052604401610c16565b6008820154612ecc576003820154612ebc90600160201b90046001600160401b0316600161518e565b6001600160401b03164060088301555b60088201546040805160208101929092528101859052336060820152608081018490525f9060a00160408051808303601f1901815291815281516020928301205f88815260068452828120600790945291909120825460028701549294509091600160d01b900461ffff1681148015612f69575081612f4c600183615866565b81548110612f5c57612f5c615351565b905f5260205f2001548410155b15612fb8578382612f7b600184615866565b81548110612f8b57612f8b615351565b905f5260205f200154604051635467da8d60e11b8152600401610c16929190918252602082015260400190565b5f8881526008602090815260408083203380855290835292819020805460ff1916600117905580518a81529182018790528a917f52999628fb1cb05707e842278833b22e511f11746202cecdf221968b0b89e8bd910160405180910390a36002860154600160d01b900461ffff1681036130ea5782613038600183615866565b8154811061304857613048615351565b5f9182526020822001546040516001600160a01b03909116918a917ff6604376e18462548bdf42400b2940918f27f6805f89b9133a29401f850253419190a38280548061309757613097615879565b5f8281526020902081015f1990810180546001600160a01b031916905501905581548290806130c8576130c8615879565b600190038181905f5260205f20015f9055905580806130e69061588d565b9150505b8254600181810185555f858152602080822090930180546001600160a01b03191633179055845491820185558481529190912001849055805b5f811180156131555750848361313a600184615866565b8154811061314a5761314a615351565b905f5260205f200154115b1561321f5783613166600183615866565b8154811061317657613176615351565b905f5260205f20015f9054906101000a90046001600160a01b03168482815481106131a3576131a3615351565b5f91825260209091200180546001600160a01b0319166001600160a01b0392909216919091179055826131d7600183615866565b815481106131e7576131e7615351565b905f5260205f20015483828154811061320257613202615351565b5f91825260209091200155806132178161588d565b915050613123565b3384828154811061323257613232615351565b905f5260205f20015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055508483828154811061327057613270615351565b5f91825260209091200155505050505050505050565b5f613292856005613bca565b905061329d81613c7c565b600281015460ff858116600160b81b90920416146132d357604051635d93ef5d60e11b815260ff85166004820152602401610c16565b5f6132dd86613c36565b8054909150600160201b9004600160ff87161b1663ffffffff165f036133165760405163099efb8960e41b815260040160405180910390fd5b82158061332557506201800083115b15613346576040516328c4fbad60e11b815260048101849052602401610c16565b5f848460405161335792919061529f565b60408051918290039091205f898152600e602090815283822060ff8b1683528152838220838352905291909120549091506001600160401b0316156133af57604051639ac89bcd60e01b815260040160405180910390fd5b5f878152600e6020908152604080832060ff8a168452825280832084845290915290819020805467ffffffffffffffff1916436001600160401b031617905551339088907ffb5605dfa8dc81f9b478bacf137312cce744c9c640baacb92e352a7be0721bc890613426908a9086908b908b906158a2565b60405180910390a350505050505050565b5f613441826140c6565b6002810154909150600160a01b900460ff166006816007811115613467576134676149b8565b148061348457506007816007811115613482576134826149b8565b145b156134a457806040516396fe8cdd60e01b8152600401610c16919061578c565b5f60038260078111156134b9576134b96149b8565b146134d8576003830154600160601b90046001600160401b0316613509565b6005830154600384015461350991600160601b900463ffffffff1690600160a01b90046001600160401b031661518e565b9050806001600160401b0316431161353f5760405163a9667ee160e01b81526001600160401b0382166004820152602401610c16565b6001826007811115613553576135536149b8565b036135a15760028301545f85815260066020526040902054600160d01b90910461ffff16116135955760405163c1ad503160e01b815260040160405180910390fd5b610e1d84846001614115565b5f8481526009602052604081209060028460078111156135c3576135c36149b8565b036136a25750600284810154600160f01b810461ffff908116600160d01b90920416145f5b835481101561369b575f888152600a602052604081208554829087908590811061361457613614615351565b5f9182526020808320909101546001600160a01b03168352820192909252604001902090508261364f57805462010000900460ff161561365d565b80546301000000900460ff16155b1561369257613692898987858154811061367957613679615351565b5f918252602090912001546001600160a01b031661422e565b506001016135e8565b5050613805565b60038460078111156136b6576136b66149b8565b14806136e657505f868152600c602090815260408083206002890154600160b81b900460ff168452909152902054155b15613708575060028401805460ff60a01b1916600160a21b1790556003613805565b60028501546001600160b81b90910460ff161b600485600781111561372f5761372f6149b8565b1461373b57600561373e565b60045b91505f5b8354811015613802575f888152600a602052604081208554829087908590811061376e5761376e615351565b5f9182526020808320909101546001600160a01b031683528201929092526040018120915060048860078111156137a7576137a76149b8565b146137c0578154600160401b900463ffffffff166137d0565b8154600160201b900463ffffffff165b905083811663ffffffff165f036137f8576137f88a8a88868154811061367957613679615351565b5050600101613742565b50505b613810868683614115565b505050505050565b5f613824846005613bca565b905061382f81613c7c565b600281015460ff848116600160b81b909204161461386557604051635d93ef5d60e11b815260ff84166004820152602401610c16565b5f61386f85613c36565b8054909150600160ff86161b90600160201b9004811663ffffffff165f036138aa5760405163099efb8960e41b815260040160405180910390fd5b5f868152600e6020908152604080832060ff8916845282528083208784529091528120546001600160401b031690036138f957604051631b590e9d60e21b815260048101859052602401610c16565b8154600160401b9004811663ffffffff1615613928576040516335d9080560e01b815260040160405180910390fd5b815463ffffffff808316600160401b80840492909216170263ffffffff60401b199091161782555f868152600d6020908152604080832060ff8916845282528083208784529091528120805482906139839061ffff1661516e565b91906101000a81548161ffff021916908361ffff16021790559050336001600160a01b0316877fd6e785b780f5194930b631b9b0fdf8d91c2841713cca5810dd809486f325438a88886040516139e892919060ff929092168252602082015260400190565b60405180910390a3600284015461ffff600160e01b90910481169082161015613a145750505050505050565b5f878152600c6020908152604080832060ff8a16808552818452828520600281018b90558c8652600e855283862082875285528386208b8752855283862054958290529184526003909101805467ffffffffffffffff19166001600160401b0390951694909417909355805192835290820187905288917f2585f2ee81a4a988f648d0ab954b45286f3973034eea345158f9759e447ad2e3910160405180910390a26002840154600160c01b900460ff16613ad08760016158ce565b60ff161015613bc057613ae48660016158ce565b60028501805460ff92909216600160b81b0260ff60a01b191663ff0000ff60a01b1990921691909117600160a21b1790556005840154613b3190600160601b900463ffffffff164361518e565b6003850180546001600160401b0392909216600160601b0267ffffffffffffffff60601b19909216919091179055867f5bd5f66cc37a69b5cbb43f1c5f4e5da9f75bd60fc41659d8ca654a0188e97741613b8c8860016158ce565b60038701546040805160ff9093168352600160601b9091046001600160401b031660208301520160405180910390a2611ef7565b611ef78785614353565b5f613bd4836140c6565b9050816007811115613be857613be86149b8565b6002820154600160a01b900460ff166007811115613c0857613c086149b8565b14610eb85760028101546040516396fe8cdd60e01b8152610c1691600160a01b900460ff169060040161578c565b5f818152600a6020908152604080832033845290915281208054909161ffff9091169003613c775760405163148fe22160e11b815260040160405180910390fd5b919050565b6003810154600160601b90046001600160401b0316431115613cc8576003810154604051636768091360e01b8152600160601b9091046001600160401b03166004820152602401610c16565b50565b5f878152600360205260409020805460ff16613cfd57604051638700833f60e01b815260048101899052602401610c16565b8054610100900460ff16613d27576040516323a03adb60e01b815260048101899052602401610c16565b60018082015460ff87161c165f03613d5757604051637ee4d95760e11b815260ff86166004820152602401610c16565b60028101548614613d8b576002810154604051637d6ce87560e11b8152610c16918891600401918252602082015260400190565b5f5b86811015613ed457816002018181548110613daa57613daa615351565b5f918252602090912060048204015460039091166008026101000a90046001600160401b0316888883818110613de257613de2615351565b9050602002016020810190613df79190615365565b6001600160401b03161080613e745750816003018181548110613e1c57613e1c615351565b5f918252602090912060048204015460039091166008026101000a90046001600160401b0316888883818110613e5457613e54615351565b9050602002016020810190613e699190615365565b6001600160401b0316115b15613ecc5780888883818110613e8c57613e8c615351565b9050602002016020810190613ea19190615365565b60405163b32071e360e01b815260048101929092526001600160401b03166024820152604401610c16565b600101613d8d565b50805461ffff630100000090910481169085161080613f045750805461ffff650100000000009091048116908516115b15613f2857604051630e723c7760e31b815261ffff85166004820152602401610c16565b61ffff83161580613f4057508361ffff168361ffff16115b15613f6c576040516313bf871360e31b815261ffff808516600483015285166024820152604401610c16565b613f7960208301836152f1565b63ffffffff161580613f9d575060c8613f9560208401846152f1565b63ffffffff16115b80613fbb5750613fb360408301602084016152f1565b63ffffffff16155b80613fdd5750620f4240613fd560408401602085016152f1565b63ffffffff16115b80613ffb5750613ff360608301604084016152f1565b63ffffffff16155b8061401d5750620f424061401560608401604085016152f1565b63ffffffff16115b8061403b575061403360808301606084016152f1565b63ffffffff16155b8061405d5750620f424061405560808401606085016152f1565b63ffffffff16115b8061407b575061407360a08301608084016152f1565b63ffffffff16155b8061409d5750620f424061409560a08401608085016152f1565b63ffffffff16115b156140bb5760405163392334ed60e01b815260040160405180910390fd5b979650505050505050565b5f818152600460205260408120906002820154600160a01b900460ff1660078111156140f4576140f46149b8565b03613c77576040516324f09ddd60e11b815260048101839052602401610c16565b600282018054600760a01b60ff60a01b1982168117835560ff600160a01b830416928492909161ffff60a01b1990911617600160a81b83600581111561415d5761415d6149b8565b021790555061416b846146bd565b600683015460018401546001600160a01b03165f908152600f60205260408120805490919061419b90849061579a565b92505081905550837fe20209be7caae6e76291267cfa711353981274bf127e94f16eb9ec44b68582bb82846040516141d49291906158e7565b60405180910390a2600183015460068401546040519081526001600160a01b039091169085907f7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c4906020015b60405180910390a350505050565b6040516309a7cba760e41b81526001600160a01b0382811660048301527f000000000000000000000000000000000000000000000000000000000000000060248301525f917f000000000000000000000000000000000000000000000000000000000000000090911690639a7cba70906044016020604051808303815f875af11580156142bd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906142e19190615646565b60018401546001600160a01b03165f908152600f602052604081208054929350839290919061431190849061579a565b90915550506040518181526001600160a01b0383169085907f457eb6eac1fca564e498c0bb2b95a9cf4aebdec7b731d58aed7946a8422ffe9690602001614220565b60028101805460ff60a01b1916600360a11b179055614371826146bd565b60405182907f72f990a71609a3dd58ce59298332efce86bf1638618eeff4e5c82f3fef0faa1d905f90a25f82815260096020526040812060028301549091906143c990600190600160c01b900460ff1681901b615866565b82549091505f906001600160401b038111156143e7576143e761537e565b604051908082528060200260200182016040528015614410578160200160208202803683370190505b5090505f805b8454811015614518575f878152600a602052604081208654829088908590811061444257614442615351565b5f9182526020808320909101546001600160a01b031683528201929092526040019020805490915060ff62010000909104168015614488575080546301000000900460ff165b80156144a65750805463ffffffff808716600160201b909204871616145b1561450f578582815481106144bd576144bd615351565b5f918252602090912001546001600160a01b031684846144dc8161553e565b9550815181106144ee576144ee615351565b60200260200101906001600160a01b031690816001600160a01b0316815250505b50600101614416565b50805f036145a857600685015460018601546001600160a01b03165f908152600f60205260408120805490919061455090849061579a565b9091555050600185015460068601546040519081526001600160a01b039091169087907f7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c49060200160405180910390a3505050505050565b5f8186600601546145b99190615902565b90505f6145c683836157ed565b87600601546145d59190615866565b90505f5b838110156146b2575f81156145ee57836145f8565b6145f8838561579a565b905080600f5f88858151811061461057614610615351565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f828254614645919061579a565b9250508190555085828151811061465e5761465e615351565b60200260200101516001600160a01b03168a7f6fe296e805108cd514fea415210be4016149b01eeb08effbe130951b6a5f6c0b836040516146a191815260200190565b60405180910390a3506001016145d9565b505050505050505050565b5f818152600960205260408120905b8154811015612a6d577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d096fae883838154811061471657614716615351565b5f9182526020909120015460405160e083901b6001600160e01b03191681526001600160a01b0390911660048201526024015f604051808303815f87803b15801561475f575f5ffd5b505af1158015614771573d5f5f3e3d5ffd5b5050600190920191506146cc9050565b828054828255905f5260205f209060030160049004810192821561482f579160200282015f5b838211156147fa5783356001600160401b031683826101000a8154816001600160401b0302191690836001600160401b0316021790555092602001926008016020816007010492830192600103026147a7565b801561482d5782816101000a8154906001600160401b0302191690556008016020816007010492830192600103026147fa565b505b5061483b929150614856565b5090565b5080545f8255905f5260205f2090810190613cc891905b5b8082111561483b575f8155600101614857565b5f5f6040838503121561487b575f5ffd5b50508035926020909101359150565b5f6020828403121561489a575f5ffd5b5035919050565b5f8151808452602084019350602083015f5b828110156148da5781516001600160a01b03168652602095860195909101906001016148b3565b5093949350505050565b604081525f6148f660408301856148a1565b82810360208401528084518083526020830191506020860192505f5b81811015614930578351835260209384019390920191600101614912565b50909695505050505050565b803560ff81168114613c77575f5ffd5b5f5f6040838503121561495d575f5ffd5b8235915061496d6020840161493c565b90509250929050565b5f6060828403128015614987575f5ffd5b509092915050565b5f5f5f606084860312156149a1575f5ffd5b505081359360208301359350604090920135919050565b634e487b7160e01b5f52602160045260245ffd5b600881106149dc576149dc6149b8565b9052565b600681106149dc576149dc6149b8565b815181526020808301516103a0830191614a14908401826001600160a01b03169052565b506040830151614a2f60408401826001600160a01b03169052565b506060830151614a4260608401826149cc565b506080830151614a5560808401826149e0565b5060a0830151614a6a60a084018260ff169052565b5060c0830151614a7f60c084018260ff169052565b5060e0830151614a9460e084018260ff169052565b50610100830151614aaa61010084018215159052565b50610120830151614ac261012084018261ffff169052565b50610140830151614ada61014084018261ffff169052565b50610160830151614af261016084018261ffff169052565b50610180830151614b0a61018084018261ffff169052565b506101a0830151614b226101a084018261ffff169052565b506101c0830151614b3f6101c08401826001600160401b03169052565b506101e0830151614b5c6101e08401826001600160401b03169052565b50610200830151614b796102008401826001600160401b03169052565b50610220830151614b966102208401826001600160401b03169052565b50610240830151614bf461024084018263ffffffff815116825263ffffffff602082015116602083015263ffffffff604082015116604083015263ffffffff606082015116606083015263ffffffff60808201511660808301525050565b506102608301516102e08301526102808301516103008301526102a08301516103208301526102c08301516103408301526102e083015161036083015261030083015161038083015292915050565b5f60208284031215614c53575f5ffd5b81356001600160401b03811115614c68575f5ffd5b82016101008185031215612909575f5ffd5b5f5f83601f840112614c8a575f5ffd5b5081356001600160401b03811115614ca0575f5ffd5b6020830191508360208260051b850101111561259d575f5ffd5b803561ffff81168114613c77575f5ffd5b80356001600160a01b0381168114613c77575f5ffd5b5f5f5f5f5f5f5f5f888a03610160811215614cfa575f5ffd5b8935985060208a01356001600160401b03811115614d16575f5ffd5b614d228c828d01614c7a565b9099509750614d35905060408b0161493c565b9550614d4360608b01614cba565b9450614d5160808b01614cba565b935060a0609f1982011215614d64575f5ffd5b5060a089019150614d786101408a01614ccb565b90509295985092959890939650565b5f5f5f60608486031215614d99575f5ffd5b83359250614da96020850161493c565b929592945050506040919091013590565b602081525f61290960208301846148a1565b5f5f5f60408486031215614dde575f5ffd5b8335925060208401356001600160401b03811115614dfa575f5ffd5b614e0686828701614c7a565b9497909650939450505050565b80356001600160401b0381168114613c77575f5ffd5b5f5f5f5f5f60a08688031215614e3d575f5ffd5b85359450614e4d6020870161493c565b93506040860135925060608601359150614e6960808701614e13565b90509295509295909350565b5f8151808452602084019350602083015f5b828110156148da5781516001600160401b0316865260209586019590910190600101614e87565b602081525f6129096020830184614e75565b5f5f60408385031215614ed1575f5ffd5b8235915060208301358015158114614ee7575f5ffd5b809150509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60208152614f3360208201835115159052565b5f6020830151614f47604084018215159052565b50604083015160ff8116606084015250606083015161ffff8116608084015250608083015161ffff811660a08401525060a083015163ffffffff811660c08401525060c083015160e083015260e0830151610140610100840152614faf610160840182614e75565b9050610100840151601f1984830301610120850152614fce8282614e75565b915050610120840151601f19848303016101408501526129ef8282614ef2565b5f5f60408385031215614fff575f5ffd5b8235915061496d60208401614cba565b5f5f5f5f60608587031215615022575f5ffd5b843593506150326020860161493c565b925060408501356001600160401b0381111561504c575f5ffd5b8501601f8101871361505c575f5ffd5b80356001600160401b03811115615071575f5ffd5b876020828401011115615082575f5ffd5b949793965060200194505050565b5f602082840312156150a0575f5ffd5b61290982614ccb565b5f5f604083850312156150ba575f5ffd5b8235915061496d60208401614ccb565b5f6101208201905061ffff835116825260208301511515602083015260408301516150f9604084018215159052565b506060830151615111606084018263ffffffff169052565b506080830151615129608084018263ffffffff169052565b5060a083015160a083015260c083015160c083015260e083015160e083015261010083015161010083015292915050565b634e487b7160e01b5f52601160045260245ffd5b5f61ffff821661ffff81036151855761518561515a565b60010192915050565b6001600160401b038181168382160190811115610eb857610eb861515a565b6001600160801b0381168114613cc8575f5ffd5b81356151cc816151ad565b81546001600160801b0319166001600160801b0382161782555060208201356151f4816151ad565b81546001600160801b031660809190911b6001600160801b0319161781556040820135615220816151ad565b6001820180546001600160801b0319166001600160801b038316179055505050565b5f60208284031215615252575f5ffd5b8135612909816151ad565b5f5f8335601e19843603018112615272575f5ffd5b8301803591506001600160401b0382111561528b575f5ffd5b60200191503681900382131561259d575f5ffd5b818382375f9101908152919050565b5f602082840312156152be575f5ffd5b6129098261493c565b5f602082840312156152d7575f5ffd5b61290982614cba565b63ffffffff81168114613cc8575f5ffd5b5f60208284031215615301575f5ffd5b8135612909816152e0565b5f5f8335601e19843603018112615321575f5ffd5b8301803591506001600160401b0382111561533a575f5ffd5b6020019150600581901b360382131561259d575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215615375575f5ffd5b61290982614e13565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806153a657607f821691505b6020821081036153c457634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115612a6d57805f5260205f20601f840160051c810160208510156153ef5750805b601f840160051c820191505b8181101561540e575f81556001016153fb565b5050505050565b6001600160401b0383111561542c5761542c61537e565b6154408361543a8354615392565b836153ca565b5f601f841160018114615471575f851561545a5750838201355b5f19600387901b1c1916600186901b17835561540e565b5f83815260208120601f198716915b828110156154a05786850135825560209485019460019092019101615480565b50868210156154bc575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60c081525f61550960c08301898b6154ce565b60ff9790971660208301525061ffff948516604082015292909316606083015263ffffffff16608082015260a0015292915050565b5f6001820161554f5761554f61515a565b5060010190565b5f8135610eb8816152e0565b813561556d816152e0565b63ffffffff8116905081548163ffffffff1982161783556020840135615592816152e0565b67ffffffff000000008160201b16836001600160401b031984161717845550505060408201356155c1816152e0565b815463ffffffff60401b191660409190911b6bffffffff0000000000000000161781555f60608301356155f3816152e0565b825463ffffffff60601b1916606082901b63ffffffff60601b1617835590505061118e61562260808401615556565b82805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b5f60208284031215615656575f5ffd5b5051919050565b8183526020830192505f815f5b848110156148da576001600160401b0361568383614e13565b168652602095860195919091019060010161566a565b602081525f6156ac60208301848661565d565b949350505050565b61018081525f6156c961018083018b8d61565d565b905060ff8916602083015261ffff8816604083015261ffff8716606083015285356156f3816152e0565b63ffffffff166080830152602086013561570c816152e0565b63ffffffff1660a08301526040860135615725816152e0565b63ffffffff1660c0830152606086013561573e816152e0565b63ffffffff1660e08301526080860135615757816152e0565b63ffffffff166101008301526001600160a01b0385166101208301526101408201939093526101600152979650505050505050565b60208101610eb882846149cc565b80820180821115610eb857610eb861515a565b5f6001600160401b0382166001600160401b0381036151855761518561515a565b6001600160401b038281168282160390811115610eb857610eb861515a565b8082028115828204841417610eb857610eb861515a565b604080825283549082018190525f8481526020812090916060840190835b818110156158495783546001600160a01b0316835260019384019360209093019201615822565b505080925050506001600160401b03831660208301529392505050565b81810381811115610eb857610eb861515a565b634e487b7160e01b5f52603160045260245ffd5b5f8161589b5761589b61515a565b505f190190565b60ff85168152836020820152606060408201525f6158c46060830184866154ce565b9695505050505050565b60ff8181168382160190811115610eb857610eb861515a565b604081016158f582856149cc565b61290960208301846149e0565b5f8261591c57634e487b7160e01b5f52601260045260245ffd5b50049056fea164736f6c634300081c000a",
}

// E3ManagerABI is the input ABI used to generate the binding from.
// Deprecated: Use E3ManagerMetaData.ABI instead.
var E3ManagerABI = E3ManagerMetaData.ABI

// E3ManagerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use E3ManagerMetaData.Bin instead.
var E3ManagerBin = E3ManagerMetaData.Bin

// DeployE3Manager deploys a new Ethereum contract, binding an instance of E3Manager to it.
func DeployE3Manager(auth *bind.TransactOpts, backend bind.ContractBackend, registry_ common.Address, livenessPenalty_ *big.Int, fees_ E3ManagerFeeSchedule) (common.Address, *types.Transaction, *E3Manager, error) {
	parsed, err := E3ManagerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(E3ManagerBin), backend, registry_, livenessPenalty_, fees_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &E3Manager{E3ManagerCaller: E3ManagerCaller{contract: contract}, E3ManagerTransactor: E3ManagerTransactor{contract: contract}, E3ManagerFilterer: E3ManagerFilterer{contract: contract}}, nil
}

// E3Manager is an auto generated Go binding around an Ethereum contract.
type E3Manager struct {
	E3ManagerCaller     // Read-only binding to the contract
	E3ManagerTransactor // Write-only binding to the contract
	E3ManagerFilterer   // Log filterer for contract events
}

// E3ManagerCaller is an auto generated read-only Go binding around an Ethereum contract.
type E3ManagerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// E3ManagerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type E3ManagerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// E3ManagerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type E3ManagerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// E3ManagerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type E3ManagerSession struct {
	Contract     *E3Manager        // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// E3ManagerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type E3ManagerCallerSession struct {
	Contract *E3ManagerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts    // Call options to use throughout this session
}

// E3ManagerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type E3ManagerTransactorSession struct {
	Contract     *E3ManagerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// E3ManagerRaw is an auto generated low-level Go binding around an Ethereum contract.
type E3ManagerRaw struct {
	Contract *E3Manager // Generic contract binding to access the raw methods on
}

// E3ManagerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type E3ManagerCallerRaw struct {
	Contract *E3ManagerCaller // Generic read-only contract binding to access the raw methods on
}

// E3ManagerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type E3ManagerTransactorRaw struct {
	Contract *E3ManagerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewE3Manager creates a new instance of E3Manager, bound to a specific deployed contract.
func NewE3Manager(address common.Address, backend bind.ContractBackend) (*E3Manager, error) {
	contract, err := bindE3Manager(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &E3Manager{E3ManagerCaller: E3ManagerCaller{contract: contract}, E3ManagerTransactor: E3ManagerTransactor{contract: contract}, E3ManagerFilterer: E3ManagerFilterer{contract: contract}}, nil
}

// NewE3ManagerCaller creates a new read-only instance of E3Manager, bound to a specific deployed contract.
func NewE3ManagerCaller(address common.Address, caller bind.ContractCaller) (*E3ManagerCaller, error) {
	contract, err := bindE3Manager(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &E3ManagerCaller{contract: contract}, nil
}

// NewE3ManagerTransactor creates a new write-only instance of E3Manager, bound to a specific deployed contract.
func NewE3ManagerTransactor(address common.Address, transactor bind.ContractTransactor) (*E3ManagerTransactor, error) {
	contract, err := bindE3Manager(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &E3ManagerTransactor{contract: contract}, nil
}

// NewE3ManagerFilterer creates a new log filterer instance of E3Manager, bound to a specific deployed contract.
func NewE3ManagerFilterer(address common.Address, filterer bind.ContractFilterer) (*E3ManagerFilterer, error) {
	contract, err := bindE3Manager(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &E3ManagerFilterer{contract: contract}, nil
}

// bindE3Manager binds a generic wrapper to an already deployed contract.
func bindE3Manager(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := E3ManagerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_E3Manager *E3ManagerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _E3Manager.Contract.E3ManagerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_E3Manager *E3ManagerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _E3Manager.Contract.E3ManagerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_E3Manager *E3ManagerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _E3Manager.Contract.E3ManagerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_E3Manager *E3ManagerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _E3Manager.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_E3Manager *E3ManagerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _E3Manager.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_E3Manager *E3ManagerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _E3Manager.Contract.contract.Transact(opts, method, params...)
}

// MAXCOMMITTEE is a free data retrieval call binding the contract method 0x8dd5c0d6.
//
// Solidity: function MAX_COMMITTEE() view returns(uint16)
func (_E3Manager *E3ManagerCaller) MAXCOMMITTEE(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _E3Manager.contract.Call(opts, &out, "MAX_COMMITTEE")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// MAXCOMMITTEE is a free data retrieval call binding the contract method 0x8dd5c0d6.
//
// Solidity: function MAX_COMMITTEE() view returns(uint16)
func (_E3Manager *E3ManagerSession) MAXCOMMITTEE() (uint16, error) {
	return _E3Manager.Contract.MAXCOMMITTEE(&_E3Manager.CallOpts)
}

// MAXCOMMITTEE is a free data retrieval call binding the contract method 0x8dd5c0d6.
//
// Solidity: function MAX_COMMITTEE() view returns(uint16)
func (_E3Manager *E3ManagerCallerSession) MAXCOMMITTEE() (uint16, error) {
	return _E3Manager.Contract.MAXCOMMITTEE(&_E3Manager.CallOpts)
}

// MAXPLAINTEXT is a free data retrieval call binding the contract method 0x7e6691d0.
//
// Solidity: function MAX_PLAINTEXT() view returns(uint256)
func (_E3Manager *E3ManagerCaller) MAXPLAINTEXT(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _E3Manager.contract.Call(opts, &out, "MAX_PLAINTEXT")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXPLAINTEXT is a free data retrieval call binding the contract method 0x7e6691d0.
//
// Solidity: function MAX_PLAINTEXT() view returns(uint256)
func (_E3Manager *E3ManagerSession) MAXPLAINTEXT() (*big.Int, error) {
	return _E3Manager.Contract.MAXPLAINTEXT(&_E3Manager.CallOpts)
}

// MAXPLAINTEXT is a free data retrieval call binding the contract method 0x7e6691d0.
//
// Solidity: function MAX_PLAINTEXT() view returns(uint256)
func (_E3Manager *E3ManagerCallerSession) MAXPLAINTEXT() (*big.Int, error) {
	return _E3Manager.Contract.MAXPLAINTEXT(&_E3Manager.CallOpts)
}

// MAXSTAGES is a free data retrieval call binding the contract method 0xdf5e7695.
//
// Solidity: function MAX_STAGES() view returns(uint8)
func (_E3Manager *E3ManagerCaller) MAXSTAGES(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _E3Manager.contract.Call(opts, &out, "MAX_STAGES")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// MAXSTAGES is a free data retrieval call binding the contract method 0xdf5e7695.
//
// Solidity: function MAX_STAGES() view returns(uint8)
func (_E3Manager *E3ManagerSession) MAXSTAGES() (uint8, error) {
	return _E3Manager.Contract.MAXSTAGES(&_E3Manager.CallOpts)
}

// MAXSTAGES is a free data retrieval call binding the contract method 0xdf5e7695.
//
// Solidity: function MAX_STAGES() view returns(uint8)
func (_E3Manager *E3ManagerCallerSession) MAXSTAGES() (uint8, error) {
	return _E3Manager.Contract.MAXSTAGES(&_E3Manager.CallOpts)
}

// MAXTICKETWINDOW is a free data retrieval call binding the contract method 0xafeb6e12.
//
// Solidity: function MAX_TICKET_WINDOW() view returns(uint32)
func (_E3Manager *E3ManagerCaller) MAXTICKETWINDOW(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _E3Manager.contract.Call(opts, &out, "MAX_TICKET_WINDOW")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MAXTICKETWINDOW is a free data retrieval call binding the contract method 0xafeb6e12.
//
// Solidity: function MAX_TICKET_WINDOW() view returns(uint32)
func (_E3Manager *E3ManagerSession) MAXTICKETWINDOW() (uint32, error) {
	return _E3Manager.Contract.MAXTICKETWINDOW(&_E3Manager.CallOpts)
}

// MAXTICKETWINDOW is a free data retrieval call binding the contract method 0xafeb6e12.
//
// Solidity: function MAX_TICKET_WINDOW() view returns(uint32)
func (_E3Manager *E3ManagerCallerSession) MAXTICKETWINDOW() (uint32, error) {
	return _E3Manager.Contract.MAXTICKETWINDOW(&_E3Manager.CallOpts)
}

// MAXWINDOW is a free data retrieval call binding the contract method 0xdeb96634.
//
// Solidity: function MAX_WINDOW() view returns(uint32)
func (_E3Manager *E3ManagerCaller) MAXWINDOW(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _E3Manager.contract.Call(opts, &out, "MAX_WINDOW")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MAXWINDOW is a free data retrieval call binding the contract method 0xdeb96634.
//
// Solidity: function MAX_WINDOW() view returns(uint32)
func (_E3Manager *E3ManagerSession) MAXWINDOW() (uint32, error) {
	return _E3Manager.Contract.MAXWINDOW(&_E3Manager.CallOpts)
}

// MAXWINDOW is a free data retrieval call binding the contract method 0xdeb96634.
//
// Solidity: function MAX_WINDOW() view returns(uint32)
func (_E3Manager *E3ManagerCallerSession) MAXWINDOW() (uint32, error) {
	return _E3Manager.Contract.MAXWINDOW(&_E3Manager.CallOpts)
}

// CandidatesOf is a free data retrieval call binding the contract method 0x1984ab00.
//
// Solidity: function candidatesOf(uint256 e3Id) view returns(address[], uint256[])
func (_E3Manager *E3ManagerCaller) CandidatesOf(opts *bind.CallOpts, e3Id *big.Int) ([]common.Address, []*big.Int, error) {
	var out []interface{}
	err := _E3Manager.contract.Call(opts, &out, "candidatesOf", e3Id)

	if err != nil {
		return *new([]common.Address), *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	out1 := *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)

	return out0, out1, err

}

// CandidatesOf is a free data retrieval call binding the contract method 0x1984ab00.
//
// Solidity: function candidatesOf(uint256 e3Id) view returns(address[], uint256[])
func (_E3Manager *E3ManagerSession) CandidatesOf(e3Id *big.Int) ([]common.Address, []*big.Int, error) {
	return _E3Manager.Contract.CandidatesOf(&_E3Manager.CallOpts, e3Id)
}

// CandidatesOf is a free data retrieval call binding the contract method 0x1984ab00.
//
// Solidity: function candidatesOf(uint256 e3Id) view returns(address[], uint256[])
func (_E3Manager *E3ManagerCallerSession) CandidatesOf(e3Id *big.Int) ([]common.Address, []*big.Int, error) {
	return _E3Manager.Contract.CandidatesOf(&_E3Manager.CallOpts, e3Id)
}

// CommitteeOf is a free data retrieval call binding the contract method 0x85c78074.
//
// Solidity: function committeeOf(uint256 e3Id) view returns(address[])
func (_E3Manager *E3ManagerCaller) CommitteeOf(opts *bind.CallOpts, e3Id *big.Int) ([]common.Address, error) {
	var out []interface{}
	err := _E3Manager.contract.Call(opts, &out, "committeeOf", e3Id)

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// CommitteeOf is a free data retrieval call binding the contract method 0x85c78074.
//
// Solidity: function committeeOf(uint256 e3Id) view returns(address[])
func (_E3Manager *E3ManagerSession) CommitteeOf(e3Id *big.Int) ([]common.Address, error) {
	return _E3Manager.Contract.CommitteeOf(&_E3Manager.CallOpts, e3Id)
}

// CommitteeOf is a free data retrieval call binding the contract method 0x85c78074.
//
// Solidity: function committeeOf(uint256 e3Id) view returns(address[])
func (_E3Manager *E3ManagerCallerSession) CommitteeOf(e3Id *big.Int) ([]common.Address, error) {
	return _E3Manager.Contract.CommitteeOf(&_E3Manager.CallOpts, e3Id)
}

// E3Count is a free data retrieval call binding the contract method 0x157f3449.
//
// Solidity: function e3Count() view returns(uint256)
func (_E3Manager *E3ManagerCaller) E3Count(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _E3Manager.contract.Call(opts, &out, "e3Count")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// E3Count is a free data retrieval call binding the contract method 0x157f3449.
//
// Solidity: function e3Count() view returns(uint256)
func (_E3Manager *E3ManagerSession) E3Count() (*big.Int, error) {
	return _E3Manager.Contract.E3Count(&_E3Manager.CallOpts)
}

// E3Count is a free data retrieval call binding the contract method 0x157f3449.
//
// Solidity: function e3Count() view returns(uint256)
func (_E3Manager *E3ManagerCallerSession) E3Count() (*big.Int, error) {
	return _E3Manager.Contract.E3Count(&_E3Manager.CallOpts)
}

// Fees is a free data retrieval call binding the contract method 0x9af1d35a.
//
// Solidity: function fees() view returns(uint128 perMember, uint128 perInput, uint128 perDecryption)
func (_E3Manager *E3ManagerCaller) Fees(opts *bind.CallOpts) (struct {
	PerMember     *big.Int
	PerInput      *big.Int
	PerDecryption *big.Int
}, error) {
	var out []interface{}
	err := _E3Manager.contract.Call(opts, &out, "fees")

	outstruct := new(struct {
		PerMember     *big.Int
		PerInput      *big.Int
		PerDecryption *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.PerMember = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.PerInput = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.PerDecryption = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// Fees is a free data retrieval call binding the contract method 0x9af1d35a.
//
// Solidity: function fees() view returns(uint128 perMember, uint128 perInput, uint128 perDecryption)
func (_E3Manager *E3ManagerSession) Fees() (struct {
	PerMember     *big.Int
	PerInput      *big.Int
	PerDecryption *big.Int
}, error) {
	return _E3Manager.Contract.Fees(&_E3Manager.CallOpts)
}

// Fees is a free data retrieval call binding the contract method 0x9af1d35a.
//
// Solidity: function fees() view returns(uint128 perMember, uint128 perInput, uint128 perDecryption)
func (_E3Manager *E3ManagerCallerSession) Fees() (struct {
	PerMember     *big.Int
	PerInput      *big.Int
	PerDecryption *big.Int
}, error) {
	return _E3Manager.Contract.Fees(&_E3Manager.CallOpts)
}

// GetE3 is a free data retrieval call binding the contract method 0x406ed35c.
//
// Solidity: function getE3(uint256 e3Id) view returns((bytes32,address,address,uint8,uint8,uint8,uint8,uint8,bool,uint16,uint16,uint16,uint16,uint16,uint64,uint64,uint64,uint64,(uint32,uint32,uint32,uint32,uint32),uint256,uint256,bytes32,bytes32,bytes32,bytes32))
func (_E3Manager *E3ManagerCaller) GetE3(opts *bind.CallOpts, e3Id *big.Int) (E3ManagerE3, error) {
	var out []interface{}
	err := _E3Manager.contract.Call(opts, &out, "getE3", e3Id)

	if err != nil {
		return *new(E3ManagerE3), err
	}

	out0 := *abi.ConvertType(out[0], new(E3ManagerE3)).(*E3ManagerE3)

	return out0, err

}

// GetE3 is a free data retrieval call binding the contract method 0x406ed35c.
//
// Solidity: function getE3(uint256 e3Id) view returns((bytes32,address,address,uint8,uint8,uint8,uint8,uint8,bool,uint16,uint16,uint16,uint16,uint16,uint64,uint64,uint64,uint64,(uint32,uint32,uint32,uint32,uint32),uint256,uint256,bytes32,bytes32,bytes32,bytes32))
func (_E3Manager *E3ManagerSession) GetE3(e3Id *big.Int) (E3ManagerE3, error) {
	return _E3Manager.Contract.GetE3(&_E3Manager.CallOpts, e3Id)
}

// GetE3 is a free data retrieval call binding the contract method 0x406ed35c.
//
// Solidity: function getE3(uint256 e3Id) view returns((bytes32,address,address,uint8,uint8,uint8,uint8,uint8,bool,uint16,uint16,uint16,uint16,uint16,uint64,uint64,uint64,uint64,(uint32,uint32,uint32,uint32,uint32),uint256,uint256,bytes32,bytes32,bytes32,bytes32))
func (_E3Manager *E3ManagerCallerSession) GetE3(e3Id *big.Int) (E3ManagerE3, error) {
	return _E3Manager.Contract.GetE3(&_E3Manager.CallOpts, e3Id)
}

// GetProgram is a free data retrieval call binding the contract method 0xb1ffb3d4.
//
// Solidity: function getProgram(bytes32 programId) view returns((bool,bool,uint8,uint16,uint16,uint32,uint256,uint64[],uint64[],string))
func (_E3Manager *E3ManagerCaller) GetProgram(opts *bind.CallOpts, programId [32]byte) (E3ManagerProgram, error) {
	var out []interface{}
	err := _E3Manager.contract.Call(opts, &out, "getProgram", programId)

	if err != nil {
		return *new(E3ManagerProgram), err
	}

	out0 := *abi.ConvertType(out[0], new(E3ManagerProgram)).(*E3ManagerProgram)

	return out0, err

}

// GetProgram is a free data retrieval call binding the contract method 0xb1ffb3d4.
//
// Solidity: function getProgram(bytes32 programId) view returns((bool,bool,uint8,uint16,uint16,uint32,uint256,uint64[],uint64[],string))
func (_E3Manager *E3ManagerSession) GetProgram(programId [32]byte) (E3ManagerProgram, error) {
	return _E3Manager.Contract.GetProgram(&_E3Manager.CallOpts, programId)
}

// GetProgram is a free data retrieval call binding the contract method 0xb1ffb3d4.
//
// Solidity: function getProgram(bytes32 programId) view returns((bool,bool,uint8,uint16,uint16,uint32,uint256,uint64[],uint64[],string))
func (_E3Manager *E3ManagerCallerSession) GetProgram(programId [32]byte) (E3ManagerProgram, error) {
	return _E3Manager.Contract.GetProgram(&_E3Manager.CallOpts, programId)
}

// InputIndexOf is a free data retrieval call binding the contract method 0xa4019484.
//
// Solidity: function inputIndexOf(uint256 e3Id, bytes32 inputHash) view returns(bool committed, uint64 index)
func (_E3Manager *E3ManagerCaller) InputIndexOf(opts *bind.CallOpts, e3Id *big.Int, inputHash [32]byte) (struct {
	Committed bool
	Index     uint64
}, error) {
	var out []interface{}
	err := _E3Manager.contract.Call(opts, &out, "inputIndexOf", e3Id, inputHash)

	outstruct := new(struct {
		Committed bool
		Index     uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Committed = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Index = *abi.ConvertType(out[1], new(uint64)).(*uint64)

	return *outstruct, err

}

// InputIndexOf is a free data retrieval call binding the contract method 0xa4019484.
//
// Solidity: function inputIndexOf(uint256 e3Id, bytes32 inputHash) view returns(bool committed, uint64 index)
func (_E3Manager *E3ManagerSession) InputIndexOf(e3Id *big.Int, inputHash [32]byte) (struct {
	Committed bool
	Index     uint64
}, error) {
	return _E3Manager.Contract.InputIndexOf(&_E3Manager.CallOpts, e3Id, inputHash)
}

// InputIndexOf is a free data retrieval call binding the contract method 0xa4019484.
//
// Solidity: function inputIndexOf(uint256 e3Id, bytes32 inputHash) view returns(bool committed, uint64 index)
func (_E3Manager *E3ManagerCallerSession) InputIndexOf(e3Id *big.Int, inputHash [32]byte) (struct {
	Committed bool
	Index     uint64
}, error) {
	return _E3Manager.Contract.InputIndexOf(&_E3Manager.CallOpts, e3Id, inputHash)
}

// LivenessPenalty is a free data retrieval call binding the contract method 0xfb69ff1d.
//
// Solidity: function livenessPenalty() view returns(uint256)
func (_E3Manager *E3ManagerCaller) LivenessPenalty(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _E3Manager.contract.Call(opts, &out, "livenessPenalty")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LivenessPenalty is a free data retrieval call binding the contract method 0xfb69ff1d.
//
// Solidity: function livenessPenalty() view returns(uint256)
func (_E3Manager *E3ManagerSession) LivenessPenalty() (*big.Int, error) {
	return _E3Manager.Contract.LivenessPenalty(&_E3Manager.CallOpts)
}

// LivenessPenalty is a free data retrieval call binding the contract method 0xfb69ff1d.
//
// Solidity: function livenessPenalty() view returns(uint256)
func (_E3Manager *E3ManagerCallerSession) LivenessPenalty() (*big.Int, error) {
	return _E3Manager.Contract.LivenessPenalty(&_E3Manager.CallOpts)
}

// MemberOf is a free data retrieval call binding the contract method 0xf777d663.
//
// Solidity: function memberOf(uint256 e3Id, address node) view returns((uint16,bool,bool,uint32,uint32,bytes32,bytes32,bytes32,bytes32))
func (_E3Manager *E3ManagerCaller) MemberOf(opts *bind.CallOpts, e3Id *big.Int, node common.Address) (E3ManagerMember, error) {
	var out []interface{}
	err := _E3Manager.contract.Call(opts, &out, "memberOf", e3Id, node)

	if err != nil {
		return *new(E3ManagerMember), err
	}

	out0 := *abi.ConvertType(out[0], new(E3ManagerMember)).(*E3ManagerMember)

	return out0, err

}

// MemberOf is a free data retrieval call binding the contract method 0xf777d663.
//
// Solidity: function memberOf(uint256 e3Id, address node) view returns((uint16,bool,bool,uint32,uint32,bytes32,bytes32,bytes32,bytes32))
func (_E3Manager *E3ManagerSession) MemberOf(e3Id *big.Int, node common.Address) (E3ManagerMember, error) {
	return _E3Manager.Contract.MemberOf(&_E3Manager.CallOpts, e3Id, node)
}

// MemberOf is a free data retrieval call binding the contract method 0xf777d663.
//
// Solidity: function memberOf(uint256 e3Id, address node) view returns((uint16,bool,bool,uint32,uint32,bytes32,bytes32,bytes32,bytes32))
func (_E3Manager *E3ManagerCallerSession) MemberOf(e3Id *big.Int, node common.Address) (E3ManagerMember, error) {
	return _E3Manager.Contract.MemberOf(&_E3Manager.CallOpts, e3Id, node)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_E3Manager *E3ManagerCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _E3Manager.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_E3Manager *E3ManagerSession) Owner() (common.Address, error) {
	return _E3Manager.Contract.Owner(&_E3Manager.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_E3Manager *E3ManagerCallerSession) Owner() (common.Address, error) {
	return _E3Manager.Contract.Owner(&_E3Manager.CallOpts)
}

// ParamsOf is a free data retrieval call binding the contract method 0xa39bf78c.
//
// Solidity: function paramsOf(uint256 e3Id) view returns(uint64[])
func (_E3Manager *E3ManagerCaller) ParamsOf(opts *bind.CallOpts, e3Id *big.Int) ([]uint64, error) {
	var out []interface{}
	err := _E3Manager.contract.Call(opts, &out, "paramsOf", e3Id)

	if err != nil {
		return *new([]uint64), err
	}

	out0 := *abi.ConvertType(out[0], new([]uint64)).(*[]uint64)

	return out0, err

}

// ParamsOf is a free data retrieval call binding the contract method 0xa39bf78c.
//
// Solidity: function paramsOf(uint256 e3Id) view returns(uint64[])
func (_E3Manager *E3ManagerSession) ParamsOf(e3Id *big.Int) ([]uint64, error) {
	return _E3Manager.Contract.ParamsOf(&_E3Manager.CallOpts, e3Id)
}

// ParamsOf is a free data retrieval call binding the contract method 0xa39bf78c.
//
// Solidity: function paramsOf(uint256 e3Id) view returns(uint64[])
func (_E3Manager *E3ManagerCallerSession) ParamsOf(e3Id *big.Int) ([]uint64, error) {
	return _E3Manager.Contract.ParamsOf(&_E3Manager.CallOpts, e3Id)
}

// PendingWithdrawals is a free data retrieval call binding the contract method 0xf3f43703.
//
// Solidity: function pendingWithdrawals(address ) view returns(uint256)
func (_E3Manager *E3ManagerCaller) PendingWithdrawals(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _E3Manager.contract.Call(opts, &out, "pendingWithdrawals", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PendingWithdrawals is a free data retrieval call binding the contract method 0xf3f43703.
//
// Solidity: function pendingWithdrawals(address ) view returns(uint256)
func (_E3Manager *E3ManagerSession) PendingWithdrawals(arg0 common.Address) (*big.Int, error) {
	return _E3Manager.Contract.PendingWithdrawals(&_E3Manager.CallOpts, arg0)
}

// PendingWithdrawals is a free data retrieval call binding the contract method 0xf3f43703.
//
// Solidity: function pendingWithdrawals(address ) view returns(uint256)
func (_E3Manager *E3ManagerCallerSession) PendingWithdrawals(arg0 common.Address) (*big.Int, error) {
	return _E3Manager.Contract.PendingWithdrawals(&_E3Manager.CallOpts, arg0)
}

// PlaintextOf is a free data retrieval call binding the contract method 0xea79d78d.
//
// Solidity: function plaintextOf(uint256 e3Id, uint8 stage) view returns(bytes32 plaintextHash, uint64 blockNumber)
func (_E3Manager *E3ManagerCaller) PlaintextOf(opts *bind.CallOpts, e3Id *big.Int, stage uint8) (struct {
	PlaintextHash [32]byte
	BlockNumber   uint64
}, error) {
	var out []interface{}
	err := _E3Manager.contract.Call(opts, &out, "plaintextOf", e3Id, stage)

	outstruct := new(struct {
		PlaintextHash [32]byte
		BlockNumber   uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.PlaintextHash = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.BlockNumber = *abi.ConvertType(out[1], new(uint64)).(*uint64)

	return *outstruct, err

}

// PlaintextOf is a free data retrieval call binding the contract method 0xea79d78d.
//
// Solidity: function plaintextOf(uint256 e3Id, uint8 stage) view returns(bytes32 plaintextHash, uint64 blockNumber)
func (_E3Manager *E3ManagerSession) PlaintextOf(e3Id *big.Int, stage uint8) (struct {
	PlaintextHash [32]byte
	BlockNumber   uint64
}, error) {
	return _E3Manager.Contract.PlaintextOf(&_E3Manager.CallOpts, e3Id, stage)
}

// PlaintextOf is a free data retrieval call binding the contract method 0xea79d78d.
//
// Solidity: function plaintextOf(uint256 e3Id, uint8 stage) view returns(bytes32 plaintextHash, uint64 blockNumber)
func (_E3Manager *E3ManagerCallerSession) PlaintextOf(e3Id *big.Int, stage uint8) (struct {
	PlaintextHash [32]byte
	BlockNumber   uint64
}, error) {
	return _E3Manager.Contract.PlaintextOf(&_E3Manager.CallOpts, e3Id, stage)
}

// PlaintextVotesOf is a free data retrieval call binding the contract method 0xb5674496.
//
// Solidity: function plaintextVotesOf(uint256 e3Id, uint8 stage, bytes32 plaintextHash) view returns(uint16)
func (_E3Manager *E3ManagerCaller) PlaintextVotesOf(opts *bind.CallOpts, e3Id *big.Int, stage uint8, plaintextHash [32]byte) (uint16, error) {
	var out []interface{}
	err := _E3Manager.contract.Call(opts, &out, "plaintextVotesOf", e3Id, stage, plaintextHash)

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// PlaintextVotesOf is a free data retrieval call binding the contract method 0xb5674496.
//
// Solidity: function plaintextVotesOf(uint256 e3Id, uint8 stage, bytes32 plaintextHash) view returns(uint16)
func (_E3Manager *E3ManagerSession) PlaintextVotesOf(e3Id *big.Int, stage uint8, plaintextHash [32]byte) (uint16, error) {
	return _E3Manager.Contract.PlaintextVotesOf(&_E3Manager.CallOpts, e3Id, stage, plaintextHash)
}

// PlaintextVotesOf is a free data retrieval call binding the contract method 0xb5674496.
//
// Solidity: function plaintextVotesOf(uint256 e3Id, uint8 stage, bytes32 plaintextHash) view returns(uint16)
func (_E3Manager *E3ManagerCallerSession) PlaintextVotesOf(e3Id *big.Int, stage uint8, plaintextHash [32]byte) (uint16, error) {
	return _E3Manager.Contract.PlaintextVotesOf(&_E3Manager.CallOpts, e3Id, stage, plaintextHash)
}

// Quote is a free data retrieval call binding the contract method 0xd1ad8e93.
//
// Solidity: function quote(bytes32 programId, uint16 n) view returns(uint256)
func (_E3Manager *E3ManagerCaller) Quote(opts *bind.CallOpts, programId [32]byte, n uint16) (*big.Int, error) {
	var out []interface{}
	err := _E3Manager.contract.Call(opts, &out, "quote", programId, n)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Quote is a free data retrieval call binding the contract method 0xd1ad8e93.
//
// Solidity: function quote(bytes32 programId, uint16 n) view returns(uint256)
func (_E3Manager *E3ManagerSession) Quote(programId [32]byte, n uint16) (*big.Int, error) {
	return _E3Manager.Contract.Quote(&_E3Manager.CallOpts, programId, n)
}

// Quote is a free data retrieval call binding the contract method 0xd1ad8e93.
//
// Solidity: function quote(bytes32 programId, uint16 n) view returns(uint256)
func (_E3Manager *E3ManagerCallerSession) Quote(programId [32]byte, n uint16) (*big.Int, error) {
	return _E3Manager.Contract.Quote(&_E3Manager.CallOpts, programId, n)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_E3Manager *E3ManagerCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _E3Manager.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_E3Manager *E3ManagerSession) Registry() (common.Address, error) {
	return _E3Manager.Contract.Registry(&_E3Manager.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_E3Manager *E3ManagerCallerSession) Registry() (common.Address, error) {
	return _E3Manager.Contract.Registry(&_E3Manager.CallOpts)
}

// StageOf is a free data retrieval call binding the contract method 0x2a584064.
//
// Solidity: function stageOf(uint256 e3Id, uint8 stage) view returns((bytes32,uint16,bool,bytes32,uint64))
func (_E3Manager *E3ManagerCaller) StageOf(opts *bind.CallOpts, e3Id *big.Int, stage uint8) (E3ManagerStage, error) {
	var out []interface{}
	err := _E3Manager.contract.Call(opts, &out, "stageOf", e3Id, stage)

	if err != nil {
		return *new(E3ManagerStage), err
	}

	out0 := *abi.ConvertType(out[0], new(E3ManagerStage)).(*E3ManagerStage)

	return out0, err

}

// StageOf is a free data retrieval call binding the contract method 0x2a584064.
//
// Solidity: function stageOf(uint256 e3Id, uint8 stage) view returns((bytes32,uint16,bool,bytes32,uint64))
func (_E3Manager *E3ManagerSession) StageOf(e3Id *big.Int, stage uint8) (E3ManagerStage, error) {
	return _E3Manager.Contract.StageOf(&_E3Manager.CallOpts, e3Id, stage)
}

// StageOf is a free data retrieval call binding the contract method 0x2a584064.
//
// Solidity: function stageOf(uint256 e3Id, uint8 stage) view returns((bytes32,uint16,bool,bytes32,uint64))
func (_E3Manager *E3ManagerCallerSession) StageOf(e3Id *big.Int, stage uint8) (E3ManagerStage, error) {
	return _E3Manager.Contract.StageOf(&_E3Manager.CallOpts, e3Id, stage)
}

// AttestOutput is a paid mutator transaction binding the contract method 0x6ee655d3.
//
// Solidity: function attestOutput(uint256 e3Id, uint8 stage, bytes32 outputHash) returns()
func (_E3Manager *E3ManagerTransactor) AttestOutput(opts *bind.TransactOpts, e3Id *big.Int, stage uint8, outputHash [32]byte) (*types.Transaction, error) {
	return _E3Manager.contract.Transact(opts, "attestOutput", e3Id, stage, outputHash)
}

// AttestOutput is a paid mutator transaction binding the contract method 0x6ee655d3.
//
// Solidity: function attestOutput(uint256 e3Id, uint8 stage, bytes32 outputHash) returns()
func (_E3Manager *E3ManagerSession) AttestOutput(e3Id *big.Int, stage uint8, outputHash [32]byte) (*types.Transaction, error) {
	return _E3Manager.Contract.AttestOutput(&_E3Manager.TransactOpts, e3Id, stage, outputHash)
}

// AttestOutput is a paid mutator transaction binding the contract method 0x6ee655d3.
//
// Solidity: function attestOutput(uint256 e3Id, uint8 stage, bytes32 outputHash) returns()
func (_E3Manager *E3ManagerTransactorSession) AttestOutput(e3Id *big.Int, stage uint8, outputHash [32]byte) (*types.Transaction, error) {
	return _E3Manager.Contract.AttestOutput(&_E3Manager.TransactOpts, e3Id, stage, outputHash)
}

// AttestPlaintext is a paid mutator transaction binding the contract method 0xfb0dd3bc.
//
// Solidity: function attestPlaintext(uint256 e3Id, uint8 stage, bytes32 plaintextHash) returns()
func (_E3Manager *E3ManagerTransactor) AttestPlaintext(opts *bind.TransactOpts, e3Id *big.Int, stage uint8, plaintextHash [32]byte) (*types.Transaction, error) {
	return _E3Manager.contract.Transact(opts, "attestPlaintext", e3Id, stage, plaintextHash)
}

// AttestPlaintext is a paid mutator transaction binding the contract method 0xfb0dd3bc.
//
// Solidity: function attestPlaintext(uint256 e3Id, uint8 stage, bytes32 plaintextHash) returns()
func (_E3Manager *E3ManagerSession) AttestPlaintext(e3Id *big.Int, stage uint8, plaintextHash [32]byte) (*types.Transaction, error) {
	return _E3Manager.Contract.AttestPlaintext(&_E3Manager.TransactOpts, e3Id, stage, plaintextHash)
}

// AttestPlaintext is a paid mutator transaction binding the contract method 0xfb0dd3bc.
//
// Solidity: function attestPlaintext(uint256 e3Id, uint8 stage, bytes32 plaintextHash) returns()
func (_E3Manager *E3ManagerTransactorSession) AttestPlaintext(e3Id *big.Int, stage uint8, plaintextHash [32]byte) (*types.Transaction, error) {
	return _E3Manager.Contract.AttestPlaintext(&_E3Manager.TransactOpts, e3Id, stage, plaintextHash)
}

// CommitMask is a paid mutator transaction binding the contract method 0x04a250ca.
//
// Solidity: function commitMask(uint256 e3Id, bytes32 maskHash) returns()
func (_E3Manager *E3ManagerTransactor) CommitMask(opts *bind.TransactOpts, e3Id *big.Int, maskHash [32]byte) (*types.Transaction, error) {
	return _E3Manager.contract.Transact(opts, "commitMask", e3Id, maskHash)
}

// CommitMask is a paid mutator transaction binding the contract method 0x04a250ca.
//
// Solidity: function commitMask(uint256 e3Id, bytes32 maskHash) returns()
func (_E3Manager *E3ManagerSession) CommitMask(e3Id *big.Int, maskHash [32]byte) (*types.Transaction, error) {
	return _E3Manager.Contract.CommitMask(&_E3Manager.TransactOpts, e3Id, maskHash)
}

// CommitMask is a paid mutator transaction binding the contract method 0x04a250ca.
//
// Solidity: function commitMask(uint256 e3Id, bytes32 maskHash) returns()
func (_E3Manager *E3ManagerTransactorSession) CommitMask(e3Id *big.Int, maskHash [32]byte) (*types.Transaction, error) {
	return _E3Manager.Contract.CommitMask(&_E3Manager.TransactOpts, e3Id, maskHash)
}

// ConfirmPublicKey is a paid mutator transaction binding the contract method 0x24972f17.
//
// Solidity: function confirmPublicKey(uint256 e3Id, bytes32 pkHash) returns()
func (_E3Manager *E3ManagerTransactor) ConfirmPublicKey(opts *bind.TransactOpts, e3Id *big.Int, pkHash [32]byte) (*types.Transaction, error) {
	return _E3Manager.contract.Transact(opts, "confirmPublicKey", e3Id, pkHash)
}

// ConfirmPublicKey is a paid mutator transaction binding the contract method 0x24972f17.
//
// Solidity: function confirmPublicKey(uint256 e3Id, bytes32 pkHash) returns()
func (_E3Manager *E3ManagerSession) ConfirmPublicKey(e3Id *big.Int, pkHash [32]byte) (*types.Transaction, error) {
	return _E3Manager.Contract.ConfirmPublicKey(&_E3Manager.TransactOpts, e3Id, pkHash)
}

// ConfirmPublicKey is a paid mutator transaction binding the contract method 0x24972f17.
//
// Solidity: function confirmPublicKey(uint256 e3Id, bytes32 pkHash) returns()
func (_E3Manager *E3ManagerTransactorSession) ConfirmPublicKey(e3Id *big.Int, pkHash [32]byte) (*types.Transaction, error) {
	return _E3Manager.Contract.ConfirmPublicKey(&_E3Manager.TransactOpts, e3Id, pkHash)
}

// FinalizeCommittee is a paid mutator transaction binding the contract method 0xda881e5a.
//
// Solidity: function finalizeCommittee(uint256 e3Id) returns()
func (_E3Manager *E3ManagerTransactor) FinalizeCommittee(opts *bind.TransactOpts, e3Id *big.Int) (*types.Transaction, error) {
	return _E3Manager.contract.Transact(opts, "finalizeCommittee", e3Id)
}

// FinalizeCommittee is a paid mutator transaction binding the contract method 0xda881e5a.
//
// Solidity: function finalizeCommittee(uint256 e3Id) returns()
func (_E3Manager *E3ManagerSession) FinalizeCommittee(e3Id *big.Int) (*types.Transaction, error) {
	return _E3Manager.Contract.FinalizeCommittee(&_E3Manager.TransactOpts, e3Id)
}

// FinalizeCommittee is a paid mutator transaction binding the contract method 0xda881e5a.
//
// Solidity: function finalizeCommittee(uint256 e3Id) returns()
func (_E3Manager *E3ManagerTransactorSession) FinalizeCommittee(e3Id *big.Int) (*types.Transaction, error) {
	return _E3Manager.Contract.FinalizeCommittee(&_E3Manager.TransactOpts, e3Id)
}

// MarkFailed is a paid mutator transaction binding the contract method 0xf3634a32.
//
// Solidity: function markFailed(uint256 e3Id) returns()
func (_E3Manager *E3ManagerTransactor) MarkFailed(opts *bind.TransactOpts, e3Id *big.Int) (*types.Transaction, error) {
	return _E3Manager.contract.Transact(opts, "markFailed", e3Id)
}

// MarkFailed is a paid mutator transaction binding the contract method 0xf3634a32.
//
// Solidity: function markFailed(uint256 e3Id) returns()
func (_E3Manager *E3ManagerSession) MarkFailed(e3Id *big.Int) (*types.Transaction, error) {
	return _E3Manager.Contract.MarkFailed(&_E3Manager.TransactOpts, e3Id)
}

// MarkFailed is a paid mutator transaction binding the contract method 0xf3634a32.
//
// Solidity: function markFailed(uint256 e3Id) returns()
func (_E3Manager *E3ManagerTransactorSession) MarkFailed(e3Id *big.Int) (*types.Transaction, error) {
	return _E3Manager.Contract.MarkFailed(&_E3Manager.TransactOpts, e3Id)
}

// PublishInputs is a paid mutator transaction binding the contract method 0x8f3e6077.
//
// Solidity: function publishInputs(uint256 e3Id, bytes32[] hashes) returns()
func (_E3Manager *E3ManagerTransactor) PublishInputs(opts *bind.TransactOpts, e3Id *big.Int, hashes [][32]byte) (*types.Transaction, error) {
	return _E3Manager.contract.Transact(opts, "publishInputs", e3Id, hashes)
}

// PublishInputs is a paid mutator transaction binding the contract method 0x8f3e6077.
//
// Solidity: function publishInputs(uint256 e3Id, bytes32[] hashes) returns()
func (_E3Manager *E3ManagerSession) PublishInputs(e3Id *big.Int, hashes [][32]byte) (*types.Transaction, error) {
	return _E3Manager.Contract.PublishInputs(&_E3Manager.TransactOpts, e3Id, hashes)
}

// PublishInputs is a paid mutator transaction binding the contract method 0x8f3e6077.
//
// Solidity: function publishInputs(uint256 e3Id, bytes32[] hashes) returns()
func (_E3Manager *E3ManagerTransactorSession) PublishInputs(e3Id *big.Int, hashes [][32]byte) (*types.Transaction, error) {
	return _E3Manager.Contract.PublishInputs(&_E3Manager.TransactOpts, e3Id, hashes)
}

// PublishKeyShare is a paid mutator transaction binding the contract method 0x3c60da23.
//
// Solidity: function publishKeyShare(uint256 e3Id, bytes32 keyShareHash, bytes32 dealingHash) returns()
func (_E3Manager *E3ManagerTransactor) PublishKeyShare(opts *bind.TransactOpts, e3Id *big.Int, keyShareHash [32]byte, dealingHash [32]byte) (*types.Transaction, error) {
	return _E3Manager.contract.Transact(opts, "publishKeyShare", e3Id, keyShareHash, dealingHash)
}

// PublishKeyShare is a paid mutator transaction binding the contract method 0x3c60da23.
//
// Solidity: function publishKeyShare(uint256 e3Id, bytes32 keyShareHash, bytes32 dealingHash) returns()
func (_E3Manager *E3ManagerSession) PublishKeyShare(e3Id *big.Int, keyShareHash [32]byte, dealingHash [32]byte) (*types.Transaction, error) {
	return _E3Manager.Contract.PublishKeyShare(&_E3Manager.TransactOpts, e3Id, keyShareHash, dealingHash)
}

// PublishKeyShare is a paid mutator transaction binding the contract method 0x3c60da23.
//
// Solidity: function publishKeyShare(uint256 e3Id, bytes32 keyShareHash, bytes32 dealingHash) returns()
func (_E3Manager *E3ManagerTransactorSession) PublishKeyShare(e3Id *big.Int, keyShareHash [32]byte, dealingHash [32]byte) (*types.Transaction, error) {
	return _E3Manager.Contract.PublishKeyShare(&_E3Manager.TransactOpts, e3Id, keyShareHash, dealingHash)
}

// PublishOutput is a paid mutator transaction binding the contract method 0x96017d76.
//
// Solidity: function publishOutput(uint256 e3Id, uint8 stage, bytes32 outputHash, bytes32 inputRoot, uint64 inputCount) returns()
func (_E3Manager *E3ManagerTransactor) PublishOutput(opts *bind.TransactOpts, e3Id *big.Int, stage uint8, outputHash [32]byte, inputRoot [32]byte, inputCount uint64) (*types.Transaction, error) {
	return _E3Manager.contract.Transact(opts, "publishOutput", e3Id, stage, outputHash, inputRoot, inputCount)
}

// PublishOutput is a paid mutator transaction binding the contract method 0x96017d76.
//
// Solidity: function publishOutput(uint256 e3Id, uint8 stage, bytes32 outputHash, bytes32 inputRoot, uint64 inputCount) returns()
func (_E3Manager *E3ManagerSession) PublishOutput(e3Id *big.Int, stage uint8, outputHash [32]byte, inputRoot [32]byte, inputCount uint64) (*types.Transaction, error) {
	return _E3Manager.Contract.PublishOutput(&_E3Manager.TransactOpts, e3Id, stage, outputHash, inputRoot, inputCount)
}

// PublishOutput is a paid mutator transaction binding the contract method 0x96017d76.
//
// Solidity: function publishOutput(uint256 e3Id, uint8 stage, bytes32 outputHash, bytes32 inputRoot, uint64 inputCount) returns()
func (_E3Manager *E3ManagerTransactorSession) PublishOutput(e3Id *big.Int, stage uint8, outputHash [32]byte, inputRoot [32]byte, inputCount uint64) (*types.Transaction, error) {
	return _E3Manager.Contract.PublishOutput(&_E3Manager.TransactOpts, e3Id, stage, outputHash, inputRoot, inputCount)
}

// PublishPlaintext is a paid mutator transaction binding the contract method 0xeb5ec04e.
//
// Solidity: function publishPlaintext(uint256 e3Id, uint8 stage, bytes plaintext) returns()
func (_E3Manager *E3ManagerTransactor) PublishPlaintext(opts *bind.TransactOpts, e3Id *big.Int, stage uint8, plaintext []byte) (*types.Transaction, error) {
	return _E3Manager.contract.Transact(opts, "publishPlaintext", e3Id, stage, plaintext)
}

// PublishPlaintext is a paid mutator transaction binding the contract method 0xeb5ec04e.
//
// Solidity: function publishPlaintext(uint256 e3Id, uint8 stage, bytes plaintext) returns()
func (_E3Manager *E3ManagerSession) PublishPlaintext(e3Id *big.Int, stage uint8, plaintext []byte) (*types.Transaction, error) {
	return _E3Manager.Contract.PublishPlaintext(&_E3Manager.TransactOpts, e3Id, stage, plaintext)
}

// PublishPlaintext is a paid mutator transaction binding the contract method 0xeb5ec04e.
//
// Solidity: function publishPlaintext(uint256 e3Id, uint8 stage, bytes plaintext) returns()
func (_E3Manager *E3ManagerTransactorSession) PublishPlaintext(e3Id *big.Int, stage uint8, plaintext []byte) (*types.Transaction, error) {
	return _E3Manager.Contract.PublishPlaintext(&_E3Manager.TransactOpts, e3Id, stage, plaintext)
}

// RegisterProgram is a paid mutator transaction binding the contract method 0x419ca155.
//
// Solidity: function registerProgram((string,uint8,uint256,uint16,uint16,uint32,uint64[],uint64[]) spec) returns(bytes32 programId)
func (_E3Manager *E3ManagerTransactor) RegisterProgram(opts *bind.TransactOpts, spec E3ManagerProgramSpec) (*types.Transaction, error) {
	return _E3Manager.contract.Transact(opts, "registerProgram", spec)
}

// RegisterProgram is a paid mutator transaction binding the contract method 0x419ca155.
//
// Solidity: function registerProgram((string,uint8,uint256,uint16,uint16,uint32,uint64[],uint64[]) spec) returns(bytes32 programId)
func (_E3Manager *E3ManagerSession) RegisterProgram(spec E3ManagerProgramSpec) (*types.Transaction, error) {
	return _E3Manager.Contract.RegisterProgram(&_E3Manager.TransactOpts, spec)
}

// RegisterProgram is a paid mutator transaction binding the contract method 0x419ca155.
//
// Solidity: function registerProgram((string,uint8,uint256,uint16,uint16,uint32,uint64[],uint64[]) spec) returns(bytes32 programId)
func (_E3Manager *E3ManagerTransactorSession) RegisterProgram(spec E3ManagerProgramSpec) (*types.Transaction, error) {
	return _E3Manager.Contract.RegisterProgram(&_E3Manager.TransactOpts, spec)
}

// Request is a paid mutator transaction binding the contract method 0x5d878e2d.
//
// Solidity: function request(bytes32 programId, uint64[] params, uint8 preset, uint16 n, uint16 t, (uint32,uint32,uint32,uint32,uint32) windows, address computeProvider) payable returns(uint256 e3Id)
func (_E3Manager *E3ManagerTransactor) Request(opts *bind.TransactOpts, programId [32]byte, params []uint64, preset uint8, n uint16, t uint16, windows E3ManagerWindows, computeProvider common.Address) (*types.Transaction, error) {
	return _E3Manager.contract.Transact(opts, "request", programId, params, preset, n, t, windows, computeProvider)
}

// Request is a paid mutator transaction binding the contract method 0x5d878e2d.
//
// Solidity: function request(bytes32 programId, uint64[] params, uint8 preset, uint16 n, uint16 t, (uint32,uint32,uint32,uint32,uint32) windows, address computeProvider) payable returns(uint256 e3Id)
func (_E3Manager *E3ManagerSession) Request(programId [32]byte, params []uint64, preset uint8, n uint16, t uint16, windows E3ManagerWindows, computeProvider common.Address) (*types.Transaction, error) {
	return _E3Manager.Contract.Request(&_E3Manager.TransactOpts, programId, params, preset, n, t, windows, computeProvider)
}

// Request is a paid mutator transaction binding the contract method 0x5d878e2d.
//
// Solidity: function request(bytes32 programId, uint64[] params, uint8 preset, uint16 n, uint16 t, (uint32,uint32,uint32,uint32,uint32) windows, address computeProvider) payable returns(uint256 e3Id)
func (_E3Manager *E3ManagerTransactorSession) Request(programId [32]byte, params []uint64, preset uint8, n uint16, t uint16, windows E3ManagerWindows, computeProvider common.Address) (*types.Transaction, error) {
	return _E3Manager.Contract.Request(&_E3Manager.TransactOpts, programId, params, preset, n, t, windows, computeProvider)
}

// SetFeeSchedule is a paid mutator transaction binding the contract method 0x2b1b394f.
//
// Solidity: function setFeeSchedule((uint128,uint128,uint128) f) returns()
func (_E3Manager *E3ManagerTransactor) SetFeeSchedule(opts *bind.TransactOpts, f E3ManagerFeeSchedule) (*types.Transaction, error) {
	return _E3Manager.contract.Transact(opts, "setFeeSchedule", f)
}

// SetFeeSchedule is a paid mutator transaction binding the contract method 0x2b1b394f.
//
// Solidity: function setFeeSchedule((uint128,uint128,uint128) f) returns()
func (_E3Manager *E3ManagerSession) SetFeeSchedule(f E3ManagerFeeSchedule) (*types.Transaction, error) {
	return _E3Manager.Contract.SetFeeSchedule(&_E3Manager.TransactOpts, f)
}

// SetFeeSchedule is a paid mutator transaction binding the contract method 0x2b1b394f.
//
// Solidity: function setFeeSchedule((uint128,uint128,uint128) f) returns()
func (_E3Manager *E3ManagerTransactorSession) SetFeeSchedule(f E3ManagerFeeSchedule) (*types.Transaction, error) {
	return _E3Manager.Contract.SetFeeSchedule(&_E3Manager.TransactOpts, f)
}

// SetProgramEnabled is a paid mutator transaction binding the contract method 0xaa34d192.
//
// Solidity: function setProgramEnabled(bytes32 programId, bool enabled) returns()
func (_E3Manager *E3ManagerTransactor) SetProgramEnabled(opts *bind.TransactOpts, programId [32]byte, enabled bool) (*types.Transaction, error) {
	return _E3Manager.contract.Transact(opts, "setProgramEnabled", programId, enabled)
}

// SetProgramEnabled is a paid mutator transaction binding the contract method 0xaa34d192.
//
// Solidity: function setProgramEnabled(bytes32 programId, bool enabled) returns()
func (_E3Manager *E3ManagerSession) SetProgramEnabled(programId [32]byte, enabled bool) (*types.Transaction, error) {
	return _E3Manager.Contract.SetProgramEnabled(&_E3Manager.TransactOpts, programId, enabled)
}

// SetProgramEnabled is a paid mutator transaction binding the contract method 0xaa34d192.
//
// Solidity: function setProgramEnabled(bytes32 programId, bool enabled) returns()
func (_E3Manager *E3ManagerTransactorSession) SetProgramEnabled(programId [32]byte, enabled bool) (*types.Transaction, error) {
	return _E3Manager.Contract.SetProgramEnabled(&_E3Manager.TransactOpts, programId, enabled)
}

// SubmitTicket is a paid mutator transaction binding the contract method 0xe6745e13.
//
// Solidity: function submitTicket(uint256 e3Id, uint256 ticket) returns()
func (_E3Manager *E3ManagerTransactor) SubmitTicket(opts *bind.TransactOpts, e3Id *big.Int, ticket *big.Int) (*types.Transaction, error) {
	return _E3Manager.contract.Transact(opts, "submitTicket", e3Id, ticket)
}

// SubmitTicket is a paid mutator transaction binding the contract method 0xe6745e13.
//
// Solidity: function submitTicket(uint256 e3Id, uint256 ticket) returns()
func (_E3Manager *E3ManagerSession) SubmitTicket(e3Id *big.Int, ticket *big.Int) (*types.Transaction, error) {
	return _E3Manager.Contract.SubmitTicket(&_E3Manager.TransactOpts, e3Id, ticket)
}

// SubmitTicket is a paid mutator transaction binding the contract method 0xe6745e13.
//
// Solidity: function submitTicket(uint256 e3Id, uint256 ticket) returns()
func (_E3Manager *E3ManagerTransactorSession) SubmitTicket(e3Id *big.Int, ticket *big.Int) (*types.Transaction, error) {
	return _E3Manager.Contract.SubmitTicket(&_E3Manager.TransactOpts, e3Id, ticket)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_E3Manager *E3ManagerTransactor) Withdraw(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _E3Manager.contract.Transact(opts, "withdraw")
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_E3Manager *E3ManagerSession) Withdraw() (*types.Transaction, error) {
	return _E3Manager.Contract.Withdraw(&_E3Manager.TransactOpts)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_E3Manager *E3ManagerTransactorSession) Withdraw() (*types.Transaction, error) {
	return _E3Manager.Contract.Withdraw(&_E3Manager.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_E3Manager *E3ManagerTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _E3Manager.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_E3Manager *E3ManagerSession) Receive() (*types.Transaction, error) {
	return _E3Manager.Contract.Receive(&_E3Manager.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_E3Manager *E3ManagerTransactorSession) Receive() (*types.Transaction, error) {
	return _E3Manager.Contract.Receive(&_E3Manager.TransactOpts)
}

// E3ManagerCommitteeFinalizedIterator is returned from FilterCommitteeFinalized and is used to iterate over the raw logs and unpacked data for CommitteeFinalized events raised by the E3Manager contract.
type E3ManagerCommitteeFinalizedIterator struct {
	Event *E3ManagerCommitteeFinalized // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerCommitteeFinalizedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerCommitteeFinalized)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerCommitteeFinalized)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerCommitteeFinalizedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerCommitteeFinalizedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerCommitteeFinalized represents a CommitteeFinalized event raised by the E3Manager contract.
type E3ManagerCommitteeFinalized struct {
	E3Id           *big.Int
	Members        []common.Address
	KeygenDeadline uint64
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterCommitteeFinalized is a free log retrieval operation binding the contract event 0xc90d234f22597d31d068878c067c239b32a1d67baa954602a82f3c8ca5600150.
//
// Solidity: event CommitteeFinalized(uint256 indexed e3Id, address[] members, uint64 keygenDeadline)
func (_E3Manager *E3ManagerFilterer) FilterCommitteeFinalized(opts *bind.FilterOpts, e3Id []*big.Int) (*E3ManagerCommitteeFinalizedIterator, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "CommitteeFinalized", e3IdRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerCommitteeFinalizedIterator{contract: _E3Manager.contract, event: "CommitteeFinalized", logs: logs, sub: sub}, nil
}

// WatchCommitteeFinalized is a free log subscription operation binding the contract event 0xc90d234f22597d31d068878c067c239b32a1d67baa954602a82f3c8ca5600150.
//
// Solidity: event CommitteeFinalized(uint256 indexed e3Id, address[] members, uint64 keygenDeadline)
func (_E3Manager *E3ManagerFilterer) WatchCommitteeFinalized(opts *bind.WatchOpts, sink chan<- *E3ManagerCommitteeFinalized, e3Id []*big.Int) (event.Subscription, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "CommitteeFinalized", e3IdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerCommitteeFinalized)
				if err := _E3Manager.contract.UnpackLog(event, "CommitteeFinalized", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseCommitteeFinalized is a log parse operation binding the contract event 0xc90d234f22597d31d068878c067c239b32a1d67baa954602a82f3c8ca5600150.
//
// Solidity: event CommitteeFinalized(uint256 indexed e3Id, address[] members, uint64 keygenDeadline)
func (_E3Manager *E3ManagerFilterer) ParseCommitteeFinalized(log types.Log) (*E3ManagerCommitteeFinalized, error) {
	event := new(E3ManagerCommitteeFinalized)
	if err := _E3Manager.contract.UnpackLog(event, "CommitteeFinalized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerE3CompletedIterator is returned from FilterE3Completed and is used to iterate over the raw logs and unpacked data for E3Completed events raised by the E3Manager contract.
type E3ManagerE3CompletedIterator struct {
	Event *E3ManagerE3Completed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerE3CompletedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerE3Completed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerE3Completed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerE3CompletedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerE3CompletedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerE3Completed represents a E3Completed event raised by the E3Manager contract.
type E3ManagerE3Completed struct {
	E3Id *big.Int
	Raw  types.Log // Blockchain specific contextual infos
}

// FilterE3Completed is a free log retrieval operation binding the contract event 0x72f990a71609a3dd58ce59298332efce86bf1638618eeff4e5c82f3fef0faa1d.
//
// Solidity: event E3Completed(uint256 indexed e3Id)
func (_E3Manager *E3ManagerFilterer) FilterE3Completed(opts *bind.FilterOpts, e3Id []*big.Int) (*E3ManagerE3CompletedIterator, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "E3Completed", e3IdRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerE3CompletedIterator{contract: _E3Manager.contract, event: "E3Completed", logs: logs, sub: sub}, nil
}

// WatchE3Completed is a free log subscription operation binding the contract event 0x72f990a71609a3dd58ce59298332efce86bf1638618eeff4e5c82f3fef0faa1d.
//
// Solidity: event E3Completed(uint256 indexed e3Id)
func (_E3Manager *E3ManagerFilterer) WatchE3Completed(opts *bind.WatchOpts, sink chan<- *E3ManagerE3Completed, e3Id []*big.Int) (event.Subscription, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "E3Completed", e3IdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerE3Completed)
				if err := _E3Manager.contract.UnpackLog(event, "E3Completed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseE3Completed is a log parse operation binding the contract event 0x72f990a71609a3dd58ce59298332efce86bf1638618eeff4e5c82f3fef0faa1d.
//
// Solidity: event E3Completed(uint256 indexed e3Id)
func (_E3Manager *E3ManagerFilterer) ParseE3Completed(log types.Log) (*E3ManagerE3Completed, error) {
	event := new(E3ManagerE3Completed)
	if err := _E3Manager.contract.UnpackLog(event, "E3Completed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerE3FailedIterator is returned from FilterE3Failed and is used to iterate over the raw logs and unpacked data for E3Failed events raised by the E3Manager contract.
type E3ManagerE3FailedIterator struct {
	Event *E3ManagerE3Failed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerE3FailedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerE3Failed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerE3Failed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerE3FailedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerE3FailedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerE3Failed represents a E3Failed event raised by the E3Manager contract.
type E3ManagerE3Failed struct {
	E3Id   *big.Int
	Phase  uint8
	Reason uint8
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterE3Failed is a free log retrieval operation binding the contract event 0xe20209be7caae6e76291267cfa711353981274bf127e94f16eb9ec44b68582bb.
//
// Solidity: event E3Failed(uint256 indexed e3Id, uint8 phase, uint8 reason)
func (_E3Manager *E3ManagerFilterer) FilterE3Failed(opts *bind.FilterOpts, e3Id []*big.Int) (*E3ManagerE3FailedIterator, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "E3Failed", e3IdRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerE3FailedIterator{contract: _E3Manager.contract, event: "E3Failed", logs: logs, sub: sub}, nil
}

// WatchE3Failed is a free log subscription operation binding the contract event 0xe20209be7caae6e76291267cfa711353981274bf127e94f16eb9ec44b68582bb.
//
// Solidity: event E3Failed(uint256 indexed e3Id, uint8 phase, uint8 reason)
func (_E3Manager *E3ManagerFilterer) WatchE3Failed(opts *bind.WatchOpts, sink chan<- *E3ManagerE3Failed, e3Id []*big.Int) (event.Subscription, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "E3Failed", e3IdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerE3Failed)
				if err := _E3Manager.contract.UnpackLog(event, "E3Failed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseE3Failed is a log parse operation binding the contract event 0xe20209be7caae6e76291267cfa711353981274bf127e94f16eb9ec44b68582bb.
//
// Solidity: event E3Failed(uint256 indexed e3Id, uint8 phase, uint8 reason)
func (_E3Manager *E3ManagerFilterer) ParseE3Failed(log types.Log) (*E3ManagerE3Failed, error) {
	event := new(E3ManagerE3Failed)
	if err := _E3Manager.contract.UnpackLog(event, "E3Failed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerE3RequestedIterator is returned from FilterE3Requested and is used to iterate over the raw logs and unpacked data for E3Requested events raised by the E3Manager contract.
type E3ManagerE3RequestedIterator struct {
	Event *E3ManagerE3Requested // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerE3RequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerE3Requested)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerE3Requested)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerE3RequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerE3RequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerE3Requested represents a E3Requested event raised by the E3Manager contract.
type E3ManagerE3Requested struct {
	E3Id            *big.Int
	ProgramId       [32]byte
	Requester       common.Address
	Params          []uint64
	Preset          uint8
	N               uint16
	T               uint16
	Windows         E3ManagerWindows
	ComputeProvider common.Address
	Fee             *big.Int
	TicketPrice     *big.Int
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterE3Requested is a free log retrieval operation binding the contract event 0x10a80286f3b349645c3983eae7c67644a372cb369e8a6b73181fbf9e4939e599.
//
// Solidity: event E3Requested(uint256 indexed e3Id, bytes32 indexed programId, address indexed requester, uint64[] params, uint8 preset, uint16 n, uint16 t, (uint32,uint32,uint32,uint32,uint32) windows, address computeProvider, uint256 fee, uint256 ticketPrice)
func (_E3Manager *E3ManagerFilterer) FilterE3Requested(opts *bind.FilterOpts, e3Id []*big.Int, programId [][32]byte, requester []common.Address) (*E3ManagerE3RequestedIterator, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}
	var programIdRule []interface{}
	for _, programIdItem := range programId {
		programIdRule = append(programIdRule, programIdItem)
	}
	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "E3Requested", e3IdRule, programIdRule, requesterRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerE3RequestedIterator{contract: _E3Manager.contract, event: "E3Requested", logs: logs, sub: sub}, nil
}

// WatchE3Requested is a free log subscription operation binding the contract event 0x10a80286f3b349645c3983eae7c67644a372cb369e8a6b73181fbf9e4939e599.
//
// Solidity: event E3Requested(uint256 indexed e3Id, bytes32 indexed programId, address indexed requester, uint64[] params, uint8 preset, uint16 n, uint16 t, (uint32,uint32,uint32,uint32,uint32) windows, address computeProvider, uint256 fee, uint256 ticketPrice)
func (_E3Manager *E3ManagerFilterer) WatchE3Requested(opts *bind.WatchOpts, sink chan<- *E3ManagerE3Requested, e3Id []*big.Int, programId [][32]byte, requester []common.Address) (event.Subscription, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}
	var programIdRule []interface{}
	for _, programIdItem := range programId {
		programIdRule = append(programIdRule, programIdItem)
	}
	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "E3Requested", e3IdRule, programIdRule, requesterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerE3Requested)
				if err := _E3Manager.contract.UnpackLog(event, "E3Requested", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseE3Requested is a log parse operation binding the contract event 0x10a80286f3b349645c3983eae7c67644a372cb369e8a6b73181fbf9e4939e599.
//
// Solidity: event E3Requested(uint256 indexed e3Id, bytes32 indexed programId, address indexed requester, uint64[] params, uint8 preset, uint16 n, uint16 t, (uint32,uint32,uint32,uint32,uint32) windows, address computeProvider, uint256 fee, uint256 ticketPrice)
func (_E3Manager *E3ManagerFilterer) ParseE3Requested(log types.Log) (*E3ManagerE3Requested, error) {
	event := new(E3ManagerE3Requested)
	if err := _E3Manager.contract.UnpackLog(event, "E3Requested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerFeePaidIterator is returned from FilterFeePaid and is used to iterate over the raw logs and unpacked data for FeePaid events raised by the E3Manager contract.
type E3ManagerFeePaidIterator struct {
	Event *E3ManagerFeePaid // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerFeePaidIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerFeePaid)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerFeePaid)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerFeePaidIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerFeePaidIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerFeePaid represents a FeePaid event raised by the E3Manager contract.
type E3ManagerFeePaid struct {
	E3Id   *big.Int
	Member common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterFeePaid is a free log retrieval operation binding the contract event 0x6fe296e805108cd514fea415210be4016149b01eeb08effbe130951b6a5f6c0b.
//
// Solidity: event FeePaid(uint256 indexed e3Id, address indexed member, uint256 amount)
func (_E3Manager *E3ManagerFilterer) FilterFeePaid(opts *bind.FilterOpts, e3Id []*big.Int, member []common.Address) (*E3ManagerFeePaidIterator, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}
	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "FeePaid", e3IdRule, memberRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerFeePaidIterator{contract: _E3Manager.contract, event: "FeePaid", logs: logs, sub: sub}, nil
}

// WatchFeePaid is a free log subscription operation binding the contract event 0x6fe296e805108cd514fea415210be4016149b01eeb08effbe130951b6a5f6c0b.
//
// Solidity: event FeePaid(uint256 indexed e3Id, address indexed member, uint256 amount)
func (_E3Manager *E3ManagerFilterer) WatchFeePaid(opts *bind.WatchOpts, sink chan<- *E3ManagerFeePaid, e3Id []*big.Int, member []common.Address) (event.Subscription, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}
	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "FeePaid", e3IdRule, memberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerFeePaid)
				if err := _E3Manager.contract.UnpackLog(event, "FeePaid", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseFeePaid is a log parse operation binding the contract event 0x6fe296e805108cd514fea415210be4016149b01eeb08effbe130951b6a5f6c0b.
//
// Solidity: event FeePaid(uint256 indexed e3Id, address indexed member, uint256 amount)
func (_E3Manager *E3ManagerFilterer) ParseFeePaid(log types.Log) (*E3ManagerFeePaid, error) {
	event := new(E3ManagerFeePaid)
	if err := _E3Manager.contract.UnpackLog(event, "FeePaid", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerFeeScheduleSetIterator is returned from FilterFeeScheduleSet and is used to iterate over the raw logs and unpacked data for FeeScheduleSet events raised by the E3Manager contract.
type E3ManagerFeeScheduleSetIterator struct {
	Event *E3ManagerFeeScheduleSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerFeeScheduleSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerFeeScheduleSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerFeeScheduleSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerFeeScheduleSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerFeeScheduleSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerFeeScheduleSet represents a FeeScheduleSet event raised by the E3Manager contract.
type E3ManagerFeeScheduleSet struct {
	PerMember     *big.Int
	PerInput      *big.Int
	PerDecryption *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterFeeScheduleSet is a free log retrieval operation binding the contract event 0x6000a05718b93fa9c4731421a56a2ae2ecc15c176a22746f9342dfaa0a0f4b43.
//
// Solidity: event FeeScheduleSet(uint128 perMember, uint128 perInput, uint128 perDecryption)
func (_E3Manager *E3ManagerFilterer) FilterFeeScheduleSet(opts *bind.FilterOpts) (*E3ManagerFeeScheduleSetIterator, error) {

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "FeeScheduleSet")
	if err != nil {
		return nil, err
	}
	return &E3ManagerFeeScheduleSetIterator{contract: _E3Manager.contract, event: "FeeScheduleSet", logs: logs, sub: sub}, nil
}

// WatchFeeScheduleSet is a free log subscription operation binding the contract event 0x6000a05718b93fa9c4731421a56a2ae2ecc15c176a22746f9342dfaa0a0f4b43.
//
// Solidity: event FeeScheduleSet(uint128 perMember, uint128 perInput, uint128 perDecryption)
func (_E3Manager *E3ManagerFilterer) WatchFeeScheduleSet(opts *bind.WatchOpts, sink chan<- *E3ManagerFeeScheduleSet) (event.Subscription, error) {

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "FeeScheduleSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerFeeScheduleSet)
				if err := _E3Manager.contract.UnpackLog(event, "FeeScheduleSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseFeeScheduleSet is a log parse operation binding the contract event 0x6000a05718b93fa9c4731421a56a2ae2ecc15c176a22746f9342dfaa0a0f4b43.
//
// Solidity: event FeeScheduleSet(uint128 perMember, uint128 perInput, uint128 perDecryption)
func (_E3Manager *E3ManagerFilterer) ParseFeeScheduleSet(log types.Log) (*E3ManagerFeeScheduleSet, error) {
	event := new(E3ManagerFeeScheduleSet)
	if err := _E3Manager.contract.UnpackLog(event, "FeeScheduleSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerInputCommittedIterator is returned from FilterInputCommitted and is used to iterate over the raw logs and unpacked data for InputCommitted events raised by the E3Manager contract.
type E3ManagerInputCommittedIterator struct {
	Event *E3ManagerInputCommitted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerInputCommittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerInputCommitted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerInputCommitted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerInputCommittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerInputCommittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerInputCommitted represents a InputCommitted event raised by the E3Manager contract.
type E3ManagerInputCommitted struct {
	E3Id      *big.Int
	Index     uint64
	InputHash [32]byte
	InputRoot [32]byte
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterInputCommitted is a free log retrieval operation binding the contract event 0xc775444c828eb62d72039d605c7623bb2d8af0b28000db248afe502ba8c8b117.
//
// Solidity: event InputCommitted(uint256 indexed e3Id, uint64 index, bytes32 inputHash, bytes32 inputRoot)
func (_E3Manager *E3ManagerFilterer) FilterInputCommitted(opts *bind.FilterOpts, e3Id []*big.Int) (*E3ManagerInputCommittedIterator, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "InputCommitted", e3IdRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerInputCommittedIterator{contract: _E3Manager.contract, event: "InputCommitted", logs: logs, sub: sub}, nil
}

// WatchInputCommitted is a free log subscription operation binding the contract event 0xc775444c828eb62d72039d605c7623bb2d8af0b28000db248afe502ba8c8b117.
//
// Solidity: event InputCommitted(uint256 indexed e3Id, uint64 index, bytes32 inputHash, bytes32 inputRoot)
func (_E3Manager *E3ManagerFilterer) WatchInputCommitted(opts *bind.WatchOpts, sink chan<- *E3ManagerInputCommitted, e3Id []*big.Int) (event.Subscription, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "InputCommitted", e3IdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerInputCommitted)
				if err := _E3Manager.contract.UnpackLog(event, "InputCommitted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseInputCommitted is a log parse operation binding the contract event 0xc775444c828eb62d72039d605c7623bb2d8af0b28000db248afe502ba8c8b117.
//
// Solidity: event InputCommitted(uint256 indexed e3Id, uint64 index, bytes32 inputHash, bytes32 inputRoot)
func (_E3Manager *E3ManagerFilterer) ParseInputCommitted(log types.Log) (*E3ManagerInputCommitted, error) {
	event := new(E3ManagerInputCommitted)
	if err := _E3Manager.contract.UnpackLog(event, "InputCommitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerKeyShareCommittedIterator is returned from FilterKeyShareCommitted and is used to iterate over the raw logs and unpacked data for KeyShareCommitted events raised by the E3Manager contract.
type E3ManagerKeyShareCommittedIterator struct {
	Event *E3ManagerKeyShareCommitted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerKeyShareCommittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerKeyShareCommitted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerKeyShareCommitted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerKeyShareCommittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerKeyShareCommittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerKeyShareCommitted represents a KeyShareCommitted event raised by the E3Manager contract.
type E3ManagerKeyShareCommitted struct {
	E3Id         *big.Int
	Member       common.Address
	Index        uint16
	KeyShareHash [32]byte
	DealingHash  [32]byte
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterKeyShareCommitted is a free log retrieval operation binding the contract event 0xbef1deedcda9c6a31cc2daaa44c233910065e6f4db26b56ab39d6bcc5be494cf.
//
// Solidity: event KeyShareCommitted(uint256 indexed e3Id, address indexed member, uint16 index, bytes32 keyShareHash, bytes32 dealingHash)
func (_E3Manager *E3ManagerFilterer) FilterKeyShareCommitted(opts *bind.FilterOpts, e3Id []*big.Int, member []common.Address) (*E3ManagerKeyShareCommittedIterator, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}
	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "KeyShareCommitted", e3IdRule, memberRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerKeyShareCommittedIterator{contract: _E3Manager.contract, event: "KeyShareCommitted", logs: logs, sub: sub}, nil
}

// WatchKeyShareCommitted is a free log subscription operation binding the contract event 0xbef1deedcda9c6a31cc2daaa44c233910065e6f4db26b56ab39d6bcc5be494cf.
//
// Solidity: event KeyShareCommitted(uint256 indexed e3Id, address indexed member, uint16 index, bytes32 keyShareHash, bytes32 dealingHash)
func (_E3Manager *E3ManagerFilterer) WatchKeyShareCommitted(opts *bind.WatchOpts, sink chan<- *E3ManagerKeyShareCommitted, e3Id []*big.Int, member []common.Address) (event.Subscription, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}
	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "KeyShareCommitted", e3IdRule, memberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerKeyShareCommitted)
				if err := _E3Manager.contract.UnpackLog(event, "KeyShareCommitted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseKeyShareCommitted is a log parse operation binding the contract event 0xbef1deedcda9c6a31cc2daaa44c233910065e6f4db26b56ab39d6bcc5be494cf.
//
// Solidity: event KeyShareCommitted(uint256 indexed e3Id, address indexed member, uint16 index, bytes32 keyShareHash, bytes32 dealingHash)
func (_E3Manager *E3ManagerFilterer) ParseKeyShareCommitted(log types.Log) (*E3ManagerKeyShareCommitted, error) {
	event := new(E3ManagerKeyShareCommitted)
	if err := _E3Manager.contract.UnpackLog(event, "KeyShareCommitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerMaskCommittedIterator is returned from FilterMaskCommitted and is used to iterate over the raw logs and unpacked data for MaskCommitted events raised by the E3Manager contract.
type E3ManagerMaskCommittedIterator struct {
	Event *E3ManagerMaskCommitted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerMaskCommittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerMaskCommitted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerMaskCommitted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerMaskCommittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerMaskCommittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerMaskCommitted represents a MaskCommitted event raised by the E3Manager contract.
type E3ManagerMaskCommitted struct {
	E3Id     *big.Int
	Index    uint16
	MaskHash [32]byte
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterMaskCommitted is a free log retrieval operation binding the contract event 0x397c8de5d3405c2e1268e438edc1cfc6da0ad768a2b8a3f2e7846dff05b3363b.
//
// Solidity: event MaskCommitted(uint256 indexed e3Id, uint16 index, bytes32 maskHash)
func (_E3Manager *E3ManagerFilterer) FilterMaskCommitted(opts *bind.FilterOpts, e3Id []*big.Int) (*E3ManagerMaskCommittedIterator, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "MaskCommitted", e3IdRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerMaskCommittedIterator{contract: _E3Manager.contract, event: "MaskCommitted", logs: logs, sub: sub}, nil
}

// WatchMaskCommitted is a free log subscription operation binding the contract event 0x397c8de5d3405c2e1268e438edc1cfc6da0ad768a2b8a3f2e7846dff05b3363b.
//
// Solidity: event MaskCommitted(uint256 indexed e3Id, uint16 index, bytes32 maskHash)
func (_E3Manager *E3ManagerFilterer) WatchMaskCommitted(opts *bind.WatchOpts, sink chan<- *E3ManagerMaskCommitted, e3Id []*big.Int) (event.Subscription, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "MaskCommitted", e3IdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerMaskCommitted)
				if err := _E3Manager.contract.UnpackLog(event, "MaskCommitted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMaskCommitted is a log parse operation binding the contract event 0x397c8de5d3405c2e1268e438edc1cfc6da0ad768a2b8a3f2e7846dff05b3363b.
//
// Solidity: event MaskCommitted(uint256 indexed e3Id, uint16 index, bytes32 maskHash)
func (_E3Manager *E3ManagerFilterer) ParseMaskCommitted(log types.Log) (*E3ManagerMaskCommitted, error) {
	event := new(E3ManagerMaskCommitted)
	if err := _E3Manager.contract.UnpackLog(event, "MaskCommitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerMemberPenalizedIterator is returned from FilterMemberPenalized and is used to iterate over the raw logs and unpacked data for MemberPenalized events raised by the E3Manager contract.
type E3ManagerMemberPenalizedIterator struct {
	Event *E3ManagerMemberPenalized // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerMemberPenalizedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerMemberPenalized)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerMemberPenalized)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerMemberPenalizedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerMemberPenalizedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerMemberPenalized represents a MemberPenalized event raised by the E3Manager contract.
type E3ManagerMemberPenalized struct {
	E3Id   *big.Int
	Member common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterMemberPenalized is a free log retrieval operation binding the contract event 0x457eb6eac1fca564e498c0bb2b95a9cf4aebdec7b731d58aed7946a8422ffe96.
//
// Solidity: event MemberPenalized(uint256 indexed e3Id, address indexed member, uint256 amount)
func (_E3Manager *E3ManagerFilterer) FilterMemberPenalized(opts *bind.FilterOpts, e3Id []*big.Int, member []common.Address) (*E3ManagerMemberPenalizedIterator, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}
	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "MemberPenalized", e3IdRule, memberRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerMemberPenalizedIterator{contract: _E3Manager.contract, event: "MemberPenalized", logs: logs, sub: sub}, nil
}

// WatchMemberPenalized is a free log subscription operation binding the contract event 0x457eb6eac1fca564e498c0bb2b95a9cf4aebdec7b731d58aed7946a8422ffe96.
//
// Solidity: event MemberPenalized(uint256 indexed e3Id, address indexed member, uint256 amount)
func (_E3Manager *E3ManagerFilterer) WatchMemberPenalized(opts *bind.WatchOpts, sink chan<- *E3ManagerMemberPenalized, e3Id []*big.Int, member []common.Address) (event.Subscription, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}
	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "MemberPenalized", e3IdRule, memberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerMemberPenalized)
				if err := _E3Manager.contract.UnpackLog(event, "MemberPenalized", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMemberPenalized is a log parse operation binding the contract event 0x457eb6eac1fca564e498c0bb2b95a9cf4aebdec7b731d58aed7946a8422ffe96.
//
// Solidity: event MemberPenalized(uint256 indexed e3Id, address indexed member, uint256 amount)
func (_E3Manager *E3ManagerFilterer) ParseMemberPenalized(log types.Log) (*E3ManagerMemberPenalized, error) {
	event := new(E3ManagerMemberPenalized)
	if err := _E3Manager.contract.UnpackLog(event, "MemberPenalized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerOutputAcceptedIterator is returned from FilterOutputAccepted and is used to iterate over the raw logs and unpacked data for OutputAccepted events raised by the E3Manager contract.
type E3ManagerOutputAcceptedIterator struct {
	Event *E3ManagerOutputAccepted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerOutputAcceptedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerOutputAccepted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerOutputAccepted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerOutputAcceptedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerOutputAcceptedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerOutputAccepted represents a OutputAccepted event raised by the E3Manager contract.
type E3ManagerOutputAccepted struct {
	E3Id            *big.Int
	Stage           uint8
	OutputHash      [32]byte
	DecryptDeadline uint64
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterOutputAccepted is a free log retrieval operation binding the contract event 0x45c2bd367ff0eed6240746c66e8b4db9e10787a84d6c6f7a70f866aef5b6cb87.
//
// Solidity: event OutputAccepted(uint256 indexed e3Id, uint8 stage, bytes32 outputHash, uint64 decryptDeadline)
func (_E3Manager *E3ManagerFilterer) FilterOutputAccepted(opts *bind.FilterOpts, e3Id []*big.Int) (*E3ManagerOutputAcceptedIterator, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "OutputAccepted", e3IdRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerOutputAcceptedIterator{contract: _E3Manager.contract, event: "OutputAccepted", logs: logs, sub: sub}, nil
}

// WatchOutputAccepted is a free log subscription operation binding the contract event 0x45c2bd367ff0eed6240746c66e8b4db9e10787a84d6c6f7a70f866aef5b6cb87.
//
// Solidity: event OutputAccepted(uint256 indexed e3Id, uint8 stage, bytes32 outputHash, uint64 decryptDeadline)
func (_E3Manager *E3ManagerFilterer) WatchOutputAccepted(opts *bind.WatchOpts, sink chan<- *E3ManagerOutputAccepted, e3Id []*big.Int) (event.Subscription, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "OutputAccepted", e3IdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerOutputAccepted)
				if err := _E3Manager.contract.UnpackLog(event, "OutputAccepted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOutputAccepted is a log parse operation binding the contract event 0x45c2bd367ff0eed6240746c66e8b4db9e10787a84d6c6f7a70f866aef5b6cb87.
//
// Solidity: event OutputAccepted(uint256 indexed e3Id, uint8 stage, bytes32 outputHash, uint64 decryptDeadline)
func (_E3Manager *E3ManagerFilterer) ParseOutputAccepted(log types.Log) (*E3ManagerOutputAccepted, error) {
	event := new(E3ManagerOutputAccepted)
	if err := _E3Manager.contract.UnpackLog(event, "OutputAccepted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerOutputAttestedIterator is returned from FilterOutputAttested and is used to iterate over the raw logs and unpacked data for OutputAttested events raised by the E3Manager contract.
type E3ManagerOutputAttestedIterator struct {
	Event *E3ManagerOutputAttested // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerOutputAttestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerOutputAttested)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerOutputAttested)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerOutputAttestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerOutputAttestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerOutputAttested represents a OutputAttested event raised by the E3Manager contract.
type E3ManagerOutputAttested struct {
	E3Id       *big.Int
	Stage      uint8
	Member     common.Address
	OutputHash [32]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterOutputAttested is a free log retrieval operation binding the contract event 0xd77f37f8943242463b032edd48890ee656239652c499fda0c5c4da428e595cc8.
//
// Solidity: event OutputAttested(uint256 indexed e3Id, uint8 stage, address indexed member, bytes32 outputHash)
func (_E3Manager *E3ManagerFilterer) FilterOutputAttested(opts *bind.FilterOpts, e3Id []*big.Int, member []common.Address) (*E3ManagerOutputAttestedIterator, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "OutputAttested", e3IdRule, memberRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerOutputAttestedIterator{contract: _E3Manager.contract, event: "OutputAttested", logs: logs, sub: sub}, nil
}

// WatchOutputAttested is a free log subscription operation binding the contract event 0xd77f37f8943242463b032edd48890ee656239652c499fda0c5c4da428e595cc8.
//
// Solidity: event OutputAttested(uint256 indexed e3Id, uint8 stage, address indexed member, bytes32 outputHash)
func (_E3Manager *E3ManagerFilterer) WatchOutputAttested(opts *bind.WatchOpts, sink chan<- *E3ManagerOutputAttested, e3Id []*big.Int, member []common.Address) (event.Subscription, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "OutputAttested", e3IdRule, memberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerOutputAttested)
				if err := _E3Manager.contract.UnpackLog(event, "OutputAttested", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOutputAttested is a log parse operation binding the contract event 0xd77f37f8943242463b032edd48890ee656239652c499fda0c5c4da428e595cc8.
//
// Solidity: event OutputAttested(uint256 indexed e3Id, uint8 stage, address indexed member, bytes32 outputHash)
func (_E3Manager *E3ManagerFilterer) ParseOutputAttested(log types.Log) (*E3ManagerOutputAttested, error) {
	event := new(E3ManagerOutputAttested)
	if err := _E3Manager.contract.UnpackLog(event, "OutputAttested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerOutputPublishedIterator is returned from FilterOutputPublished and is used to iterate over the raw logs and unpacked data for OutputPublished events raised by the E3Manager contract.
type E3ManagerOutputPublishedIterator struct {
	Event *E3ManagerOutputPublished // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerOutputPublishedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerOutputPublished)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerOutputPublished)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerOutputPublishedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerOutputPublishedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerOutputPublished represents a OutputPublished event raised by the E3Manager contract.
type E3ManagerOutputPublished struct {
	E3Id            *big.Int
	Stage           uint8
	OutputHash      [32]byte
	InputRoot       [32]byte
	InputCount      uint64
	ComputeDeadline uint64
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterOutputPublished is a free log retrieval operation binding the contract event 0x228331756411f88c68027d040d705676700542ba28dfaf2dcbd3026c4fd0927c.
//
// Solidity: event OutputPublished(uint256 indexed e3Id, uint8 stage, bytes32 outputHash, bytes32 inputRoot, uint64 inputCount, uint64 computeDeadline)
func (_E3Manager *E3ManagerFilterer) FilterOutputPublished(opts *bind.FilterOpts, e3Id []*big.Int) (*E3ManagerOutputPublishedIterator, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "OutputPublished", e3IdRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerOutputPublishedIterator{contract: _E3Manager.contract, event: "OutputPublished", logs: logs, sub: sub}, nil
}

// WatchOutputPublished is a free log subscription operation binding the contract event 0x228331756411f88c68027d040d705676700542ba28dfaf2dcbd3026c4fd0927c.
//
// Solidity: event OutputPublished(uint256 indexed e3Id, uint8 stage, bytes32 outputHash, bytes32 inputRoot, uint64 inputCount, uint64 computeDeadline)
func (_E3Manager *E3ManagerFilterer) WatchOutputPublished(opts *bind.WatchOpts, sink chan<- *E3ManagerOutputPublished, e3Id []*big.Int) (event.Subscription, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "OutputPublished", e3IdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerOutputPublished)
				if err := _E3Manager.contract.UnpackLog(event, "OutputPublished", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOutputPublished is a log parse operation binding the contract event 0x228331756411f88c68027d040d705676700542ba28dfaf2dcbd3026c4fd0927c.
//
// Solidity: event OutputPublished(uint256 indexed e3Id, uint8 stage, bytes32 outputHash, bytes32 inputRoot, uint64 inputCount, uint64 computeDeadline)
func (_E3Manager *E3ManagerFilterer) ParseOutputPublished(log types.Log) (*E3ManagerOutputPublished, error) {
	event := new(E3ManagerOutputPublished)
	if err := _E3Manager.contract.UnpackLog(event, "OutputPublished", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerPlaintextAcceptedIterator is returned from FilterPlaintextAccepted and is used to iterate over the raw logs and unpacked data for PlaintextAccepted events raised by the E3Manager contract.
type E3ManagerPlaintextAcceptedIterator struct {
	Event *E3ManagerPlaintextAccepted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerPlaintextAcceptedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerPlaintextAccepted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerPlaintextAccepted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerPlaintextAcceptedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerPlaintextAcceptedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerPlaintextAccepted represents a PlaintextAccepted event raised by the E3Manager contract.
type E3ManagerPlaintextAccepted struct {
	E3Id          *big.Int
	Stage         uint8
	PlaintextHash [32]byte
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterPlaintextAccepted is a free log retrieval operation binding the contract event 0x2585f2ee81a4a988f648d0ab954b45286f3973034eea345158f9759e447ad2e3.
//
// Solidity: event PlaintextAccepted(uint256 indexed e3Id, uint8 stage, bytes32 plaintextHash)
func (_E3Manager *E3ManagerFilterer) FilterPlaintextAccepted(opts *bind.FilterOpts, e3Id []*big.Int) (*E3ManagerPlaintextAcceptedIterator, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "PlaintextAccepted", e3IdRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerPlaintextAcceptedIterator{contract: _E3Manager.contract, event: "PlaintextAccepted", logs: logs, sub: sub}, nil
}

// WatchPlaintextAccepted is a free log subscription operation binding the contract event 0x2585f2ee81a4a988f648d0ab954b45286f3973034eea345158f9759e447ad2e3.
//
// Solidity: event PlaintextAccepted(uint256 indexed e3Id, uint8 stage, bytes32 plaintextHash)
func (_E3Manager *E3ManagerFilterer) WatchPlaintextAccepted(opts *bind.WatchOpts, sink chan<- *E3ManagerPlaintextAccepted, e3Id []*big.Int) (event.Subscription, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "PlaintextAccepted", e3IdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerPlaintextAccepted)
				if err := _E3Manager.contract.UnpackLog(event, "PlaintextAccepted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePlaintextAccepted is a log parse operation binding the contract event 0x2585f2ee81a4a988f648d0ab954b45286f3973034eea345158f9759e447ad2e3.
//
// Solidity: event PlaintextAccepted(uint256 indexed e3Id, uint8 stage, bytes32 plaintextHash)
func (_E3Manager *E3ManagerFilterer) ParsePlaintextAccepted(log types.Log) (*E3ManagerPlaintextAccepted, error) {
	event := new(E3ManagerPlaintextAccepted)
	if err := _E3Manager.contract.UnpackLog(event, "PlaintextAccepted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerPlaintextAttestedIterator is returned from FilterPlaintextAttested and is used to iterate over the raw logs and unpacked data for PlaintextAttested events raised by the E3Manager contract.
type E3ManagerPlaintextAttestedIterator struct {
	Event *E3ManagerPlaintextAttested // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerPlaintextAttestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerPlaintextAttested)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerPlaintextAttested)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerPlaintextAttestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerPlaintextAttestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerPlaintextAttested represents a PlaintextAttested event raised by the E3Manager contract.
type E3ManagerPlaintextAttested struct {
	E3Id          *big.Int
	Stage         uint8
	Member        common.Address
	PlaintextHash [32]byte
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterPlaintextAttested is a free log retrieval operation binding the contract event 0xd6e785b780f5194930b631b9b0fdf8d91c2841713cca5810dd809486f325438a.
//
// Solidity: event PlaintextAttested(uint256 indexed e3Id, uint8 stage, address indexed member, bytes32 plaintextHash)
func (_E3Manager *E3ManagerFilterer) FilterPlaintextAttested(opts *bind.FilterOpts, e3Id []*big.Int, member []common.Address) (*E3ManagerPlaintextAttestedIterator, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "PlaintextAttested", e3IdRule, memberRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerPlaintextAttestedIterator{contract: _E3Manager.contract, event: "PlaintextAttested", logs: logs, sub: sub}, nil
}

// WatchPlaintextAttested is a free log subscription operation binding the contract event 0xd6e785b780f5194930b631b9b0fdf8d91c2841713cca5810dd809486f325438a.
//
// Solidity: event PlaintextAttested(uint256 indexed e3Id, uint8 stage, address indexed member, bytes32 plaintextHash)
func (_E3Manager *E3ManagerFilterer) WatchPlaintextAttested(opts *bind.WatchOpts, sink chan<- *E3ManagerPlaintextAttested, e3Id []*big.Int, member []common.Address) (event.Subscription, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "PlaintextAttested", e3IdRule, memberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerPlaintextAttested)
				if err := _E3Manager.contract.UnpackLog(event, "PlaintextAttested", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePlaintextAttested is a log parse operation binding the contract event 0xd6e785b780f5194930b631b9b0fdf8d91c2841713cca5810dd809486f325438a.
//
// Solidity: event PlaintextAttested(uint256 indexed e3Id, uint8 stage, address indexed member, bytes32 plaintextHash)
func (_E3Manager *E3ManagerFilterer) ParsePlaintextAttested(log types.Log) (*E3ManagerPlaintextAttested, error) {
	event := new(E3ManagerPlaintextAttested)
	if err := _E3Manager.contract.UnpackLog(event, "PlaintextAttested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerPlaintextPublishedIterator is returned from FilterPlaintextPublished and is used to iterate over the raw logs and unpacked data for PlaintextPublished events raised by the E3Manager contract.
type E3ManagerPlaintextPublishedIterator struct {
	Event *E3ManagerPlaintextPublished // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerPlaintextPublishedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerPlaintextPublished)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerPlaintextPublished)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerPlaintextPublishedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerPlaintextPublishedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerPlaintextPublished represents a PlaintextPublished event raised by the E3Manager contract.
type E3ManagerPlaintextPublished struct {
	E3Id          *big.Int
	Stage         uint8
	Member        common.Address
	PlaintextHash [32]byte
	Plaintext     []byte
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterPlaintextPublished is a free log retrieval operation binding the contract event 0xfb5605dfa8dc81f9b478bacf137312cce744c9c640baacb92e352a7be0721bc8.
//
// Solidity: event PlaintextPublished(uint256 indexed e3Id, uint8 stage, address indexed member, bytes32 plaintextHash, bytes plaintext)
func (_E3Manager *E3ManagerFilterer) FilterPlaintextPublished(opts *bind.FilterOpts, e3Id []*big.Int, member []common.Address) (*E3ManagerPlaintextPublishedIterator, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "PlaintextPublished", e3IdRule, memberRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerPlaintextPublishedIterator{contract: _E3Manager.contract, event: "PlaintextPublished", logs: logs, sub: sub}, nil
}

// WatchPlaintextPublished is a free log subscription operation binding the contract event 0xfb5605dfa8dc81f9b478bacf137312cce744c9c640baacb92e352a7be0721bc8.
//
// Solidity: event PlaintextPublished(uint256 indexed e3Id, uint8 stage, address indexed member, bytes32 plaintextHash, bytes plaintext)
func (_E3Manager *E3ManagerFilterer) WatchPlaintextPublished(opts *bind.WatchOpts, sink chan<- *E3ManagerPlaintextPublished, e3Id []*big.Int, member []common.Address) (event.Subscription, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "PlaintextPublished", e3IdRule, memberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerPlaintextPublished)
				if err := _E3Manager.contract.UnpackLog(event, "PlaintextPublished", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePlaintextPublished is a log parse operation binding the contract event 0xfb5605dfa8dc81f9b478bacf137312cce744c9c640baacb92e352a7be0721bc8.
//
// Solidity: event PlaintextPublished(uint256 indexed e3Id, uint8 stage, address indexed member, bytes32 plaintextHash, bytes plaintext)
func (_E3Manager *E3ManagerFilterer) ParsePlaintextPublished(log types.Log) (*E3ManagerPlaintextPublished, error) {
	event := new(E3ManagerPlaintextPublished)
	if err := _E3Manager.contract.UnpackLog(event, "PlaintextPublished", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerProgramEnabledIterator is returned from FilterProgramEnabled and is used to iterate over the raw logs and unpacked data for ProgramEnabled events raised by the E3Manager contract.
type E3ManagerProgramEnabledIterator struct {
	Event *E3ManagerProgramEnabled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerProgramEnabledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerProgramEnabled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerProgramEnabled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerProgramEnabledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerProgramEnabledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerProgramEnabled represents a ProgramEnabled event raised by the E3Manager contract.
type E3ManagerProgramEnabled struct {
	ProgramId [32]byte
	Enabled   bool
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterProgramEnabled is a free log retrieval operation binding the contract event 0x4fceb49102cfd8b456f21b0f0371cbf8d0633e4946bb33969a58f8ea8a41c326.
//
// Solidity: event ProgramEnabled(bytes32 indexed programId, bool enabled)
func (_E3Manager *E3ManagerFilterer) FilterProgramEnabled(opts *bind.FilterOpts, programId [][32]byte) (*E3ManagerProgramEnabledIterator, error) {

	var programIdRule []interface{}
	for _, programIdItem := range programId {
		programIdRule = append(programIdRule, programIdItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "ProgramEnabled", programIdRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerProgramEnabledIterator{contract: _E3Manager.contract, event: "ProgramEnabled", logs: logs, sub: sub}, nil
}

// WatchProgramEnabled is a free log subscription operation binding the contract event 0x4fceb49102cfd8b456f21b0f0371cbf8d0633e4946bb33969a58f8ea8a41c326.
//
// Solidity: event ProgramEnabled(bytes32 indexed programId, bool enabled)
func (_E3Manager *E3ManagerFilterer) WatchProgramEnabled(opts *bind.WatchOpts, sink chan<- *E3ManagerProgramEnabled, programId [][32]byte) (event.Subscription, error) {

	var programIdRule []interface{}
	for _, programIdItem := range programId {
		programIdRule = append(programIdRule, programIdItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "ProgramEnabled", programIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerProgramEnabled)
				if err := _E3Manager.contract.UnpackLog(event, "ProgramEnabled", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseProgramEnabled is a log parse operation binding the contract event 0x4fceb49102cfd8b456f21b0f0371cbf8d0633e4946bb33969a58f8ea8a41c326.
//
// Solidity: event ProgramEnabled(bytes32 indexed programId, bool enabled)
func (_E3Manager *E3ManagerFilterer) ParseProgramEnabled(log types.Log) (*E3ManagerProgramEnabled, error) {
	event := new(E3ManagerProgramEnabled)
	if err := _E3Manager.contract.UnpackLog(event, "ProgramEnabled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerProgramRegisteredIterator is returned from FilterProgramRegistered and is used to iterate over the raw logs and unpacked data for ProgramRegistered events raised by the E3Manager contract.
type E3ManagerProgramRegisteredIterator struct {
	Event *E3ManagerProgramRegistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerProgramRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerProgramRegistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerProgramRegistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerProgramRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerProgramRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerProgramRegistered represents a ProgramRegistered event raised by the E3Manager contract.
type E3ManagerProgramRegistered struct {
	ProgramId [32]byte
	Name      string
	Stages    uint8
	MinN      uint16
	MaxN      uint16
	MaxInputs uint32
	Presets   *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterProgramRegistered is a free log retrieval operation binding the contract event 0x5e5df880094556cb238e93cd47d34ec31d8555af5413d014f92cc7a6fb4f7677.
//
// Solidity: event ProgramRegistered(bytes32 indexed programId, string name, uint8 stages, uint16 minN, uint16 maxN, uint32 maxInputs, uint256 presets)
func (_E3Manager *E3ManagerFilterer) FilterProgramRegistered(opts *bind.FilterOpts, programId [][32]byte) (*E3ManagerProgramRegisteredIterator, error) {

	var programIdRule []interface{}
	for _, programIdItem := range programId {
		programIdRule = append(programIdRule, programIdItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "ProgramRegistered", programIdRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerProgramRegisteredIterator{contract: _E3Manager.contract, event: "ProgramRegistered", logs: logs, sub: sub}, nil
}

// WatchProgramRegistered is a free log subscription operation binding the contract event 0x5e5df880094556cb238e93cd47d34ec31d8555af5413d014f92cc7a6fb4f7677.
//
// Solidity: event ProgramRegistered(bytes32 indexed programId, string name, uint8 stages, uint16 minN, uint16 maxN, uint32 maxInputs, uint256 presets)
func (_E3Manager *E3ManagerFilterer) WatchProgramRegistered(opts *bind.WatchOpts, sink chan<- *E3ManagerProgramRegistered, programId [][32]byte) (event.Subscription, error) {

	var programIdRule []interface{}
	for _, programIdItem := range programId {
		programIdRule = append(programIdRule, programIdItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "ProgramRegistered", programIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerProgramRegistered)
				if err := _E3Manager.contract.UnpackLog(event, "ProgramRegistered", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseProgramRegistered is a log parse operation binding the contract event 0x5e5df880094556cb238e93cd47d34ec31d8555af5413d014f92cc7a6fb4f7677.
//
// Solidity: event ProgramRegistered(bytes32 indexed programId, string name, uint8 stages, uint16 minN, uint16 maxN, uint32 maxInputs, uint256 presets)
func (_E3Manager *E3ManagerFilterer) ParseProgramRegistered(log types.Log) (*E3ManagerProgramRegistered, error) {
	event := new(E3ManagerProgramRegistered)
	if err := _E3Manager.contract.UnpackLog(event, "ProgramRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerPublicKeyConfirmedIterator is returned from FilterPublicKeyConfirmed and is used to iterate over the raw logs and unpacked data for PublicKeyConfirmed events raised by the E3Manager contract.
type E3ManagerPublicKeyConfirmedIterator struct {
	Event *E3ManagerPublicKeyConfirmed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerPublicKeyConfirmedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerPublicKeyConfirmed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerPublicKeyConfirmed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerPublicKeyConfirmedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerPublicKeyConfirmedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerPublicKeyConfirmed represents a PublicKeyConfirmed event raised by the E3Manager contract.
type E3ManagerPublicKeyConfirmed struct {
	E3Id   *big.Int
	Member common.Address
	PkHash [32]byte
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterPublicKeyConfirmed is a free log retrieval operation binding the contract event 0x6f720911ee7b197789aff521d256c79bb9e712c3bfb7bc2d8f6b8b5b85093941.
//
// Solidity: event PublicKeyConfirmed(uint256 indexed e3Id, address indexed member, bytes32 pkHash)
func (_E3Manager *E3ManagerFilterer) FilterPublicKeyConfirmed(opts *bind.FilterOpts, e3Id []*big.Int, member []common.Address) (*E3ManagerPublicKeyConfirmedIterator, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}
	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "PublicKeyConfirmed", e3IdRule, memberRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerPublicKeyConfirmedIterator{contract: _E3Manager.contract, event: "PublicKeyConfirmed", logs: logs, sub: sub}, nil
}

// WatchPublicKeyConfirmed is a free log subscription operation binding the contract event 0x6f720911ee7b197789aff521d256c79bb9e712c3bfb7bc2d8f6b8b5b85093941.
//
// Solidity: event PublicKeyConfirmed(uint256 indexed e3Id, address indexed member, bytes32 pkHash)
func (_E3Manager *E3ManagerFilterer) WatchPublicKeyConfirmed(opts *bind.WatchOpts, sink chan<- *E3ManagerPublicKeyConfirmed, e3Id []*big.Int, member []common.Address) (event.Subscription, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}
	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "PublicKeyConfirmed", e3IdRule, memberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerPublicKeyConfirmed)
				if err := _E3Manager.contract.UnpackLog(event, "PublicKeyConfirmed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePublicKeyConfirmed is a log parse operation binding the contract event 0x6f720911ee7b197789aff521d256c79bb9e712c3bfb7bc2d8f6b8b5b85093941.
//
// Solidity: event PublicKeyConfirmed(uint256 indexed e3Id, address indexed member, bytes32 pkHash)
func (_E3Manager *E3ManagerFilterer) ParsePublicKeyConfirmed(log types.Log) (*E3ManagerPublicKeyConfirmed, error) {
	event := new(E3ManagerPublicKeyConfirmed)
	if err := _E3Manager.contract.UnpackLog(event, "PublicKeyConfirmed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerPublicKeyPublishedIterator is returned from FilterPublicKeyPublished and is used to iterate over the raw logs and unpacked data for PublicKeyPublished events raised by the E3Manager contract.
type E3ManagerPublicKeyPublishedIterator struct {
	Event *E3ManagerPublicKeyPublished // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerPublicKeyPublishedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerPublicKeyPublished)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerPublicKeyPublished)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerPublicKeyPublishedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerPublicKeyPublishedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerPublicKeyPublished represents a PublicKeyPublished event raised by the E3Manager contract.
type E3ManagerPublicKeyPublished struct {
	E3Id          *big.Int
	PkHash        [32]byte
	InputDeadline uint64
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterPublicKeyPublished is a free log retrieval operation binding the contract event 0xa47d73c95b09a7b1022d03d14a443180317a0e16b21dbc556a02b19ef2347ddb.
//
// Solidity: event PublicKeyPublished(uint256 indexed e3Id, bytes32 pkHash, uint64 inputDeadline)
func (_E3Manager *E3ManagerFilterer) FilterPublicKeyPublished(opts *bind.FilterOpts, e3Id []*big.Int) (*E3ManagerPublicKeyPublishedIterator, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "PublicKeyPublished", e3IdRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerPublicKeyPublishedIterator{contract: _E3Manager.contract, event: "PublicKeyPublished", logs: logs, sub: sub}, nil
}

// WatchPublicKeyPublished is a free log subscription operation binding the contract event 0xa47d73c95b09a7b1022d03d14a443180317a0e16b21dbc556a02b19ef2347ddb.
//
// Solidity: event PublicKeyPublished(uint256 indexed e3Id, bytes32 pkHash, uint64 inputDeadline)
func (_E3Manager *E3ManagerFilterer) WatchPublicKeyPublished(opts *bind.WatchOpts, sink chan<- *E3ManagerPublicKeyPublished, e3Id []*big.Int) (event.Subscription, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "PublicKeyPublished", e3IdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerPublicKeyPublished)
				if err := _E3Manager.contract.UnpackLog(event, "PublicKeyPublished", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePublicKeyPublished is a log parse operation binding the contract event 0xa47d73c95b09a7b1022d03d14a443180317a0e16b21dbc556a02b19ef2347ddb.
//
// Solidity: event PublicKeyPublished(uint256 indexed e3Id, bytes32 pkHash, uint64 inputDeadline)
func (_E3Manager *E3ManagerFilterer) ParsePublicKeyPublished(log types.Log) (*E3ManagerPublicKeyPublished, error) {
	event := new(E3ManagerPublicKeyPublished)
	if err := _E3Manager.contract.UnpackLog(event, "PublicKeyPublished", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerRefundedIterator is returned from FilterRefunded and is used to iterate over the raw logs and unpacked data for Refunded events raised by the E3Manager contract.
type E3ManagerRefundedIterator struct {
	Event *E3ManagerRefunded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerRefundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerRefunded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerRefunded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerRefundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerRefundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerRefunded represents a Refunded event raised by the E3Manager contract.
type E3ManagerRefunded struct {
	E3Id      *big.Int
	Requester common.Address
	Amount    *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterRefunded is a free log retrieval operation binding the contract event 0x7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c4.
//
// Solidity: event Refunded(uint256 indexed e3Id, address indexed requester, uint256 amount)
func (_E3Manager *E3ManagerFilterer) FilterRefunded(opts *bind.FilterOpts, e3Id []*big.Int, requester []common.Address) (*E3ManagerRefundedIterator, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}
	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "Refunded", e3IdRule, requesterRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerRefundedIterator{contract: _E3Manager.contract, event: "Refunded", logs: logs, sub: sub}, nil
}

// WatchRefunded is a free log subscription operation binding the contract event 0x7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c4.
//
// Solidity: event Refunded(uint256 indexed e3Id, address indexed requester, uint256 amount)
func (_E3Manager *E3ManagerFilterer) WatchRefunded(opts *bind.WatchOpts, sink chan<- *E3ManagerRefunded, e3Id []*big.Int, requester []common.Address) (event.Subscription, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}
	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "Refunded", e3IdRule, requesterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerRefunded)
				if err := _E3Manager.contract.UnpackLog(event, "Refunded", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRefunded is a log parse operation binding the contract event 0x7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c4.
//
// Solidity: event Refunded(uint256 indexed e3Id, address indexed requester, uint256 amount)
func (_E3Manager *E3ManagerFilterer) ParseRefunded(log types.Log) (*E3ManagerRefunded, error) {
	event := new(E3ManagerRefunded)
	if err := _E3Manager.contract.UnpackLog(event, "Refunded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerStageStartedIterator is returned from FilterStageStarted and is used to iterate over the raw logs and unpacked data for StageStarted events raised by the E3Manager contract.
type E3ManagerStageStartedIterator struct {
	Event *E3ManagerStageStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerStageStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerStageStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerStageStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerStageStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerStageStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerStageStarted represents a StageStarted event raised by the E3Manager contract.
type E3ManagerStageStarted struct {
	E3Id            *big.Int
	Stage           uint8
	ComputeDeadline uint64
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterStageStarted is a free log retrieval operation binding the contract event 0x5bd5f66cc37a69b5cbb43f1c5f4e5da9f75bd60fc41659d8ca654a0188e97741.
//
// Solidity: event StageStarted(uint256 indexed e3Id, uint8 stage, uint64 computeDeadline)
func (_E3Manager *E3ManagerFilterer) FilterStageStarted(opts *bind.FilterOpts, e3Id []*big.Int) (*E3ManagerStageStartedIterator, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "StageStarted", e3IdRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerStageStartedIterator{contract: _E3Manager.contract, event: "StageStarted", logs: logs, sub: sub}, nil
}

// WatchStageStarted is a free log subscription operation binding the contract event 0x5bd5f66cc37a69b5cbb43f1c5f4e5da9f75bd60fc41659d8ca654a0188e97741.
//
// Solidity: event StageStarted(uint256 indexed e3Id, uint8 stage, uint64 computeDeadline)
func (_E3Manager *E3ManagerFilterer) WatchStageStarted(opts *bind.WatchOpts, sink chan<- *E3ManagerStageStarted, e3Id []*big.Int) (event.Subscription, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "StageStarted", e3IdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerStageStarted)
				if err := _E3Manager.contract.UnpackLog(event, "StageStarted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStageStarted is a log parse operation binding the contract event 0x5bd5f66cc37a69b5cbb43f1c5f4e5da9f75bd60fc41659d8ca654a0188e97741.
//
// Solidity: event StageStarted(uint256 indexed e3Id, uint8 stage, uint64 computeDeadline)
func (_E3Manager *E3ManagerFilterer) ParseStageStarted(log types.Log) (*E3ManagerStageStarted, error) {
	event := new(E3ManagerStageStarted)
	if err := _E3Manager.contract.UnpackLog(event, "StageStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerTicketDroppedIterator is returned from FilterTicketDropped and is used to iterate over the raw logs and unpacked data for TicketDropped events raised by the E3Manager contract.
type E3ManagerTicketDroppedIterator struct {
	Event *E3ManagerTicketDropped // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerTicketDroppedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerTicketDropped)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerTicketDropped)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerTicketDroppedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerTicketDroppedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerTicketDropped represents a TicketDropped event raised by the E3Manager contract.
type E3ManagerTicketDropped struct {
	E3Id *big.Int
	Node common.Address
	Raw  types.Log // Blockchain specific contextual infos
}

// FilterTicketDropped is a free log retrieval operation binding the contract event 0xf6604376e18462548bdf42400b2940918f27f6805f89b9133a29401f85025341.
//
// Solidity: event TicketDropped(uint256 indexed e3Id, address indexed node)
func (_E3Manager *E3ManagerFilterer) FilterTicketDropped(opts *bind.FilterOpts, e3Id []*big.Int, node []common.Address) (*E3ManagerTicketDroppedIterator, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}
	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "TicketDropped", e3IdRule, nodeRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerTicketDroppedIterator{contract: _E3Manager.contract, event: "TicketDropped", logs: logs, sub: sub}, nil
}

// WatchTicketDropped is a free log subscription operation binding the contract event 0xf6604376e18462548bdf42400b2940918f27f6805f89b9133a29401f85025341.
//
// Solidity: event TicketDropped(uint256 indexed e3Id, address indexed node)
func (_E3Manager *E3ManagerFilterer) WatchTicketDropped(opts *bind.WatchOpts, sink chan<- *E3ManagerTicketDropped, e3Id []*big.Int, node []common.Address) (event.Subscription, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}
	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "TicketDropped", e3IdRule, nodeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerTicketDropped)
				if err := _E3Manager.contract.UnpackLog(event, "TicketDropped", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTicketDropped is a log parse operation binding the contract event 0xf6604376e18462548bdf42400b2940918f27f6805f89b9133a29401f85025341.
//
// Solidity: event TicketDropped(uint256 indexed e3Id, address indexed node)
func (_E3Manager *E3ManagerFilterer) ParseTicketDropped(log types.Log) (*E3ManagerTicketDropped, error) {
	event := new(E3ManagerTicketDropped)
	if err := _E3Manager.contract.UnpackLog(event, "TicketDropped", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerTicketSubmittedIterator is returned from FilterTicketSubmitted and is used to iterate over the raw logs and unpacked data for TicketSubmitted events raised by the E3Manager contract.
type E3ManagerTicketSubmittedIterator struct {
	Event *E3ManagerTicketSubmitted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerTicketSubmittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerTicketSubmitted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerTicketSubmitted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerTicketSubmittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerTicketSubmittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerTicketSubmitted represents a TicketSubmitted event raised by the E3Manager contract.
type E3ManagerTicketSubmitted struct {
	E3Id   *big.Int
	Node   common.Address
	Ticket *big.Int
	Score  *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterTicketSubmitted is a free log retrieval operation binding the contract event 0x52999628fb1cb05707e842278833b22e511f11746202cecdf221968b0b89e8bd.
//
// Solidity: event TicketSubmitted(uint256 indexed e3Id, address indexed node, uint256 ticket, uint256 score)
func (_E3Manager *E3ManagerFilterer) FilterTicketSubmitted(opts *bind.FilterOpts, e3Id []*big.Int, node []common.Address) (*E3ManagerTicketSubmittedIterator, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}
	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "TicketSubmitted", e3IdRule, nodeRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerTicketSubmittedIterator{contract: _E3Manager.contract, event: "TicketSubmitted", logs: logs, sub: sub}, nil
}

// WatchTicketSubmitted is a free log subscription operation binding the contract event 0x52999628fb1cb05707e842278833b22e511f11746202cecdf221968b0b89e8bd.
//
// Solidity: event TicketSubmitted(uint256 indexed e3Id, address indexed node, uint256 ticket, uint256 score)
func (_E3Manager *E3ManagerFilterer) WatchTicketSubmitted(opts *bind.WatchOpts, sink chan<- *E3ManagerTicketSubmitted, e3Id []*big.Int, node []common.Address) (event.Subscription, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}
	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "TicketSubmitted", e3IdRule, nodeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerTicketSubmitted)
				if err := _E3Manager.contract.UnpackLog(event, "TicketSubmitted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTicketSubmitted is a log parse operation binding the contract event 0x52999628fb1cb05707e842278833b22e511f11746202cecdf221968b0b89e8bd.
//
// Solidity: event TicketSubmitted(uint256 indexed e3Id, address indexed node, uint256 ticket, uint256 score)
func (_E3Manager *E3ManagerFilterer) ParseTicketSubmitted(log types.Log) (*E3ManagerTicketSubmitted, error) {
	event := new(E3ManagerTicketSubmitted)
	if err := _E3Manager.contract.UnpackLog(event, "TicketSubmitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// E3ManagerWithdrawnIterator is returned from FilterWithdrawn and is used to iterate over the raw logs and unpacked data for Withdrawn events raised by the E3Manager contract.
type E3ManagerWithdrawnIterator struct {
	Event *E3ManagerWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *E3ManagerWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(E3ManagerWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(E3ManagerWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *E3ManagerWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *E3ManagerWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// E3ManagerWithdrawn represents a Withdrawn event raised by the E3Manager contract.
type E3ManagerWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterWithdrawn is a free log retrieval operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_E3Manager *E3ManagerFilterer) FilterWithdrawn(opts *bind.FilterOpts, account []common.Address) (*E3ManagerWithdrawnIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _E3Manager.contract.FilterLogs(opts, "Withdrawn", accountRule)
	if err != nil {
		return nil, err
	}
	return &E3ManagerWithdrawnIterator{contract: _E3Manager.contract, event: "Withdrawn", logs: logs, sub: sub}, nil
}

// WatchWithdrawn is a free log subscription operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_E3Manager *E3ManagerFilterer) WatchWithdrawn(opts *bind.WatchOpts, sink chan<- *E3ManagerWithdrawn, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _E3Manager.contract.WatchLogs(opts, "Withdrawn", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(E3ManagerWithdrawn)
				if err := _E3Manager.contract.UnpackLog(event, "Withdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawn is a log parse operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_E3Manager *E3ManagerFilterer) ParseWithdrawn(log types.Log) (*E3ManagerWithdrawn, error) {
	event := new(E3ManagerWithdrawn)
	if err := _E3Manager.contract.UnpackLog(event, "Withdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
