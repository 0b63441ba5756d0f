package allocation

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/laeringsnettverk/sdk/internal/cell"
	"github.com/laeringsnettverk/sdk/lnet"
)

// labels are the words of the Markdown tables, in the languages the SDK writes.
type labels struct {
	recipient, weight, keyShare, quota, amount, bound, remainder             lnet.Text
	pot, unit, method, allocated, residue, unallocated, refused, reason, req lnet.Text
	floor, capWord, yes, no, basis                                           lnet.Text
}

var markdownLabels = labels{
	recipient: lnet.NewText("Mottaker", "Mottakar", "Recipient"),
	weight:    lnet.NewText("Vekt", "Vekt", "Weight"),
	keyShare:  lnet.NewText("Andel av nøkkelen", "Del av nøkkelen", "Share of the key"),
	quota:     lnet.NewText("Kvote (kr)", "Kvote (kr)", "Quota (NOK)"),
	amount:    lnet.NewText("Tildelt", "Tildelt", "Amount"),
	bound:     lnet.NewText("Gulv/tak", "Golv/tak", "Floor/cap"),
	remainder: lnet.NewText("Restenhet (rang)", "Resteining (rang)", "Remainder unit (rank)"),
	pot:       lnet.NewText("Pott", "Pott", "Pot"),
	unit:      lnet.NewText("Enhet", "Eining", "Unit"),
	method:    lnet.NewText("Metode", "Metode", "Method"),
	allocated: lnet.NewText("Fordelt", "Fordelt", "Allocated"),
	residue:   lnet.NewText("Rest under én enhet", "Rest under éi eining", "Residue below one unit"),
	unallocated: lnet.NewText("Ikke fordelt (alle har nådd taket)", "Ikkje fordelt (alle har nådd taket)",
		"Unallocated (all capped)"),
	refused: lnet.NewText("Avslåtte søknader", "Avslåtte søknader", "Refused applications"),
	reason:  lnet.NewText("Begrunnelse", "Grunngiving", "Reason"),
	req:     lnet.NewText("Omsøkt", "Omsøkt", "Requested"),
	floor:   lnet.NewText("gulv", "golv", "floor"),
	capWord: lnet.NewText("tak", "tak", "cap"),
	yes:     lnet.NewText("ja", "ja", "yes"),
	no:      lnet.NewText("nei", "nei", "no"),
	basis:   lnet.NewText("Datagrunnlag", "Datagrunnlag", "Data basis"),
}

func amountIn(l lnet.Language, n lnet.NOK) string { return n.In(l) }

// decimalIn writes a plain decimal ("100000.500000") in the language: unchanged in English,
// with groups of three and a decimal comma in Norwegian ("100 000,500000").
func decimalIn(l lnet.Language, s string) string {
	if l == lnet.English {
		return s
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	if strings.Contains(intPart, "/") {
		return s
	}
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	if hasFrac {
		b.WriteString("," + frac)
	}
	return b.String()
}

func methodIn(l lnet.Language, m Method) string { return m.In(l) }

// WriteMarkdown writes the result as a Markdown table (one row per share) followed by the
// totals, ready to paste into a decision letter. A result with a [Result.Basis] opens with a
// line that says what the key rests on (datagrunnlag), and whether it was carried forward past
// the data. Quotas and key shares are rounded to
// [QuotaPlaces] decimals for display; the JSON and CSV forms carry them exactly.
//
// Ids and reasons are text cells: control characters and bidirectional overrides are shown
// as {U+XXXX}, "|", "\", "<" and ">" are escaped, and a cell that begins with "=", "+",
// "-" or "@" has that character escaped ("\=1+2"), so it renders as written but cannot be
// taken for a formula when the table is pasted into a spreadsheet. The numbers the SDK
// formats (weights, shares, quotas, amounts) are written as they are.
func (r *Result) WriteMarkdown(w io.Writer, lang lnet.Language) error {
	l := markdownLabels
	var b strings.Builder
	if !r.Basis.IsZero() {
		// Before the table, so a key carried forward past the data cannot be missed.
		fmt.Fprintf(&b, "%s: %s\n\n", l.basis.In(lang), cell.Markdown(r.Basis.In(lang)))
	}
	fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s |\n", l.recipient.In(lang), l.weight.In(lang), l.keyShare.In(lang), l.quota.In(lang), l.amount.In(lang), l.bound.In(lang), l.remainder.In(lang))
	b.WriteString("|---|---:|---:|---:|---:|---|---|\n")
	for _, s := range r.Shares() {
		amount, err := s.Amount()
		if err != nil {
			return fmt.Errorf("allocation: share %q: %w", s.ID, err)
		}
		bound := ""
		switch {
		case s.Floored:
			bound = l.floor.In(lang) + " " + amountIn(lang, s.Floor)
		case s.Capped:
			bound = l.capWord.In(lang) + " " + amountIn(lang, *s.Cap)
		}
		rem := ""
		if s.RemainderRank > 0 {
			yn := l.no.In(lang)
			if s.RemainderUnit {
				yn = l.yes.In(lang)
			}
			rem = fmt.Sprintf("%s (%d)", yn, s.RemainderRank)
		} else if s.RemainderUnit {
			rem = l.yes.In(lang)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s |\n", cell.Markdown(s.ID), decimalIn(lang, s.Weight.String()),
			decimalIn(lang, s.KeyShare.Decimal(QuotaPlaces)), decimalIn(lang, s.Quota.Decimal(QuotaPlaces)), amountIn(lang, amount), bound, rem)
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "- %s: %s\n", l.pot.In(lang), amountIn(lang, r.Pot))
	fmt.Fprintf(&b, "- %s: %s\n", l.unit.In(lang), amountIn(lang, r.Unit))
	fmt.Fprintf(&b, "- %s: %s\n", l.method.In(lang), methodIn(lang, r.Method))
	fmt.Fprintf(&b, "- %s: %s\n", l.allocated.In(lang), amountIn(lang, r.Allocated))
	fmt.Fprintf(&b, "- %s: %s\n", l.residue.In(lang), amountIn(lang, r.Residue))
	fmt.Fprintf(&b, "- %s: %s\n", l.unallocated.In(lang), amountIn(lang, r.Unallocated))
	if len(r.Refused) > 0 {
		fmt.Fprintf(&b, "\n%s:\n\n| %s | %s | %s | %s |\n|---|---:|---:|---|\n", l.refused.In(lang), l.recipient.In(lang), l.req.In(lang), l.amount.In(lang), l.reason.In(lang))
		for _, f := range r.Refused {
			fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", cell.Markdown(f.ID), amountIn(lang, f.Requested), amountIn(lang, f.Amount), cell.Markdown(f.Reason))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// CSVHeader returns the header row of [Result.WriteCSV], a new slice on every call.
func CSVHeader() []string {
	return []string{"id", "weight", "key_share", "key_share_exact", "quota", "quota_exact", "floor", "cap",
		"amount", "floored", "capped", "remainder_unit", "remainder_rank"}
}

func (s Share) csvRecord() ([]string, error) {
	amount, err := s.Amount()
	if err != nil {
		return nil, fmt.Errorf("allocation: share %q: %w", s.ID, err)
	}
	c := ""
	if s.Cap != nil {
		c = s.Cap.String()
	}
	return []string{cell.CSV(s.ID), s.Weight.String(), s.KeyShare.Decimal(QuotaPlaces), s.KeyShare.String(),
		s.Quota.Decimal(QuotaPlaces), s.Quota.String(), s.Floor.String(), c, amount.String(),
		strconv.FormatBool(s.Floored), strconv.FormatBool(s.Capped), strconv.FormatBool(s.RemainderUnit),
		strconv.Itoa(s.RemainderRank)}, nil
}

// WriteCSV writes one row per share under [CSVHeader], amounts in the plain form, exact
// fractions beside the rounded ones, an empty cap when there is none. Refused applications
// follow with amount 0 and their reason is not written (see the JSON form).
//
// The id is a text cell, neutralised against spreadsheet formulas (OWASP): an id that
// begins with "=", "+", "-", "@", a tab or a line break gets a leading single quote
// ("'=1+2"), and control characters, line breaks and bidirectional overrides in it are
// written as {U+XXXX}; the JSON form carries ids exactly. The numeric columns are the SDK's
// own formatting and are written as they are, so a spreadsheet reads them as numbers.
func (r *Result) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader()); err != nil {
		return err
	}
	if err := r.writeCSVRows(cw, nil); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

func (r *Result) writeCSVRows(cw *csv.Writer, prefix []string) error {
	for _, s := range r.Shares() {
		rec, err := s.csvRecord()
		if err != nil {
			return err
		}
		if err := cw.Write(append(prefix, rec...)); err != nil {
			return err
		}
	}
	for _, f := range r.Refused {
		rec := []string{cell.CSV(f.ID), "0", "0.000000", "0", "0.000000", "0", "0", f.Requested.String(), "0", "false", "false", "false", "0"}
		if err := cw.Write(append(prefix, rec...)); err != nil {
			return err
		}
	}
	return nil
}

// schemes returns the schemes of the response in their order of introduction.
func (resp *Response) schemes() []lnet.Scheme {
	var out []lnet.Scheme
	for _, s := range lnet.Schemes() {
		if _, ok := resp.Results[s]; ok {
			out = append(out, s)
		}
	}
	return out
}

// WriteCSV writes all results under a "scheme" column followed by [CSVHeader]; the single
// result of a one-pot request has an empty scheme.
func (resp *Response) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(append([]string{"scheme"}, CSVHeader()...)); err != nil {
		return err
	}
	if resp.Result != nil {
		if err := resp.Result.writeCSVRows(cw, []string{""}); err != nil {
			return err
		}
	}
	for _, s := range resp.schemes() {
		if err := resp.Results[s].writeCSVRows(cw, []string{s.String()}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteMarkdown writes one section per scheme (headed by its name in lang and
// application form) or the single result.
func (resp *Response) WriteMarkdown(w io.Writer, lang lnet.Language) error {
	if resp.Result != nil {
		if err := resp.Result.WriteMarkdown(w, lang); err != nil {
			return err
		}
	}
	for i, s := range resp.schemes() {
		name := s.In(lang)
		sep := "\n"
		if i == 0 && resp.Result == nil {
			sep = ""
		}
		name = strings.ToUpper(name[:1]) + name[1:]
		if _, err := fmt.Fprintf(w, "%s## %s (%s)\n\n", sep, name, s.Form()); err != nil {
			return err
		}
		if err := resp.Results[s].WriteMarkdown(w, lang); err != nil {
			return err
		}
	}
	return nil
}
