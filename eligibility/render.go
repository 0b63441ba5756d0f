package eligibility

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/laeringsnettverk/sdk/internal/cell"
	"github.com/laeringsnettverk/sdk/lnet"
)

// Text renders the report as plain text in lang, for a terminal or a case file: a header
// with the edition, the grant year, the date, the scheme and the result; the basis section
// (what the edition rests on, whether it is only the latest known edition, the geography
// data); then the findings grouped by subject, each with its status, id, severity, rule,
// citation and evidence, and a summary line. The findings print as the report holds them,
// worded for its date (see [Report.Date]). Texts from the data (names, titles, citations,
// evidence) are kept on their line: line breaks and tabs become spaces, other control
// characters and bidirectional overrides are shown as {U+XXXX}.
func (r Report) Text(lang lnet.Language) string {
	var b strings.Builder
	heading := cell.Text(r.heading(lang))
	b.WriteString(heading)
	b.WriteString("\n")
	b.WriteString(strings.Repeat("=", len([]rune(heading))))
	b.WriteString("\n")
	r.writeFacts(&b, lang, "")
	for _, g := range r.groups() {
		fmt.Fprintf(&b, "\n%s\n", cell.Text(g.title(lang)))
		for _, f := range g.findings {
			fmt.Fprintf(&b, "  [%s] %s (%s): %s\n", f.Status().In(lang), cell.Text(f.Rule()), f.Severity().In(lang), cell.Text(f.Title().In(lang)))
			fmt.Fprintf(&b, "      %s: %s\n", tr(lang, "Kilde", "Kjelde", "Source"), cell.Text(f.Citation()))
			for _, e := range f.Evidence() {
				fmt.Fprintf(&b, "      - %s\n", cell.Text(e.render(lang)))
			}
		}
	}
	fmt.Fprintf(&b, "\n%s\n", r.summary(lang))
	return b.String()
}

// Markdown renders the report as Markdown in lang: a heading, the facts and the basis
// section as a list (as [Report.Text] has them; a data basis assumed unchanged in bold), and
// one table per subject group with status, rule, severity, text, citation and evidence. Pipes
// and line breaks in the data are escaped, so the tables stay intact; control characters and
// bidirectional overrides are shown as {U+XXXX}, "<" and ">" as entities, and a cell that
// begins with "=", "+", "-" or "@" has that character escaped ("\\-2+3"), so it renders as
// written but is not taken for a formula when the table is pasted into a spreadsheet.
func (r Report) Markdown(lang lnet.Language) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## %s\n\n", mdEscape(r.heading(lang)))
	r.writeFacts(&b, lang, "- ")
	for _, g := range r.groups() {
		fmt.Fprintf(&b, "\n### %s\n\n", mdEscape(g.title(lang)))
		b.WriteString(tr(lang,
			"| Status | Regel | Type | Beskrivelse | Kilde | Grunnlag |\n",
			"| Status | Regel | Type | Skildring | Kjelde | Grunnlag |\n",
			"| Status | Rule | Severity | Description | Source | Evidence |\n"))
		b.WriteString("|---|---|---|---|---|---|\n")
		for _, f := range g.findings {
			facts := f.Evidence()
			ev := make([]string, len(facts))
			for i, e := range facts {
				ev[i] = mdEscape(e.render(lang))
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", mdStatus(f, lang), cell.MarkdownCode(f.Rule()),
				f.Severity().In(lang), mdEscape(f.Title().In(lang)), mdEscape(f.Citation()), strings.Join(ev, "<br>"))
		}
	}
	fmt.Fprintf(&b, "\n%s\n", mdEscape(r.summary(lang)))
	return b.String()
}

func (r Report) heading(lang lnet.Language) string {
	name := r.Name
	if name == "" {
		name = tr(lang, "(uten navn)", "(utan namn)", "(unnamed)")
	}
	return fmt.Sprintf("%s: %s", tr(lang, "Vurdering av "+r.Subject.In(lang), "Vurdering av "+r.Subject.In(lang), "Assessment of "+r.Subject.In(lang)), name)
}

// writeFacts writes the facts, one a line after bullet: edition, grant year, date, scheme
// and result, then the basis section. A data basis assumed unchanged comes first in the
// basis section (in bold in Markdown); then, when the edition is only the latest known, a
// sentence that says so; the edition's basis; and any other data basis. In Markdown (a
// bullet is given) the texts are escaped.
func (r Report) writeFacts(b *strings.Builder, lang lnet.Language, bullet string) {
	md := bullet != ""
	line := func(label, text string, strong bool) {
		if md {
			text = mdEscape(text)
		}
		if strong && md {
			fmt.Fprintf(b, "%s**%s: %s**\n", bullet, label, text)
			return
		}
		fmt.Fprintf(b, "%s%s: %s\n", bullet, label, text)
	}
	line(r.say(lang, "Utgave", "Utgåve", "Edition"), r.Edition.In(lang), false)
	if r.GrantYear != 0 {
		line(r.say(lang, "Tilskuddsår", "Tilskotsår", "Grant year"), strconv.Itoa(r.GrantYear), false)
	}
	if r.Date != 0 {
		line(r.say(lang, "Vurderingsdato", "Vurderingsdato", "Date of assessment"), isoDate(r.Date), false)
	}
	if r.Scheme.Valid() {
		line(r.say(lang, "Ordning", "Ordning", "Scheme"), r.Scheme.In(lang)+" ("+r.Scheme.Form()+")", false)
	}
	line(r.say(lang, "Resultat", "Resultat", "Result"), r.verdict(lang), false)

	data := r.say(lang, "Datagrunnlag", "Datagrunnlag", "Data basis")
	if r.Data.Assumed() {
		line(data, r.Data.In(lang), true)
	}
	if r.LatestKnown && r.Edition.Valid() && r.GrantYear != 0 {
		line(r.say(lang, "Siste kjente utgave", "Siste kjende utgåve", "Latest known edition"), term(lang, r.Date, r.Edition.latestKnownNote(r.GrantYear).In(lang)), false)
	}
	if basis := r.Edition.Basis(); !basis.IsZero() {
		line(r.say(lang, "Grunnlag for utgaven", "Grunnlag for utgåva", "Basis of the edition"), term(lang, r.Date, basis.In(lang)), false)
	}
	if !r.Data.IsZero() && !r.Data.Assumed() {
		line(data, r.Data.In(lang), false)
	}
}

// say returns the SDK's own text nb, nn or en in lang, worded for the report's date.
func (r Report) say(lang lnet.Language, nb, nn, en string) string {
	return term(lang, r.Date, tr(lang, nb, nn, en))
}

func (r Report) verdict(lang lnet.Language) string {
	n := len(r.Blocking())
	switch {
	case n == 0:
		return tr(lang, "alle krav er oppfylt", "alle krav er oppfylte", "all requirements are met")
	case n == 1:
		return tr(lang, "1 krav er ikke oppfylt", "1 krav er ikkje oppfylt", "1 requirement is not met")
	}
	return fmt.Sprintf(tr(lang, "%d krav er ikke oppfylt", "%d krav er ikkje oppfylte", "%d requirements are not met"), n)
}

func (r Report) summary(lang lnet.Language) string {
	return fmt.Sprintf(tr(lang, "Oppsummering: %d oppfylt, %d ikke oppfylt, %d til orientering, %d ikke aktuelt.", "Oppsummering: %d oppfylt, %d ikkje oppfylt, %d til orientering, %d ikkje aktuelt.", "Summary: %d passed, %d failed, %d noted, %d not applicable."),
		r.Count(Passed), r.Count(Failed), r.Count(Noted), r.Count(NotApplicable))
}

// group is a run of findings with the same subject and target.
type group struct {
	subject  Subject
	target   string
	findings []Finding
}

func (g group) title(lang lnet.Language) string {
	t := tr(lang, "Annet", "Anna", "Other")
	if g.subject.Valid() {
		t = capitalize(g.subject.In(lang))
	}
	if g.target != "" {
		t += " «" + g.target + "»"
	}
	return t
}

func (r Report) groups() []group {
	var out []group
	for _, f := range r.Findings {
		if n := len(out); n > 0 && out[n-1].subject == f.Subject() && out[n-1].target == f.Target() {
			out[n-1].findings = append(out[n-1].findings, f)
			continue
		}
		out = append(out, group{subject: f.Subject(), target: f.Target(), findings: []Finding{f}})
	}
	return out
}

func (e Evidence) render(lang lnet.Language) string {
	s := e.Note.In(lang)
	switch {
	case e.Path != "" && e.Value != "":
		s += fmt.Sprintf(" [%s: %s]", e.Path, e.Value)
	case e.Path != "":
		s += fmt.Sprintf(" [%s]", e.Path)
	case e.Value != "":
		s += fmt.Sprintf(" [%s]", e.Value)
	}
	return s
}

func mdStatus(f Finding, lang lnet.Language) string {
	s := f.Status().In(lang)
	if f.Blocks() {
		return "**" + s + "**"
	}
	return s
}

// mdEscape makes text safe inside a Markdown table cell: the rule of package
// internal/cell.
func mdEscape(s string) string { return cell.Markdown(s) }

// tr returns the one of nb, nn and en that is in lang.
func tr(lang lnet.Language, nb, nn, en string) string { return lang.Pick(nb, nn, en) }

// capitalize returns s with its first letter in upper case.
func capitalize(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+utf8.RuneLen(r):]
	}
	return s
}
