package allocation

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/laeringsnettverk/sdk/lnet"
)

// csvColumns are the column names a header row may use, case-insensitively, in English,
// bokmål and nynorsk. A first row whose first two fields are such names is a header.
func csvColumns() map[string]int {
	return map[string]int{
		"id": colID, "recipient": colID, "mottaker": colID, "mottakar": colID,
		"weight": colWeight, "vekt": colWeight,
		"floor": colFloor, "gulv": colFloor, "golv": colFloor, "minstebeløp": colFloor,
		"cap": colCap, "tak": colCap, "maksimalbeløp": colCap,
	}
}

const (
	colID = iota
	colWeight
	colFloor
	colCap
	colCount
)

// csvColumnNames are the canonical names of the columns, by column.
var csvColumnNames = [colCount]string{"id", "weight", "floor", "cap"}

// ReadRecipientsCSV reads recipients (mottakere) from CSV rows "id,weight[,floor[,cap]]", as
// scripts and spreadsheets write them:
//
//   - The separator is ',' or ';' (as Norwegian Excel writes it): ';' when the first
//     non-blank record has a ';' outside quotes, else ','. In a ';' file weights may have a
//     decimal comma ("12,5"); a file that mixes decimal commas and points in its weights, a
//     weight with both ("1.234,5"), a decimal comma in a ',' file, or a ';' outside quotes in
//     a ',' file is refused as ambiguous, naming line and column.
//   - A UTF-8 byte order mark is skipped; line ends are LF, CRLF or a lone CR; blank lines
//     and rows of empty fields (";;;") are skipped. Fields may be quoted as in RFC 4180
//     ("a ""b""", line breaks inside quotes); spaces around unquoted fields are ignored.
//   - A header row is recognised by its names, never by a value that fails to parse: the
//     first record is a header when its first two fields are column names, case-insensitive:
//     id (recipient, mottaker, mottakar), weight (vekt), floor (gulv, golv, minstebeløp) and
//     cap (tak, maksimalbeløp). The header may order the columns freely and must name id and
//     weight; without a header the columns are id, weight, floor, cap in that order. A first
//     row "id,5" is data: recipient "id" with weight 5.
//
// Weights are read by [ParseWeight], floors and caps by [lnet.ParseNOK]; an empty floor or
// cap means none. At most [MaxRequestRecipients] records and [MaxRequestBytes] bytes are
// read, each record at most [MaxCSVRecordBytes] bytes. Errors are [*FieldError] with paths
// such as "line 3, column 2 (weight)", wrapping [ErrInvalidRequest] (and [ErrTooLarge] past
// a limit).
func ReadRecipientsCSV(r io.Reader) ([]Recipient, error) {
	cr := newCSVReader(r)
	var (
		recs   []Recipient
		cols   = [colCount]int{0, 1, 2, 3} // field index of each column; -1 when absent
		nCols  = 0                         // fields of the header; 0 without a header
		first  = true
		marks  decimalMarks
		fields []string
	)
	for {
		line, err := cr.next()
		if errors.Is(err, io.EOF) {
			return recs, nil
		}
		if err != nil {
			return nil, err
		}
		if cr.blank() {
			continue
		}
		if first {
			first = false
			if h, ok, err := cr.header(line); err != nil {
				return nil, err
			} else if ok {
				cols, nCols = h, len(cr.ends)
				continue
			}
		}
		if err := cr.checkSeparators(line); err != nil {
			return nil, err
		}
		n := len(cr.ends)
		switch {
		case nCols == 0 && (n < 2 || n > 4):
			return nil, cr.countError(line, fmt.Sprintf("want id%[1]sweight[%[1]sfloor[%[1]scap]], got %d fields", string(cr.sep), n))
		case nCols > 0 && n > nCols:
			return nil, cr.countError(line, fmt.Sprintf("the header has %d columns, this row %d fields", nCols, n))
		}
		if len(recs) >= MaxRequestRecipients {
			return nil, requestError(fmt.Sprintf("line %d", line), "", fmt.Sprintf("more than %d recipients", MaxRequestRecipients), ErrTooLarge)
		}
		fields = cr.strings(fields[:0])
		// get returns the text of column c and whether the row has it.
		get := func(c int) (string, bool) {
			if i := cols[c]; i >= 0 && i < len(fields) {
				return strings.TrimSpace(fields[i]), true
			}
			return "", false
		}
		path := func(c int) string {
			return fmt.Sprintf("line %d, column %d (%s)", line, cols[c]+1, csvColumnNames[c])
		}
		idText, _ := get(colID)
		rec := Recipient{ID: idText}
		wText, _ := get(colWeight)
		if err := marks.check(cr.sep, wText, line, cols[colWeight]+1, path); err != nil {
			return nil, err
		}
		if rec.Weight, err = ParseWeight(wText); err != nil {
			return nil, requestError(path(colWeight), wText, "not a weight", err)
		}
		if text, ok := get(colFloor); ok && text != "" {
			if rec.Floor, err = lnet.ParseNOK(text); err != nil {
				return nil, requestError(path(colFloor), text, "not an amount", err)
			}
		}
		if text, ok := get(colCap); ok && text != "" {
			c, err := lnet.ParseNOK(text)
			if err != nil {
				return nil, requestError(path(colCap), text, "not an amount", err)
			}
			rec.Cap = &c
		}
		recs = append(recs, rec)
	}
}

// decimalMarks remembers the first decimal mark of the weights of a file, so a file that
// mixes "12,5" and "12.5" is refused.
type decimalMarks struct {
	mark      byte // 0 until a weight with a decimal mark is read
	line, col int
}

func (m *decimalMarks) check(sep byte, w string, line, col int, pathOf func(int) string) error {
	comma, point := strings.IndexByte(w, ',') >= 0, strings.IndexByte(w, '.') >= 0
	var mark byte
	switch {
	case comma && point:
		return requestError(pathOf(colWeight), w, "ambiguous number: both a decimal comma and a point", nil)
	case comma && sep == ',':
		return requestError(pathOf(colWeight), w, "ambiguous decimal comma in a ','-separated file: separate the fields by ';' or write a decimal point", nil)
	case comma:
		mark = ','
	case point:
		mark = '.'
	default:
		return nil
	}
	if m.mark == 0 {
		m.mark, m.line, m.col = mark, line, col
		return nil
	}
	if m.mark != mark {
		return requestError(pathOf(colWeight), w, fmt.Sprintf("mixed decimal marks: %q here, %q on line %d, column %d", mark, m.mark, m.line, m.col), nil)
	}
	return nil
}

// csvReader reads CSV records by bytes: a record longer than MaxCSVRecordBytes, however many
// lines it spans, and input longer than MaxRequestBytes are refused as soon as they are read.
type csvReader struct {
	lr    *io.LimitedReader
	br    *bufio.Reader
	sep   byte // ',' or ';'; 0 until the first record
	line  int  // the physical line of the next byte, from 1
	buf   []byte
	ends  []int // the end of each field in buf
	flags []fieldFlags
}

type fieldFlags struct {
	quoted bool
	other  bool // an unquoted ';' in a ',' file, or ',' in a ';' file
}

func newCSVReader(r io.Reader) *csvReader {
	lr := &io.LimitedReader{R: r, N: MaxRequestBytes + 1}
	return &csvReader{lr: lr, br: bufio.NewReaderSize(lr, MaxCSVRecordBytes+64), line: 1}
}

// next reads the next record and returns the line it starts on; io.EOF at the end.
func (c *csvReader) next() (int, error) {
	if c.line == 1 && c.sep == 0 {
		if b, err := c.br.Peek(3); err == nil && string(b) == "\uFEFF" {
			_, _ = c.br.Discard(3)
		}
		c.sep = c.detectSeparator()
	}
	c.buf, c.ends, c.flags = c.buf[:0], c.ends[:0], c.flags[:0]
	start := c.line
	size := 0
	readByte := func() (byte, error) {
		b, err := c.br.ReadByte()
		if err != nil {
			if c.lr.N <= 0 {
				return 0, requestError("csv", "", fmt.Sprintf("longer than %d bytes", MaxRequestBytes), ErrTooLarge)
			}
			if errors.Is(err, io.EOF) {
				return 0, io.EOF
			}
			return 0, requestError(fmt.Sprintf("line %d", c.line), "", "reading: "+err.Error(), err)
		}
		if size++; size > MaxCSVRecordBytes {
			return 0, requestError(fmt.Sprintf("line %d", start), "", fmt.Sprintf("record longer than %d bytes", MaxCSVRecordBytes), ErrTooLarge)
		}
		if c.lr.N <= 0 && c.br.Buffered() == 0 {
			return 0, requestError("csv", "", fmt.Sprintf("longer than %d bytes", MaxRequestBytes), ErrTooLarge)
		}
		return b, nil
	}
	// newline consumes the rest of a line end that began with b ('\r' or '\n').
	newline := func(b byte) {
		c.line++
		if b == '\r' {
			if p, err := c.br.Peek(1); err == nil && p[0] == '\n' {
				_, _ = c.br.ReadByte()
				size++
			}
		}
	}
	col := 1
	for {
		// At the start of a field: skip spaces, then a quoted or an unquoted field.
		b, err := readByte()
		for err == nil && (b == ' ' || b == '\t') {
			b, err = readByte()
		}
		if errors.Is(err, io.EOF) {
			if col == 1 && len(c.ends) == 0 && size == 0 {
				return 0, io.EOF
			}
			c.endField(fieldFlags{})
			return start, nil
		}
		if err != nil {
			return 0, err
		}
		var fl fieldFlags
		if b == '"' {
			fl.quoted = true
			for {
				if b, err = readByte(); err != nil {
					if errors.Is(err, io.EOF) {
						return 0, requestError(fmt.Sprintf("line %d, column %d", start, col), "", "quoted field not closed", nil)
					}
					return 0, err
				}
				if b == '"' {
					p, perr := c.br.Peek(1)
					if perr == nil && p[0] == '"' {
						if _, err = readByte(); err != nil {
							return 0, err
						}
						c.buf = append(c.buf, '"')
						continue
					}
					break
				}
				if b == '\r' || b == '\n' {
					c.line++
					if b == '\r' {
						if p, err := c.br.Peek(1); err == nil && p[0] == '\n' {
							if _, err = readByte(); err != nil {
								return 0, err
							}
							b = '\n'
						}
					}
				}
				c.buf = append(c.buf, b)
			}
			// After the closing quote: spaces, then a separator or a line end.
			b, err = readByte()
			for err == nil && (b == ' ' || b == '\t') {
				b, err = readByte()
			}
			if errors.Is(err, io.EOF) {
				c.endField(fl)
				return start, nil
			}
			if err != nil {
				return 0, err
			}
			if b != c.sep && b != '\r' && b != '\n' {
				return 0, requestError(fmt.Sprintf("line %d, column %d", c.line, col), "", fmt.Sprintf("%q after the closing quote; want %q or a line end", b, c.sep), nil)
			}
		} else {
			for b != c.sep && b != '\r' && b != '\n' {
				switch b {
				case '"':
					return 0, requestError(fmt.Sprintf("line %d, column %d", c.line, col), "", "quote inside an unquoted field; quote the whole field", nil)
				case ';', ',':
					fl.other = true
				}
				c.buf = append(c.buf, b)
				if b, err = readByte(); err != nil {
					if errors.Is(err, io.EOF) {
						c.endField(fl)
						return start, nil
					}
					return 0, err
				}
			}
		}
		c.endField(fl)
		if b == '\r' || b == '\n' {
			newline(b)
			return start, nil
		}
		col++
	}
}

// endField ends the current field, trimming the trailing spaces of an unquoted one.
func (c *csvReader) endField(fl fieldFlags) {
	if !fl.quoted {
		from := 0
		if len(c.ends) > 0 {
			from = c.ends[len(c.ends)-1]
		}
		c.buf = c.buf[:from+len(bytes.TrimRight(c.buf[from:], " \t"))]
	}
	c.ends = append(c.ends, len(c.buf))
	c.flags = append(c.flags, fl)
}

// field returns field i of the current record.
func (c *csvReader) field(i int) []byte {
	from := 0
	if i > 0 {
		from = c.ends[i-1]
	}
	return c.buf[from:c.ends[i]]
}

// strings appends the fields of the current record to dst as strings.
func (c *csvReader) strings(dst []string) []string {
	for i := range c.ends {
		dst = append(dst, string(c.field(i)))
	}
	return dst
}

// blank reports whether every field of the current record is empty and unquoted.
func (c *csvReader) blank() bool {
	for i := range c.ends {
		if c.flags[i].quoted || len(c.field(i)) > 0 {
			return false
		}
	}
	return true
}

// header reports whether the current record is a header, and if so the field index of each
// column.
func (c *csvReader) header(line int) ([colCount]int, bool, error) {
	cols := [colCount]int{-1, -1, -1, -1}
	names := csvColumns()
	if len(c.ends) < 2 {
		return cols, false, nil
	}
	for i := range 2 {
		if _, ok := names[strings.ToLower(strings.TrimSpace(string(c.field(i))))]; !ok {
			return cols, false, nil
		}
	}
	for i := range c.ends {
		name := strings.TrimSpace(string(c.field(i)))
		col, ok := names[strings.ToLower(name)]
		path := fmt.Sprintf("line %d, column %d", line, i+1)
		switch {
		case !ok:
			return cols, false, requestError(path, name, "unknown column in the header; the columns are id, weight, floor and cap (or mottaker, vekt, gulv, tak)", nil)
		case cols[col] >= 0:
			return cols, false, requestError(path, name, fmt.Sprintf("column %s named twice in the header", csvColumnNames[col]), nil)
		}
		cols[col] = i
	}
	if cols[colID] < 0 || cols[colWeight] < 0 {
		return cols, false, requestError(fmt.Sprintf("line %d", line), "", "the header must name the columns id and weight", nil)
	}
	return cols, true, nil
}

// checkSeparators refuses an unquoted ';' in a ',' file: the file mixes separators.
func (c *csvReader) checkSeparators(line int) error {
	if c.sep != ',' {
		return nil
	}
	for i := range c.ends {
		if c.flags[i].other && bytes.IndexByte(c.field(i), ';') >= 0 {
			return requestError(fmt.Sprintf("line %d, column %d", line, i+1), string(c.field(i)),
				"';' in a ','-separated file (mixed separators); quote the field if the ';' belongs to it", nil)
		}
	}
	return nil
}

// countError reports a record with the wrong number of fields, with a hint when a ';' file
// has a row separated by ','.
func (c *csvReader) countError(line int, reason string) error {
	if c.sep == ';' {
		for i := range c.ends {
			if c.flags[i].other {
				reason += fmt.Sprintf("; column %d has a ',' outside quotes, but the file is separated by ';' (mixed separators?)", i+1)
				break
			}
		}
	}
	return requestError(fmt.Sprintf("line %d", line), "", reason, nil)
}

// detectSeparator looks at the first non-blank record: ';' if it has a ';' outside quotes.
func (c *csvReader) detectSeparator() byte {
	p, _ := c.br.Peek(MaxCSVRecordBytes)
	quoted, content := false, false
	for _, b := range p {
		switch {
		case b == '"':
			quoted, content = !quoted, true
		case quoted:
		case b == ';':
			return ';'
		case b == '\r' || b == '\n':
			if content {
				return ','
			}
		case b != ' ' && b != '\t' && b != ',':
			content = true
		}
	}
	return ','
}
