package allocation

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/laeringsnettverk/sdk/lnet"
)

// JSONEncoder writes a [Response] or a [Result] (fordelingsresultat) as JSON while it produces
// it: share by share, through a small buffer, to its writer, so the document is never held
// in memory whole and the first bytes leave before the last share is rendered. Its output is
// byte for byte that of [encoding/json.Encoder] with the same [JSONEncoder.SetIndent] (and so
// of [json.Marshal] and [json.MarshalIndent], followed by a newline), in the shape
// schema/allocation-response.json describes; [Response.UnmarshalJSON] reads it back.
//
// On an error, part of the document may have been written.
type JSONEncoder struct {
	w              io.Writer
	prefix, indent string
}

// NewJSONEncoder returns an encoder that writes to w, compact until [JSONEncoder.SetIndent].
func NewJSONEncoder(w io.Writer) *JSONEncoder { return &JSONEncoder{w: w} }

// SetIndent makes the encoder indent as [json.MarshalIndent] does: every element on a new
// line that begins with prefix and one indent per level of nesting. Both empty means
// compact.
func (e *JSONEncoder) SetIndent(prefix, indent string) { e.prefix, e.indent = prefix, indent }

// EncodeResponse writes the response followed by a newline: {"results": {scheme: result, …}}
// and/or {"result": result}, as [Response.MarshalJSON] does.
func (e *JSONEncoder) EncodeResponse(resp Response) error {
	j := e.start()
	j.response(resp)
	return j.finish()
}

// EncodeResult writes the result followed by a newline, as [Result.MarshalJSON] does.
func (e *JSONEncoder) EncodeResult(r Result) error {
	j := e.start()
	j.result(&r)
	return j.finish()
}

func (e *JSONEncoder) start() *jsonWriter {
	return &jsonWriter{w: bufio.NewWriterSize(e.w, 64<<10), prefix: e.prefix, indent: e.indent,
		pretty: e.prefix != "" || e.indent != ""}
}

// jsonWriter writes one document; the first error stops it.
type jsonWriter struct {
	w              *bufio.Writer
	prefix, indent string
	pretty         bool
	depth          int
	first          bool // no element written yet in the current object or array
	scratch        []byte
	err            error
}

func (j *jsonWriter) finish() error {
	j.raw("\n")
	if j.err == nil {
		j.err = j.w.Flush()
	}
	if j.err != nil {
		return fmt.Errorf("allocation: writing JSON: %w", j.err)
	}
	return nil
}

func (j *jsonWriter) fail(err error) {
	if j.err == nil {
		j.err = err
	}
}

func (j *jsonWriter) raw(s string) {
	if j.err == nil {
		_, j.err = j.w.WriteString(s)
	}
}

func (j *jsonWriter) bytes(b []byte) {
	if j.err == nil {
		_, j.err = j.w.Write(b)
	}
}

func (j *jsonWriter) newline() {
	if !j.pretty {
		return
	}
	j.raw("\n")
	j.raw(j.prefix)
	for range j.depth {
		j.raw(j.indent)
	}
}

func (j *jsonWriter) open(c string) {
	j.raw(c)
	j.depth++
	j.first = true
}

// close ends an object or array; an empty one stays "{}" or "[]".
func (j *jsonWriter) close(c string) {
	j.depth--
	if !j.first {
		j.newline()
	}
	j.first = false
	j.raw(c)
}

// elem begins an element of an array.
func (j *jsonWriter) elem() {
	if !j.first {
		j.raw(",")
	}
	j.first = false
	j.newline()
}

// key begins a member of an object.
func (j *jsonWriter) key(k string) {
	j.elem()
	j.str(k)
	if j.pretty {
		j.raw(": ")
	} else {
		j.raw(":")
	}
}

// str writes s as a JSON string, escaped as encoding/json escapes it.
func (j *jsonWriter) str(s string) {
	plain := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= utf8.RuneSelf || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			plain = false
			break
		}
	}
	if plain {
		j.raw(`"`)
		j.raw(s)
		j.raw(`"`)
		return
	}
	b, err := json.Marshal(s)
	if err != nil {
		j.fail(err)
		return
	}
	j.bytes(b)
}

// value writes v as encoding/json would inside the document, indented to the current level.
func (j *jsonWriter) value(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		j.fail(err)
		return
	}
	if !j.pretty {
		j.bytes(b)
		return
	}
	prefix := j.prefix
	for range j.depth {
		prefix += j.indent
	}
	var out bytes.Buffer
	if err := json.Indent(&out, b, prefix, j.indent); err != nil {
		j.fail(err)
		return
	}
	j.bytes(out.Bytes())
}

func (j *jsonWriter) nok(n lnet.NOK) { j.str(n.String()) }

func (j *jsonWriter) response(resp Response) {
	j.open("{")
	if len(resp.Results) > 0 {
		type entry struct {
			name string
			r    *Result
		}
		entries := make([]entry, 0, len(resp.Results))
		for s, r := range resp.Results {
			name, err := s.MarshalText()
			if err != nil {
				j.fail(err)
				return
			}
			entries = append(entries, entry{string(name), r})
		}
		slices.SortFunc(entries, func(a, b entry) int {
			switch {
			case a.name < b.name:
				return -1
			case a.name > b.name:
				return 1
			}
			return 0
		})
		j.key("results")
		j.open("{")
		for _, e := range entries {
			j.key(e.name)
			j.result(e.r)
		}
		j.close("}")
	}
	if resp.Result != nil {
		j.key("result")
		j.result(resp.Result)
	}
	j.close("}")
}

func (j *jsonWriter) result(r *Result) {
	if r == nil {
		j.raw("null")
		return
	}
	method, err := r.Method.MarshalText()
	if err != nil {
		j.fail(err)
		return
	}
	j.open("{")
	j.key("pot")
	j.nok(r.Pot)
	j.key("unit")
	j.nok(r.Unit)
	j.key("method")
	j.str(string(method))
	j.key("allocated")
	j.nok(r.Allocated)
	j.key("residue")
	j.nok(r.Residue)
	j.key("unallocated")
	j.nok(r.Unallocated)
	j.key("remaining")
	j.scratch = strconv.AppendUint(j.scratch[:0], r.Remaining, 10)
	j.bytes(j.scratch)
	j.key("shares")
	j.open("[")
	for _, s := range r.Shares() {
		if j.err != nil {
			return
		}
		j.elem()
		j.share(&s)
	}
	j.close("]")
	if len(r.Refused) > 0 {
		j.key("refused")
		j.value(r.Refused)
	}
	if !r.Basis.IsZero() {
		j.key("basis")
		j.value(r.Basis)
	}
	j.close("}")
}

func (j *jsonWriter) share(s *Share) {
	j.open("{")
	j.key("id")
	j.str(s.ID)
	j.key("weight")
	j.str(s.Weight.String())
	j.key("key_share")
	j.str(s.KeyShare.Decimal(QuotaPlaces))
	j.key("key_share_exact")
	j.str(s.KeyShare.String())
	j.key("quota")
	j.str(s.Quota.Decimal(QuotaPlaces))
	j.key("quota_exact")
	j.str(s.Quota.String())
	j.key("floor")
	j.nok(s.Floor)
	j.key("cap")
	if s.Cap == nil {
		j.raw("null")
	} else {
		j.nok(*s.Cap)
	}
	j.key("amount")
	amount, err := s.Amount()
	if err != nil {
		j.fail(err)
		return
	}
	j.nok(amount)
	j.key("floored")
	j.raw(strconv.FormatBool(s.Floored))
	j.key("capped")
	j.raw(strconv.FormatBool(s.Capped))
	j.key("remainder_unit")
	j.raw(strconv.FormatBool(s.RemainderUnit))
	j.key("remainder_rank")
	j.scratch = strconv.AppendInt(j.scratch[:0], int64(s.RemainderRank), 10)
	j.bytes(j.scratch)
	j.close("}")
}
