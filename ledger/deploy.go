package ledger

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ciphernet/ciphernet/ledger/bindings"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/params"
)

// DeployConfig holds the economic constants fixed at deployment.
type DeployConfig struct {
	MinBond             *big.Int // bond below which a node holds no tickets
	TicketPrice         *big.Int // bond per sortition ticket
	ExitDelay           uint64   // blocks between unbond and withdrawal
	LivenessPenalty     *big.Int // taken from a member that missed a duty of a failed phase
	EquivocationPenalty *big.Int
	ReceiptPenalty      *big.Int
	Fees                FeeSchedule
	Programs            []ProgramSpec // registered right after deployment
}

// DefaultDeployConfig suits a devnet: 1 ether minimum bond and ticket price,
// small fees, the built-in programs registered.
func DefaultDeployConfig() DeployConfig {
	ether := big.NewInt(params.Ether)
	gwei := big.NewInt(params.GWei)
	return DeployConfig{
		MinBond:             new(big.Int).Set(ether),
		TicketPrice:         new(big.Int).Set(ether),
		ExitDelay:           10,
		LivenessPenalty:     new(big.Int).Div(ether, big.NewInt(10)),
		EquivocationPenalty: new(big.Int).Set(ether),
		ReceiptPenalty:      new(big.Int).Div(ether, big.NewInt(2)),
		Fees: FeeSchedule{
			PerMember:     new(big.Int).Mul(gwei, big.NewInt(1_000_000)),
			PerInput:      new(big.Int).Mul(gwei, big.NewInt(10_000)),
			PerDecryption: new(big.Int).Mul(gwei, big.NewInt(100_000)),
		},
		Programs: DefaultPrograms(),
	}
}

// Preset bits for ProgramSpec.Presets: bit i allows preset id i. The ids
// are the crypto layer's wire ids (crypto/bfv Preset.ID; a test in
// internal/demo pins them equal) so an E3 record names its preset the way
// every encoded ciphertext does; the ledger only checks membership.
const (
	PresetDev      uint8 = 1 // insecure, tests only
	PresetStandard uint8 = 2 // 128-bit, additions
	PresetMul      uint8 = 3 // 128-bit, depth 3
)

// DefaultPrograms are the built-in programs of DESIGN.md §8 with their
// parameter bounds (the programs check their parameters more finely):
// tally [options]; auction [price levels, rule 1 = first / 2 = second
// price] with three stages (validity, clearing price, winner); stats
// [min, max] with two stages (validity, moments). The programs that
// multiply run on the presets that relinearize.
func DefaultPrograms() []ProgramSpec {
	all := big.NewInt(1<<PresetDev | 1<<PresetStandard | 1<<PresetMul)
	mul := big.NewInt(1<<PresetDev | 1<<PresetMul) // programs that multiply
	return []ProgramSpec{
		{Name: "tally", Stages: 1, Presets: all, MinN: 1, MaxN: 64, MaxInputs: 100_000, ParamMin: []uint64{2}, ParamMax: []uint64{64}},
		{Name: "auction", Stages: 3, Presets: mul, MinN: 1, MaxN: 64, MaxInputs: 10_000, ParamMin: []uint64{2, 1}, ParamMax: []uint64{8191, 2}},
		{Name: "stats", Stages: 2, Presets: mul, MinN: 1, MaxN: 64, MaxInputs: 100_000, ParamMin: []uint64{0, 1}, ParamMax: []uint64{1 << 32, 1 << 32}},
	}
}

// Deploy deploys Registry, E3Manager and Slasher from the client's account,
// wires the penalizers and registers cfg.Programs. The returned network has
// no RPC URL; the caller fills it in.
func Deploy(ctx context.Context, c *Client, cfg DeployConfig) (Network, error) {
	var net Network
	net.ChainID = c.chainID.Uint64()
	regABI, err := bindings.RegistryMetaData.GetAbi()
	if err != nil {
		return net, fmt.Errorf("ledger: deploy: %w", err)
	}
	e3ABI, err := bindings.E3ManagerMetaData.GetAbi()
	if err != nil {
		return net, fmt.Errorf("ledger: deploy: %w", err)
	}
	slABI, err := bindings.SlasherMetaData.GetAbi()
	if err != nil {
		return net, fmt.Errorf("ledger: deploy: %w", err)
	}
	create := func(name string, cl call, bin string) (common.Address, uint64, error) {
		code, err := hexutil.Decode(bin)
		if err != nil {
			return common.Address{}, 0, fmt.Errorf("ledger: deploy %s: bytecode: %w", name, err)
		}
		cl.code = code
		r, err := c.transact(ctx, cl)
		if err != nil {
			return common.Address{}, 0, fmt.Errorf("ledger: deploy %s: %w", name, err)
		}
		return r.ContractAddress, r.BlockNumber.Uint64(), nil
	}
	if net.Contracts.Registry, net.DeployBlock, err = create("Registry", call{abi: regABI, args: []any{cfg.MinBond, cfg.TicketPrice, cfg.ExitDelay}}, bindings.RegistryMetaData.Bin); err != nil {
		return net, err
	}
	if net.Contracts.E3Manager, _, err = create("E3Manager", call{abi: e3ABI, args: []any{net.Contracts.Registry, cfg.LivenessPenalty, cfg.Fees}}, bindings.E3ManagerMetaData.Bin); err != nil {
		return net, err
	}
	if net.Contracts.Slasher, _, err = create("Slasher", call{abi: slABI, args: []any{net.Contracts.Registry, net.Contracts.E3Manager, cfg.EquivocationPenalty, cfg.ReceiptPenalty}}, bindings.SlasherMetaData.Bin); err != nil {
		return net, err
	}
	wired, err := New(ctx, c.rpc, c.key, net.Contracts, c.opts)
	if err != nil {
		return net, err
	}
	if _, err := wired.transact(ctx, wired.registryCall("setPenalizers", nil, net.Contracts.E3Manager, net.Contracts.Slasher)); err != nil {
		return net, fmt.Errorf("ledger: deploy: %w", err)
	}
	for _, p := range cfg.Programs {
		if _, _, err := wired.RegisterProgram(ctx, p); err != nil {
			return net, fmt.Errorf("ledger: deploy: program %q: %w", p.Name, err)
		}
	}
	return net, nil
}
