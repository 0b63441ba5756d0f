// Package errtext translates the reasons the SDK's typed errors carry (lnet.ParseError,
// lnet.FieldError, lnet.LookupError, allocation.FieldError, …) into Norwegian bokmål and
// nynorsk. The reasons are written in English where the error is made; reasons.csv beside
// this file gives each one, a format with the verbs %s, %d, %q and %v, in the three
// languages. A reason is looked up exactly first, then against the formats; the values a
// format matched are put into the translation in the same order, each translated too when it
// is one in turn ("unknown %s" with "scheme" is "ukjent ordning").
//
// [Reasons] finds the reasons a package's code writes, so that a test fails when one has no
// translation.
//
// It is internal: the catalogue is reached through lnet.ErrorText and the errors' Text
// methods.
package errtext

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
)

//go:embed reasons.csv
var reasonsCSV string

// Entry is one reason in the three languages. EN is the reason as the code writes it; NB and
// NN hold the same verbs in the same order.
type Entry struct {
	EN, NB, NN string
}

// catalogue is reasons.csv read once: exact entries by their English text, and the formats
// with verbs as anchored regular expressions.
type catalogue struct {
	exact   map[string]Entry
	formats []format
	err     error
}

type format struct {
	re    *regexp.Regexp
	entry Entry
}

var load = sync.OnceValue(func() *catalogue {
	c := &catalogue{exact: map[string]Entry{}}
	entries, err := Entries()
	if err != nil {
		c.err = err
		return c
	}
	for _, e := range entries {
		c.exact[e.EN] = e
		if verbs.MatchString(e.EN) {
			c.formats = append(c.formats, format{re: pattern(e.EN), entry: e})
		}
	}
	// The most specific format first: "want one of %s" before "want %s".
	sort.SliceStable(c.formats, func(i, j int) bool {
		return literal(c.formats[i].entry.EN) > literal(c.formats[j].entry.EN)
	})
	return c
})

// literal returns how many bytes of the format f are not verbs.
func literal(f string) int { return len(verbs.ReplaceAllString(f, "")) }

// verbs matches the formatting verbs a reason may hold.
var verbs = regexp.MustCompile(`%(\[\d\])?[sdqv]`)

// pattern returns the anchored expression that matches a reason written with the format f.
func pattern(f string) *regexp.Regexp {
	var b strings.Builder
	b.WriteString("^")
	last := 0
	for _, m := range verbs.FindAllStringIndex(f, -1) {
		b.WriteString(regexp.QuoteMeta(f[last:m[0]]))
		b.WriteString("(.*?)")
		last = m[1]
	}
	b.WriteString(regexp.QuoteMeta(f[last:]))
	b.WriteString("$")
	return regexp.MustCompile(b.String())
}

// Entries returns the catalogue in the order of reasons.csv, or what is wrong with the file:
// a wrong header, an empty field, a duplicate reason, or a translation whose verbs differ
// from the English reason's.
func Entries() ([]Entry, error) {
	rows, err := csv.NewReader(strings.NewReader(reasonsCSV)).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("reasons.csv: %w", err)
	}
	if len(rows) == 0 || strings.Join(rows[0], ",") != "en,nb,nn" {
		return nil, fmt.Errorf("reasons.csv: want the header en,nb,nn")
	}
	seen := map[string]bool{}
	out := make([]Entry, 0, len(rows)-1)
	for i, r := range rows[1:] {
		e := Entry{EN: r[0], NB: r[1], NN: r[2]}
		if e.EN == "" || e.NB == "" || e.NN == "" {
			return nil, fmt.Errorf("reasons.csv line %d: an empty field", i+2)
		}
		if seen[e.EN] {
			return nil, fmt.Errorf("reasons.csv line %d: %q twice", i+2, e.EN)
		}
		seen[e.EN] = true
		n := len(verbs.FindAllString(e.EN, -1))
		if len(verbs.FindAllString(e.NB, -1)) != n || len(verbs.FindAllString(e.NN, -1)) != n {
			return nil, fmt.Errorf("reasons.csv line %d: %q: the translations hold other verbs", i+2, e.EN)
		}
		out = append(out, e)
	}
	return out, nil
}

// MaxReason is the longest reason, in bytes, that Lookup matches against the formats; a
// longer one (a reason quoting a long foreign error) is only looked up exactly. With the
// depth of nested lookups (3) and the verbs of a format (at most 4) it bounds the cost of a
// lookup: at most 1 + 4 + 4² scans of the formats, each linear in this length.
const MaxReason = 1024

// Lookup returns the reason in bokmål and nynorsk, and whether the catalogue has it. An
// unknown reason is returned unchanged in both, with false.
func Lookup(reason string) (nb, nn string, ok bool) { return lookup(load(), reason, maxDepth) }

// maxDepth bounds how deep values are looked up in turn: a reason quoting a reason quoting a
// reason is translated, deeper ones keep their English values.
const maxDepth = 3

// lookup is Lookup in c. A value a format matched is looked up in turn, depth levels deep.
func lookup(c *catalogue, reason string, depth int) (nb, nn string, ok bool) {
	if e, ok := c.exact[reason]; ok {
		return e.NB, e.NN, true
	}
	if c.err != nil || len(reason) > MaxReason || depth <= 0 {
		return reason, reason, false
	}
	for _, f := range c.formats {
		m := f.re.FindStringSubmatch(reason)
		if m == nil {
			continue
		}
		args := m[1:]
		return fill(f.entry.NB, args, c, true, depth-1), fill(f.entry.NN, args, c, false, depth-1), true
	}
	return reason, reason, false
}

// fill puts args into the verbs of format, in order (or by index, %[2]s), each translated
// when it is itself an exact entry.
func fill(format string, args []string, c *catalogue, bokmal bool, depth int) string {
	var b strings.Builder
	last, next := 0, 0
	for _, m := range verbs.FindAllStringSubmatchIndex(format, -1) {
		b.WriteString(format[last:m[0]])
		i := next
		if m[2] >= 0 {
			fmt.Sscanf(format[m[2]+1:m[3]-1], "%d", &i)
			i--
		} else {
			next++
		}
		if i >= 0 && i < len(args) {
			nb, nn, _ := lookup(c, args[i], depth)
			if bokmal {
				b.WriteString(nb)
			} else {
				b.WriteString(nn)
			}
		}
		last = m[1]
	}
	b.WriteString(format[last:])
	return b.String()
}

// complete reports whether reason is translated completely: it is an entry itself, or it
// matches a format whose values are each a value (verbs, digits, quoted text, codes: no word
// of two or more lower-case letters outside quotes) or complete in turn, depth levels deep.
// Lookup of a reason that is not complete leaves English words in the Norwegian text ("want
// %s" with "a whole number in range"); the test of the catalogue requires every reason the
// SDK writes to be complete.
func complete(c *catalogue, reason string, depth int) bool {
	if _, ok := c.exact[reason]; ok {
		return true
	}
	if c.err != nil || len(reason) > MaxReason || depth <= 0 {
		return false
	}
	for _, f := range c.formats {
		m := f.re.FindStringSubmatch(reason)
		if m == nil {
			continue
		}
		for _, a := range m[1:] {
			if !isValue(a) && !complete(c, a, depth-1) {
				return false
			}
		}
		return true
	}
	return false
}

// words finds the words of a text that a translation must not leave in English: three or
// more lower-case letters (codes and names such as "JSON", "ICS", "W01" are kept).
var words = regexp.MustCompile(`[a-z]{3,}`)

// quotedOrVerb matches what a value may hold beside words: quoted text and verbs.
var quotedOrVerb = regexp.MustCompile(`"(\\.|[^"\\])*"|'[^']*'|%(\[\d\])?[sdqvw]`)

// isValue reports whether the text a format matched is a value rather than a phrase.
func isValue(s string) bool {
	return !words.MatchString(quotedOrVerb.ReplaceAllString(s, ""))
}
