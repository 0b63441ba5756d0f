package sdk

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/calendar"
	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/lnet"
)

// Outcome is what the decision (vedtak) says of one application: granted (innvilget),
// eligible but no money allocated, or refused (avslått).
type Outcome uint8

const (
	// OutcomeGranted is an application granted an amount above zero (innvilget).
	OutcomeGranted Outcome = iota + 1
	// OutcomeNotGranted is an eligible application that the allocation gave kr 0, e.g. for a
	// weight of zero or a quota below one unit (ikke tildelt midler).
	OutcomeNotGranted
	// OutcomeRefused is an application refused for a failed requirement not waived
	// (avslått).
	OutcomeRefused
)

// outcomeTexts are the outcomes' names in bokmål, nynorsk and English.
func outcomeTexts() map[Outcome]lnet.Text {
	return map[Outcome]lnet.Text{
		OutcomeGranted:    lnet.NewText("innvilget", "innvilga", "granted"),
		OutcomeNotGranted: lnet.NewText("ikke tildelt midler", "ikkje tildelt midlar", "no money allocated"),
		OutcomeRefused:    lnet.NewText("avslått", "avslått", "refused"),
	}
}

// String returns the identifier: "granted", "not_granted" or "refused"; "" for the zero
// value.
func (o Outcome) String() string {
	switch o {
	case OutcomeGranted:
		return "granted"
	case OutcomeNotGranted:
		return "not_granted"
	case OutcomeRefused:
		return "refused"
	}
	return ""
}

// In returns the outcome in lang: "innvilget", "innvilga", "granted" …; "" for the zero
// value.
func (o Outcome) In(lang lnet.Language) string { return outcomeTexts()[o].In(lang) }

// Decision is one row of the decision table (vedtakstabell): an application, what it asked
// for, what it got and why.
type Decision struct {
	// Application is the application's id.
	Application lnet.ApplicationID
	// Network is the applying network's id.
	Network lnet.NetworkID
	// Scheme is the funding scheme applied under.
	Scheme lnet.Scheme
	// Requested is the amount applied for (omsøkt beløp).
	Requested lnet.NOK
	// Granted is the amount granted (tildelt); zero unless Outcome is [OutcomeGranted].
	Granted lnet.NOK
	// Outcome is the decision.
	Outcome Outcome
	// Grant is the grant made, nil if none.
	Grant *lnet.Grant
	// Refusals are the reasons for a refusal (avslag): the failed requirements not waived.
	Refusals []eligibility.Finding
	// Waived are the failed requirements the office waived for the application.
	Waived []eligibility.Finding
}

// Decisions returns the decision table (vedtakstabell) as data: one row per application,
// scheme by scheme in the call's order, in application id order within a scheme.
func (r *Round) Decisions() []Decision {
	if r == nil {
		return nil
	}
	out := make([]Decision, 0, len(r.Cases))
	for _, sc := range r.Call.Schemes {
		start := len(out)
		for _, c := range r.Cases {
			if c.Application.Scheme != sc.Scheme {
				continue
			}
			d := Decision{Application: c.Application.ID, Network: c.Application.Network, Scheme: sc.Scheme,
				Requested: c.Application.Requested, Refusals: c.Refusals, Waived: c.Waived, Outcome: OutcomeNotGranted}
			if c.Refused() {
				d.Outcome = OutcomeRefused
			} else if g, ok := r.Grant(c.Application.ID); ok {
				d.Outcome, d.Granted, d.Grant = OutcomeGranted, g.Amount, &g
			}
			out = append(out, d)
		}
		slices.SortFunc(out[start:], func(a, b Decision) int { return strings.Compare(string(a.Application), string(b.Application)) })
	}
	return out
}

// tableTexts are the decision table's labels in bokmål, nynorsk and English; %s and %d are
// filled in by WriteDecisionTable.
func tableTexts() map[string]lnet.Text {
	return map[string]lnet.Text{
		"title":       lnet.NewText("Vedtakstabell", "Vedtakstabell", "Decision table"),
		"heading":     lnet.NewText("%s – stimuleringsmidler %d", "%s – stimuleringsmidlar %d", "%s – stimulus grants %d"),
		"edition":     lnet.NewText("Vurdert etter %s.", "Vurdert etter %s.", "Assessed under %s."),
		"decided":     lnet.NewText("Vedtaksdato: %s", "Vedtaksdato: %s", "Date of decision: %s"),
		"appealTitle": lnet.NewText("Klagefrist", "Klagefrist", "Time limit for an appeal"),
		"appeal":      lnet.NewText("Klagefrist: %s (tre uker, her regnet fra vedtaksdatoen)", "Klagefrist: %s (tre veker, her rekna frå vedtaksdatoen)", "Appeal by: %s (three weeks, here reckoned from the date of decision)"),
		"scheme":      lnet.NewText("%s (%s)", "%s (%s)", "%s (%s)"),
		"deadline":    lnet.NewText("søknadsfrist %s", "søknadsfrist %s", "application deadline %s"),
		"pot":         lnet.NewText("pott %s, tildelt %s, ikke fordelt %s", "pott %s, tildelt %s, ikkje fordelt %s", "pot %s, allocated %s, not distributed %s"),
		"spendBy":     lnet.NewText("midlene brukes innen %s", "midlane blir brukte innan %s", "money to be used by %s"),
		"col.app":     lnet.NewText("Søknad", "Søknad", "Application"),
		"col.form":    lnet.NewText("Skjema", "Skjema", "Form"),
		"col.req":     lnet.NewText("Omsøkt", "Omsøkt", "Requested"),
		"col.grant":   lnet.NewText("Tildelt", "Tildelt", "Allocated"),
		"col.out":     lnet.NewText("Vedtak", "Vedtak", "Decision"),
		"col.note":    lnet.NewText("Merknad", "Merknad", "Note"),
		"form":        lnet.NewText("skjema %d", "skjema %d", "form %d"),
		"waived":      lnet.NewText("unntak: %s", "unntak: %s", "waived: %s"),
		"reasons":     lnet.NewText("Begrunnelse for avslag", "Grunngiving for avslag", "Reasons for refusal"),
		"waivers":     lnet.NewText("Unntak embetet har gjort", "Unntak embetet har gjort", "Waivers the governor office made"),
		"none":        lnet.NewText("Ingen søknader.", "Ingen søknader.", "No applications."),
		"sum":         lnet.NewText("Sum", "Sum", "Total"),
		"source":      lnet.NewText("Kilde: %s", "Kjelde: %s", "Source: %s"),
		"grantCount":  lnet.NewText("%d tilskudd, til sammen %s.", "%d tilskot, til saman %s.", "%d grants, %s in all."),
	}
}

// WriteDecisionTable writes the decision table (vedtakstabell) of the round in lang
// (bokmål, nynorsk or English) as plain text: the office and year, the date of the decision
// and the time limit for an appeal; per scheme the deadline, the pot, what was allocated and
// not, and the spend-by date; one row per application ([Round.Decisions]) with the amount
// requested and granted, the decision and, for a refusal or waiver, the rules; then the
// reasons for the refusals and the office's waivers. Amounts are written "kr 1 100 000" in
// Norwegian and "NOK 1,100,000" in English; dates with their weekday. The first write error
// is returned.
func (r *Round) WriteDecisionTable(w io.Writer, lang lnet.Language) error {
	if r == nil {
		return fmt.Errorf("%w: no round (nil *Round)", ErrInvalidCall)
	}
	if !lang.Valid() {
		return fmt.Errorf("%w: language %d is not defined", lnet.ErrInvalidValue, lang)
	}
	t := tableTexts()
	tx := func(key string, args ...any) string { return fmt.Sprintf(t[key].In(lang), args...) }
	p := &printer{w: w}
	heading := tx("title") + ": " + tx("heading", r.Office.TitleIn(lang), r.Call.Year)
	p.line(heading)
	p.line(strings.Repeat("=", utf8.RuneCountInString(heading)))
	p.line("")
	p.line(tx("edition", r.Edition.In(lang)))
	p.line(tx("decided", calendar.DateIn(lang, r.Call.Decided)))
	p.line(tx("appeal", calendar.DateIn(lang, r.Appeal.Due)))
	if r.Call.Source != "" {
		p.line(tx("source", r.Call.Source))
	}
	for _, sc := range r.Call.Schemes {
		res := r.Results[sc.Scheme]
		if res == nil { // a Round built by hand, not by Run
			res = &allocation.Result{}
		}
		p.line("")
		p.line(tx("scheme", sc.Scheme.In(lang), formIn(sc.Scheme, lang, t)))
		p.line("  " + tx("deadline", calendar.DateIn(lang, r.Deadlines[sc.Scheme].Due)))
		left, err := res.Unallocated.Add(res.Residue)
		if err != nil {
			return err
		}
		p.line("  " + tx("pot", money(sc.Pot, lang), money(res.Allocated, lang), money(left, lang)))
		p.line("  " + tx("spendBy", calendar.DateIn(lang, r.SpendBy[sc.Scheme].Due)))
	}
	p.line("")
	decisions := r.Decisions()
	if len(decisions) == 0 {
		p.line(tx("none"))
	} else {
		tab := table{right: []bool{false, false, true, true, false, false}}
		tab.row(tx("col.app"), tx("col.form"), tx("col.req"), tx("col.grant"), tx("col.out"), tx("col.note"))
		var requested, granted lnet.NOK
		for _, d := range decisions {
			var note string
			switch {
			case len(d.Refusals) > 0:
				note = ruleIDs(d.Refusals)
			case len(d.Waived) > 0:
				note = tx("waived", ruleIDs(d.Waived))
			}
			tab.row(string(d.Application), formIn(d.Scheme, lang, t), money(d.Requested, lang), money(d.Granted, lang), d.Outcome.In(lang), note)
			var err error
			if requested, err = requested.Add(d.Requested); err != nil {
				return err
			}
			if granted, err = granted.Add(d.Granted); err != nil {
				return err
			}
		}
		tab.row(tx("sum"), "", money(requested, lang), money(granted, lang), "", "")
		tab.write(p)
		p.line("")
		p.line(tx("grantCount", len(r.Grants), money(granted, lang)))
	}
	if reasons := refusalLines(decisions, lang); len(reasons) > 0 {
		p.line("")
		p.line(tx("reasons"))
		for _, l := range reasons {
			p.line(l)
		}
	}
	if len(r.Waivers) > 0 {
		p.line("")
		p.line(tx("waivers"))
		for _, wv := range r.Waivers {
			p.line("  " + wv.Rule + ": " + wv.Reason)
		}
	}
	return p.err
}

// refusalLines are the reasons for the refusals, one line per failed requirement.
func refusalLines(ds []Decision, lang lnet.Language) []string {
	var out []string
	for _, d := range ds {
		for _, f := range d.Refusals {
			out = append(out, "  "+string(d.Application)+": "+f.Rule()+" – "+FindingNote(f, lang))
		}
	}
	return out
}

// ruleIDs joins the findings' rule ids.
func ruleIDs(fs []eligibility.Finding) string {
	ids := make([]string, len(fs))
	for i, f := range fs {
		ids[i] = f.Rule()
	}
	return strings.Join(ids, ", ")
}

// formIn names the scheme's application form in lang: "skjema 1", "form 1".
func formIn(s lnet.Scheme, lang lnet.Language, t map[string]lnet.Text) string {
	return fmt.Sprintf(t["form"].In(lang), int(s))
}

// money writes an amount the way lang writes it: "kr 1 100 000" in bokmål and nynorsk,
// "NOK 1,100,000" in English, with the øre after a decimal comma or point when there are
// any.
func money(n lnet.NOK, lang lnet.Language) string { return n.In(lang) }

// printer writes lines and keeps the first error.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) line(s string) {
	if p.err != nil {
		return
	}
	_, p.err = io.WriteString(p.w, s+"\n")
}

// table lays out rows in columns two spaces apart, padded by runes; right marks the columns
// aligned to the right. Trailing blanks are cut.
type table struct {
	right []bool
	rows  [][]string
}

func (t *table) row(cells ...string) { t.rows = append(t.rows, cells) }

func (t *table) write(p *printer) {
	width := make([]int, len(t.right))
	for _, r := range t.rows {
		for i, c := range r {
			width[i] = max(width[i], utf8.RuneCountInString(c))
		}
	}
	for _, r := range t.rows {
		var b strings.Builder
		b.WriteString("  ")
		for i, c := range r {
			if i > 0 {
				b.WriteString("  ")
			}
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(c))
			if t.right[i] {
				b.WriteString(pad + c)
			} else {
				b.WriteString(c + pad)
			}
		}
		p.line(strings.TrimRight(b.String(), " "))
	}
}
