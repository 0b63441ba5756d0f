package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/calendar"
	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/lnet"
)

// The schema-agreement corpus: for every published schema, its valid example documents and
// mutants of each (a key in another case, a key repeated, an unknown field, a field left
// out, null, a value of another JSON type, an amount as a JSON number or in Norwegian form,
// invalid UTF-8, a lone surrogate escape, a value nested one level deeper, an empty array,
// the document wrapped in an array). Every document goes through the SDK's decoder and the
// JSON Schema validator, and they must agree: accepted by both or refused by both.
//
// The schemas describe I-JSON documents (RFC 7493): names unique within an object, text
// valid UTF-8, no lone surrogates. The validator parses with encoding/json, which cannot see
// those faults (the last duplicate wins, bad text becomes U+FFFD), so a document is accepted
// by "the schema" when it is I-JSON by the independent check ijson below and the validator
// accepts it.

// decoders maps each schema file to the SDK's strict decoder of its documents.
func decoders() map[string]func([]byte) error {
	return map[string]func([]byte) error{
		AllocationRequest: func(b []byte) error {
			_, err := allocation.DecodeRequest(bytes.NewReader(b))
			return err
		},
		AllocationResponse: func(b []byte) error {
			_, err := allocation.DecodeResponse(bytes.NewReader(b))
			return err
		},
		Network: func(b []byte) error {
			_, err := lnet.Decode[lnet.Network](bytes.NewReader(b))
			return err
		},
		Application: func(b []byte) error {
			_, err := lnet.Decode[lnet.Application](bytes.NewReader(b))
			return err
		},
		Grant: func(b []byte) error {
			_, err := lnet.Decode[lnet.Grant](bytes.NewReader(b))
			return err
		},
		EligibilityReport: func(b []byte) error {
			_, err := eligibility.DecodeReport(b)
			return err
		},
		CalendarSchedule: func(b []byte) error {
			_, err := calendar.DecodeSchedule(b)
			return err
		},
	}
}

// examples returns the valid example documents of each schema.
func examples(t *testing.T) map[string][][]byte {
	t.Helper()
	out := map[string][][]byte{
		Network:           {readFile(t, "../lnet/testdata/models/network.golden.json")},
		Application:       {readFile(t, "testdata/application.json")},
		Grant:             {readFile(t, "testdata/grant.json")},
		CalendarSchedule:  {readFile(t, "testdata/schedule.json")},
		EligibilityReport: {readFile(t, "../eligibility/testdata/report.json")},
		AllocationRequest: {readFile(t, "../examples/allocate/testdata/request.json")},
		AllocationResponse: {
			readFile(t, "../examples/allocate/testdata/golden/request.json"),
			readFile(t, "../examples/allocate/testdata/golden/default.json"),
		},
	}
	paths, err := filepath.Glob("../allocation/testdata/conformance/*.json")
	require.NoError(t, err)
	// Every fifth vector: the vectors repeat the same shapes with other numbers.
	for i, path := range paths {
		if i%5 != 0 {
			continue
		}
		var c vector
		require.NoError(t, json.Unmarshal(readFile(t, path), &c))
		if c.Error != "" {
			continue
		}
		out[AllocationRequest] = append(out[AllocationRequest], c.Request)
		req, err := allocation.DecodeRequest(bytes.NewReader(c.Request))
		require.NoError(t, err, path)
		resp, err := req.Allocate()
		require.NoError(t, err, path)
		out[AllocationResponse] = append(out[AllocationResponse], marshal(t, resp))
	}
	return out
}

// goTypeName matches what an error must never show: Go type names and Go syntax.
var goTypeName = regexp.MustCompile(`Go (struct|value|type)|\bstruct\b|map\[|\[\]|\*?\b(lnet|allocation|eligibility|calendar|decimal|big|date|json)\.[A-Z]`)

func TestSchemaAgreement(t *testing.T) {
	v := schemas(t)
	decode := decoders()
	total, refused, known := 0, 0, 0
	for file, docs := range examples(t) {
		for di, doc := range docs {
			root := parseNode(t, doc)
			corpus := append([]mutant{{"example", doc}}, mutants(root)...)
			for _, m := range corpus {
				total++
				want := ijson(m.doc) && validate(t, v.published[file], m.doc) == nil
				err := decode[file](m.doc)
				if m.name == "example" {
					require.True(t, want, "%s example %d is not valid against its schema", file, di)
				}
				if want != (err == nil) && knownDifference(file, m.name, want, err) {
					known++
					continue
				}
				if want != (err == nil) {
					t.Errorf("%s example %d, %s: schema accepts %v, decoder says %v\n%s", file, di, m.name, want, err, clip(m.doc))
					continue
				}
				if err != nil {
					refused++
					if goTypeName.MatchString(err.Error()) {
						t.Errorf("%s, %s: the error names a Go type: %v", file, m.name, err)
					}
				}
			}
		}
	}
	t.Logf("schema-agreement corpus: %d documents, %d refused by both, %d accepted by both, %d known differences",
		total, refused, total-refused-known, known)
	require.Greater(t, total, 1000)
}

// knownDifference reports the disagreements that are by design, each of one kind only:
//
//   - allocation-response.json requires only the fields the conformance vectors' expected
//     responses carry (schema/README.md), while the decoder needs every field of a share
//     to give the exact Result back: the decoder refuses a share without "weight",
//     "key_share", "quota", … that the schema accepts; and it checks that the amounts add
//     up and that the shares are in id order, which no schema can.
//   - Two rules of Validate that the schemas state as well: a service covers at least one
//     municipality (network.json, .municipalities: not null, not []), and a schedule's
//     network id is 1–64 of a–z, 0–9 and '-' (calendar-schedule.json, .network). Decoding
//     reads the form and leaves these to Validate, which refuses them.
func knownDifference(file, mutant string, schemaAccepts bool, err error) bool {
	switch {
	case file == AllocationResponse && schemaAccepts:
		return strings.HasPrefix(mutant, "field left out") || strings.HasPrefix(mutant, "empty array") ||
			err != nil && strings.Contains(err.Error(), "shares not in id order")
	case file == Network && !schemaAccepts:
		return strings.HasSuffix(mutant, ".municipalities") && (strings.HasPrefix(mutant, "null") || strings.HasPrefix(mutant, "empty array"))
	case file == CalendarSchedule && !schemaAccepts:
		return strings.HasSuffix(mutant, " at .network")
	}
	return false
}

func clip(b []byte) string {
	if len(b) > 600 {
		return string(b[:600]) + "…"
	}
	return string(b)
}

// ijson reports whether doc is well-formed JSON, valid UTF-8, without lone surrogate
// escapes and without a name repeated in one object; it uses only encoding/json's tokenizer
// and a scan of the escapes, not the decoding layer under test.
func ijson(doc []byte) bool {
	if !json.Valid(doc) || !utf8.Valid(doc) || loneSurrogate(doc) {
		return false
	}
	dec := json.NewDecoder(bytes.NewReader(doc))
	type frame struct {
		object bool
		names  map[string]bool
		key    bool
	}
	var stack []*frame
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return true
		}
		if err != nil {
			return false
		}
		top := func() *frame {
			if len(stack) == 0 {
				return nil
			}
			return stack[len(stack)-1]
		}()
		if name, ok := tok.(string); ok && top != nil && top.object && top.key {
			if top.names[name] {
				return false
			}
			top.names[name] = true
			top.key = false
			continue
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, &frame{object: true, names: map[string]bool{}, key: true})
			continue
		case json.Delim('['):
			stack = append(stack, &frame{})
			continue
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
		}
		if t := func() *frame {
			if len(stack) == 0 {
				return nil
			}
			return stack[len(stack)-1]
		}(); t != nil && t.object {
			t.key = true
		}
	}
}

// loneSurrogate reports whether a string of the (well-formed) JSON text doc has a \u escape
// of a surrogate that is not half of a pair.
func loneSurrogate(doc []byte) bool {
	hex := func(b []byte) (int, bool) {
		if len(b) < 4 {
			return 0, false
		}
		n := 0
		for _, c := range b[:4] {
			n <<= 4
			switch {
			case c >= '0' && c <= '9':
				n |= int(c - '0')
			case c >= 'a' && c <= 'f':
				n |= int(c-'a') + 10
			case c >= 'A' && c <= 'F':
				n |= int(c-'A') + 10
			default:
				return 0, false
			}
		}
		return n, true
	}
	in := false
	for i := 0; i < len(doc); i++ {
		c := doc[i]
		switch {
		case !in && c == '"':
			in = true
		case in && c == '"':
			in = false
		case in && c == '\\':
			if doc[i+1] != 'u' {
				i++
				continue
			}
			r, _ := hex(doc[i+2:])
			i += 5
			if r >= 0xDC00 && r <= 0xDFFF {
				return true
			}
			if r >= 0xD800 && r <= 0xDBFF {
				if i+6 >= len(doc) || doc[i+1] != '\\' || doc[i+2] != 'u' {
					return true
				}
				lo, ok := hex(doc[i+3:])
				if !ok || lo < 0xDC00 || lo > 0xDFFF {
					return true
				}
				i += 6
			}
		}
	}
	return false
}

// node is a JSON value that keeps the order of object members and the text of scalars.
type node struct {
	kind    byte // '{', '[', or 's' for a scalar
	keys    []string
	members []*node
	raw     string // a scalar's JSON text
}

func parseNode(t *testing.T, doc []byte) *node {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	n, err := readNode(dec)
	require.NoError(t, err)
	return n
}

func readNode(dec *json.Decoder) (*node, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch tok {
	case json.Delim('{'):
		n := &node{kind: '{'}
		for dec.More() {
			k, err := dec.Token()
			if err != nil {
				return nil, err
			}
			v, err := readNode(dec)
			if err != nil {
				return nil, err
			}
			n.keys = append(n.keys, k.(string))
			n.members = append(n.members, v)
		}
		_, err := dec.Token()
		return n, err
	case json.Delim('['):
		n := &node{kind: '['}
		for dec.More() {
			v, err := readNode(dec)
			if err != nil {
				return nil, err
			}
			n.members = append(n.members, v)
		}
		_, err := dec.Token()
		return n, err
	}
	b, err := json.Marshal(tok)
	return &node{kind: 's', raw: string(b)}, err
}

func (n *node) write(b *bytes.Buffer) {
	switch n.kind {
	case '{':
		b.WriteByte('{')
		for i, k := range n.keys {
			if i > 0 {
				b.WriteByte(',')
			}
			if strings.HasPrefix(k, "\x00raw:") {
				b.WriteString(strings.TrimPrefix(k, "\x00raw:"))
			} else {
				kb, _ := json.Marshal(k)
				b.Write(kb)
			}
			b.WriteByte(':')
			n.members[i].write(b)
		}
		b.WriteByte('}')
	case '[':
		b.WriteByte('[')
		for i, m := range n.members {
			if i > 0 {
				b.WriteByte(',')
			}
			m.write(b)
		}
		b.WriteByte(']')
	default:
		b.WriteString(n.raw)
	}
}

func (n *node) clone() *node {
	c := &node{kind: n.kind, keys: slices.Clone(n.keys), raw: n.raw}
	for _, m := range n.members {
		c.members = append(c.members, m.clone())
	}
	return c
}

type mutant struct {
	name string
	doc  []byte
}

// position is a place in the tree: the container and the index of a member in it.
type position struct {
	parent *node
	index  int
	path   string
}

func positions(n *node, path string, out *[]position) {
	for i, m := range n.members {
		p := fmt.Sprintf("%s[%d]", path, i)
		if n.kind == '{' {
			p = path + "." + n.keys[i]
		}
		*out = append(*out, position{n, i, p})
		positions(m, p, out)
	}
}

var (
	plainNumber = regexp.MustCompile(`^"[0-9]+(\.[0-9]+)?"$`)
)

// mutants returns the mutants of the document root. Each is made on a copy.
func mutants(root *node) []mutant {
	var out []mutant
	emit := func(name string, r *node) {
		var b bytes.Buffer
		r.write(&b)
		out = append(out, mutant{name, b.Bytes()})
	}
	// edit applies f to a copy of the tree at the position with the same path.
	var pos []position
	positions(root, "", &pos)
	edit := func(name string, at int, f func(parent *node, i int)) {
		c := root.clone()
		var cp []position
		positions(c, "", &cp)
		f(cp[at].parent, cp[at].index)
		emit(name+" at "+pos[at].path, c)
	}
	// The document itself.
	{
		c := root.clone()
		emit("document in an array", &node{kind: '[', members: []*node{c}})
		c = root.clone()
		if c.kind == '{' {
			c.keys = append(c.keys, "x_unknown")
			c.members = append(c.members, &node{kind: 's', raw: "1"})
			emit("unknown field at the top", c)
		}
	}
	// At most maxPositions places per document, spread evenly, so that a large example
	// (the golden network, a report) costs as much as a small one.
	const maxPositions = 120
	step := max(1, (len(pos)+maxPositions-1)/maxPositions)
	for at, p := range pos {
		if at%step != 0 {
			continue
		}
		v := p.parent.members[p.index]
		if p.parent.kind == '{' {
			key := p.parent.keys[p.index]
			if up := strings.ToUpper(key[:1]) + key[1:]; up != key {
				edit("key in another case", at, func(par *node, i int) { par.keys[i] = up })
			}
			edit("key repeated", at, func(par *node, i int) {
				par.keys = append(par.keys, par.keys[i])
				par.members = append(par.members, par.members[i].clone())
			})
			edit("field left out", at, func(par *node, i int) {
				par.keys = slices.Delete(par.keys, i, i+1)
				par.members = slices.Delete(par.members, i, i+1)
			})
			edit("invalid UTF-8 in a key", at, func(par *node, i int) {
				kb, _ := json.Marshal(par.keys[i])
				par.keys[i] = "\x00raw:" + string(kb[:len(kb)-1]) + "\xff\""
			})
		}
		if v.kind == '{' {
			edit("unknown field", at, func(par *node, i int) {
				m := par.members[i]
				m.keys = append(m.keys, "x_unknown")
				m.members = append(m.members, &node{kind: 's', raw: `"x"`})
			})
		}
		if v.kind == '[' && len(v.members) > 0 {
			edit("empty array", at, func(par *node, i int) { par.members[i] = &node{kind: '['} })
		}
		set := func(name, raw string) {
			edit(name, at, func(par *node, i int) { par.members[i] = &node{kind: 's', raw: raw} })
		}
		set("null", "null")
		switch {
		case v.kind == 's' && strings.HasPrefix(v.raw, `"`):
			set("a number for a string", "12")
			set("true for a string", "true")
			if plainNumber.MatchString(v.raw) {
				set("a JSON number for a numeric string", strings.Trim(v.raw, `"`))
				set("Norwegian form", `"kr `+strings.Trim(v.raw, `"`)+`"`)
			}
			set("invalid UTF-8", v.raw[:len(v.raw)-1]+"\xff\"")
			set("lone surrogate", v.raw[:len(v.raw)-1]+`\ud800"`)
			set("lone low surrogate", `"\udc00`+v.raw[1:])
			set("surrogate pair", v.raw[:len(v.raw)-1]+`\ud83d\ude00"`)
		case v.kind == 's':
			set("a string for a number or literal", `"`+v.raw+`"`)
		default:
			set("a string for a container", `"x"`)
		}
		edit("nested one level deeper", at, func(par *node, i int) {
			par.members[i] = &node{kind: '[', members: []*node{par.members[i]}}
		})
	}
	return out
}
