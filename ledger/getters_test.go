package ledger

import (
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ciphernet/ciphernet/program"
)

// TestPublicGetters reads every public state variable and constant of the
// three contracts and checks it against the deployment configuration.
func TestPublicGetters(t *testing.T) {
	e := newEnv(t, 1)
	c, cfg, net := e.owner, e.cfg, e.net.Contracts
	id, _ := e.request("tally", 1, 1, common.Address{})
	type check struct {
		name      string
		got, want any
	}
	must := func(v any, err error) any {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	str := func(v any) string { return toString(v) }
	checks := []check{
		{"registry.owner", str(must(c.registry.Owner(nil))), str(c.Address())},
		{"registry.minBond", str(must(c.registry.MinBond(nil))), str(cfg.MinBond)},
		{"registry.exitDelay", str(must(c.registry.ExitDelay(nil))), str(cfg.ExitDelay)},
		{"registry.ticketPrice", str(must(c.registry.TicketPrice(nil))), str(cfg.TicketPrice)},
		{"registry.e3", str(must(c.registry.E3(nil))), str(net.E3Manager)},
		{"registry.slasher", str(must(c.registry.Slasher(nil))), str(net.Slasher)},
		{"registry.nodeCount", str(must(c.registry.NodeCount(nil))), "0"},
		{"e3.owner", str(must(c.e3.Owner(nil))), str(c.Address())},
		{"e3.registry", str(must(c.e3.Registry(nil))), str(net.Registry)},
		{"e3.livenessPenalty", str(must(c.e3.LivenessPenalty(nil))), str(cfg.LivenessPenalty)},
		{"e3.e3Count", str(must(c.e3.E3Count(nil))), str(id)},
		{"e3.MAX_COMMITTEE", str(must(c.e3.MAXCOMMITTEE(nil))), "64"},
		{"e3.MAX_STAGES", str(must(c.e3.MAXSTAGES(nil))), "16"},
		{"e3.MAX_TICKET_WINDOW", str(must(c.e3.MAXTICKETWINDOW(nil))), "200"},
		{"e3.MAX_WINDOW", str(must(c.e3.MAXWINDOW(nil))), "1000000"},
		{"e3.MAX_PLAINTEXT", str(must(c.e3.MAXPLAINTEXT(nil))), fmt.Sprint(program.MaxRelease)}, // what programs size their releases for
		{"slasher.registry", str(must(c.slasher.Registry(nil))), str(net.Registry)},
		{"slasher.e3", str(must(c.slasher.E3(nil))), str(net.E3Manager)},
		{"slasher.equivocationPenalty", str(must(c.slasher.EquivocationPenalty(nil))), str(cfg.EquivocationPenalty)},
		{"slasher.receiptPenalty", str(must(c.slasher.ReceiptPenalty(nil))), str(cfg.ReceiptPenalty)},
		{"slasher.STEP_TAG", str(must(c.slasher.STEPTAG(nil))), str([32]byte(StepTag))},
		{"slasher.RECEIPT_TAG", str(must(c.slasher.RECEIPTTAG(nil))), str([32]byte(ReceiptTag))},
		{"slasher.slashed", str(must(c.slasher.Slashed(nil, [32]byte{}))), "false"},
	}
	fees, err := c.e3.Fees(nil)
	if err != nil {
		t.Fatal(err)
	}
	checks = append(checks,
		check{"e3.fees.perMember", str(fees.PerMember), str(cfg.Fees.PerMember)},
		check{"e3.fees.perInput", str(fees.PerInput), str(cfg.Fees.PerInput)},
		check{"e3.fees.perDecryption", str(fees.PerDecryption), str(cfg.Fees.PerDecryption)},
	)
	for _, ch := range checks {
		if ch.got != ch.want {
			t.Errorf("%s = %v; want %v", ch.name, ch.got, ch.want)
		}
	}
}

func toString(v any) string {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case [32]byte:
		return common.Hash(x).Hex()
	default:
		return fmt.Sprint(x)
	}
}
