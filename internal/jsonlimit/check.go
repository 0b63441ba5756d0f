package jsonlimit

import (
	"fmt"
	"strconv"
	"strings"
)

// Limits bounds the shape of a document. A zero field means no limit of that kind, except
// MaxDepth, whose zero means [DefaultMaxDepth].
type Limits struct {
	// MaxDepth is the deepest nesting of arrays and objects; the outermost container is at
	// depth 1.
	MaxDepth int
	// MaxElements is the most elements in one array or members in one object.
	MaxElements int
	// MaxValues is the most values in the document, counting every container, string,
	// number and literal (keys are not values).
	MaxValues int
}

// DefaultMaxDepth is the depth limit when Limits.MaxDepth is zero: that of encoding/json.
const DefaultMaxDepth = 10000

// Kind is the limit an [Error] reports.
type Kind uint8

// The limits of [Limits].
const (
	Depth    Kind = iota + 1 // Limits.MaxDepth
	Elements                 // Limits.MaxElements
	Values                   // Limits.MaxValues
)

// Error reports the first limit a document exceeds.
type Error struct {
	// Kind is the limit exceeded.
	Kind Kind
	// Max is the limit.
	Max int
	// Path locates the innermost container open where the limit was exceeded (for Depth,
	// the one that would hold the new container), by the key or index of each container in
	// the one around it: "recipients", "key.criteria[0].values"; "" is the outermost
	// container, or the document when none is open.
	Path string
	// Offset is the byte offset in the document where the limit was exceeded.
	Offset int
}

// Error returns a message such as "more than 1000000 elements at byte 3000012".
func (e *Error) Error() string {
	return e.Reason() + " at byte " + strconv.Itoa(e.Offset)
}

// Reason returns what was exceeded, without the place: "more than 1000000 elements",
// "nested deeper than 64 levels", "more than 8000000 values".
func (e *Error) Reason() string {
	switch e.Kind {
	case Depth:
		return fmt.Sprintf("nested deeper than %d levels", e.Max)
	case Elements:
		return fmt.Sprintf("more than %d elements", e.Max)
	}
	return fmt.Sprintf("more than %d values", e.Max)
}

// frame is an open array or object.
type frame struct {
	object    bool
	expectKey bool // in an object, the next string is a key
	n         int  // elements (or members) so far
	key       [2]int
}

// Check scans data and returns the first limit it exceeds, or nil.
func Check(data []byte, l Limits) *Error {
	maxDepth := l.MaxDepth
	if maxDepth <= 0 {
		maxDepth = DefaultMaxDepth
	}
	var stack []frame
	values := 0
	fail := func(kind Kind, limit, offset int) *Error {
		return &Error{Kind: kind, Max: limit, Path: path(data, stack), Offset: offset}
	}
	// value counts a value starting at offset i in the innermost container.
	value := func(i int) *Error {
		values++
		if l.MaxValues > 0 && values > l.MaxValues {
			return fail(Values, l.MaxValues, i)
		}
		if len(stack) > 0 {
			top := &stack[len(stack)-1]
			top.n++
			if l.MaxElements > 0 && top.n > l.MaxElements {
				return fail(Elements, l.MaxElements, i)
			}
		}
		return nil
	}
	for i := 0; i < len(data); i++ {
		switch c := data[i]; c {
		case ' ', '\t', '\n', '\r', ':':
		case ',':
			if len(stack) > 0 && stack[len(stack)-1].object {
				stack[len(stack)-1].expectKey = true
			}
		case '"':
			end := stringEnd(data, i)
			if len(stack) > 0 && stack[len(stack)-1].expectKey {
				top := &stack[len(stack)-1]
				top.expectKey = false
				top.key = [2]int{i + 1, max(i+1, end-1)}
			} else if err := value(i); err != nil {
				return err
			}
			i = end - 1
		case '{', '[':
			if err := value(i); err != nil {
				return err
			}
			if len(stack) >= maxDepth {
				return fail(Depth, maxDepth, i)
			}
			stack = append(stack, frame{object: c == '{', expectKey: c == '{'})
		case '}', ']':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		default:
			// A number or literal (or a stray byte): one value up to the next delimiter.
			if err := value(i); err != nil {
				return err
			}
			for i+1 < len(data) && !delimiter(data[i+1]) {
				i++
			}
		}
	}
	return nil
}

// stringEnd returns the offset just past the string starting with the quote at data[i], or
// len(data) for an unterminated string.
func stringEnd(data []byte, i int) int {
	for j := i + 1; j < len(data); j++ {
		switch data[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(data)
}

func delimiter(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', ',', ':', '[', ']', '{', '}', '"':
		return true
	}
	return false
}

// maxPathKey is the longest key written into a path, in bytes.
const maxPathKey = 64

// path names the innermost container of stack: the key or index of each container in the
// one around it.
func path(data []byte, stack []frame) string {
	var b strings.Builder
	for k := 1; k < len(stack) && b.Len() < 1024; k++ {
		parent := stack[k-1]
		if parent.object {
			key := string(data[parent.key[0]:parent.key[1]])
			if len(key) > maxPathKey {
				key = strings.ToValidUTF8(key[:maxPathKey], "") + "…"
			}
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(key)
		} else {
			fmt.Fprintf(&b, "[%d]", parent.n-1)
		}
	}
	return b.String()
}
