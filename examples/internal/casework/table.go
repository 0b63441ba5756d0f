package casework

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Table is a plain-text table with a header row, columns padded to their widest cell, text
// aligned left and the columns listed in Right aligned right (amounts). A header of empty
// cells only sets the number of columns and is not written.
type Table struct {
	// Indent is written before every row.
	Indent string
	// Header names the columns.
	Header []string
	// Right are the indexes of the right-aligned columns.
	Right []int
	rows  [][]string
}

// Row adds a row; missing cells are empty.
func (t *Table) Row(cells ...string) { t.rows = append(t.rows, cells) }

// Render writes the table to w.
func (t *Table) Render(w *Writer) {
	widths := make([]int, len(t.Header))
	all := append([][]string{t.Header}, t.rows...)
	for _, r := range all {
		for i := range widths {
			if i < len(r) {
				widths[i] = max(widths[i], utf8.RuneCountInString(r[i]))
			}
		}
	}
	right := make(map[int]bool, len(t.Right))
	for _, i := range t.Right {
		right[i] = true
	}
	if !slices.ContainsFunc(t.Header, func(h string) bool { return h != "" }) {
		all = all[1:]
	}
	for _, r := range all {
		var b strings.Builder
		b.WriteString(t.Indent)
		for i, width := range widths {
			cell := ""
			if i < len(r) {
				cell = r[i]
			}
			pad := strings.Repeat(" ", width-utf8.RuneCountInString(cell))
			if i > 0 {
				b.WriteString("  ")
			}
			if right[i] {
				b.WriteString(pad + cell)
			} else if i < len(widths)-1 {
				b.WriteString(cell + pad)
			} else {
				b.WriteString(cell)
			}
		}
		w.Println(strings.TrimRight(b.String(), " "))
	}
}
