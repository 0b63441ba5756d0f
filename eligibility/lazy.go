package eligibility

import (
	"strconv"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Findings keep their texts unrendered: an evidence holds either its note, rendered when the
// rule ran (the rules of the network and the project, which a batch runs once, and office
// rules), or the kind of its note and the few values the note needs (the application rules,
// which run for every application), rendered when the finding's evidence is asked for. The
// findings, the evidence and the notes of a batch are cut from blocks the batch shares
// (batch), so that an application costs a few allocations, not one per text.

// evidence is one fact of a finding as the finding keeps it; render gives its [Evidence].
type evidence struct {
	path  string
	value string // value, unless the kind renders it from x
	// t is the note, final, when kind is noteGiven; else a text the kind's note includes.
	t    *Message
	s    string   // a text of the model the note includes (a name, a title)
	x    [3]int64 // numbers the note includes: amounts in øre, days, enum values
	kind noteKind
}

// noteKind is the kind of an evidence's note: given, or one of the SDK's sentences rendered
// from the evidence's values.
type noteKind uint8

const (
	noteGiven noteKind = iota
	// Notes of the evaluator, worded for the report's date for any rule.
	noteNotInEdition // x[0] the edition
	noteOtherScheme  // x[0] the scheme; value from it
	// Notes of the rules, worded for the report's date for the SDK's own rules.
	noteApplicant     // s the network's name, t the office that follows it up
	noteAppProject    // s the project's title
	noteAppScheme     // x[0] the scheme
	notePartCost      // x[0] requested, x[1] total cost, in øre; value from x[0]
	noteWholeCost     // the whole cost or more is requested
	noteBudget        // x[0] the category, x[1] requested, x[2] cost, in øre
	noteDevelopment   // every budget line is development
	noteDeadlineMet   // x[0] submitted, x[1] deadline; value from x[0]
	noteDeadlineAfter // x[0] submitted, x[1] deadline; value from x[0]
	noteCap           // x[0] requested, x[1] the cap, in øre; value from x[0]
)

// render returns the evidence as f's: with its note rendered and worded for f's day when
// the note is the SDK's own.
func (e *evidence) render(f *finding) Evidence {
	if e.kind == noteGiven {
		return Evidence{Path: e.path, Value: e.value, Note: *e.t}
	}
	v, m := e.lazy()
	if v == "" {
		v = e.value
	}
	if f.own || e.kind < noteApplicant {
		m = dated(m, f.day)
	} else {
		m = dated(m, 0)
	}
	return Evidence{Path: e.path, Value: v, Note: m}
}

// lazy renders the value, if the kind has one, and the note of the evidence's kind, with the
// marks of lit still in it.
func (e *evidence) lazy() (value string, m Message) {
	x := e.x
	switch e.kind {
	case noteNotInEdition:
		y := Edition(x[0]).years()
		return "", Msg("Regelen er ikke med i retningslinjene fra "+y+".", "Regelen er ikkje med i retningslinjene frå "+y+".", "The rule is not part of the guidelines of "+y+".")
	case noteOtherScheme:
		s := lnet.Scheme(x[0])
		nb, nn, en := schemeName(s)
		return s.String(), Msg("Gjelder ikke ordningen «"+nb+"».", "Gjeld ikkje ordninga «"+nn+"».", "Does not apply to the scheme «"+en+"».")
	case noteApplicant:
		n := lit(e.s)
		return "", Msg("«"+n+"», fulgt opp av "+e.t.NB+".", "«"+n+"», følgt opp av "+e.t.NN+".", "«"+n+"», followed up by the "+e.t.EN+".")
	case noteAppProject:
		t := lit(e.s)
		return "", Msg("Prosjekt «"+t+"».", "Prosjekt «"+t+"».", "Project «"+t+"».")
	case noteAppScheme:
		s := lnet.Scheme(x[0])
		nb, nn, en := schemeName(s)
		return "", Msg(capitalize(nb)+", "+s.Form()+".", capitalize(nn)+", "+s.Form()+".", capitalize(en)+", "+s.Form()+".")
	case notePartCost:
		reqNB, reqEN := kronerOre(x[0])
		totalNB, totalEN := kronerOre(x[1])
		ownNB, ownEN := kronerOre(x[1] - x[0])
		return oreString(x[0]), Msg("Søkt "+reqNB+" av totalkostnad "+totalNB+" (egenandel "+ownNB+").",
			"Søkt "+reqNB+" av totalkostnad "+totalNB+" (eigendel "+ownNB+").",
			"Requested "+reqEN+" of total cost "+totalEN+" (own contribution "+ownEN+").")
	case noteWholeCost:
		return "", Msg("Det søkes om hele kostnaden eller mer; retningslinjene sier at midlene kan dekke deler av kostnadene.",
			"Det blir søkt om heile kostnaden eller meir; retningslinjene seier at midlane kan dekkje delar av kostnadene.",
			"The whole cost or more is requested; the guidelines say the money may cover part of the costs.")
	case noteBudget:
		k := lnet.BudgetCategory(x[0])
		nb, nn, en := k.Norwegian(), k.Nynorsk(), k.English()
		if !k.Valid() {
			nb, nn, en = "uten kategori", "utan kategori", "no category"
		}
		rNB, rEN := kronerOre(x[1])
		cNB, cEN := kronerOre(x[2])
		return "", Msg(capitalize(nb)+": søkt "+rNB+" av "+cNB+".", capitalize(nn)+": søkt "+rNB+" av "+cNB+".", capitalize(en)+": requested "+rEN+" of "+cEN+".")
	case noteDevelopment:
		return "", Msg("Alle budsjettpostene hører til retningslinjenes eksempler på utviklingskostnader eller til reiser og samlinger.",
			"Alle budsjettpostane høyrer til døma på utviklingskostnader i retningslinjene eller til reiser og samlingar.",
			"Every budget line is among the guidelines' examples of development costs or is travel and gatherings.")
	case noteDeadlineMet:
		s, d := isoDate(date.Date(x[0])), isoDate(date.Date(x[1]))
		return s, Msg("Sendt "+s+"; fristen er "+d+".", "Send "+s+"; fristen er "+d+".", "Submitted "+s+"; the deadline is "+d+".")
	case noteDeadlineAfter:
		s, d := isoDate(date.Date(x[0])), isoDate(date.Date(x[1]))
		days := int(x[0] - x[1])
		k := strconv.Itoa(days)
		return s, Msg("Sendt "+s+", "+k+" "+plural(days, "dag", "dager")+" etter fristen "+d+".",
			"Send "+s+", "+k+" "+plural(days, "dag", "dagar")+" etter fristen "+d+".",
			"Submitted "+s+", "+k+" "+plural(days, "day", "days")+" after the deadline "+d+".")
	case noteCap:
		reqNB, reqEN := kronerOre(x[0])
		capNB, capEN := kronerOre(x[1])
		return oreString(x[0]), Msg("Søkt "+reqNB+"; taket er "+capNB+".", "Søkt "+reqNB+"; taket er "+capNB+".", "Requested "+reqEN+"; the cap is "+capEN+".")
	}
	return "", Message{}
}

// outcome is what a rule's check found, as the evaluation keeps it.
type outcome struct {
	status Status
	ev     []evidence
}

// eager adapts a check that renders its evidence when it runs.
func eager(check func(Case) Outcome) func(Case) outcome {
	return func(c Case) outcome { o := check(c); return outcome{o.Status, c.b.given(o.Evidence)} }
}

// public returns the outcome with its evidence rendered as an undated report has it.
func (o outcome) public() Outcome {
	f := finding{own: true, ev: o.ev}
	evs := Finding{&f}.Evidence()
	for i := range evs {
		evs[i].Note = dated(evs[i].Note, 0)
	}
	return Outcome{Status: o.status, Evidence: evs}
}

// batch is the blocks that the findings, evidence and notes of one evaluation, or of one
// batch of applications, are cut from, and the texts the batch looks up once. A nil batch
// allocates each piece on its own.
type batch struct {
	findings []finding
	ev       []evidence
	msgs     []Message
	handles  []Finding
	offices  map[officeKey]*Message
	infos    []RuleInfo // the descriptions of the office rules, in their order
	err      error      // the first rule that panicked, a *RuleError
}

// officeKey identifies an office's name as a case looks it up.
type officeKey struct {
	id  lnet.OfficeID
	day date.Date
	ok  bool
	reg *lnet.Register
}

// Block sizes: large enough that a batch allocates rarely, small enough that one
// evaluation does not waste much.
const (
	findingBlock  = 64
	evidenceBlock = 64
	messageBlock  = 32
	handleBlock   = 256
)

// finding returns a new zero finding.
func (b *batch) finding() *finding {
	if b == nil {
		return new(finding)
	}
	if len(b.findings) == 0 {
		b.findings = make([]finding, findingBlock)
	}
	f := &b.findings[0]
	b.findings = b.findings[1:]
	return f
}

// evidence returns an empty slice with room for n facts; appending more reallocates.
func (b *batch) evidence(n int) []evidence {
	if b == nil || n > evidenceBlock {
		return make([]evidence, 0, n)
	}
	if len(b.ev) < n {
		b.ev = make([]evidence, evidenceBlock)
	}
	out := b.ev[:0:n]
	b.ev = b.ev[n:]
	return out
}

// one returns the one fact e.
func (b *batch) one(e evidence) []evidence { return append(b.evidence(1), e) }

// message returns a pointer to a copy of m.
func (b *batch) message(m Message) *Message {
	if b == nil {
		return &m
	}
	if len(b.msgs) == 0 {
		b.msgs = make([]Message, messageBlock)
	}
	p := &b.msgs[0]
	*p = m
	b.msgs = b.msgs[1:]
	return p
}

// findings returns an empty slice of findings with room for n.
func (b *batch) findingSlice(n int) []Finding {
	if b == nil || n > handleBlock {
		return make([]Finding, 0, n)
	}
	if len(b.handles) < n {
		b.handles = make([]Finding, handleBlock)
	}
	out := b.handles[:0:n]
	b.handles = b.handles[n:]
	return out
}

// given returns evidence es as the evaluation keeps it: each with its note given.
func (b *batch) given(es []Evidence) []evidence {
	if len(es) == 0 {
		return nil
	}
	out := b.evidence(len(es))
	for _, e := range es {
		out = append(out, evidence{path: e.Path, value: e.Value, t: b.message(e.Note)})
	}
	return out
}

// ev returns evidence at path with value and a note in the three languages, rendered now.
func (c Case) ev(path, value, nb, nn, en string) evidence {
	return evidence{path: path, value: value, t: c.b.message(Msg(nb, nn, en))}
}

// lazyEv returns evidence at path with value whose note of kind is rendered when asked for.
func lazyEv(path, value string, kind noteKind) evidence {
	return evidence{path: path, value: value, kind: kind}
}

// result returns an outcome with status and the facts es, kept in the case's batch.
func (c Case) result(status Status, es ...evidence) outcome {
	out := c.b.evidence(len(es))
	return outcome{status, append(out, es...)}
}

// ore returns n in øre, if it is a whole number of øre of at most 16 digits (every real
// amount); ok is false otherwise.
func ore(n lnet.NOK) (v int64, ok bool) {
	d := n.Decimal()
	exp := d.Exponent()
	if exp > 0 || exp < -2 || d.NumDigits() > 16 {
		return 0, false
	}
	v = d.CoefficientInt64()
	switch exp {
	case -1:
		v *= 10
	case 0:
		v *= 100
	}
	return v, true
}

// oreString formats øre as [lnet.NOK.String] does: "650000", "950000.50", "-0.50".
func oreString(v int64) string {
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	whole := strconv.FormatInt(v/100, 10)
	if frac := v % 100; frac != 0 {
		return sign + whole + "." + strconv.FormatInt(100+frac, 10)[1:]
	}
	return sign + whole
}

// kronerOre formats øre for Norwegian and English text as [kroner] does.
func kronerOre(v int64) (nb, en string) {
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	whole := groupDigits(strconv.FormatInt(v/100, 10))
	if frac := v % 100; frac != 0 {
		f := strconv.FormatInt(100+frac, 10)[1:]
		return "kr " + sign + whole + "," + f, "NOK " + sign + whole + "." + f
	}
	return "kr " + sign + whole, "NOK " + sign + whole
}
