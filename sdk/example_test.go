package sdk_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/ciphernet/ciphernet/sdk"
)

// A requester runs a secret ballot over three options on the network named
// by $CIPHERNET_NETWORK (here an in-process devnet with the insecure dev
// preset): request the E3, wait for the committee's public key, encrypt and
// submit three ballots, wait for the released count, and verify the whole
// E3 from the public record.
func Example() {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	c, err := sdk.Open(ctx, os.Getenv("CIPHERNET_NETWORK"), sdk.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer c.Close()
	id, err := c.Request(ctx, sdk.Request{Program: "tally", Params: json.RawMessage(`{"options":3}`), Preset: "dev", N: 3, T: 2, InputWindow: 40})
	if err != nil {
		fmt.Println(err)
		return
	}
	if _, err := c.WaitFor(ctx, id, "key_published"); err != nil {
		fmt.Println(err)
		return
	}
	enc, err := c.Encryptor(ctx, id) // the key is checked against the ledger's hash
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, ballot := range []string{"0", "2", "2"} {
		ct, err := enc.Encrypt(json.RawMessage(ballot))
		if err != nil {
			fmt.Println(err)
			return
		}
		if _, err := c.Submit(ctx, id, ct); err != nil { // receipt signature checked
			fmt.Println(err)
			return
		}
	}
	result, err := c.WaitResult(ctx, id)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("result:", string(result))
	report, err := c.Verify(ctx, id)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("verified:", report.OK)
	// Output:
	// result: {"counts":[1,0,2]}
	// verified: true
}

// Status reads where an E3 stands; phases run requested, committee,
// key_published, inputs_closed, output_published, output_accepted,
// completed (or failed).
func ExampleClient_Status() {
	ctx := context.Background()
	c, err := sdk.Open(ctx, os.Getenv("CIPHERNET_NETWORK"), sdk.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer c.Close()
	_, err = c.Status(ctx, 999_999)
	fmt.Println(err)
	// Output:
	// sdk: unknown E3 999999 on this network (check --network)
}
