package calendar

import (
	"fmt"
	"io"
	"strings"

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
// and where a deadline moved). The error is that of [Schedule.Validate], or of w.
func WriteAgenda(w io.Writer, s Schedule, format AgendaFormat) error {
	if err := s.Validate(); err != nil {
		return err
	}
	if format != AgendaText && format != AgendaMarkdown {
		return parseError("agenda format", format.String(), `want "text" or "markdown"`, lnet.ErrInvalidValue)
	}
	items, err := s.items()
	if err != nil {
		return err
	}
	rows := make([]agendaRow, 0, len(items))
	for _, it := range items {
		r := agendaRow{date: it.date.String(), day: norwegianWeekdays[it.date.Weekday()], time: "hele dagen"}
		if ev := it.event; ev != nil {
			if ev.Hours != nil {
				r.time = ev.Hours.String()
			}
			r.what = ev.Title
			r.place = ev.Place
			if ev.Topic != "" {
				r.note = "Tema: " + ev.Topic
			}
		} else {
			d := it.deadline
			r.what = "Frist: " + d.Deadline.Title
			r.note = d.Deadline.Rule.Norwegian()
			if d.Moved {
				r.note = "flyttet fra " + d.Deadline.Date.String() + " (domstolloven § 149)"
			} else if d.DayOff != nil {
				r.note += "; " + d.DayOff.Norwegian() + " er ikke en virkedag"
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
		b.WriteString("## " + mdCell(title) + "\n\n")
		b.WriteString("| Dato | Dag | Tid | Hva | Sted | Merknad |\n")
		b.WriteString("|---|---|---|---|---|---|\n")
		for _, r := range rows {
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n",
				r.date, r.day, r.time, mdCell(r.what), mdCell(r.place), mdCell(r.note))
		}
	} else {
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
			b.WriteString(oneLine(line) + "\n")
		}
	}
	_, err = io.WriteString(w, b.String())
	return err
}

func pad(s string, n int) string { return s + strings.Repeat(" ", max(0, n-len([]rune(s)))) }

// oneLine replaces line breaks and other control characters by spaces.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
}

// mdCell makes s safe in a Markdown table cell: one line, pipes escaped.
func mdCell(s string) string { return strings.ReplaceAll(oneLine(s), "|", `\|`) }
