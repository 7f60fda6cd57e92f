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

// SlasherMetaData contains all meta data concerning the Slasher contract.
var SlasherMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractE3Manager\",\"name\":\"e3_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"equivocationPenalty_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"receiptPenalty_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadySlashed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"InputCommitted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InputWindowOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotMember\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SamePayload\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"b\",\"type\":\"address\"}],\"name\":\"SignerMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedTransfer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"}],\"name\":\"UnknownE3\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"step\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"payloadA\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"payloadB\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"taken\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"EquivocationSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"taken\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"ReceiptSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"RECEIPT_TAG\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STEP_TAG\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"e3\",\"outputs\":[{\"internalType\":\"contractE3Manager\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"equivocationPenalty\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"pendingWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"receiptDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"receiptPenalty\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"step\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"payloadA\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sigA\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"payloadB\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sigB\",\"type\":\"bytes\"}],\"name\":\"slashEquivocation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"slashMissingInput\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"slashed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"e3Id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"step\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"payloadHash\",\"type\":\"bytes32\"}],\"name\":\"stepDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x610100604052348015610010575f5ffd5b5060405161172f38038061172f83398101604081905261002f91610069565b6001600160a01b039384166080529190921660a05260c09190915260e0526100ae565b6001600160a01b0381168114610066575f5ffd5b50565b5f5f5f5f6080858703121561007c575f5ffd5b845161008781610052565b602086015190945061009881610052565b6040860151606090960151949790965092505050565b60805160a05160c05160e05161160261012d5f395f818161012701526108e701525f81816102ec0152610b5901525f81816101de015281816103a80152818161044401528181610585015281816106a8015281816107af01528181610a1c0152610e5a01525f818160d2015281816102860152610d8a01526116025ff3fe6080604052600436106100c2575f3560e01c806361b143df1161007c578063b98cad3611610057578063b98cad36146102a8578063c8716e96146102db578063d28091c71461030e578063f3f4370314610341575f5ffd5b806361b143df14610218578063745e2ad9146102565780637b10399914610275575f5ffd5b806311f1e46e14610116578063316ac4db1461015c57806332c7966d1461017b5780633ccfd60b1461019a5780634551dcf8146101ae57806356800b52146101cd575f5ffd5b3661011257336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461011057604051630888c43760e21b815260040160405180910390fd5b005b5f5ffd5b348015610121575f5ffd5b506101497f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b348015610167575f5ffd5b50610149610176366004610f1a565b61036c565b348015610186575f5ffd5b50610149610195366004610f50565b610408565b3480156101a5575f5ffd5b50610110610488565b3480156101b9575f5ffd5b506101106101c8366004610fbe565b61056d565b3480156101d8575f5ffd5b506102007f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610153565b348015610223575f5ffd5b50610246610232366004611023565b5f6020819052908152604090205460ff1681565b6040519015158152602001610153565b348015610261575f5ffd5b5061011061027036600461103a565b610968565b348015610280575f5ffd5b506102007f000000000000000000000000000000000000000000000000000000000000000081565b3480156102b3575f5ffd5b506101497f721ef23d73d97b4810bb58bfdf34969f4ee2f5b37f64a1cbf6426dbddfadeb7581565b3480156102e6575f5ffd5b506101497f000000000000000000000000000000000000000000000000000000000000000081565b348015610319575f5ffd5b506101497f1553f74b00d6b37536b51270801a5098a51649d0c7b4334907136247d031dbb381565b34801561034c575f5ffd5b5061014961035b3660046110ce565b60016020525f908152604090205481565b604080517f1553f74b00d6b37536b51270801a5098a51649d0c7b4334907136247d031dbb3602082015246918101919091526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660608301526080820185905260a08201849052821660c08201525f9060e0015b6040516020818303038152906040528051906020012090509392505050565b604080517f721ef23d73d97b4810bb58bfdf34969f4ee2f5b37f64a1cbf6426dbddfadeb75602082015246918101919091526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001660608201526080810184905260a0810183905260c081018290525f9060e0016103e9565b335f90815260016020526040812054908190036104b857604051630686827b60e51b815260040160405180910390fd5b335f8181526001602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906104fb9084815260200190565b60405180910390a26040515f90339083908381818185875af1925050503d805f8114610542576040519150601f19603f3d011682016040523d82523d5f602084013e610547565b606091505b5050905080610569576040516312171d8360e31b815260040160405180910390fd5b5050565b60405163101bb4d760e21b8152600481018690525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063406ed35c906024016103a060405180830381865afa1580156105d3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105f79190611277565b90505f8160600151600781111561061057610610611432565b03610636576040516324f09ddd60e11b8152600481018790526024015b60405180910390fd5b61020081015167ffffffffffffffff161580610661575080610200015167ffffffffffffffff164311155b1561067f5760405163898a307560e01b815260040160405180910390fd5b604051632900652160e21b815260048101879052602481018690525f9081906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063a4019484906044016040805180830381865afa1580156106ec573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107109190611446565b91509150811561073f57604051632c2bcab960e01b815267ffffffffffffffff8216600482015260240161062d565b5f61075561074e8a8a8a61036c565b8787610be9565b9050866001600160a01b0316816001600160a01b03161461078957604051638baa579f60e01b815260040160405180910390fd5b60405163f777d66360e01b8152600481018a90526001600160a01b0388811660248301527f0000000000000000000000000000000000000000000000000000000000000000169063f777d6639060440161012060405180830381865afa1580156107f5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108199190611477565b5161ffff165f0361083d5760405163148fe22160e11b815260040160405180910390fd5b60408051608060208201819052600760a0830152661c9958d95a5c1d60ca1b60c08301529181018b90526001600160a01b03891660608201529081018990525f9060e00160408051601f1981840301815291815281516020928301205f8181529283905291205490915060ff16156108c857604051631b919bb160e11b815260040160405180910390fd5b5f818152602081905260408120805460ff1916600117905561090b8b8a7f0000000000000000000000000000000000000000000000000000000000000000610d62565b604080518c815260208101839052338183015290519192506001600160a01b038b16918d917fd17dc03f81d1ef418eb92461d29fbd1f6ea48dc67a54d0e109dd788b6461926e919081900360600190a35050505050505050505050565b8286036109885760405163b1cdf95160e01b815260040160405180910390fd5b5f61099761074e8a8a8a610408565b90505f6109af6109a88b8b88610408565b8585610be9565b9050806001600160a01b0316826001600160a01b0316146109f6576040516377f0734360e11b81526001600160a01b0380841660048301528216602482015260440161062d565b60405163f777d66360e01b8152600481018b90526001600160a01b0383811660248301527f0000000000000000000000000000000000000000000000000000000000000000169063f777d6639060440161012060405180830381865afa158015610a62573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a869190611477565b5161ffff165f03610aaa5760405163148fe22160e11b815260040160405180910390fd5b60408051608060208201819052600c60a08301526b32b8bab4bb37b1b0ba34b7b760a11b60c08301529181018c90526001600160a01b03841660608201529081018a90525f9060e00160408051601f1981840301815291815281516020928301205f8181529283905291205490915060ff1615610b3a57604051631b919bb160e11b815260040160405180910390fd5b5f818152602081905260408120805460ff19166001179055610b7d8c857f0000000000000000000000000000000000000000000000000000000000000000610d62565b604080518d8152602081018d9052908101899052606081018290523360808201529091506001600160a01b038516908d907fb356af337c91aed05fe5859a697a6c3a2bf46eb72e789c50188babf0fecc83ed9060a00160405180910390a3505050505050505050505050565b5f60418214610c0b57604051638baa579f60e01b815260040160405180910390fd5b5f610c196020828587611513565b610c229161153a565b90505f610c33604060208688611513565b610c3c9161153a565b90505f85856040818110610c5257610c52611558565b919091013560f81c915050601b811015610c7457610c71601b82611580565b90505b8060ff16601b14158015610c8c57508060ff16601c14155b80610cb657507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a082115b15610cd457604051638baa579f60e01b815260040160405180910390fd5b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015610d24573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b038416610d5857604051638baa579f60e01b815260040160405180910390fd5b5050509392505050565b6040516309a7cba760e41b81526001600160a01b038381166004830152602482018390525f917f000000000000000000000000000000000000000000000000000000000000000090911690639a7cba70906044016020604051808303815f875af1158015610dd2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610df69190611599565b90505f610e046002836115b0565b335f90815260016020526040812080549293508392909190610e279084906115cf565b90915550610e37905081836115e2565b60405163101bb4d760e21b8152600481018790526001905f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063406ed35c906024016103a060405180830381865afa158015610ea0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ec49190611277565b602001516001600160a01b03166001600160a01b031681526020019081526020015f205f828254610ef591906115cf565b909155509195945050505050565b6001600160a01b0381168114610f17575f5ffd5b50565b5f5f5f60608486031215610f2c575f5ffd5b83359250602084013591506040840135610f4581610f03565b809150509250925092565b5f5f5f60608486031215610f62575f5ffd5b505081359360208301359350604090920135919050565b5f5f83601f840112610f89575f5ffd5b50813567ffffffffffffffff811115610fa0575f5ffd5b602083019150836020828501011115610fb7575f5ffd5b9250929050565b5f5f5f5f5f60808688031215610fd2575f5ffd5b85359450602086013593506040860135610feb81610f03565b9250606086013567ffffffffffffffff811115611006575f5ffd5b61101288828901610f79565b969995985093965092949392505050565b5f60208284031215611033575f5ffd5b5035919050565b5f5f5f5f5f5f5f5f60c0898b031215611051575f5ffd5b883597506020890135965060408901359550606089013567ffffffffffffffff81111561107c575f5ffd5b6110888b828c01610f79565b9096509450506080890135925060a089013567ffffffffffffffff8111156110ae575f5ffd5b6110ba8b828c01610f79565b999c989b5096995094979396929594505050565b5f602082840312156110de575f5ffd5b81356110e981610f03565b9392505050565b604051610320810167ffffffffffffffff8111828210171561112057634e487b7160e01b5f52604160045260245ffd5b60405290565b604051610120810167ffffffffffffffff8111828210171561112057634e487b7160e01b5f52604160045260245ffd5b805161116181610f03565b919050565b805160088110611161575f5ffd5b805160068110611161575f5ffd5b805160ff81168114611161575f5ffd5b80518015158114611161575f5ffd5b805161ffff81168114611161575f5ffd5b805167ffffffffffffffff81168114611161575f5ffd5b805163ffffffff81168114611161575f5ffd5b5f60a082840312156111ec575f5ffd5b60405160a0810167ffffffffffffffff8111828210171561121b57634e487b7160e01b5f52604160045260245ffd5b60405290508061122a836111c9565b8152611238602084016111c9565b6020820152611249604084016111c9565b604082015261125a606084016111c9565b606082015261126b608084016111c9565b60808201525092915050565b5f6103a0828403128015611289575f5ffd5b506112926110f0565b825181526112a260208401611156565b60208201526112b360408401611156565b60408201526112c460608401611166565b60608201526112d560808401611174565b60808201526112e660a08401611182565b60a08201526112f760c08401611182565b60c082015261130860e08401611182565b60e082015261131a6101008401611192565b61010082015261132d61012084016111a1565b61012082015261134061014084016111a1565b61014082015261135361016084016111a1565b61016082015261136661018084016111a1565b6101808201526113796101a084016111a1565b6101a082015261138c6101c084016111b2565b6101c082015261139f6101e084016111b2565b6101e08201526113b261020084016111b2565b6102008201526113c561022084016111b2565b6102208201526113d98461024085016111dc565b6102408201526102e083810151610260830152610300808501516102808401526103208501516102a08401526103408501516102c084015261036085015191830191909152610380909301519281019290925250919050565b634e487b7160e01b5f52602160045260245ffd5b5f5f60408385031215611457575f5ffd5b61146083611192565b915061146e602084016111b2565b90509250929050565b5f610120828403128015611489575f5ffd5b50611492611126565b61149b836111a1565b81526114a960208401611192565b60208201526114ba60408401611192565b60408201526114cb606084016111c9565b60608201526114dc608084016111c9565b608082015260a0838101519082015260c0808401519082015260e08084015190820152610100928301519281019290925250919050565b5f5f85851115611521575f5ffd5b8386111561152d575f5ffd5b5050820193919092039150565b80356020831015611552575f19602084900360031b1b165b92915050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b60ff81811683821601908111156115525761155261156c565b5f602082840312156115a9575f5ffd5b5051919050565b5f826115ca57634e487b7160e01b5f52601260045260245ffd5b500490565b808201808211156115525761155261156c565b818103818111156115525761155261156c56fea164736f6c634300081c000a",
}

// SlasherABI is the input ABI used to generate the binding from.
// Deprecated: Use SlasherMetaData.ABI instead.
var SlasherABI = SlasherMetaData.ABI

// SlasherBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SlasherMetaData.Bin instead.
var SlasherBin = SlasherMetaData.Bin

// DeploySlasher deploys a new Ethereum contract, binding an instance of Slasher to it.
func DeploySlasher(auth *bind.TransactOpts, backend bind.ContractBackend, registry_ common.Address, e3_ common.Address, equivocationPenalty_ *big.Int, receiptPenalty_ *big.Int) (common.Address, *types.Transaction, *Slasher, error) {
	parsed, err := SlasherMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SlasherBin), backend, registry_, e3_, equivocationPenalty_, receiptPenalty_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Slasher{SlasherCaller: SlasherCaller{contract: contract}, SlasherTransactor: SlasherTransactor{contract: contract}, SlasherFilterer: SlasherFilterer{contract: contract}}, nil
}

// Slasher is an auto generated Go binding around an Ethereum contract.
type Slasher struct {
	SlasherCaller     // Read-only binding to the contract
	SlasherTransactor // Write-only binding to the contract
	SlasherFilterer   // Log filterer for contract events
}

// SlasherCaller is an auto generated read-only Go binding around an Ethereum contract.
type SlasherCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SlasherTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SlasherTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SlasherFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SlasherFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SlasherSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SlasherSession struct {
	Contract     *Slasher          // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// SlasherCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SlasherCallerSession struct {
	Contract *SlasherCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts  // Call options to use throughout this session
}

// SlasherTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SlasherTransactorSession struct {
	Contract     *SlasherTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// SlasherRaw is an auto generated low-level Go binding around an Ethereum contract.
type SlasherRaw struct {
	Contract *Slasher // Generic contract binding to access the raw methods on
}

// SlasherCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SlasherCallerRaw struct {
	Contract *SlasherCaller // Generic read-only contract binding to access the raw methods on
}

// SlasherTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SlasherTransactorRaw struct {
	Contract *SlasherTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSlasher creates a new instance of Slasher, bound to a specific deployed contract.
func NewSlasher(address common.Address, backend bind.ContractBackend) (*Slasher, error) {
	contract, err := bindSlasher(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Slasher{SlasherCaller: SlasherCaller{contract: contract}, SlasherTransactor: SlasherTransactor{contract: contract}, SlasherFilterer: SlasherFilterer{contract: contract}}, nil
}

// NewSlasherCaller creates a new read-only instance of Slasher, bound to a specific deployed contract.
func NewSlasherCaller(address common.Address, caller bind.ContractCaller) (*SlasherCaller, error) {
	contract, err := bindSlasher(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SlasherCaller{contract: contract}, nil
}

// NewSlasherTransactor creates a new write-only instance of Slasher, bound to a specific deployed contract.
func NewSlasherTransactor(address common.Address, transactor bind.ContractTransactor) (*SlasherTransactor, error) {
	contract, err := bindSlasher(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SlasherTransactor{contract: contract}, nil
}

// NewSlasherFilterer creates a new log filterer instance of Slasher, bound to a specific deployed contract.
func NewSlasherFilterer(address common.Address, filterer bind.ContractFilterer) (*SlasherFilterer, error) {
	contract, err := bindSlasher(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SlasherFilterer{contract: contract}, nil
}

// bindSlasher binds a generic wrapper to an already deployed contract.
func bindSlasher(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SlasherMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Slasher *SlasherRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Slasher.Contract.SlasherCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Slasher *SlasherRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Slasher.Contract.SlasherTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Slasher *SlasherRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Slasher.Contract.SlasherTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Slasher *SlasherCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Slasher.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Slasher *SlasherTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Slasher.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Slasher *SlasherTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Slasher.Contract.contract.Transact(opts, method, params...)
}

// RECEIPTTAG is a free data retrieval call binding the contract method 0xd28091c7.
//
// Solidity: function RECEIPT_TAG() view returns(bytes32)
func (_Slasher *SlasherCaller) RECEIPTTAG(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "RECEIPT_TAG")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// RECEIPTTAG is a free data retrieval call binding the contract method 0xd28091c7.
//
// Solidity: function RECEIPT_TAG() view returns(bytes32)
func (_Slasher *SlasherSession) RECEIPTTAG() ([32]byte, error) {
	return _Slasher.Contract.RECEIPTTAG(&_Slasher.CallOpts)
}

// RECEIPTTAG is a free data retrieval call binding the contract method 0xd28091c7.
//
// Solidity: function RECEIPT_TAG() view returns(bytes32)
func (_Slasher *SlasherCallerSession) RECEIPTTAG() ([32]byte, error) {
	return _Slasher.Contract.RECEIPTTAG(&_Slasher.CallOpts)
}

// STEPTAG is a free data retrieval call binding the contract method 0xb98cad36.
//
// Solidity: function STEP_TAG() view returns(bytes32)
func (_Slasher *SlasherCaller) STEPTAG(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "STEP_TAG")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// STEPTAG is a free data retrieval call binding the contract method 0xb98cad36.
//
// Solidity: function STEP_TAG() view returns(bytes32)
func (_Slasher *SlasherSession) STEPTAG() ([32]byte, error) {
	return _Slasher.Contract.STEPTAG(&_Slasher.CallOpts)
}

// STEPTAG is a free data retrieval call binding the contract method 0xb98cad36.
//
// Solidity: function STEP_TAG() view returns(bytes32)
func (_Slasher *SlasherCallerSession) STEPTAG() ([32]byte, error) {
	return _Slasher.Contract.STEPTAG(&_Slasher.CallOpts)
}

// E3 is a free data retrieval call binding the contract method 0x56800b52.
//
// Solidity: function e3() view returns(address)
func (_Slasher *SlasherCaller) E3(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "e3")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// E3 is a free data retrieval call binding the contract method 0x56800b52.
//
// Solidity: function e3() view returns(address)
func (_Slasher *SlasherSession) E3() (common.Address, error) {
	return _Slasher.Contract.E3(&_Slasher.CallOpts)
}

// E3 is a free data retrieval call binding the contract method 0x56800b52.
//
// Solidity: function e3() view returns(address)
func (_Slasher *SlasherCallerSession) E3() (common.Address, error) {
	return _Slasher.Contract.E3(&_Slasher.CallOpts)
}

// EquivocationPenalty is a free data retrieval call binding the contract method 0xc8716e96.
//
// Solidity: function equivocationPenalty() view returns(uint256)
func (_Slasher *SlasherCaller) EquivocationPenalty(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "equivocationPenalty")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// EquivocationPenalty is a free data retrieval call binding the contract method 0xc8716e96.
//
// Solidity: function equivocationPenalty() view returns(uint256)
func (_Slasher *SlasherSession) EquivocationPenalty() (*big.Int, error) {
	return _Slasher.Contract.EquivocationPenalty(&_Slasher.CallOpts)
}

// EquivocationPenalty is a free data retrieval call binding the contract method 0xc8716e96.
//
// Solidity: function equivocationPenalty() view returns(uint256)
func (_Slasher *SlasherCallerSession) EquivocationPenalty() (*big.Int, error) {
	return _Slasher.Contract.EquivocationPenalty(&_Slasher.CallOpts)
}

// PendingWithdrawals is a free data retrieval call binding the contract method 0xf3f43703.
//
// Solidity: function pendingWithdrawals(address ) view returns(uint256)
func (_Slasher *SlasherCaller) PendingWithdrawals(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "pendingWithdrawals", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PendingWithdrawals is a free data retrieval call binding the contract method 0xf3f43703.
//
// Solidity: function pendingWithdrawals(address ) view returns(uint256)
func (_Slasher *SlasherSession) PendingWithdrawals(arg0 common.Address) (*big.Int, error) {
	return _Slasher.Contract.PendingWithdrawals(&_Slasher.CallOpts, arg0)
}

// PendingWithdrawals is a free data retrieval call binding the contract method 0xf3f43703.
//
// Solidity: function pendingWithdrawals(address ) view returns(uint256)
func (_Slasher *SlasherCallerSession) PendingWithdrawals(arg0 common.Address) (*big.Int, error) {
	return _Slasher.Contract.PendingWithdrawals(&_Slasher.CallOpts, arg0)
}

// ReceiptDigest is a free data retrieval call binding the contract method 0x316ac4db.
//
// Solidity: function receiptDigest(uint256 e3Id, bytes32 inputHash, address node) view returns(bytes32)
func (_Slasher *SlasherCaller) ReceiptDigest(opts *bind.CallOpts, e3Id *big.Int, inputHash [32]byte, node common.Address) ([32]byte, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "receiptDigest", e3Id, inputHash, node)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ReceiptDigest is a free data retrieval call binding the contract method 0x316ac4db.
//
// Solidity: function receiptDigest(uint256 e3Id, bytes32 inputHash, address node) view returns(bytes32)
func (_Slasher *SlasherSession) ReceiptDigest(e3Id *big.Int, inputHash [32]byte, node common.Address) ([32]byte, error) {
	return _Slasher.Contract.ReceiptDigest(&_Slasher.CallOpts, e3Id, inputHash, node)
}

// ReceiptDigest is a free data retrieval call binding the contract method 0x316ac4db.
//
// Solidity: function receiptDigest(uint256 e3Id, bytes32 inputHash, address node) view returns(bytes32)
func (_Slasher *SlasherCallerSession) ReceiptDigest(e3Id *big.Int, inputHash [32]byte, node common.Address) ([32]byte, error) {
	return _Slasher.Contract.ReceiptDigest(&_Slasher.CallOpts, e3Id, inputHash, node)
}

// ReceiptPenalty is a free data retrieval call binding the contract method 0x11f1e46e.
//
// Solidity: function receiptPenalty() view returns(uint256)
func (_Slasher *SlasherCaller) ReceiptPenalty(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "receiptPenalty")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ReceiptPenalty is a free data retrieval call binding the contract method 0x11f1e46e.
//
// Solidity: function receiptPenalty() view returns(uint256)
func (_Slasher *SlasherSession) ReceiptPenalty() (*big.Int, error) {
	return _Slasher.Contract.ReceiptPenalty(&_Slasher.CallOpts)
}

// ReceiptPenalty is a free data retrieval call binding the contract method 0x11f1e46e.
//
// Solidity: function receiptPenalty() view returns(uint256)
func (_Slasher *SlasherCallerSession) ReceiptPenalty() (*big.Int, error) {
	return _Slasher.Contract.ReceiptPenalty(&_Slasher.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Slasher *SlasherCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Slasher *SlasherSession) Registry() (common.Address, error) {
	return _Slasher.Contract.Registry(&_Slasher.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Slasher *SlasherCallerSession) Registry() (common.Address, error) {
	return _Slasher.Contract.Registry(&_Slasher.CallOpts)
}

// Slashed is a free data retrieval call binding the contract method 0x61b143df.
//
// Solidity: function slashed(bytes32 ) view returns(bool)
func (_Slasher *SlasherCaller) Slashed(opts *bind.CallOpts, arg0 [32]byte) (bool, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "slashed", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Slashed is a free data retrieval call binding the contract method 0x61b143df.
//
// Solidity: function slashed(bytes32 ) view returns(bool)
func (_Slasher *SlasherSession) Slashed(arg0 [32]byte) (bool, error) {
	return _Slasher.Contract.Slashed(&_Slasher.CallOpts, arg0)
}

// Slashed is a free data retrieval call binding the contract method 0x61b143df.
//
// Solidity: function slashed(bytes32 ) view returns(bool)
func (_Slasher *SlasherCallerSession) Slashed(arg0 [32]byte) (bool, error) {
	return _Slasher.Contract.Slashed(&_Slasher.CallOpts, arg0)
}

// StepDigest is a free data retrieval call binding the contract method 0x32c7966d.
//
// Solidity: function stepDigest(uint256 e3Id, bytes32 step, bytes32 payloadHash) view returns(bytes32)
func (_Slasher *SlasherCaller) StepDigest(opts *bind.CallOpts, e3Id *big.Int, step [32]byte, payloadHash [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "stepDigest", e3Id, step, payloadHash)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// StepDigest is a free data retrieval call binding the contract method 0x32c7966d.
//
// Solidity: function stepDigest(uint256 e3Id, bytes32 step, bytes32 payloadHash) view returns(bytes32)
func (_Slasher *SlasherSession) StepDigest(e3Id *big.Int, step [32]byte, payloadHash [32]byte) ([32]byte, error) {
	return _Slasher.Contract.StepDigest(&_Slasher.CallOpts, e3Id, step, payloadHash)
}

// StepDigest is a free data retrieval call binding the contract method 0x32c7966d.
//
// Solidity: function stepDigest(uint256 e3Id, bytes32 step, bytes32 payloadHash) view returns(bytes32)
func (_Slasher *SlasherCallerSession) StepDigest(e3Id *big.Int, step [32]byte, payloadHash [32]byte) ([32]byte, error) {
	return _Slasher.Contract.StepDigest(&_Slasher.CallOpts, e3Id, step, payloadHash)
}

// SlashEquivocation is a paid mutator transaction binding the contract method 0x745e2ad9.
//
// Solidity: function slashEquivocation(uint256 e3Id, bytes32 step, bytes32 payloadA, bytes sigA, bytes32 payloadB, bytes sigB) returns()
func (_Slasher *SlasherTransactor) SlashEquivocation(opts *bind.TransactOpts, e3Id *big.Int, step [32]byte, payloadA [32]byte, sigA []byte, payloadB [32]byte, sigB []byte) (*types.Transaction, error) {
	return _Slasher.contract.Transact(opts, "slashEquivocation", e3Id, step, payloadA, sigA, payloadB, sigB)
}

// SlashEquivocation is a paid mutator transaction binding the contract method 0x745e2ad9.
//
// Solidity: function slashEquivocation(uint256 e3Id, bytes32 step, bytes32 payloadA, bytes sigA, bytes32 payloadB, bytes sigB) returns()
func (_Slasher *SlasherSession) SlashEquivocation(e3Id *big.Int, step [32]byte, payloadA [32]byte, sigA []byte, payloadB [32]byte, sigB []byte) (*types.Transaction, error) {
	return _Slasher.Contract.SlashEquivocation(&_Slasher.TransactOpts, e3Id, step, payloadA, sigA, payloadB, sigB)
}

// SlashEquivocation is a paid mutator transaction binding the contract method 0x745e2ad9.
//
// Solidity: function slashEquivocation(uint256 e3Id, bytes32 step, bytes32 payloadA, bytes sigA, bytes32 payloadB, bytes sigB) returns()
func (_Slasher *SlasherTransactorSession) SlashEquivocation(e3Id *big.Int, step [32]byte, payloadA [32]byte, sigA []byte, payloadB [32]byte, sigB []byte) (*types.Transaction, error) {
	return _Slasher.Contract.SlashEquivocation(&_Slasher.TransactOpts, e3Id, step, payloadA, sigA, payloadB, sigB)
}

// SlashMissingInput is a paid mutator transaction binding the contract method 0x4551dcf8.
//
// Solidity: function slashMissingInput(uint256 e3Id, bytes32 inputHash, address node, bytes sig) returns()
func (_Slasher *SlasherTransactor) SlashMissingInput(opts *bind.TransactOpts, e3Id *big.Int, inputHash [32]byte, node common.Address, sig []byte) (*types.Transaction, error) {
	return _Slasher.contract.Transact(opts, "slashMissingInput", e3Id, inputHash, node, sig)
}

// SlashMissingInput is a paid mutator transaction binding the contract method 0x4551dcf8.
//
// Solidity: function slashMissingInput(uint256 e3Id, bytes32 inputHash, address node, bytes sig) returns()
func (_Slasher *SlasherSession) SlashMissingInput(e3Id *big.Int, inputHash [32]byte, node common.Address, sig []byte) (*types.Transaction, error) {
	return _Slasher.Contract.SlashMissingInput(&_Slasher.TransactOpts, e3Id, inputHash, node, sig)
}

// SlashMissingInput is a paid mutator transaction binding the contract method 0x4551dcf8.
//
// Solidity: function slashMissingInput(uint256 e3Id, bytes32 inputHash, address node, bytes sig) returns()
func (_Slasher *SlasherTransactorSession) SlashMissingInput(e3Id *big.Int, inputHash [32]byte, node common.Address, sig []byte) (*types.Transaction, error) {
	return _Slasher.Contract.SlashMissingInput(&_Slasher.TransactOpts, e3Id, inputHash, node, sig)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_Slasher *SlasherTransactor) Withdraw(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Slasher.contract.Transact(opts, "withdraw")
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_Slasher *SlasherSession) Withdraw() (*types.Transaction, error) {
	return _Slasher.Contract.Withdraw(&_Slasher.TransactOpts)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_Slasher *SlasherTransactorSession) Withdraw() (*types.Transaction, error) {
	return _Slasher.Contract.Withdraw(&_Slasher.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_Slasher *SlasherTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Slasher.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_Slasher *SlasherSession) Receive() (*types.Transaction, error) {
	return _Slasher.Contract.Receive(&_Slasher.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_Slasher *SlasherTransactorSession) Receive() (*types.Transaction, error) {
	return _Slasher.Contract.Receive(&_Slasher.TransactOpts)
}

// SlasherEquivocationSlashedIterator is returned from FilterEquivocationSlashed and is used to iterate over the raw logs and unpacked data for EquivocationSlashed events raised by the Slasher contract.
type SlasherEquivocationSlashedIterator struct {
	Event *SlasherEquivocationSlashed // Event containing the contract specifics and raw log

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
func (it *SlasherEquivocationSlashedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SlasherEquivocationSlashed)
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
		it.Event = new(SlasherEquivocationSlashed)
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
func (it *SlasherEquivocationSlashedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SlasherEquivocationSlashedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SlasherEquivocationSlashed represents a EquivocationSlashed event raised by the Slasher contract.
type SlasherEquivocationSlashed struct {
	E3Id     *big.Int
	Member   common.Address
	Step     [32]byte
	PayloadA [32]byte
	PayloadB [32]byte
	Taken    *big.Int
	Reporter common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterEquivocationSlashed is a free log retrieval operation binding the contract event 0xb356af337c91aed05fe5859a697a6c3a2bf46eb72e789c50188babf0fecc83ed.
//
// Solidity: event EquivocationSlashed(uint256 indexed e3Id, address indexed member, bytes32 step, bytes32 payloadA, bytes32 payloadB, uint256 taken, address reporter)
func (_Slasher *SlasherFilterer) FilterEquivocationSlashed(opts *bind.FilterOpts, e3Id []*big.Int, member []common.Address) (*SlasherEquivocationSlashedIterator, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}
	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _Slasher.contract.FilterLogs(opts, "EquivocationSlashed", e3IdRule, memberRule)
	if err != nil {
		return nil, err
	}
	return &SlasherEquivocationSlashedIterator{contract: _Slasher.contract, event: "EquivocationSlashed", logs: logs, sub: sub}, nil
}

// WatchEquivocationSlashed is a free log subscription operation binding the contract event 0xb356af337c91aed05fe5859a697a6c3a2bf46eb72e789c50188babf0fecc83ed.
//
// Solidity: event EquivocationSlashed(uint256 indexed e3Id, address indexed member, bytes32 step, bytes32 payloadA, bytes32 payloadB, uint256 taken, address reporter)
func (_Slasher *SlasherFilterer) WatchEquivocationSlashed(opts *bind.WatchOpts, sink chan<- *SlasherEquivocationSlashed, e3Id []*big.Int, member []common.Address) (event.Subscription, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}
	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _Slasher.contract.WatchLogs(opts, "EquivocationSlashed", e3IdRule, memberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SlasherEquivocationSlashed)
				if err := _Slasher.contract.UnpackLog(event, "EquivocationSlashed", log); err != nil {
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

// ParseEquivocationSlashed is a log parse operation binding the contract event 0xb356af337c91aed05fe5859a697a6c3a2bf46eb72e789c50188babf0fecc83ed.
//
// Solidity: event EquivocationSlashed(uint256 indexed e3Id, address indexed member, bytes32 step, bytes32 payloadA, bytes32 payloadB, uint256 taken, address reporter)
func (_Slasher *SlasherFilterer) ParseEquivocationSlashed(log types.Log) (*SlasherEquivocationSlashed, error) {
	event := new(SlasherEquivocationSlashed)
	if err := _Slasher.contract.UnpackLog(event, "EquivocationSlashed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SlasherReceiptSlashedIterator is returned from FilterReceiptSlashed and is used to iterate over the raw logs and unpacked data for ReceiptSlashed events raised by the Slasher contract.
type SlasherReceiptSlashedIterator struct {
	Event *SlasherReceiptSlashed // Event containing the contract specifics and raw log

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
func (it *SlasherReceiptSlashedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SlasherReceiptSlashed)
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
		it.Event = new(SlasherReceiptSlashed)
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
func (it *SlasherReceiptSlashedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SlasherReceiptSlashedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SlasherReceiptSlashed represents a ReceiptSlashed event raised by the Slasher contract.
type SlasherReceiptSlashed struct {
	E3Id      *big.Int
	Member    common.Address
	InputHash [32]byte
	Taken     *big.Int
	Reporter  common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterReceiptSlashed is a free log retrieval operation binding the contract event 0xd17dc03f81d1ef418eb92461d29fbd1f6ea48dc67a54d0e109dd788b6461926e.
//
// Solidity: event ReceiptSlashed(uint256 indexed e3Id, address indexed member, bytes32 inputHash, uint256 taken, address reporter)
func (_Slasher *SlasherFilterer) FilterReceiptSlashed(opts *bind.FilterOpts, e3Id []*big.Int, member []common.Address) (*SlasherReceiptSlashedIterator, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}
	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _Slasher.contract.FilterLogs(opts, "ReceiptSlashed", e3IdRule, memberRule)
	if err != nil {
		return nil, err
	}
	return &SlasherReceiptSlashedIterator{contract: _Slasher.contract, event: "ReceiptSlashed", logs: logs, sub: sub}, nil
}

// WatchReceiptSlashed is a free log subscription operation binding the contract event 0xd17dc03f81d1ef418eb92461d29fbd1f6ea48dc67a54d0e109dd788b6461926e.
//
// Solidity: event ReceiptSlashed(uint256 indexed e3Id, address indexed member, bytes32 inputHash, uint256 taken, address reporter)
func (_Slasher *SlasherFilterer) WatchReceiptSlashed(opts *bind.WatchOpts, sink chan<- *SlasherReceiptSlashed, e3Id []*big.Int, member []common.Address) (event.Subscription, error) {

	var e3IdRule []interface{}
	for _, e3IdItem := range e3Id {
		e3IdRule = append(e3IdRule, e3IdItem)
	}
	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _Slasher.contract.WatchLogs(opts, "ReceiptSlashed", e3IdRule, memberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SlasherReceiptSlashed)
				if err := _Slasher.contract.UnpackLog(event, "ReceiptSlashed", log); err != nil {
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

// ParseReceiptSlashed is a log parse operation binding the contract event 0xd17dc03f81d1ef418eb92461d29fbd1f6ea48dc67a54d0e109dd788b6461926e.
//
// Solidity: event ReceiptSlashed(uint256 indexed e3Id, address indexed member, bytes32 inputHash, uint256 taken, address reporter)
func (_Slasher *SlasherFilterer) ParseReceiptSlashed(log types.Log) (*SlasherReceiptSlashed, error) {
	event := new(SlasherReceiptSlashed)
	if err := _Slasher.contract.UnpackLog(event, "ReceiptSlashed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SlasherWithdrawnIterator is returned from FilterWithdrawn and is used to iterate over the raw logs and unpacked data for Withdrawn events raised by the Slasher contract.
type SlasherWithdrawnIterator struct {
	Event *SlasherWithdrawn // Event containing the contract specifics and raw log

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
func (it *SlasherWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SlasherWithdrawn)
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
		it.Event = new(SlasherWithdrawn)
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
func (it *SlasherWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SlasherWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SlasherWithdrawn represents a Withdrawn event raised by the Slasher contract.
type SlasherWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterWithdrawn is a free log retrieval operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_Slasher *SlasherFilterer) FilterWithdrawn(opts *bind.FilterOpts, account []common.Address) (*SlasherWithdrawnIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Slasher.contract.FilterLogs(opts, "Withdrawn", accountRule)
	if err != nil {
		return nil, err
	}
	return &SlasherWithdrawnIterator{contract: _Slasher.contract, event: "Withdrawn", logs: logs, sub: sub}, nil
}

// WatchWithdrawn is a free log subscription operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_Slasher *SlasherFilterer) WatchWithdrawn(opts *bind.WatchOpts, sink chan<- *SlasherWithdrawn, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Slasher.contract.WatchLogs(opts, "Withdrawn", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SlasherWithdrawn)
				if err := _Slasher.contract.UnpackLog(event, "Withdrawn", log); err != nil {
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
func (_Slasher *SlasherFilterer) ParseWithdrawn(log types.Log) (*SlasherWithdrawn, error) {
	event := new(SlasherWithdrawn)
	if err := _Slasher.contract.UnpackLog(event, "Withdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
