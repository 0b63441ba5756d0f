package lnet

import "encoding/json"

func jsonUnquote(b []byte, s *string) error { return json.Unmarshal(b, s) }
