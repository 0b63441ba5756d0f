package eligibility

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// newActFrom is the day the child welfare act of 2021 (lov om barnevern, barnevernsloven)
// came into force, replacing the act of 1992: 1 January 2023. It names the municipal
// service barnevernstjenesten; the act of 1992 and the guidelines say barneverntjenesten.
var newActFrom = date.New(2023, time.January, 1)

// Marks around model data (a service's name, a decision's text) inside the SDK's own
// sentences, set by lit: the data keeps its spelling whatever the date. The marks are
// private-use characters and never leave the package: term removes them.
const (
	litOpen  = '\uE000'
	litClose = '\uE001'
)

// lit marks s, text from the evaluated model, so that term leaves it as it is. Marks that s
// itself contains are dropped. Text that term would not touch and that cannot upset its
// reading of the sentence (no term, no «», no marks), which is nearly all data, is returned
// as it is, without the cost of marking.
func lit(s string) string {
	if !strings.Contains(s, oldStem) && !strings.Contains(s, oldStemNN) && !hasQuoteOrMark(s) {
		return s
	}
	return string(litOpen) + stripMarks(s) + string(litClose)
}

// markLead is the first byte of the UTF-8 encoding of both marks (U+E000 and U+E001 are
// EE 80 80 and EE 80 81): a text without it has no mark. quoteLead is the first byte of « and
// » (C2 AB, C2 BB).
const (
	markLead  = 0xEE
	quoteLead = 0xC2
)

// hasQuoteOrMark reports whether s holds «, » or a mark. Most texts are rejected by two byte
// scans, without decoding runes.
func hasQuoteOrMark(s string) bool {
	if strings.IndexByte(s, markLead) < 0 && strings.IndexByte(s, quoteLead) < 0 {
		return false
	}
	return strings.ContainsAny(s, "«»\uE000\uE001")
}

// oldStem is the old bokmål term without its first letter, which may be upper or lower
// case, and newStem the new one. oldStemNN and newStemNN are the nynorsk stems, without the
// last letter too, which is e or a (barnevernteneste, barneverntenesta).
const (
	oldStem   = "arneverntjeneste"
	newStem   = "arnevernstjeneste"
	oldStemNN = "arneverntenest"
	newStemNN = "arnevernstenest"
)

// litq returns s quoted as Go quotes it (%q) and marked with lit.
func litq(s string) string { return lit(strconv.Quote(s)) }

// stripMarks returns s without the marks set by lit.
func stripMarks(s string) string {
	if strings.IndexByte(s, markLead) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == litOpen || r == litClose {
			return -1
		}
		return r
	}, s)
}

// term returns text, one of the SDK's own sentences in lang, worded as on day d, without the
// marks set by lit. This is the only place the wording depends on the date.
//
// From 1 January 2023 ([newActFrom]) a Norwegian text uses the term of the child welfare act
// of 2021 where the act of 1992 and the guidelines use the old one: in bokmål
// barnevernstjeneste, barnevernstjenesten, barnevernstjenester, barnevernstjenestene for
// barneverntjeneste…; in nynorsk barnevernsteneste, barnevernstenesta, barnevernstenester,
// barnevernstenestene for barnevernteneste… (also capitalised and in compounds and the
// genitive). English text ("child welfare service"), an undated text (zero d) and a text
// dated before that day keep their wording. So do quotations: text between «» (a title, the
// guidelines' own words) and model data marked by lit. Citations are never passed here: they
// quote the guidelines of 2019 as written.
func term(lang lnet.Language, d date.Date, text string) string {
	old, repl := oldStem, newStem
	if lang == lnet.Nynorsk {
		old, repl = oldStemNN, newStemNN
	}
	if lang == lnet.English || d < newActFrom || !strings.Contains(text, old) {
		return stripMarks(text)
	}
	var b strings.Builder
	b.Grow(len(text) + 4)
	quoted, marked := 0, false
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == litOpen:
			marked = true
		case r == litClose:
			marked = false
		case marked: // « and » inside data quote nothing of the sentence
		case r == '«':
			quoted++
		case r == '»' && quoted > 0:
			quoted--
		}
		if r == litOpen || r == litClose {
			i += n
			continue
		}
		if !marked && quoted == 0 && (r == 'b' || r == 'B') && strings.HasPrefix(text[i+1:], old) {
			b.WriteRune(r)
			b.WriteString(repl)
			i += 1 + len(old)
			continue
		}
		b.WriteString(text[i : i+n])
		i += n
	}
	return b.String()
}

// dated returns m, one of the SDK's own messages, worded as on day d (see term).
func dated(m Message, d date.Date) Message {
	return m.Map(func(lang lnet.Language, s string) string { return term(lang, d, s) })
}
