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

// RegistryNode is an auto generated low-level Go binding around an user-defined struct.
type RegistryNode struct {
	Registered       bool
	Listed           bool
	LiveCommittees   uint32
	UnbondReadyBlock uint64
	TransportKey     [32]byte
	Bond             *big.Int
	Unbonding        *big.Int
	PeerId           []byte
	Addrs            string
}

// RegistryMetaData contains all meta data concerning the Registry contract.
var RegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ticketPrice_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"exitDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"readyBlock\",\"type\":\"uint64\"}],\"name\":\"ExitDelayNotPassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientBond\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPeerId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidTicketPrice\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidTransportKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOnCommittee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotPenalizer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committees\",\"type\":\"uint32\"}],\"name\":\"OnLiveCommittee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PenalizersAlreadySet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"Bonded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"liveCommittees\",\"type\":\"uint32\"}],\"name\":\"CommitteeLocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"liveCommittees\",\"type\":\"uint32\"}],\"name\":\"CommitteeUnlocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unbonding\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"readyBlock\",\"type\":\"uint64\"}],\"name\":\"NodeDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"transportKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"addrs\",\"type\":\"string\"}],\"name\":\"NodeRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"transportKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"addrs\",\"type\":\"string\"}],\"name\":\"NodeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"taken\",\"type\":\"uint256\"}],\"name\":\"Penalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"e3\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"slasher\",\"type\":\"address\"}],\"name\":\"PenalizersSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ticketPrice\",\"type\":\"uint256\"}],\"name\":\"TicketPriceSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"readyBlock\",\"type\":\"uint64\"}],\"name\":\"UnbondRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"UnbondWithdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"bond\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deregister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"e3\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exitDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"getNode\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"listed\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"liveCommittees\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"unbondReadyBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"transportKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unbonding\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"addrs\",\"type\":\"string\"}],\"internalType\":\"structRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"lockForCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"nodeAt\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nodeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"penalize\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"taken\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transportKey\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"addrs\",\"type\":\"string\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"e3_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"slasher_\",\"type\":\"address\"}],\"name\":\"setPenalizers\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"setTicketPrice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slasher\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ticketPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"ticketsAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"unlockForCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transportKey\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"addrs\",\"type\":\"string\"}],\"name\":\"updateNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"weightAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawUnbonded\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051611b97380380611b9783398101604081905261002e916100a3565b815f0361004e576040516306f6808b60e01b815260040160405180910390fd5b3360805260a08390525f8290556001600160401b03811660c0526040518281527f34388f2433e2a2e6d6f978efe10bb2784b04bec67ff0eaa768c332c248da5d1d9060200160405180910390a15050506100e5565b5f5f5f606084860312156100b5575f5ffd5b83516020850151604086015191945092506001600160401b03811681146100da575f5ffd5b809150509250925092565b60805160a05160c051611a656101325f395f81816101ad015281816105bf01526111fb01525f81816102db01526113db01525f818161030e0152818161042901526107630152611a655ff3fe608060405260043610610131575f3560e01c80636e373bef116100a85780639d2090481161006d5780639d20904814610362578063a8acb7b41461038e578063aff5edb1146103ad578063b1344271146103c1578063d096fae8146103e0578063f927727c146103ff575f5ffd5b80636e373bef146102b6578063831518b7146102ca5780638da5cb5b146102fd5780638e4a5d80146103305780639a7cba7014610343575f5ffd5b80633f9fb552116100f95780633f9fb5521461020657806341aa08e61461022557806341f928291461024457806356800b521461026357806364c9ec6f1461029a5780636da49b83146102a2575f5ffd5b80631209b1f614610135578063159816501461015c57806327de9e321461017d578063283886301461019c578063332d3598146101e7575b5f5ffd5b348015610140575f5ffd5b506101495f5481565b6040519081526020015b60405180910390f35b348015610167575f5ffd5b5061017b610176366004611576565b61041e565b005b348015610188575f5ffd5b5061017b610197366004611576565b6104c1565b3480156101a7575f5ffd5b506101cf7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b039091168152602001610153565b3480156101f2575f5ffd5b5061017b6102013660046115a8565b61066b565b348015610211575f5ffd5b506101496102203660046115c8565b61073a565b348015610230575f5ffd5b5061017b61023f3660046115f8565b610758565b34801561024f575f5ffd5b5061014961025e366004611629565b610874565b34801561026e575f5ffd5b50600154610282906001600160a01b031681565b6040516001600160a01b039091168152602001610153565b61017b610953565b3480156102ad575f5ffd5b50600554610149565b3480156102c1575f5ffd5b5061017b610a0d565b3480156102d5575f5ffd5b506101497f000000000000000000000000000000000000000000000000000000000000000081565b348015610308575f5ffd5b506102827f000000000000000000000000000000000000000000000000000000000000000081565b61017b61033e366004611695565b610b6b565b34801561034e575f5ffd5b5061014961035d366004611629565b610cf5565b34801561036d575f5ffd5b5061038161037c3660046115a8565b610ea1565b604051610153919061173a565b348015610399575f5ffd5b5061017b6103a8366004611695565b6110ac565b3480156103b8575f5ffd5b5061017b61115f565b3480156103cc575f5ffd5b50600254610282906001600160a01b031681565b3480156103eb575f5ffd5b5061017b6103fa3660046115a8565b61128e565b34801561040a575f5ffd5b50610282610419366004611576565b611385565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610467576040516330cd747160e01b815260040160405180910390fd5b805f03610487576040516306f6808b60e01b815260040160405180910390fd5b5f8190556040518181527f34388f2433e2a2e6d6f978efe10bb2784b04bec67ff0eaa768c332c248da5d1d9060200160405180910390a150565b335f908152600360205260409020805460ff166104f15760405163aba4733960e01b815260040160405180910390fd5b815f0361051157604051631f2a200560e01b815260040160405180910390fd5b805462010000900463ffffffff1615610552578054604051633507373160e11b81526201000090910463ffffffff1660048201526024015b60405180910390fd5b80600201548211156105875760028101546040516344d4caf760e01b8152600481019190915260248101839052604401610549565b81816002015f82825461059a91906117ff565b9250508190555081816003015f8282546105b49190611812565b909155506105e490507f000000000000000000000000000000000000000000000000000000000000000043611825565b81546dffffffffffffffff0000000000001916600160301b6001600160401b039283168102919091178084556002840154604080518781526020810192909252929091049092169082015233907f8ffb1c1bbc9352c50a3e49053178f14880746fdfa0b27fa14c4ac392e3cdc3849060600160405180910390a2610667336113b3565b5050565b6001546001600160a01b03163314610696576040516387c794c360e01b815260040160405180910390fd5b6001600160a01b0381165f908152600360205260409020805460019082906002906106ce90849062010000900463ffffffff16611844565b82546101009290920a63ffffffff81810219909316918316021790915582546040516201000090910490911681526001600160a01b03841691507f8376c1d4ef4ee016613b294c1010175d43c038b478a3f7bba97f62217c74b4d6906020015b60405180910390a25050565b5f816107468585610874565b6107509190611860565b949350505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146107a1576040516330cd747160e01b815260040160405180910390fd5b6001546001600160a01b0316156107cb57604051630153c5dd60e11b815260040160405180910390fd5b6001600160a01b03821615806107e857506001600160a01b038116155b156108065760405163d92e233d60e01b815260040160405180910390fd5b600180546001600160a01b038481166001600160a01b03199283168117909355600280549185169190921681179091556040805192835260208301919091527fe10aa50d2d7890c26a2bbbf963386183c83331424bada839777cb18ffd9e53e9910160405180910390a15050565b6001600160a01b0382165f908152600460205260408120805482905b808210156108fa575f60026108a58385611812565b6108af9190611860565b9050858482815481106108c4576108c461187f565b5f918252602090912001546001600160401b031611156108e6578091506108f4565b6108f1816001611812565b92505b50610890565b811561093c578261090c6001846117ff565b8154811061091c5761091c61187f565b5f91825260209091200154600160401b90046001600160c01b031661093e565b5f5b6001600160c01b031693505050505b92915050565b335f908152600360205260409020805460ff166109835760405163aba4733960e01b815260040160405180910390fd5b345f036109a357604051631f2a200560e01b815260040160405180910390fd5b34816002015f8282546109b69190611812565b9091555050600281015460405133917f524384adee0b2f52827eebf00ddd616aa286978612393216724d61cdb43dc835916109f991348252602082015260400190565b60405180910390a2610a0a336113b3565b50565b335f9081526003602081905260408220908101549091819003610a4357604051630686827b60e51b815260040160405180910390fd5b8154600160301b90046001600160401b0316431015610a89578154604051633c1b1eab60e21b8152600160301b9091046001600160401b03166004820152602401610549565b815462010000900463ffffffff1615610ac5578154604051633507373160e11b81526201000090910463ffffffff166004820152602401610549565b5f600383015560405181815233907f972442327cefa95b34f26edc2d8a1cb13c8e897fe230221d01f13c994dc5e5b09060200160405180910390a26040515f90339083908381818185875af1925050503d805f8114610b3f576040519150601f19603f3d011682016040523d82523d5f602084013e610b44565b606091505b5050905080610b66576040516312171d8360e31b815260040160405180910390fd5b505050565b335f908152600360205260409020805460ff1615610b9c57604051630ea075bf60e21b815260040160405180910390fd5b610ba786868661152d565b805460ff191660019081178255810186905560048101610bc8858783611923565b5060058101610bd8838583611923565b508054610100900460ff16610c3657805461ff001916610100178155600580546001810182555f919091527f036b6384b5eca791c62761152d0c79bb0604c104a5fb6f4eb0703f3154bb3db00180546001600160a01b031916331790555b336001600160a01b03167f9ad460417706e74f2f4c45ea9210df54a5cde5d24cf98953ee21588063b5b12b8787878787604051610c77959493929190611a04565b60405180910390a23415610ce45734816002015f828254610c989190611812565b9091555050600281015460405133917f524384adee0b2f52827eebf00ddd616aa286978612393216724d61cdb43dc83591610cdb91348252602082015260400190565b60405180910390a25b610ced336113b3565b505050505050565b6001545f906001600160a01b03163314801590610d1d57506002546001600160a01b03163314155b15610d3b576040516387c794c360e01b815260040160405180910390fd5b6001600160a01b0383165f90815260036020526040812060028101549091908410610d6a578160020154610d6c565b835b905080826002015f828254610d8191906117ff565b909155505f9050610d9282866117ff565b90505f83600301548210610daa578360030154610dac565b815b905080846003015f828254610dc191906117ff565b90915550610dd190508184611812565b604080518881526020810183905291965033916001600160a01b038a16917f708878adf1728c9079cc834afe90317db368f4294efaceefc3db07d5da3fb395910160405180910390a38215610e2957610e29876113b3565b8415610e97576040515f90339087908381818185875af1925050503d805f8114610e6e576040519150601f19603f3d011682016040523d82523d5f602084013e610e73565b606091505b5050905080610e95576040516312171d8360e31b815260040160405180910390fd5b505b5050505092915050565b610efc6040518061012001604052805f151581526020015f151581526020015f63ffffffff1681526020015f6001600160401b031681526020015f81526020015f81526020015f815260200160608152602001606081525090565b6001600160a01b0382165f90815260036020818152604092839020835161012081018552815460ff8082161515835261010082041615159382019390935262010000830463ffffffff1694810194909452600160301b9091046001600160401b0316606084015260018101546080840152600281015460a08401529081015460c083015260048101805460e084019190610f95906118a7565b80601f0160208091040260200160405190810160405280929190818152602001828054610fc1906118a7565b801561100c5780601f10610fe35761010080835404028352916020019161100c565b820191905f5260205f20905b815481529060010190602001808311610fef57829003601f168201915b50505050508152602001600582018054611025906118a7565b80601f0160208091040260200160405190810160405280929190818152602001828054611051906118a7565b801561109c5780601f106110735761010080835404028352916020019161109c565b820191905f5260205f20905b81548152906001019060200180831161107f57829003601f168201915b5050505050815250509050919050565b335f908152600360205260409020805460ff166110dc5760405163aba4733960e01b815260040160405180910390fd5b6110e786868661152d565b60018101869055600481016110fd858783611923565b506005810161110d838583611923565b50336001600160a01b03167f0ae4cf499b3ad0fd01d62c15ee9e39d8c3741cf38391981fa182ffa48df2b759878787878760405161114f959493929190611a04565b60405180910390a2505050505050565b335f908152600360205260409020805460ff1661118f5760405163aba4733960e01b815260040160405180910390fd5b805462010000900463ffffffff16156111cb578054604051633507373160e11b81526201000090910463ffffffff166004820152602401610549565b805460ff1916815560028101546003820180545f906111eb908490611812565b90915550505f60028201556112207f000000000000000000000000000000000000000000000000000000000000000043611825565b81546dffffffffffffffff0000000000001916600160301b6001600160401b0392831681029190911780845560038401546040805191825292909104909216602083015233917fc28968c5038346f676a3c88286488c230d07ce827aaad85a88bea49c198b926b91016109f9565b6001546001600160a01b031633146112b9576040516387c794c360e01b815260040160405180910390fd5b6001600160a01b0381165f908152600360205260408120805490916201000090910463ffffffff1690036113005760405163e62bbcff60e01b815260040160405180910390fd5b8054600190829060029061132190849062010000900463ffffffff16611a3c565b82546101009290920a63ffffffff81810219909316918316021790915582546040516201000090910490911681526001600160a01b03841691507f0ffdf9849c8b2e34348114f4b42af66b5ff81df3f2613e4f3b8fd07ac25f845d9060200161072e565b5f600582815481106113995761139961187f565b5f918252602090912001546001600160a01b031692915050565b6001600160a01b0381165f908152600360205260408120805490919060ff16801561140257507f0000000000000000000000000000000000000000000000000000000000000000826002015410155b61140c575f611412565b81600201545b6001600160a01b0384165f90815260046020526040902080549192509043901580159061147b575081546001600160401b038216908390611455906001906117ff565b815481106114655761146561187f565b5f918252602090912001546001600160401b0316145b156114d557815483908390611492906001906117ff565b815481106114a2576114a261187f565b905f5260205f20015f0160086101000a8154816001600160c01b0302191690836001600160c01b03160217905550611526565b604080518082019091526001600160401b0380831682526001600160c01b03808616602080850191825286546001810188555f8881529190912094519151909216600160401b029216919091179101555b5050505050565b8261154b576040516313fc626d60e31b815260040160405180910390fd5b8015806115585750608081115b15610b665760405163fd8b66e960e01b815260040160405180910390fd5b5f60208284031215611586575f5ffd5b5035919050565b80356001600160a01b03811681146115a3575f5ffd5b919050565b5f602082840312156115b8575f5ffd5b6115c18261158d565b9392505050565b5f5f5f606084860312156115da575f5ffd5b6115e38461158d565b95602085013595506040909401359392505050565b5f5f60408385031215611609575f5ffd5b6116128361158d565b91506116206020840161158d565b90509250929050565b5f5f6040838503121561163a575f5ffd5b6116438361158d565b946020939093013593505050565b5f5f83601f840112611661575f5ffd5b5081356001600160401b03811115611677575f5ffd5b60208301915083602082850101111561168e575f5ffd5b9250929050565b5f5f5f5f5f606086880312156116a9575f5ffd5b8535945060208601356001600160401b038111156116c5575f5ffd5b6116d188828901611651565b90955093505060408601356001600160401b038111156116ef575f5ffd5b6116fb88828901611651565b969995985093965092949392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6020815261174d60208201835115159052565b5f6020830151611761604084018215159052565b50604083015163ffffffff811660608401525060608301516001600160401b038116608084015250608083015160a083015260a083015160c083015260c083015160e083015260e08301516101206101008401526117c361014084018261170c565b9050610100840151601f19848303016101208501526117e2828261170c565b95945050505050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561094d5761094d6117eb565b8082018082111561094d5761094d6117eb565b6001600160401b03818116838216019081111561094d5761094d6117eb565b63ffffffff818116838216019081111561094d5761094d6117eb565b5f8261187a57634e487b7160e01b5f52601260045260245ffd5b500490565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806118bb57607f821691505b6020821081036118d957634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610b6657805f5260205f20601f840160051c810160208510156119045750805b601f840160051c820191505b81811015611526575f8155600101611910565b6001600160401b0383111561193a5761193a611893565b61194e8361194883546118a7565b836118df565b5f601f84116001811461197f575f85156119685750838201355b5f19600387901b1c1916600186901b178355611526565b5f83815260208120601f198716915b828110156119ae578685013582556020948501946001909201910161198e565b50868210156119ca575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b858152606060208201525f611a1d6060830186886119dc565b8281036040840152611a308185876119dc565b98975050505050505050565b63ffffffff828116828216039081111561094d5761094d6117eb56fea164736f6c634300081c000a",
}

// RegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use RegistryMetaData.ABI instead.
var RegistryABI = RegistryMetaData.ABI

// RegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RegistryMetaData.Bin instead.
var RegistryBin = RegistryMetaData.Bin

// DeployRegistry deploys a new Ethereum contract, binding an instance of Registry to it.
func DeployRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, minBond_ *big.Int, ticketPrice_ *big.Int, exitDelay_ uint64) (common.Address, *types.Transaction, *Registry, error) {
	parsed, err := RegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RegistryBin), backend, minBond_, ticketPrice_, exitDelay_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Registry{RegistryCaller: RegistryCaller{contract: contract}, RegistryTransactor: RegistryTransactor{contract: contract}, RegistryFilterer: RegistryFilterer{contract: contract}}, nil
}

// Registry is an auto generated Go binding around an Ethereum contract.
type Registry struct {
	RegistryCaller     // Read-only binding to the contract
	RegistryTransactor // Write-only binding to the contract
	RegistryFilterer   // Log filterer for contract events
}

// RegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type RegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RegistrySession struct {
	Contract     *Registry         // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RegistryCallerSession struct {
	Contract *RegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts   // Call options to use throughout this session
}

// RegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RegistryTransactorSession struct {
	Contract     *RegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// RegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type RegistryRaw struct {
	Contract *Registry // Generic contract binding to access the raw methods on
}

// RegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RegistryCallerRaw struct {
	Contract *RegistryCaller // Generic read-only contract binding to access the raw methods on
}

// RegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RegistryTransactorRaw struct {
	Contract *RegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRegistry creates a new instance of Registry, bound to a specific deployed contract.
func NewRegistry(address common.Address, backend bind.ContractBackend) (*Registry, error) {
	contract, err := bindRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Registry{RegistryCaller: RegistryCaller{contract: contract}, RegistryTransactor: RegistryTransactor{contract: contract}, RegistryFilterer: RegistryFilterer{contract: contract}}, nil
}

// NewRegistryCaller creates a new read-only instance of Registry, bound to a specific deployed contract.
func NewRegistryCaller(address common.Address, caller bind.ContractCaller) (*RegistryCaller, error) {
	contract, err := bindRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RegistryCaller{contract: contract}, nil
}

// NewRegistryTransactor creates a new write-only instance of Registry, bound to a specific deployed contract.
func NewRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*RegistryTransactor, error) {
	contract, err := bindRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RegistryTransactor{contract: contract}, nil
}

// NewRegistryFilterer creates a new log filterer instance of Registry, bound to a specific deployed contract.
func NewRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*RegistryFilterer, error) {
	contract, err := bindRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RegistryFilterer{contract: contract}, nil
}

// bindRegistry binds a generic wrapper to an already deployed contract.
func bindRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Registry *RegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Registry.Contract.RegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Registry *RegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.Contract.RegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Registry *RegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Registry.Contract.RegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Registry *RegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Registry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Registry *RegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Registry *RegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Registry.Contract.contract.Transact(opts, method, params...)
}

// E3 is a free data retrieval call binding the contract method 0x56800b52.
//
// Solidity: function e3() view returns(address)
func (_Registry *RegistryCaller) E3(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "e3")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// E3 is a free data retrieval call binding the contract method 0x56800b52.
//
// Solidity: function e3() view returns(address)
func (_Registry *RegistrySession) E3() (common.Address, error) {
	return _Registry.Contract.E3(&_Registry.CallOpts)
}

// E3 is a free data retrieval call binding the contract method 0x56800b52.
//
// Solidity: function e3() view returns(address)
func (_Registry *RegistryCallerSession) E3() (common.Address, error) {
	return _Registry.Contract.E3(&_Registry.CallOpts)
}

// ExitDelay is a free data retrieval call binding the contract method 0x28388630.
//
// Solidity: function exitDelay() view returns(uint64)
func (_Registry *RegistryCaller) ExitDelay(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "exitDelay")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// ExitDelay is a free data retrieval call binding the contract method 0x28388630.
//
// Solidity: function exitDelay() view returns(uint64)
func (_Registry *RegistrySession) ExitDelay() (uint64, error) {
	return _Registry.Contract.ExitDelay(&_Registry.CallOpts)
}

// ExitDelay is a free data retrieval call binding the contract method 0x28388630.
//
// Solidity: function exitDelay() view returns(uint64)
func (_Registry *RegistryCallerSession) ExitDelay() (uint64, error) {
	return _Registry.Contract.ExitDelay(&_Registry.CallOpts)
}

// GetNode is a free data retrieval call binding the contract method 0x9d209048.
//
// Solidity: function getNode(address node) view returns((bool,bool,uint32,uint64,bytes32,uint256,uint256,bytes,string))
func (_Registry *RegistryCaller) GetNode(opts *bind.CallOpts, node common.Address) (RegistryNode, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "getNode", node)

	if err != nil {
		return *new(RegistryNode), err
	}

	out0 := *abi.ConvertType(out[0], new(RegistryNode)).(*RegistryNode)

	return out0, err

}

// GetNode is a free data retrieval call binding the contract method 0x9d209048.
//
// Solidity: function getNode(address node) view returns((bool,bool,uint32,uint64,bytes32,uint256,uint256,bytes,string))
func (_Registry *RegistrySession) GetNode(node common.Address) (RegistryNode, error) {
	return _Registry.Contract.GetNode(&_Registry.CallOpts, node)
}

// GetNode is a free data retrieval call binding the contract method 0x9d209048.
//
// Solidity: function getNode(address node) view returns((bool,bool,uint32,uint64,bytes32,uint256,uint256,bytes,string))
func (_Registry *RegistryCallerSession) GetNode(node common.Address) (RegistryNode, error) {
	return _Registry.Contract.GetNode(&_Registry.CallOpts, node)
}

// MinBond is a free data retrieval call binding the contract method 0x831518b7.
//
// Solidity: function minBond() view returns(uint256)
func (_Registry *RegistryCaller) MinBond(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "minBond")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MinBond is a free data retrieval call binding the contract method 0x831518b7.
//
// Solidity: function minBond() view returns(uint256)
func (_Registry *RegistrySession) MinBond() (*big.Int, error) {
	return _Registry.Contract.MinBond(&_Registry.CallOpts)
}

// MinBond is a free data retrieval call binding the contract method 0x831518b7.
//
// Solidity: function minBond() view returns(uint256)
func (_Registry *RegistryCallerSession) MinBond() (*big.Int, error) {
	return _Registry.Contract.MinBond(&_Registry.CallOpts)
}

// NodeAt is a free data retrieval call binding the contract method 0xf927727c.
//
// Solidity: function nodeAt(uint256 i) view returns(address)
func (_Registry *RegistryCaller) NodeAt(opts *bind.CallOpts, i *big.Int) (common.Address, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "nodeAt", i)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// NodeAt is a free data retrieval call binding the contract method 0xf927727c.
//
// Solidity: function nodeAt(uint256 i) view returns(address)
func (_Registry *RegistrySession) NodeAt(i *big.Int) (common.Address, error) {
	return _Registry.Contract.NodeAt(&_Registry.CallOpts, i)
}

// NodeAt is a free data retrieval call binding the contract method 0xf927727c.
//
// Solidity: function nodeAt(uint256 i) view returns(address)
func (_Registry *RegistryCallerSession) NodeAt(i *big.Int) (common.Address, error) {
	return _Registry.Contract.NodeAt(&_Registry.CallOpts, i)
}

// NodeCount is a free data retrieval call binding the contract method 0x6da49b83.
//
// Solidity: function nodeCount() view returns(uint256)
func (_Registry *RegistryCaller) NodeCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "nodeCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// NodeCount is a free data retrieval call binding the contract method 0x6da49b83.
//
// Solidity: function nodeCount() view returns(uint256)
func (_Registry *RegistrySession) NodeCount() (*big.Int, error) {
	return _Registry.Contract.NodeCount(&_Registry.CallOpts)
}

// NodeCount is a free data retrieval call binding the contract method 0x6da49b83.
//
// Solidity: function nodeCount() view returns(uint256)
func (_Registry *RegistryCallerSession) NodeCount() (*big.Int, error) {
	return _Registry.Contract.NodeCount(&_Registry.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_Registry *RegistryCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_Registry *RegistrySession) Owner() (common.Address, error) {
	return _Registry.Contract.Owner(&_Registry.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_Registry *RegistryCallerSession) Owner() (common.Address, error) {
	return _Registry.Contract.Owner(&_Registry.CallOpts)
}

// Slasher is a free data retrieval call binding the contract method 0xb1344271.
//
// Solidity: function slasher() view returns(address)
func (_Registry *RegistryCaller) Slasher(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "slasher")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Slasher is a free data retrieval call binding the contract method 0xb1344271.
//
// Solidity: function slasher() view returns(address)
func (_Registry *RegistrySession) Slasher() (common.Address, error) {
	return _Registry.Contract.Slasher(&_Registry.CallOpts)
}

// Slasher is a free data retrieval call binding the contract method 0xb1344271.
//
// Solidity: function slasher() view returns(address)
func (_Registry *RegistryCallerSession) Slasher() (common.Address, error) {
	return _Registry.Contract.Slasher(&_Registry.CallOpts)
}

// TicketPrice is a free data retrieval call binding the contract method 0x1209b1f6.
//
// Solidity: function ticketPrice() view returns(uint256)
func (_Registry *RegistryCaller) TicketPrice(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "ticketPrice")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TicketPrice is a free data retrieval call binding the contract method 0x1209b1f6.
//
// Solidity: function ticketPrice() view returns(uint256)
func (_Registry *RegistrySession) TicketPrice() (*big.Int, error) {
	return _Registry.Contract.TicketPrice(&_Registry.CallOpts)
}

// TicketPrice is a free data retrieval call binding the contract method 0x1209b1f6.
//
// Solidity: function ticketPrice() view returns(uint256)
func (_Registry *RegistryCallerSession) TicketPrice() (*big.Int, error) {
	return _Registry.Contract.TicketPrice(&_Registry.CallOpts)
}

// TicketsAt is a free data retrieval call binding the contract method 0x3f9fb552.
//
// Solidity: function ticketsAt(address node, uint256 blockNumber, uint256 price) view returns(uint256)
func (_Registry *RegistryCaller) TicketsAt(opts *bind.CallOpts, node common.Address, blockNumber *big.Int, price *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "ticketsAt", node, blockNumber, price)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TicketsAt is a free data retrieval call binding the contract method 0x3f9fb552.
//
// Solidity: function ticketsAt(address node, uint256 blockNumber, uint256 price) view returns(uint256)
func (_Registry *RegistrySession) TicketsAt(node common.Address, blockNumber *big.Int, price *big.Int) (*big.Int, error) {
	return _Registry.Contract.TicketsAt(&_Registry.CallOpts, node, blockNumber, price)
}

// TicketsAt is a free data retrieval call binding the contract method 0x3f9fb552.
//
// Solidity: function ticketsAt(address node, uint256 blockNumber, uint256 price) view returns(uint256)
func (_Registry *RegistryCallerSession) TicketsAt(node common.Address, blockNumber *big.Int, price *big.Int) (*big.Int, error) {
	return _Registry.Contract.TicketsAt(&_Registry.CallOpts, node, blockNumber, price)
}

// WeightAt is a free data retrieval call binding the contract method 0x41f92829.
//
// Solidity: function weightAt(address node, uint256 blockNumber) view returns(uint256)
func (_Registry *RegistryCaller) WeightAt(opts *bind.CallOpts, node common.Address, blockNumber *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "weightAt", node, blockNumber)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// WeightAt is a free data retrieval call binding the contract method 0x41f92829.
//
// Solidity: function weightAt(address node, uint256 blockNumber) view returns(uint256)
func (_Registry *RegistrySession) WeightAt(node common.Address, blockNumber *big.Int) (*big.Int, error) {
	return _Registry.Contract.WeightAt(&_Registry.CallOpts, node, blockNumber)
}

// WeightAt is a free data retrieval call binding the contract method 0x41f92829.
//
// Solidity: function weightAt(address node, uint256 blockNumber) view returns(uint256)
func (_Registry *RegistryCallerSession) WeightAt(node common.Address, blockNumber *big.Int) (*big.Int, error) {
	return _Registry.Contract.WeightAt(&_Registry.CallOpts, node, blockNumber)
}

// Bond is a paid mutator transaction binding the contract method 0x64c9ec6f.
//
// Solidity: function bond() payable returns()
func (_Registry *RegistryTransactor) Bond(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "bond")
}

// Bond is a paid mutator transaction binding the contract method 0x64c9ec6f.
//
// Solidity: function bond() payable returns()
func (_Registry *RegistrySession) Bond() (*types.Transaction, error) {
	return _Registry.Contract.Bond(&_Registry.TransactOpts)
}

// Bond is a paid mutator transaction binding the contract method 0x64c9ec6f.
//
// Solidity: function bond() payable returns()
func (_Registry *RegistryTransactorSession) Bond() (*types.Transaction, error) {
	return _Registry.Contract.Bond(&_Registry.TransactOpts)
}

// Deregister is a paid mutator transaction binding the contract method 0xaff5edb1.
//
// Solidity: function deregister() returns()
func (_Registry *RegistryTransactor) Deregister(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "deregister")
}

// Deregister is a paid mutator transaction binding the contract method 0xaff5edb1.
//
// Solidity: function deregister() returns()
func (_Registry *RegistrySession) Deregister() (*types.Transaction, error) {
	return _Registry.Contract.Deregister(&_Registry.TransactOpts)
}

// Deregister is a paid mutator transaction binding the contract method 0xaff5edb1.
//
// Solidity: function deregister() returns()
func (_Registry *RegistryTransactorSession) Deregister() (*types.Transaction, error) {
	return _Registry.Contract.Deregister(&_Registry.TransactOpts)
}

// LockForCommittee is a paid mutator transaction binding the contract method 0x332d3598.
//
// Solidity: function lockForCommittee(address node) returns()
func (_Registry *RegistryTransactor) LockForCommittee(opts *bind.TransactOpts, node common.Address) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "lockForCommittee", node)
}

// LockForCommittee is a paid mutator transaction binding the contract method 0x332d3598.
//
// Solidity: function lockForCommittee(address node) returns()
func (_Registry *RegistrySession) LockForCommittee(node common.Address) (*types.Transaction, error) {
	return _Registry.Contract.LockForCommittee(&_Registry.TransactOpts, node)
}

// LockForCommittee is a paid mutator transaction binding the contract method 0x332d3598.
//
// Solidity: function lockForCommittee(address node) returns()
func (_Registry *RegistryTransactorSession) LockForCommittee(node common.Address) (*types.Transaction, error) {
	return _Registry.Contract.LockForCommittee(&_Registry.TransactOpts, node)
}

// Penalize is a paid mutator transaction binding the contract method 0x9a7cba70.
//
// Solidity: function penalize(address node, uint256 amount) returns(uint256 taken)
func (_Registry *RegistryTransactor) Penalize(opts *bind.TransactOpts, node common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "penalize", node, amount)
}

// Penalize is a paid mutator transaction binding the contract method 0x9a7cba70.
//
// Solidity: function penalize(address node, uint256 amount) returns(uint256 taken)
func (_Registry *RegistrySession) Penalize(node common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Registry.Contract.Penalize(&_Registry.TransactOpts, node, amount)
}

// Penalize is a paid mutator transaction binding the contract method 0x9a7cba70.
//
// Solidity: function penalize(address node, uint256 amount) returns(uint256 taken)
func (_Registry *RegistryTransactorSession) Penalize(node common.Address, amount *big.Int) (*types.Transaction, error) {
	return _Registry.Contract.Penalize(&_Registry.TransactOpts, node, amount)
}

// Register is a paid mutator transaction binding the contract method 0x8e4a5d80.
//
// Solidity: function register(bytes32 transportKey, bytes peerId, string addrs) payable returns()
func (_Registry *RegistryTransactor) Register(opts *bind.TransactOpts, transportKey [32]byte, peerId []byte, addrs string) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "register", transportKey, peerId, addrs)
}

// Register is a paid mutator transaction binding the contract method 0x8e4a5d80.
//
// Solidity: function register(bytes32 transportKey, bytes peerId, string addrs) payable returns()
func (_Registry *RegistrySession) Register(transportKey [32]byte, peerId []byte, addrs string) (*types.Transaction, error) {
	return _Registry.Contract.Register(&_Registry.TransactOpts, transportKey, peerId, addrs)
}

// Register is a paid mutator transaction binding the contract method 0x8e4a5d80.
//
// Solidity: function register(bytes32 transportKey, bytes peerId, string addrs) payable returns()
func (_Registry *RegistryTransactorSession) Register(transportKey [32]byte, peerId []byte, addrs string) (*types.Transaction, error) {
	return _Registry.Contract.Register(&_Registry.TransactOpts, transportKey, peerId, addrs)
}

// SetPenalizers is a paid mutator transaction binding the contract method 0x41aa08e6.
//
// Solidity: function setPenalizers(address e3_, address slasher_) returns()
func (_Registry *RegistryTransactor) SetPenalizers(opts *bind.TransactOpts, e3_ common.Address, slasher_ common.Address) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "setPenalizers", e3_, slasher_)
}

// SetPenalizers is a paid mutator transaction binding the contract method 0x41aa08e6.
//
// Solidity: function setPenalizers(address e3_, address slasher_) returns()
func (_Registry *RegistrySession) SetPenalizers(e3_ common.Address, slasher_ common.Address) (*types.Transaction, error) {
	return _Registry.Contract.SetPenalizers(&_Registry.TransactOpts, e3_, slasher_)
}

// SetPenalizers is a paid mutator transaction binding the contract method 0x41aa08e6.
//
// Solidity: function setPenalizers(address e3_, address slasher_) returns()
func (_Registry *RegistryTransactorSession) SetPenalizers(e3_ common.Address, slasher_ common.Address) (*types.Transaction, error) {
	return _Registry.Contract.SetPenalizers(&_Registry.TransactOpts, e3_, slasher_)
}

// SetTicketPrice is a paid mutator transaction binding the contract method 0x15981650.
//
// Solidity: function setTicketPrice(uint256 price) returns()
func (_Registry *RegistryTransactor) SetTicketPrice(opts *bind.TransactOpts, price *big.Int) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "setTicketPrice", price)
}

// SetTicketPrice is a paid mutator transaction binding the contract method 0x15981650.
//
// Solidity: function setTicketPrice(uint256 price) returns()
func (_Registry *RegistrySession) SetTicketPrice(price *big.Int) (*types.Transaction, error) {
	return _Registry.Contract.SetTicketPrice(&_Registry.TransactOpts, price)
}

// SetTicketPrice is a paid mutator transaction binding the contract method 0x15981650.
//
// Solidity: function setTicketPrice(uint256 price) returns()
func (_Registry *RegistryTransactorSession) SetTicketPrice(price *big.Int) (*types.Transaction, error) {
	return _Registry.Contract.SetTicketPrice(&_Registry.TransactOpts, price)
}

// Unbond is a paid mutator transaction binding the contract method 0x27de9e32.
//
// Solidity: function unbond(uint256 amount) returns()
func (_Registry *RegistryTransactor) Unbond(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "unbond", amount)
}

// Unbond is a paid mutator transaction binding the contract method 0x27de9e32.
//
// Solidity: function unbond(uint256 amount) returns()
func (_Registry *RegistrySession) Unbond(amount *big.Int) (*types.Transaction, error) {
	return _Registry.Contract.Unbond(&_Registry.TransactOpts, amount)
}

// Unbond is a paid mutator transaction binding the contract method 0x27de9e32.
//
// Solidity: function unbond(uint256 amount) returns()
func (_Registry *RegistryTransactorSession) Unbond(amount *big.Int) (*types.Transaction, error) {
	return _Registry.Contract.Unbond(&_Registry.TransactOpts, amount)
}

// UnlockForCommittee is a paid mutator transaction binding the contract method 0xd096fae8.
//
// Solidity: function unlockForCommittee(address node) returns()
func (_Registry *RegistryTransactor) UnlockForCommittee(opts *bind.TransactOpts, node common.Address) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "unlockForCommittee", node)
}

// UnlockForCommittee is a paid mutator transaction binding the contract method 0xd096fae8.
//
// Solidity: function unlockForCommittee(address node) returns()
func (_Registry *RegistrySession) UnlockForCommittee(node common.Address) (*types.Transaction, error) {
	return _Registry.Contract.UnlockForCommittee(&_Registry.TransactOpts, node)
}

// UnlockForCommittee is a paid mutator transaction binding the contract method 0xd096fae8.
//
// Solidity: function unlockForCommittee(address node) returns()
func (_Registry *RegistryTransactorSession) UnlockForCommittee(node common.Address) (*types.Transaction, error) {
	return _Registry.Contract.UnlockForCommittee(&_Registry.TransactOpts, node)
}

// UpdateNode is a paid mutator transaction binding the contract method 0xa8acb7b4.
//
// Solidity: function updateNode(bytes32 transportKey, bytes peerId, string addrs) returns()
func (_Registry *RegistryTransactor) UpdateNode(opts *bind.TransactOpts, transportKey [32]byte, peerId []byte, addrs string) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "updateNode", transportKey, peerId, addrs)
}

// UpdateNode is a paid mutator transaction binding the contract method 0xa8acb7b4.
//
// Solidity: function updateNode(bytes32 transportKey, bytes peerId, string addrs) returns()
func (_Registry *RegistrySession) UpdateNode(transportKey [32]byte, peerId []byte, addrs string) (*types.Transaction, error) {
	return _Registry.Contract.UpdateNode(&_Registry.TransactOpts, transportKey, peerId, addrs)
}

// UpdateNode is a paid mutator transaction binding the contract method 0xa8acb7b4.
//
// Solidity: function updateNode(bytes32 transportKey, bytes peerId, string addrs) returns()
func (_Registry *RegistryTransactorSession) UpdateNode(transportKey [32]byte, peerId []byte, addrs string) (*types.Transaction, error) {
	return _Registry.Contract.UpdateNode(&_Registry.TransactOpts, transportKey, peerId, addrs)
}

// WithdrawUnbonded is a paid mutator transaction binding the contract method 0x6e373bef.
//
// Solidity: function withdrawUnbonded() returns()
func (_Registry *RegistryTransactor) WithdrawUnbonded(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "withdrawUnbonded")
}

// WithdrawUnbonded is a paid mutator transaction binding the contract method 0x6e373bef.
//
// Solidity: function withdrawUnbonded() returns()
func (_Registry *RegistrySession) WithdrawUnbonded() (*types.Transaction, error) {
	return _Registry.Contract.WithdrawUnbonded(&_Registry.TransactOpts)
}

// WithdrawUnbonded is a paid mutator transaction binding the contract method 0x6e373bef.
//
// Solidity: function withdrawUnbonded() returns()
func (_Registry *RegistryTransactorSession) WithdrawUnbonded() (*types.Transaction, error) {
	return _Registry.Contract.WithdrawUnbonded(&_Registry.TransactOpts)
}

// RegistryBondedIterator is returned from FilterBonded and is used to iterate over the raw logs and unpacked data for Bonded events raised by the Registry contract.
type RegistryBondedIterator struct {
	Event *RegistryBonded // Event containing the contract specifics and raw log

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
func (it *RegistryBondedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryBonded)
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
		it.Event = new(RegistryBonded)
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
func (it *RegistryBondedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryBondedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryBonded represents a Bonded event raised by the Registry contract.
type RegistryBonded struct {
	Node   common.Address
	Amount *big.Int
	Bond   *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterBonded is a free log retrieval operation binding the contract event 0x524384adee0b2f52827eebf00ddd616aa286978612393216724d61cdb43dc835.
//
// Solidity: event Bonded(address indexed node, uint256 amount, uint256 bond)
func (_Registry *RegistryFilterer) FilterBonded(opts *bind.FilterOpts, node []common.Address) (*RegistryBondedIterator, error) {

	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "Bonded", nodeRule)
	if err != nil {
		return nil, err
	}
	return &RegistryBondedIterator{contract: _Registry.contract, event: "Bonded", logs: logs, sub: sub}, nil
}

// WatchBonded is a free log subscription operation binding the contract event 0x524384adee0b2f52827eebf00ddd616aa286978612393216724d61cdb43dc835.
//
// Solidity: event Bonded(address indexed node, uint256 amount, uint256 bond)
func (_Registry *RegistryFilterer) WatchBonded(opts *bind.WatchOpts, sink chan<- *RegistryBonded, node []common.Address) (event.Subscription, error) {

	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "Bonded", nodeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryBonded)
				if err := _Registry.contract.UnpackLog(event, "Bonded", log); err != nil {
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

// ParseBonded is a log parse operation binding the contract event 0x524384adee0b2f52827eebf00ddd616aa286978612393216724d61cdb43dc835.
//
// Solidity: event Bonded(address indexed node, uint256 amount, uint256 bond)
func (_Registry *RegistryFilterer) ParseBonded(log types.Log) (*RegistryBonded, error) {
	event := new(RegistryBonded)
	if err := _Registry.contract.UnpackLog(event, "Bonded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryCommitteeLockedIterator is returned from FilterCommitteeLocked and is used to iterate over the raw logs and unpacked data for CommitteeLocked events raised by the Registry contract.
type RegistryCommitteeLockedIterator struct {
	Event *RegistryCommitteeLocked // Event containing the contract specifics and raw log

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
func (it *RegistryCommitteeLockedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryCommitteeLocked)
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
		it.Event = new(RegistryCommitteeLocked)
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
func (it *RegistryCommitteeLockedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryCommitteeLockedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryCommitteeLocked represents a CommitteeLocked event raised by the Registry contract.
type RegistryCommitteeLocked struct {
	Node           common.Address
	LiveCommittees uint32
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterCommitteeLocked is a free log retrieval operation binding the contract event 0x8376c1d4ef4ee016613b294c1010175d43c038b478a3f7bba97f62217c74b4d6.
//
// Solidity: event CommitteeLocked(address indexed node, uint32 liveCommittees)
func (_Registry *RegistryFilterer) FilterCommitteeLocked(opts *bind.FilterOpts, node []common.Address) (*RegistryCommitteeLockedIterator, error) {

	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "CommitteeLocked", nodeRule)
	if err != nil {
		return nil, err
	}
	return &RegistryCommitteeLockedIterator{contract: _Registry.contract, event: "CommitteeLocked", logs: logs, sub: sub}, nil
}

// WatchCommitteeLocked is a free log subscription operation binding the contract event 0x8376c1d4ef4ee016613b294c1010175d43c038b478a3f7bba97f62217c74b4d6.
//
// Solidity: event CommitteeLocked(address indexed node, uint32 liveCommittees)
func (_Registry *RegistryFilterer) WatchCommitteeLocked(opts *bind.WatchOpts, sink chan<- *RegistryCommitteeLocked, node []common.Address) (event.Subscription, error) {

	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "CommitteeLocked", nodeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryCommitteeLocked)
				if err := _Registry.contract.UnpackLog(event, "CommitteeLocked", log); err != nil {
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

// ParseCommitteeLocked is a log parse operation binding the contract event 0x8376c1d4ef4ee016613b294c1010175d43c038b478a3f7bba97f62217c74b4d6.
//
// Solidity: event CommitteeLocked(address indexed node, uint32 liveCommittees)
func (_Registry *RegistryFilterer) ParseCommitteeLocked(log types.Log) (*RegistryCommitteeLocked, error) {
	event := new(RegistryCommitteeLocked)
	if err := _Registry.contract.UnpackLog(event, "CommitteeLocked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryCommitteeUnlockedIterator is returned from FilterCommitteeUnlocked and is used to iterate over the raw logs and unpacked data for CommitteeUnlocked events raised by the Registry contract.
type RegistryCommitteeUnlockedIterator struct {
	Event *RegistryCommitteeUnlocked // Event containing the contract specifics and raw log

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
func (it *RegistryCommitteeUnlockedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryCommitteeUnlocked)
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
		it.Event = new(RegistryCommitteeUnlocked)
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
func (it *RegistryCommitteeUnlockedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryCommitteeUnlockedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryCommitteeUnlocked represents a CommitteeUnlocked event raised by the Registry contract.
type RegistryCommitteeUnlocked struct {
	Node           common.Address
	LiveCommittees uint32
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterCommitteeUnlocked is a free log retrieval operation binding the contract event 0x0ffdf9849c8b2e34348114f4b42af66b5ff81df3f2613e4f3b8fd07ac25f845d.
//
// Solidity: event CommitteeUnlocked(address indexed node, uint32 liveCommittees)
func (_Registry *RegistryFilterer) FilterCommitteeUnlocked(opts *bind.FilterOpts, node []common.Address) (*RegistryCommitteeUnlockedIterator, error) {

	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "CommitteeUnlocked", nodeRule)
	if err != nil {
		return nil, err
	}
	return &RegistryCommitteeUnlockedIterator{contract: _Registry.contract, event: "CommitteeUnlocked", logs: logs, sub: sub}, nil
}

// WatchCommitteeUnlocked is a free log subscription operation binding the contract event 0x0ffdf9849c8b2e34348114f4b42af66b5ff81df3f2613e4f3b8fd07ac25f845d.
//
// Solidity: event CommitteeUnlocked(address indexed node, uint32 liveCommittees)
func (_Registry *RegistryFilterer) WatchCommitteeUnlocked(opts *bind.WatchOpts, sink chan<- *RegistryCommitteeUnlocked, node []common.Address) (event.Subscription, error) {

	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "CommitteeUnlocked", nodeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryCommitteeUnlocked)
				if err := _Registry.contract.UnpackLog(event, "CommitteeUnlocked", log); err != nil {
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

// ParseCommitteeUnlocked is a log parse operation binding the contract event 0x0ffdf9849c8b2e34348114f4b42af66b5ff81df3f2613e4f3b8fd07ac25f845d.
//
// Solidity: event CommitteeUnlocked(address indexed node, uint32 liveCommittees)
func (_Registry *RegistryFilterer) ParseCommitteeUnlocked(log types.Log) (*RegistryCommitteeUnlocked, error) {
	event := new(RegistryCommitteeUnlocked)
	if err := _Registry.contract.UnpackLog(event, "CommitteeUnlocked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryNodeDeregisteredIterator is returned from FilterNodeDeregistered and is used to iterate over the raw logs and unpacked data for NodeDeregistered events raised by the Registry contract.
type RegistryNodeDeregisteredIterator struct {
	Event *RegistryNodeDeregistered // Event containing the contract specifics and raw log

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
func (it *RegistryNodeDeregisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryNodeDeregistered)
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
		it.Event = new(RegistryNodeDeregistered)
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
func (it *RegistryNodeDeregisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryNodeDeregisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryNodeDeregistered represents a NodeDeregistered event raised by the Registry contract.
type RegistryNodeDeregistered struct {
	Node       common.Address
	Unbonding  *big.Int
	ReadyBlock uint64
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterNodeDeregistered is a free log retrieval operation binding the contract event 0xc28968c5038346f676a3c88286488c230d07ce827aaad85a88bea49c198b926b.
//
// Solidity: event NodeDeregistered(address indexed node, uint256 unbonding, uint64 readyBlock)
func (_Registry *RegistryFilterer) FilterNodeDeregistered(opts *bind.FilterOpts, node []common.Address) (*RegistryNodeDeregisteredIterator, error) {

	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "NodeDeregistered", nodeRule)
	if err != nil {
		return nil, err
	}
	return &RegistryNodeDeregisteredIterator{contract: _Registry.contract, event: "NodeDeregistered", logs: logs, sub: sub}, nil
}

// WatchNodeDeregistered is a free log subscription operation binding the contract event 0xc28968c5038346f676a3c88286488c230d07ce827aaad85a88bea49c198b926b.
//
// Solidity: event NodeDeregistered(address indexed node, uint256 unbonding, uint64 readyBlock)
func (_Registry *RegistryFilterer) WatchNodeDeregistered(opts *bind.WatchOpts, sink chan<- *RegistryNodeDeregistered, node []common.Address) (event.Subscription, error) {

	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "NodeDeregistered", nodeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryNodeDeregistered)
				if err := _Registry.contract.UnpackLog(event, "NodeDeregistered", log); err != nil {
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

// ParseNodeDeregistered is a log parse operation binding the contract event 0xc28968c5038346f676a3c88286488c230d07ce827aaad85a88bea49c198b926b.
//
// Solidity: event NodeDeregistered(address indexed node, uint256 unbonding, uint64 readyBlock)
func (_Registry *RegistryFilterer) ParseNodeDeregistered(log types.Log) (*RegistryNodeDeregistered, error) {
	event := new(RegistryNodeDeregistered)
	if err := _Registry.contract.UnpackLog(event, "NodeDeregistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryNodeRegisteredIterator is returned from FilterNodeRegistered and is used to iterate over the raw logs and unpacked data for NodeRegistered events raised by the Registry contract.
type RegistryNodeRegisteredIterator struct {
	Event *RegistryNodeRegistered // Event containing the contract specifics and raw log

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
func (it *RegistryNodeRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryNodeRegistered)
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
		it.Event = new(RegistryNodeRegistered)
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
func (it *RegistryNodeRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryNodeRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryNodeRegistered represents a NodeRegistered event raised by the Registry contract.
type RegistryNodeRegistered struct {
	Node         common.Address
	TransportKey [32]byte
	PeerId       []byte
	Addrs        string
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterNodeRegistered is a free log retrieval operation binding the contract event 0x9ad460417706e74f2f4c45ea9210df54a5cde5d24cf98953ee21588063b5b12b.
//
// Solidity: event NodeRegistered(address indexed node, bytes32 transportKey, bytes peerId, string addrs)
func (_Registry *RegistryFilterer) FilterNodeRegistered(opts *bind.FilterOpts, node []common.Address) (*RegistryNodeRegisteredIterator, error) {

	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "NodeRegistered", nodeRule)
	if err != nil {
		return nil, err
	}
	return &RegistryNodeRegisteredIterator{contract: _Registry.contract, event: "NodeRegistered", logs: logs, sub: sub}, nil
}

// WatchNodeRegistered is a free log subscription operation binding the contract event 0x9ad460417706e74f2f4c45ea9210df54a5cde5d24cf98953ee21588063b5b12b.
//
// Solidity: event NodeRegistered(address indexed node, bytes32 transportKey, bytes peerId, string addrs)
func (_Registry *RegistryFilterer) WatchNodeRegistered(opts *bind.WatchOpts, sink chan<- *RegistryNodeRegistered, node []common.Address) (event.Subscription, error) {

	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "NodeRegistered", nodeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryNodeRegistered)
				if err := _Registry.contract.UnpackLog(event, "NodeRegistered", log); err != nil {
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

// ParseNodeRegistered is a log parse operation binding the contract event 0x9ad460417706e74f2f4c45ea9210df54a5cde5d24cf98953ee21588063b5b12b.
//
// Solidity: event NodeRegistered(address indexed node, bytes32 transportKey, bytes peerId, string addrs)
func (_Registry *RegistryFilterer) ParseNodeRegistered(log types.Log) (*RegistryNodeRegistered, error) {
	event := new(RegistryNodeRegistered)
	if err := _Registry.contract.UnpackLog(event, "NodeRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryNodeUpdatedIterator is returned from FilterNodeUpdated and is used to iterate over the raw logs and unpacked data for NodeUpdated events raised by the Registry contract.
type RegistryNodeUpdatedIterator struct {
	Event *RegistryNodeUpdated // Event containing the contract specifics and raw log

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
func (it *RegistryNodeUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryNodeUpdated)
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
		it.Event = new(RegistryNodeUpdated)
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
func (it *RegistryNodeUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryNodeUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryNodeUpdated represents a NodeUpdated event raised by the Registry contract.
type RegistryNodeUpdated struct {
	Node         common.Address
	TransportKey [32]byte
	PeerId       []byte
	Addrs        string
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterNodeUpdated is a free log retrieval operation binding the contract event 0x0ae4cf499b3ad0fd01d62c15ee9e39d8c3741cf38391981fa182ffa48df2b759.
//
// Solidity: event NodeUpdated(address indexed node, bytes32 transportKey, bytes peerId, string addrs)
func (_Registry *RegistryFilterer) FilterNodeUpdated(opts *bind.FilterOpts, node []common.Address) (*RegistryNodeUpdatedIterator, error) {

	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "NodeUpdated", nodeRule)
	if err != nil {
		return nil, err
	}
	return &RegistryNodeUpdatedIterator{contract: _Registry.contract, event: "NodeUpdated", logs: logs, sub: sub}, nil
}

// WatchNodeUpdated is a free log subscription operation binding the contract event 0x0ae4cf499b3ad0fd01d62c15ee9e39d8c3741cf38391981fa182ffa48df2b759.
//
// Solidity: event NodeUpdated(address indexed node, bytes32 transportKey, bytes peerId, string addrs)
func (_Registry *RegistryFilterer) WatchNodeUpdated(opts *bind.WatchOpts, sink chan<- *RegistryNodeUpdated, node []common.Address) (event.Subscription, error) {

	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "NodeUpdated", nodeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryNodeUpdated)
				if err := _Registry.contract.UnpackLog(event, "NodeUpdated", log); err != nil {
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

// ParseNodeUpdated is a log parse operation binding the contract event 0x0ae4cf499b3ad0fd01d62c15ee9e39d8c3741cf38391981fa182ffa48df2b759.
//
// Solidity: event NodeUpdated(address indexed node, bytes32 transportKey, bytes peerId, string addrs)
func (_Registry *RegistryFilterer) ParseNodeUpdated(log types.Log) (*RegistryNodeUpdated, error) {
	event := new(RegistryNodeUpdated)
	if err := _Registry.contract.UnpackLog(event, "NodeUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryPenalizedIterator is returned from FilterPenalized and is used to iterate over the raw logs and unpacked data for Penalized events raised by the Registry contract.
type RegistryPenalizedIterator struct {
	Event *RegistryPenalized // Event containing the contract specifics and raw log

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
func (it *RegistryPenalizedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryPenalized)
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
		it.Event = new(RegistryPenalized)
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
func (it *RegistryPenalizedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryPenalizedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryPenalized represents a Penalized event raised by the Registry contract.
type RegistryPenalized struct {
	Node      common.Address
	By        common.Address
	Requested *big.Int
	Taken     *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterPenalized is a free log retrieval operation binding the contract event 0x708878adf1728c9079cc834afe90317db368f4294efaceefc3db07d5da3fb395.
//
// Solidity: event Penalized(address indexed node, address indexed by, uint256 requested, uint256 taken)
func (_Registry *RegistryFilterer) FilterPenalized(opts *bind.FilterOpts, node []common.Address, by []common.Address) (*RegistryPenalizedIterator, error) {

	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "Penalized", nodeRule, byRule)
	if err != nil {
		return nil, err
	}
	return &RegistryPenalizedIterator{contract: _Registry.contract, event: "Penalized", logs: logs, sub: sub}, nil
}

// WatchPenalized is a free log subscription operation binding the contract event 0x708878adf1728c9079cc834afe90317db368f4294efaceefc3db07d5da3fb395.
//
// Solidity: event Penalized(address indexed node, address indexed by, uint256 requested, uint256 taken)
func (_Registry *RegistryFilterer) WatchPenalized(opts *bind.WatchOpts, sink chan<- *RegistryPenalized, node []common.Address, by []common.Address) (event.Subscription, error) {

	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "Penalized", nodeRule, byRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryPenalized)
				if err := _Registry.contract.UnpackLog(event, "Penalized", log); err != nil {
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

// ParsePenalized is a log parse operation binding the contract event 0x708878adf1728c9079cc834afe90317db368f4294efaceefc3db07d5da3fb395.
//
// Solidity: event Penalized(address indexed node, address indexed by, uint256 requested, uint256 taken)
func (_Registry *RegistryFilterer) ParsePenalized(log types.Log) (*RegistryPenalized, error) {
	event := new(RegistryPenalized)
	if err := _Registry.contract.UnpackLog(event, "Penalized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryPenalizersSetIterator is returned from FilterPenalizersSet and is used to iterate over the raw logs and unpacked data for PenalizersSet events raised by the Registry contract.
type RegistryPenalizersSetIterator struct {
	Event *RegistryPenalizersSet // Event containing the contract specifics and raw log

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
func (it *RegistryPenalizersSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryPenalizersSet)
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
		it.Event = new(RegistryPenalizersSet)
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
func (it *RegistryPenalizersSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryPenalizersSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryPenalizersSet represents a PenalizersSet event raised by the Registry contract.
type RegistryPenalizersSet struct {
	E3      common.Address
	Slasher common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterPenalizersSet is a free log retrieval operation binding the contract event 0xe10aa50d2d7890c26a2bbbf963386183c83331424bada839777cb18ffd9e53e9.
//
// Solidity: event PenalizersSet(address e3, address slasher)
func (_Registry *RegistryFilterer) FilterPenalizersSet(opts *bind.FilterOpts) (*RegistryPenalizersSetIterator, error) {

	logs, sub, err := _Registry.contract.FilterLogs(opts, "PenalizersSet")
	if err != nil {
		return nil, err
	}
	return &RegistryPenalizersSetIterator{contract: _Registry.contract, event: "PenalizersSet", logs: logs, sub: sub}, nil
}

// WatchPenalizersSet is a free log subscription operation binding the contract event 0xe10aa50d2d7890c26a2bbbf963386183c83331424bada839777cb18ffd9e53e9.
//
// Solidity: event PenalizersSet(address e3, address slasher)
func (_Registry *RegistryFilterer) WatchPenalizersSet(opts *bind.WatchOpts, sink chan<- *RegistryPenalizersSet) (event.Subscription, error) {

	logs, sub, err := _Registry.contract.WatchLogs(opts, "PenalizersSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryPenalizersSet)
				if err := _Registry.contract.UnpackLog(event, "PenalizersSet", log); err != nil {
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

// ParsePenalizersSet is a log parse operation binding the contract event 0xe10aa50d2d7890c26a2bbbf963386183c83331424bada839777cb18ffd9e53e9.
//
// Solidity: event PenalizersSet(address e3, address slasher)
func (_Registry *RegistryFilterer) ParsePenalizersSet(log types.Log) (*RegistryPenalizersSet, error) {
	event := new(RegistryPenalizersSet)
	if err := _Registry.contract.UnpackLog(event, "PenalizersSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryTicketPriceSetIterator is returned from FilterTicketPriceSet and is used to iterate over the raw logs and unpacked data for TicketPriceSet events raised by the Registry contract.
type RegistryTicketPriceSetIterator struct {
	Event *RegistryTicketPriceSet // Event containing the contract specifics and raw log

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
func (it *RegistryTicketPriceSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryTicketPriceSet)
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
		it.Event = new(RegistryTicketPriceSet)
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
func (it *RegistryTicketPriceSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryTicketPriceSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryTicketPriceSet represents a TicketPriceSet event raised by the Registry contract.
type RegistryTicketPriceSet struct {
	TicketPrice *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterTicketPriceSet is a free log retrieval operation binding the contract event 0x34388f2433e2a2e6d6f978efe10bb2784b04bec67ff0eaa768c332c248da5d1d.
//
// Solidity: event TicketPriceSet(uint256 ticketPrice)
func (_Registry *RegistryFilterer) FilterTicketPriceSet(opts *bind.FilterOpts) (*RegistryTicketPriceSetIterator, error) {

	logs, sub, err := _Registry.contract.FilterLogs(opts, "TicketPriceSet")
	if err != nil {
		return nil, err
	}
	return &RegistryTicketPriceSetIterator{contract: _Registry.contract, event: "TicketPriceSet", logs: logs, sub: sub}, nil
}

// WatchTicketPriceSet is a free log subscription operation binding the contract event 0x34388f2433e2a2e6d6f978efe10bb2784b04bec67ff0eaa768c332c248da5d1d.
//
// Solidity: event TicketPriceSet(uint256 ticketPrice)
func (_Registry *RegistryFilterer) WatchTicketPriceSet(opts *bind.WatchOpts, sink chan<- *RegistryTicketPriceSet) (event.Subscription, error) {

	logs, sub, err := _Registry.contract.WatchLogs(opts, "TicketPriceSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryTicketPriceSet)
				if err := _Registry.contract.UnpackLog(event, "TicketPriceSet", log); err != nil {
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

// ParseTicketPriceSet is a log parse operation binding the contract event 0x34388f2433e2a2e6d6f978efe10bb2784b04bec67ff0eaa768c332c248da5d1d.
//
// Solidity: event TicketPriceSet(uint256 ticketPrice)
func (_Registry *RegistryFilterer) ParseTicketPriceSet(log types.Log) (*RegistryTicketPriceSet, error) {
	event := new(RegistryTicketPriceSet)
	if err := _Registry.contract.UnpackLog(event, "TicketPriceSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryUnbondRequestedIterator is returned from FilterUnbondRequested and is used to iterate over the raw logs and unpacked data for UnbondRequested events raised by the Registry contract.
type RegistryUnbondRequestedIterator struct {
	Event *RegistryUnbondRequested // Event containing the contract specifics and raw log

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
func (it *RegistryUnbondRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryUnbondRequested)
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
		it.Event = new(RegistryUnbondRequested)
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
func (it *RegistryUnbondRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryUnbondRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryUnbondRequested represents a UnbondRequested event raised by the Registry contract.
type RegistryUnbondRequested struct {
	Node       common.Address
	Amount     *big.Int
	Bond       *big.Int
	ReadyBlock uint64
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterUnbondRequested is a free log retrieval operation binding the contract event 0x8ffb1c1bbc9352c50a3e49053178f14880746fdfa0b27fa14c4ac392e3cdc384.
//
// Solidity: event UnbondRequested(address indexed node, uint256 amount, uint256 bond, uint64 readyBlock)
func (_Registry *RegistryFilterer) FilterUnbondRequested(opts *bind.FilterOpts, node []common.Address) (*RegistryUnbondRequestedIterator, error) {

	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "UnbondRequested", nodeRule)
	if err != nil {
		return nil, err
	}
	return &RegistryUnbondRequestedIterator{contract: _Registry.contract, event: "UnbondRequested", logs: logs, sub: sub}, nil
}

// WatchUnbondRequested is a free log subscription operation binding the contract event 0x8ffb1c1bbc9352c50a3e49053178f14880746fdfa0b27fa14c4ac392e3cdc384.
//
// Solidity: event UnbondRequested(address indexed node, uint256 amount, uint256 bond, uint64 readyBlock)
func (_Registry *RegistryFilterer) WatchUnbondRequested(opts *bind.WatchOpts, sink chan<- *RegistryUnbondRequested, node []common.Address) (event.Subscription, error) {

	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "UnbondRequested", nodeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryUnbondRequested)
				if err := _Registry.contract.UnpackLog(event, "UnbondRequested", log); err != nil {
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

// ParseUnbondRequested is a log parse operation binding the contract event 0x8ffb1c1bbc9352c50a3e49053178f14880746fdfa0b27fa14c4ac392e3cdc384.
//
// Solidity: event UnbondRequested(address indexed node, uint256 amount, uint256 bond, uint64 readyBlock)
func (_Registry *RegistryFilterer) ParseUnbondRequested(log types.Log) (*RegistryUnbondRequested, error) {
	event := new(RegistryUnbondRequested)
	if err := _Registry.contract.UnpackLog(event, "UnbondRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryUnbondWithdrawnIterator is returned from FilterUnbondWithdrawn and is used to iterate over the raw logs and unpacked data for UnbondWithdrawn events raised by the Registry contract.
type RegistryUnbondWithdrawnIterator struct {
	Event *RegistryUnbondWithdrawn // Event containing the contract specifics and raw log

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
func (it *RegistryUnbondWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryUnbondWithdrawn)
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
		it.Event = new(RegistryUnbondWithdrawn)
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
func (it *RegistryUnbondWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryUnbondWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryUnbondWithdrawn represents a UnbondWithdrawn event raised by the Registry contract.
type RegistryUnbondWithdrawn struct {
	Node   common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterUnbondWithdrawn is a free log retrieval operation binding the contract event 0x972442327cefa95b34f26edc2d8a1cb13c8e897fe230221d01f13c994dc5e5b0.
//
// Solidity: event UnbondWithdrawn(address indexed node, uint256 amount)
func (_Registry *RegistryFilterer) FilterUnbondWithdrawn(opts *bind.FilterOpts, node []common.Address) (*RegistryUnbondWithdrawnIterator, error) {

	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "UnbondWithdrawn", nodeRule)
	if err != nil {
		return nil, err
	}
	return &RegistryUnbondWithdrawnIterator{contract: _Registry.contract, event: "UnbondWithdrawn", logs: logs, sub: sub}, nil
}

// WatchUnbondWithdrawn is a free log subscription operation binding the contract event 0x972442327cefa95b34f26edc2d8a1cb13c8e897fe230221d01f13c994dc5e5b0.
//
// Solidity: event UnbondWithdrawn(address indexed node, uint256 amount)
func (_Registry *RegistryFilterer) WatchUnbondWithdrawn(opts *bind.WatchOpts, sink chan<- *RegistryUnbondWithdrawn, node []common.Address) (event.Subscription, error) {

	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "UnbondWithdrawn", nodeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryUnbondWithdrawn)
				if err := _Registry.contract.UnpackLog(event, "UnbondWithdrawn", log); err != nil {
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

// ParseUnbondWithdrawn is a log parse operation binding the contract event 0x972442327cefa95b34f26edc2d8a1cb13c8e897fe230221d01f13c994dc5e5b0.
//
// Solidity: event UnbondWithdrawn(address indexed node, uint256 amount)
func (_Registry *RegistryFilterer) ParseUnbondWithdrawn(log types.Log) (*RegistryUnbondWithdrawn, error) {
	event := new(RegistryUnbondWithdrawn)
	if err := _Registry.contract.UnpackLog(event, "UnbondWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
