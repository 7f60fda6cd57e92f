package program

import (
	"bytes"
	"encoding/json"
	"errors"
)

// DecodeJSON decodes exactly one JSON value into v, refusing unknown fields
// and trailing data, so a typo in a request is an error rather than a
// silently ignored field.
func DecodeJSON(raw []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data after the JSON value")
	}
	return nil
}
