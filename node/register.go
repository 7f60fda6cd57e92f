package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/ciphernet/ciphernet/crypto/threshold"
	"github.com/ciphernet/ciphernet/keystore"
	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/ledger/bindings"
)

// ErrInsufficientFunds means the operator's account cannot pay the bond and
// the gas of registering.
var ErrInsufficientFunds = errors.New("node: insufficient funds")

// Endpoint is what the registry advertises about a node so that peers can
// find it and members can encrypt shares to it.
type Endpoint struct {
	TransportKey [32]byte
	PeerID       peer.ID
	// Addrs are full multiaddrs ending in /p2p/<peer id>.
	Addrs []string
}

// EndpointOf derives the endpoint a node with this configuration and these
// keys will serve, without starting it: the peer id comes from the
// transport key (as in Open), the addresses are the configured listen
// addresses. A listen address with port 0 is refused: the port is only
// chosen when the node starts, so peers could not dial what the registry
// says (`node start --register-bond` registers the live addresses instead).
func EndpointOf(cfg Config, keys *keystore.Store) (Endpoint, error) {
	transport := new(threshold.TransportKey)
	if err := transport.UnmarshalBinary(keys.Keys.Transport.Bytes()); err != nil {
		return Endpoint{}, fmt.Errorf("node: transport key: %w", err)
	}
	priv, err := libp2pIdentity(keys)
	if err != nil {
		return Endpoint{}, err
	}
	id, err := peer.IDFromPrivateKey(priv)
	if err != nil {
		return Endpoint{}, fmt.Errorf("node: peer id: %w", err)
	}
	ep := Endpoint{TransportKey: transport.Public(), PeerID: id}
	for _, s := range cfg.Listen {
		a, err := ma.NewMultiaddr(s)
		if err != nil {
			return Endpoint{}, fmt.Errorf("%w: listen address %q: %v", ErrConfig, s, err)
		}
		for _, p := range []int{ma.P_TCP, ma.P_UDP} {
			if v, err := a.ValueForProtocol(p); err == nil && v == "0" {
				return Endpoint{}, fmt.Errorf("%w: listen address %q has port 0, which peers cannot dial from the registry; set a fixed port (or register with `node start --register-bond`)", ErrConfig, s)
			}
		}
		ep.Addrs = append(ep.Addrs, s+"/p2p/"+id.String())
	}
	return ep, nil
}

// RegisterAction says what RegisterOperator did on the ledger.
type RegisterAction string

// What RegisterOperator can have done.
const (
	// Registered: the operator was not registered and now is, bonded.
	Registered RegisterAction = "registered"
	// Updated: already registered with another endpoint, now replaced.
	Updated RegisterAction = "updated"
	// Unchanged: already registered with this very endpoint.
	Unchanged RegisterAction = "unchanged"
)

// Registration is the outcome of RegisterOperator.
type Registration struct {
	// Address is the operator's ledger account.
	Address common.Address
	// Endpoint is what the registry now advertises.
	Endpoint Endpoint
	// Action is what was done.
	Action RegisterAction
	// Bond is the operator's active bond on the ledger afterwards.
	Bond *big.Int
	// MinBond is the registry's minimum bond for holding tickets.
	MinBond *big.Int
}

// RegisterOperator registers the node's operator on the ledger with the
// endpoint of EndpointOf and bonds bond (nil: the registry's minimum bond),
// without starting the node. Running it again is safe: an operator that is
// already registered keeps its bond (none is added) and only has its
// endpoint replaced when it changed, so an operator can re-run it after
// moving the node to other addresses.
func RegisterOperator(ctx context.Context, cfg Config, password string, bond *big.Int, deps Deps) (Registration, error) {
	if err := cfg.Validate(); err != nil {
		return Registration{}, err
	}
	if bond != nil && bond.Sign() < 0 {
		return Registration{}, fmt.Errorf("%w: negative bond %s", ErrConfig, bond)
	}
	keys, err := keystore.Open(cfg.KeystorePath(), password)
	if err != nil {
		return Registration{}, err
	}
	ep, err := EndpointOf(cfg, keys)
	if err != nil {
		return Registration{}, err
	}
	var network ledger.Network
	if cfg.Network != "" {
		if network, err = ledger.LoadNetwork(cfg.Network); err != nil {
			return Registration{}, fmt.Errorf("node: network file: %w", err)
		}
	}
	if cfg.RPC != "" {
		network.RPC = cfg.RPC
	}
	var lc *ledger.Client
	if deps.RPC != nil {
		lc, err = ledger.New(ctx, deps.RPC, keys.Keys.Ledger, network.Contracts, ledger.Options{})
	} else {
		lc, err = ledger.Dial(ctx, network.RPC, keys.Keys.Ledger, network.Contracts, ledger.Options{})
		if lc != nil {
			defer lc.Close()
		}
	}
	if err != nil {
		return Registration{}, fmt.Errorf("node: ledger: %w", err)
	}
	reg := Registration{Address: lc.Address(), Endpoint: ep}
	caller, err := bindings.NewRegistryCaller(network.Contracts.Registry, lc.Eth())
	if err != nil {
		return reg, fmt.Errorf("node: registry: %w", err)
	}
	if reg.MinBond, err = caller.MinBond(nil); err != nil {
		return reg, fmt.Errorf("node: registry minimum bond: %w", err)
	}
	rec, err := lc.GetNode(ctx, lc.Address())
	if err != nil {
		return reg, err
	}
	addrs := strings.Join(ep.Addrs, ",")
	switch {
	case rec.Registered && rec.TransportKey == ep.TransportKey && string(rec.PeerId) == string(ep.PeerID) && rec.Addrs == addrs:
		reg.Action = Unchanged
	case rec.Registered:
		if _, err := lc.UpdateNode(ctx, ep.TransportKey, []byte(ep.PeerID), addrs); err != nil {
			return reg, fundsError(fmt.Errorf("node: update endpoint: %w", err), lc.Address())
		}
		reg.Action = Updated
	default:
		if bond == nil {
			bond = reg.MinBond
		}
		balance, err := lc.Eth().BalanceAt(ctx, lc.Address(), nil)
		if err != nil {
			return reg, fmt.Errorf("node: balance of %s: %w", lc.Address(), err)
		}
		if balance.Cmp(bond) < 0 {
			return reg, fmt.Errorf("%w: account %s holds %s wei, the bond is %s wei (plus gas)", ErrInsufficientFunds, lc.Address(), balance, bond)
		}
		if _, err := lc.Register(ctx, ep.TransportKey, []byte(ep.PeerID), addrs, bond); err != nil {
			return reg, fundsError(fmt.Errorf("node: register: %w", err), lc.Address())
		}
		reg.Action = Registered
	}
	if rec, err = lc.GetNode(ctx, lc.Address()); err != nil {
		return reg, err
	}
	reg.Bond = rec.Bond
	return reg, nil
}

// fundsError marks a node's rejection of a transaction the account cannot
// pay for (the balance covered the bond but not the gas) with
// ErrInsufficientFunds; the node reports it only as text.
func fundsError(err error, who common.Address) error {
	if slices.ContainsFunc([]string{"insufficient funds", "insufficient balance"}, func(s string) bool {
		return strings.Contains(strings.ToLower(err.Error()), s)
	}) {
		return fmt.Errorf("%w: account %s cannot pay for the transaction: %w", ErrInsufficientFunds, who, err)
	}
	return err
}
