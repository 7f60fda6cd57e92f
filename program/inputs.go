package program

import "github.com/tuneinsight/lattigo/v6/core/rlwe"

// Inputs gives a stage its committed inputs in commitment order, one at a
// time. A node holding 10,000 inputs of 512 KiB would need 5 GiB to hand a
// program all of them decoded at once; behind this interface it decodes
// each when the program reaches it (protocol's store-backed inputs), and a
// program that adds them up (Sum) holds one at a time. Programs that visit
// inputs more than once Collect them, their MaxInputs bounding the memory.
type Inputs interface {
	// Len is the number of inputs.
	Len() int
	// At decodes input i, 0 <= i < Len(). The program must not modify or
	// retain the ciphertext beyond its stage (an implementation may hand
	// out the same one again).
	At(i int) (*rlwe.Ciphertext, error)
}

// Ciphertexts are inputs already decoded (tests, benchmarks, the verifier).
type Ciphertexts []*rlwe.Ciphertext

// Len implements Inputs.
func (c Ciphertexts) Len() int { return len(c) }

// At implements Inputs.
func (c Ciphertexts) At(i int) (*rlwe.Ciphertext, error) { return c[i], nil }

// Collect decodes every input, for programs that visit inputs more than
// once.
func Collect(in Inputs) ([]*rlwe.Ciphertext, error) {
	if c, ok := in.(Ciphertexts); ok {
		return c, nil
	}
	out := make([]*rlwe.Ciphertext, in.Len())
	for i := range out {
		ct, err := in.At(i)
		if err != nil {
			return nil, err
		}
		out[i] = ct
	}
	return out, nil
}

// Loaded is an Env with every input decoded (Env.Load), for programs that
// visit inputs more than once; its Inputs field shadows Env's.
type Loaded struct {
	Env
	Inputs []*rlwe.Ciphertext
}

// Load decodes every input of e once.
func (e Env) Load() (Loaded, error) {
	cts, err := Collect(e.Inputs)
	return Loaded{Env: e, Inputs: cts}, err
}
