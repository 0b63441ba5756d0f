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
	// g is the fact with its note, final when kind is noteGiven, worded for the day when
	// render is asked for when kind is noteWorded; nil for the other kinds, which render
	// the path, the value and the note from x.
	g    *Evidence
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
	noteOtherScheme  // x[0] the scheme
	// Notes of the rules, worded for the report's date for the SDK's own rules.
	noteWorded        // g, worded when rendered
	noteAppScheme     // x[0] the scheme
	notePartCost      // x[0] requested, x[1] total cost, in øre
	noteWholeCost     // the whole cost or more is requested
	noteBudget        // x[0] the category, x[1] requested, x[2] cost, in øre
	noteDevelopment   // every budget line is development
	noteDeadlineMet   // x[0] submitted, x[1] deadline
	noteDeadlineAfter // x[0] submitted, x[1] deadline
	noteCap           // x[0] requested, x[1] the cap, in øre
)

// render returns the evidence as f's: with its note rendered and worded for f's day when
// the note is the SDK's own.
func (e *evidence) render(f *finding) Evidence {
	if e.kind == noteGiven {
		return *e.g
	}
	out := e.lazy()
	if f.own || e.kind < noteWorded {
		out.Note = dated(out.Note, f.day)
	} else {
		out.Note = dated(out.Note, 0)
	}
	return out
}

// lazy renders the fact of the evidence's kind, its note with the marks of lit still in it.
func (e *evidence) lazy() Evidence {
	x := e.x
	switch e.kind {
	case noteNotInEdition:
		y := Edition(x[0]).years()
		return Evidence{Note: Msg("Regelen er ikke med i retningslinjene fra "+y+".", "Regelen er ikkje med i retningslinjene frå "+y+".", "The rule is not part of the guidelines of "+y+".")}
	case noteOtherScheme:
		s := lnet.Scheme(x[0])
		nb, nn, en := schemeName(s)
		return Evidence{Value: s.String(), Note: Msg("Gjelder ikke ordningen «"+nb+"».", "Gjeld ikkje ordninga «"+nn+"».", "Does not apply to the scheme «"+en+"».")}
	case noteWorded:
		return *e.g
	case noteAppScheme:
		s := lnet.Scheme(x[0])
		nb, nn, en := schemeName(s)
		return Evidence{Path: "scheme", Value: s.String(), Note: Msg(capitalize(nb)+", "+s.Form()+".", capitalize(nn)+", "+s.Form()+".", capitalize(en)+", "+s.Form()+".")}
	case notePartCost:
		reqNB, reqEN := kronerOre(x[0])
		totalNB, totalEN := kronerOre(x[1])
		ownNB, ownEN := kronerOre(x[1] - x[0])
		return Evidence{Path: "requested", Value: oreString(x[0]), Note: Msg("Søkt "+reqNB+" av totalkostnad "+totalNB+" (egenandel "+ownNB+").",
			"Søkt "+reqNB+" av totalkostnad "+totalNB+" (eigendel "+ownNB+").",
			"Requested "+reqEN+" of total cost "+totalEN+" (own contribution "+ownEN+").")}
	case noteWholeCost:
		return Evidence{Note: Msg("Det søkes om hele kostnaden eller mer; retningslinjene sier at midlene kan dekke deler av kostnadene.",
			"Det blir søkt om heile kostnaden eller meir; retningslinjene seier at midlane kan dekkje delar av kostnadene.",
			"The whole cost or more is requested; the guidelines say the money may cover part of the costs.")}
	case noteBudget:
		k := lnet.BudgetCategory(x[0])
		nb, nn, en := k.Norwegian(), k.Nynorsk(), k.English()
		if !k.Valid() {
			nb, nn, en = "uten kategori", "utan kategori", "no category"
		}
		rNB, rEN := kronerOre(x[1])
		cNB, cEN := kronerOre(x[2])
		return Evidence{Path: "budget", Value: k.String(), Note: Msg(capitalize(nb)+": søkt "+rNB+" av "+cNB+".", capitalize(nn)+": søkt "+rNB+" av "+cNB+".", capitalize(en)+": requested "+rEN+" of "+cEN+".")}
	case noteDevelopment:
		return Evidence{Note: Msg("Alle budsjettpostene hører til retningslinjenes eksempler på utviklingskostnader eller til reiser og samlinger.",
			"Alle budsjettpostane høyrer til døma på utviklingskostnader i retningslinjene eller til reiser og samlingar.",
			"Every budget line is among the guidelines' examples of development costs or is travel and gatherings.")}
	case noteDeadlineMet:
		s, d := isoDate(date.Date(x[0])), isoDate(date.Date(x[1]))
		return Evidence{Path: "submitted", Value: s, Note: Msg("Sendt "+s+"; fristen er "+d+".", "Send "+s+"; fristen er "+d+".", "Submitted "+s+"; the deadline is "+d+".")}
	case noteDeadlineAfter:
		s, d := isoDate(date.Date(x[0])), isoDate(date.Date(x[1]))
		days := int(x[0] - x[1])
		k := strconv.Itoa(days)
		return Evidence{Path: "submitted", Value: s, Note: Msg("Sendt "+s+", "+k+" "+plural(days, "dag", "dager")+" etter fristen "+d+".",
			"Send "+s+", "+k+" "+plural(days, "dag", "dagar")+" etter fristen "+d+".",
			"Submitted "+s+", "+k+" "+plural(days, "day", "days")+" after the deadline "+d+".")}
	case noteCap:
		reqNB, reqEN := kronerOre(x[0])
		capNB, capEN := kronerOre(x[1])
		return Evidence{Path: "requested", Value: oreString(x[0]), Note: Msg("Søkt "+reqNB+"; taket er "+capNB+".", "Søkt "+reqNB+"; taket er "+capNB+".", "Requested "+reqEN+"; the cap is "+capEN+".")}
	}
	return Evidence{}
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
	facts    []Evidence
	msgs     []Message
	handles  []Finding
	sizes    [4]int // the sizes of the last blocks of findings, evidence, facts and messages
	offices  map[officeKey]*Message
	worded   map[any]*Evidence // facts of the application rules, per network and office or project
	reuse    bool              // a batch of applications: look texts up once, in offices and worded
	infos    []RuleInfo        // the descriptions of the office rules, in their order
	err      error             // the first rule that panicked, a *RuleError
}

// officeKey identifies an office's name as a case looks it up.
type officeKey struct {
	id  lnet.OfficeID
	day date.Date
	ok  bool
	reg *lnet.Register
}

// Blocks grow from minBlock to maxBlock: one evaluation allocates little, a batch rarely.
const (
	minBlock = 8
	maxBlock = 1024
)

// grow returns the size of the next block of kind i that must hold n.
func (b *batch) grow(i, n int) int {
	s := min(max(2*b.sizes[i], minBlock), maxBlock)
	b.sizes[i] = s
	return max(s, n)
}

// finding returns a new zero finding.
func (b *batch) finding() *finding {
	if b == nil {
		return new(finding)
	}
	if len(b.findings) == 0 {
		b.findings = make([]finding, b.grow(0, 1))
	}
	f := &b.findings[0]
	b.findings = b.findings[1:]
	return f
}

// evidence returns an empty slice with room for n facts; appending more reallocates.
func (b *batch) evidence(n int) []evidence {
	if b == nil {
		return make([]evidence, 0, n)
	}
	if len(b.ev) < n {
		b.ev = make([]evidence, b.grow(1, n))
	}
	out := b.ev[:0:n]
	b.ev = b.ev[n:]
	return out
}

// fact returns a pointer to a copy of e.
func (b *batch) fact(e Evidence) *Evidence {
	if b == nil {
		return &e
	}
	if len(b.facts) == 0 {
		b.facts = make([]Evidence, b.grow(2, 1))
	}
	p := &b.facts[0]
	*p = e
	b.facts = b.facts[1:]
	return p
}

// one returns the one fact e.
func (b *batch) one(e evidence) []evidence { return append(b.evidence(1), e) }

// message returns a pointer to a copy of m.
func (b *batch) message(m Message) *Message {
	if b == nil {
		return &m
	}
	if len(b.msgs) == 0 {
		b.msgs = make([]Message, b.grow(3, 1))
	}
	p := &b.msgs[0]
	*p = m
	b.msgs = b.msgs[1:]
	return p
}

// findings returns an empty slice of findings with room for n.
func (b *batch) findingSlice(n int) []Finding {
	if b == nil || n > maxBlock {
		return make([]Finding, 0, n)
	}
	if len(b.handles) < n {
		b.handles = make([]Finding, min(max(2*len(b.handles), 4*n), maxBlock))
	}
	out := b.handles[:0:n]
	b.handles = b.handles[n:]
	return out
}

// given returns evidence es as the evaluation keeps it: each with its note given. The
// evidence points into es, which a rule's check returns and no longer changes, as the
// findings did when they held it as it was.
func (b *batch) given(es []Evidence) []evidence {
	if len(es) == 0 {
		return nil
	}
	out := b.evidence(len(es))
	for i := range es {
		out = append(out, evidence{g: &es[i]})
	}
	return out
}

// ev returns evidence at path with value and a note in the three languages, rendered now.
func (c Case) ev(path, value, nb, nn, en string) evidence {
	return evidence{g: c.b.fact(Evidence{Path: path, Value: value, Note: Msg(nb, nn, en)})}
}

// lazyEv returns evidence of kind with the values x, rendered when asked for.
func lazyEv(kind noteKind, x ...int64) evidence {
	e := evidence{kind: kind}
	copy(e.x[:], x)
	return e
}

// worded returns the fact the application rules give for key, made by build once per batch,
// whose note is worded for the day when rendered.
func (c Case) worded(key any, build func() Evidence) evidence {
	b := c.b
	if b != nil && b.reuse {
		if g, ok := b.worded[key]; ok {
			return evidence{g: g, kind: noteWorded}
		}
	}
	g := b.fact(build())
	if b != nil && b.reuse {
		if b.worded == nil {
			b.worded = make(map[any]*Evidence)
		}
		b.worded[key] = g
	}
	return evidence{g: g, kind: noteWorded}
}

// result returns an outcome with status and the facts es, kept in the case's batch.
func (c Case) result(status Status, es ...evidence) outcome {
	out := c.b.evidence(len(es))
	return outcome{status, append(out, es...)}
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
	n, err := lnet.NOKFromOre(v)
	if err != nil { // v always comes from NOK.Ore, so this does not happen
		s := oreString(v)
		return "kr " + s, "NOK " + s
	}
	return kroner(n)
}
