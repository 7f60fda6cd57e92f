package program

import "github.com/ciphernet/ciphernet/program/internal/slots"

// OpMeter accumulates the time the built-in programs spend in each kind of
// homomorphic operation (ciphertext multiplications with relinearization,
// plaintext multiplications, rotations): what a benchmark reports as the
// share of an E3's compute each one takes.
type OpMeter = slots.Meter

// MeasureOps makes m the process's active meter until stop is called. Off
// by default (programs then pay one atomic load per operation); concurrent
// E3s measured at once are added together.
func MeasureOps(m *OpMeter) (stop func()) { return slots.Measure(m) }
