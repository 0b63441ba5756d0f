package calendar

import (
	"fmt"
	"io"
	"strings"

	"github.com/laeringsnettverk/sdk/internal/cell"
	"github.com/laeringsnettverk/sdk/lnet"
)

// AgendaFormat is the layout of [WriteAgenda].
type AgendaFormat uint8

const (
	// AgendaText is plain text, one line per event or deadline, columns aligned.
	AgendaText AgendaFormat = iota
	// AgendaMarkdown is a Markdown table, for a wiki page or a letter.
	AgendaMarkdown
)

// ParseAgendaFormat parses "text" or "markdown".
func ParseAgendaFormat(text string) (AgendaFormat, error) {
	if text == "text" {
		return AgendaText, nil
	}
	if text == "markdown" {
		return AgendaMarkdown, nil
	}
	return 0, parseError("agenda format", text, `want "text" or "markdown"`, lnet.ErrInvalidValue)
}

// String returns "text" or "markdown".
func (f AgendaFormat) String() string {
	switch f {
	case AgendaText:
		return "text"
	case AgendaMarkdown:
		return "markdown"
	}
	return fmt.Sprintf("agenda format(%d)", uint8(f))
}

// agendaRow is one line of the agenda.
type agendaRow struct{ date, day, time, what, place, note string }

// WriteAgenda writes the schedule as an agenda in Norwegian (bokmål), in date order: date,
// weekday, time ("hele dagen" for all-day), what, place, and a note for deadlines (the rule,
// and where a deadline moved). It is [WriteAgendaIn] in [lnet.Bokmal]. The error is that of
// [Schedule.Validate], or of w.
func WriteAgenda(w io.Writer, s Schedule, format AgendaFormat) error {
	return WriteAgendaIn(w, s, format, lnet.Bokmal)
}

// WriteAgendaIn writes the schedule as an agenda in lang — bokmål, nynorsk or English — in
// date order: date, weekday, time ("hele dagen", "heile dagen", "all day" for all-day),
// what, place, and a note for deadlines (the rule, and where a deadline moved). Titles are
// in lang where the events and deadlines have them ([Event.TitleIn], [Deadline.TitleIn]);
// places, topics and the schedule's name are written as given. The error is that of
// [Schedule.Validate], wraps [lnet.ErrInvalidValue] for an undefined format or language, or
// is that of w.
//
// Texts from the schedule (its name, titles, places, topics) are kept on their line: line
// breaks and tabs become spaces, and other control characters and bidirectional overrides
// are shown as {U+XXXX}. In Markdown "|", "\", "<" and ">" are escaped too, and a cell that
// begins with "=", "+", "-" or "@" has that character escaped ("\=1+2"), so it renders as
// written but is not taken for a formula when the table is pasted into a spreadsheet.
func WriteAgendaIn(w io.Writer, s Schedule, format AgendaFormat, lang lnet.Language) error {
	if err := s.Validate(); err != nil {
		return err
	}
	if format != AgendaText && format != AgendaMarkdown {
		return parseError("agenda format", format.String(), `want "text" or "markdown"`, lnet.ErrInvalidValue)
	}
	if err := checkLanguage(lang); err != nil {
		return err
	}
	items, err := s.items()
	if err != nil {
		return err
	}
	rows := make([]agendaRow, 0, len(items))
	for _, it := range items {
		r := agendaRow{date: it.date.String(), day: weekdayIn(lang, it.date), time: words.allDay.In(lang)}
		if ev := it.event; ev != nil {
			if ev.Hours != nil {
				r.time = ev.Hours.String()
			}
			r.what = ev.TitleIn(lang)
			r.place = ev.Place
			if ev.Topic != "" {
				r.note = fill(words.topic, lang, ev.Topic)
			}
		} else {
			d := it.deadline
			r.what = fill(words.deadline, lang, d.Deadline.TitleIn(lang))
			r.note = d.Deadline.Rule.In(lang)
			if d.Moved && d.Deadline.statutory() {
				r.note = fill(words.movedFrom, lang, d.Deadline.Date.String())
			} else if d.Moved {
				r.note = fill(words.movedOwn, lang, d.Deadline.Date.String())
			} else if d.DayOff != nil {
				r.note += "; " + fill(words.notWorkingDay, lang, d.DayOff.In(lang))
			}
		}
		rows = append(rows, r)
	}
	title := s.Name
	if title == "" {
		title = s.Network
	}
	var b strings.Builder
	if format == AgendaMarkdown {
		b.WriteString("## " + cell.Markdown(title) + "\n\n")
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", words.date.In(lang), words.day.In(lang),
			words.time.In(lang), words.what.In(lang), words.place.In(lang), words.note.In(lang))
		b.WriteString("|---|---|---|---|---|---|\n")
		for _, r := range rows {
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n",
				r.date, r.day, r.time, cell.Markdown(r.what), cell.Markdown(r.place), cell.Markdown(r.note))
		}
	} else {
		title = cell.Text(title)
		b.WriteString(title + "\n" + strings.Repeat("=", len([]rune(title))) + "\n")
		widths := [2]int{}
		for _, r := range rows {
			widths[0] = max(widths[0], len([]rune(r.day)))
			widths[1] = max(widths[1], len([]rune(r.time)))
		}
		for _, r := range rows {
			line := r.date + "  " + pad(r.day, widths[0]) + "  " + pad(r.time, widths[1]) + "  " + r.what
			if r.place != "" {
				line += " — " + r.place
			}
			if r.note != "" {
				line += " (" + r.note + ")"
			}
			b.WriteString(cell.Text(line) + "\n")
		}
	}
	_, err = io.WriteString(w, b.String())
	return err
}

func pad(s string, n int) string { return s + strings.Repeat(" ", max(0, n-len([]rune(s)))) }
